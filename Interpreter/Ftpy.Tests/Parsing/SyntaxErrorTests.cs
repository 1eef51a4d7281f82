using Ftpy.Parsing;
using Xunit;

namespace Ftpy.Tests.Parsing;

/// <summary>Each invalid snippet must fail with CPython 3.13's exception kind, message, line and offset, and end position.</summary>
public class SyntaxErrorTests
{
    public static TheoryData<int> Cases => ParsingTestData.Indices("error_cases.json");

    [Theory]
    [MemberData(nameof(Cases))]
    public void ErrorMatchesCPython(int index)
    {
        var c = ParsingTestData.Load("error_cases.json")[index];
        string src = c.GetProperty("src").GetString()!;
        string mode = c.GetProperty("mode").GetString()!;
        var err = c.GetProperty("error");
        string kind = err[0].GetString()!;
        string msg = err[1].GetString()!;
        int? lineno = err[2].ValueKind == System.Text.Json.JsonValueKind.Null ? null : err[2].GetInt32();
        int? offset = err[3].ValueKind == System.Text.Json.JsonValueKind.Null ? null : err[3].GetInt32();
        int? endLineno = err[4].ValueKind == System.Text.Json.JsonValueKind.Null ? null : err[4].GetInt32();
        int? endOffset = err[5].ValueKind == System.Text.Json.JsonValueKind.Null ? null : err[5].GetInt32();

        var e = Assert.Throws<SyntaxErrorException>(() => ParsingTestData.OnBigStack(() => ParsingTestData.Parse(src, mode)));
        Assert.Equal((kind, msg, lineno, offset), (e.Kind.ToString(), e.Msg, e.Lineno, e.Offset));
        Assert.Equal((endLineno, endOffset), (e.EndLineno, e.EndOffset));
        Assert.Equal("x.py", e.Filename);
    }

    [Fact]
    public void NulInSourceStringIsRejected()
    {
        var e = Assert.Throws<SyntaxErrorException>(() => Parser.ParseModule("x = 1\0\n", "x.py"));
        Assert.Equal("source code string cannot contain null bytes", e.Msg);
    }

    [Fact]
    public void ErrorCarriesTheSourceLine()
    {
        var e = Assert.Throws<SyntaxErrorException>(() => Parser.ParseModule("x = 1\ny = (2 3)\n", "x.py"));
        Assert.Equal("y = (2 3)\n", e.Text);
    }

    [Fact]
    public void HugeDecimalLiteralFollowsTheIntDigitsLimit()
    {
        string big = new string('1', 4301);
        var e = Assert.Throws<SyntaxErrorException>(() => Parser.ParseModule(big, "x.py"));
        Assert.StartsWith("Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits", e.Msg);
        var ok = Parser.ParseModule(big, "x.py", maxStrDigits: 0);
        Assert.Single(ok.Body);
    }
}
