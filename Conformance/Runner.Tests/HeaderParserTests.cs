using Ftpy.Conformance.Cases;

namespace Ftpy.Conformance.Tests;

public class HeaderParserTests
{
    private static (CaseMetadata? Metadata, List<MetadataError> Errors) Parse(string source)
    {
        var errors = new List<MetadataError>();
        var metadata = HeaderParser.Parse("cases/area/case.py", HeaderParser.HeaderLines(source.Split('\n')), errors);
        return (metadata, errors);
    }

    private static MetadataError SingleError(string source)
    {
        var (metadata, errors) = Parse(source);
        Assert.Null(metadata);
        return Assert.Single(errors);
    }

    private const string Valid = """
        # description: list.append from 8 threads loses no element
        # features: [threading, list]
        # flags: [free-threading, stress]
        # expect: output

        print(1)
        """;

    [Fact]
    public void ParsesEveryKey()
    {
        var (metadata, errors) = Parse("""
            # description: all keys
            # features: [str]
            # flags: [slow]
            # expect: exception json.decoder.JSONDecodeError
            # min-version: 3.12
            # timeout: 5
            # args: ["a", "b c", "δ"]
            # stdin: "line\nnext"

            import json
            """);
        Assert.Empty(errors);
        Assert.NotNull(metadata);
        Assert.Equal("all keys", metadata.Description);
        Assert.Equal(["str"], metadata.Features);
        Assert.Equal(["slow"], metadata.Flags);
        Assert.Equal(new Expectation(ExpectKind.Exception, "json.decoder.JSONDecodeError"), metadata.Expect);
        Assert.Equal(new Version(3, 12), metadata.MinVersion);
        Assert.Equal(5, metadata.TimeoutSeconds);
        Assert.Equal(["a", "b c", "δ"], metadata.Args);
        Assert.Equal("line\nnext", metadata.Stdin);
    }

    [Fact]
    public void AppliesDefaults()
    {
        var (metadata, errors) = Parse(Valid.Replace("# flags: [free-threading, stress]\n", ""));
        Assert.Empty(errors);
        Assert.NotNull(metadata);
        Assert.Empty(metadata.Flags);
        Assert.Null(metadata.MinVersion);
        Assert.Equal(60, metadata.TimeoutSeconds);
        Assert.Empty(metadata.Args);
        Assert.Equal("", metadata.Stdin);
        Assert.Equal(Expectation.Output, metadata.Expect);
    }

    [Fact]
    public void ParsesSyntaxErrorAndEmptyFlags()
    {
        var (metadata, errors) = Parse("# description: d\n# features: [syntax]\n# flags: []\n# expect: syntax-error\n\nx = (\n");
        Assert.Empty(errors);
        Assert.Equal(ExpectKind.SyntaxError, metadata!.Expect.Kind);
        Assert.Empty(metadata.Flags);
    }

    [Fact]
    public void HeaderEndsAtFirstLineNotStartingWithHash()
    {
        var (metadata, errors) = Parse("# description: d\n# features: [int]\n# expect: output\nx = 1\n# timeout: nonsense\n");
        Assert.Empty(errors);
        Assert.Equal(60, metadata!.TimeoutSeconds);
    }

    [Fact]
    public void UnknownKeyIsAnErrorOnItsLine()
    {
        var error = SingleError(Valid.Replace("# expect: output", "# expect: output\n# author: someone"));
        Assert.Equal("cases/area/case.py", error.File);
        Assert.Equal(5, error.Line);
        Assert.Contains("unknown key 'author'", error.Message);
    }

    [Fact]
    public void UnknownFeatureIsAnError()
    {
        var error = SingleError(Valid.Replace("[threading, list]", "[threading, lists]"));
        Assert.Equal(2, error.Line);
        Assert.Contains("unknown feature 'lists'", error.Message);
    }

    [Fact]
    public void UnknownFlagIsAnError()
    {
        var error = SingleError(Valid.Replace("[free-threading, stress]", "[free-threading, flaky]"));
        Assert.Equal(3, error.Line);
        Assert.Contains("unknown flag 'flaky'", error.Message);
    }

    [Theory]
    [InlineData("threading, list")]
    [InlineData("[threading, list")]
    [InlineData("[threading,, list]")]
    [InlineData("[threading list]")]
    [InlineData("['threading']")]
    public void MalformedListIsAnError(string value)
    {
        var error = SingleError(Valid.Replace("[threading, list]", value));
        Assert.Equal(2, error.Line);
        Assert.Contains("features", error.Message);
    }

