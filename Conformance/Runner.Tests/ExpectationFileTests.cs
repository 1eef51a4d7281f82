using Ftpy.Conformance.Cases;
using Ftpy.Conformance.Expectations;

namespace Ftpy.Conformance.Tests;

public class ExpectationFileTests
{
    private static readonly HashSet<string> Known = ["smoke/a.py", "smoke/b.py", "threads/c.py"];

    private static (ExpectationFile File, List<MetadataError> Errors) Parse(string text)
    {
        var errors = new List<MetadataError>();
        var file = ExpectationFile.Parse("/x/expectations/ftpy.txt", text.Split('\n'), Known, errors);
        return (file, errors);
    }

    [Fact]
    public void ParsesEntriesCommentsAndBlankLines()
    {
        var (file, errors) = Parse("""
            # ftpy's known failures

            smoke/a.py      no str.format yet
            threads/c.py	needs the GIL switch interval # issue 12
              # indented comment
            """);
        Assert.Empty(errors);
        Assert.Equal(2, file.Entries.Count);
        Assert.Equal("no str.format yet", file.Entries["smoke/a.py"].Reason);
        Assert.Equal(3, file.Entries["smoke/a.py"].Line);
        Assert.Equal("needs the GIL switch interval # issue 12", file.Entries["threads/c.py"].Reason);
    }

    [Fact]
    public void EntryForMissingCaseIsAnError()
    {
        var (_, errors) = Parse("smoke/a.py fine\nsmoke/zzz.py gone\n");
        var error = Assert.Single(errors);
        Assert.Equal(2, error.Line);
        Assert.Equal("/x/expectations/ftpy.txt", error.File);
        Assert.Contains("no case 'smoke/zzz.py'", error.Message);
    }

    [Fact]
    public void EntryWithoutReasonIsAnError()
    {
        var (_, errors) = Parse("smoke/a.py\n");
        Assert.Contains("needs a reason", Assert.Single(errors).Message);
    }

    [Fact]
    public void DuplicateEntryIsAnError()
    {
        var (_, errors) = Parse("smoke/a.py one\nsmoke/a.py two\n");
        var error = Assert.Single(errors);
        Assert.Equal(2, error.Line);
        Assert.Contains("listed twice (first on line 1)", error.Message);
    }

    [Fact]
    public void MissingFileMeansNoKnownFailures()
    {
        using var dir = new TempDir();
        var errors = new List<MetadataError>();
        var file = ExpectationFile.Load(dir.Path, "cpython-3.13", Known, errors);
        Assert.Empty(errors);
        Assert.Empty(file.Entries);
    }

    [Fact]
    public void LoadsTheFileNamedForTheImplementation()
    {
        using var dir = new TempDir();
        dir.Write("ftpy.txt", "smoke/b.py not yet\n");
        var errors = new List<MetadataError>();
        var file = ExpectationFile.Load(dir.Path, "ftpy", Known, errors);
        Assert.Equal(["smoke/b.py"], file.Entries.Keys);
    }
}