    [Fact]
    public void EmptyFeatureListIsAnError()
    {
        var error = SingleError(Valid.Replace("[threading, list]", "[]"));
        Assert.Equal(2, error.Line);
        Assert.Contains("at least one", error.Message);
    }

    [Fact]
    public void RepeatedListItemIsAnError()
    {
        var error = SingleError(Valid.Replace("[threading, list]", "[list, list]"));
        Assert.Contains("listed twice", error.Message);
    }

    [Fact]
    public void DuplicateKeyIsAnErrorOnTheSecondLine()
    {
        var error = SingleError(Valid.Replace("# expect: output", "# expect: output\n# description: again"));
        Assert.Equal(5, error.Line);
        Assert.Contains("duplicate key 'description' (first given on line 1)", error.Message);
    }

    [Theory]
    [InlineData("outputs")]
    [InlineData("exception")]
    [InlineData("exception Value Error")]
    [InlineData("exception 1Error")]
    [InlineData("syntax error")]
    [InlineData("")]
    public void BadExpectIsAnError(string value)
    {
        var error = SingleError(Valid.Replace("# expect: output", "# expect: " + value));
        Assert.Equal(4, error.Line);
        Assert.Contains("expect must be", error.Message);
    }

    [Fact]
    public void MissingRequiredKeysAreEachReported()
    {
        var (metadata, errors) = Parse("# flags: [slow]\n\npass\n");
        Assert.Null(metadata);
        Assert.Equal(3, errors.Count);
        Assert.All(errors, e => Assert.Equal(1, e.Line));
        Assert.Contains(errors, e => e.Message.Contains("'description'"));
        Assert.Contains(errors, e => e.Message.Contains("'features'"));
        Assert.Contains(errors, e => e.Message.Contains("'expect'"));
    }

    [Fact]
    public void FileWithoutHeaderReportsMissingKeys()
    {
        var (_, errors) = Parse("print('no header')\n");
        Assert.Equal(3, errors.Count);
    }

    [Fact]
    public void LineThatIsNotKeyValueIsAnError()
    {
        var error = SingleError(Valid.Replace("# flags: [free-threading, stress]", "# just a comment"));
        Assert.Equal(3, error.Line);
        Assert.Contains("expected '# key: value'", error.Message);
    }

    [Theory]
    [InlineData("min-version", "3", "min-version must look like 3.N")]
    [InlineData("min-version", "three", "min-version must look like 3.N")]
    [InlineData("timeout", "0", "timeout must be a positive")]
    [InlineData("timeout", "-5", "timeout must be a positive")]
    [InlineData("timeout", "1.5", "timeout must be a positive")]
    [InlineData("args", "[1, 2]", "is not a string")]
    [InlineData("args", "\"a\"", "args must be a JSON array")]
    [InlineData("args", "[\"a\"", "args is not valid JSON")]
    [InlineData("stdin", "abc", "stdin is not valid JSON")]
    [InlineData("stdin", "[\"a\"]", "stdin must be a JSON string")]
    public void MalformedValueIsAnError(string key, string value, string message)
    {
        var error = SingleError(Valid.Replace("# expect: output", $"# expect: output\n# {key}: {value}"));
        Assert.Equal(5, error.Line);
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void ReportsEveryErrorNotJustTheFirst()
    {
        var (_, errors) = Parse("# description: d\n# features: [nope]\n# flags: [nada]\n# expect: maybe\n# colour: blue\n");
        Assert.Equal([2, 3, 4, 5], errors.Select(e => e.Line).Order());
    }

    [Fact]
    public void ErrorPrintsAsFileLineMessage()
    {
        var error = SingleError(Valid.Replace("[threading, list]", "[nope]"));
        Assert.StartsWith("cases/area/case.py:2: unknown feature 'nope'", error.ToString());
    }

    [Fact]
    public void ToleratesCarriageReturnsAndByteOrderMark()
    {
        var (metadata, errors) = Parse("\uFEFF# description: d\r\n# features: [int]\r\n# expect: output\r\n\r\nx = 1\r\n");
        Assert.Empty(errors);
        Assert.Equal("d", metadata!.Description);
    }
}
