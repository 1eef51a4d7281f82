using Ftpy.Conformance.Cases;

namespace Ftpy.Conformance.Tests;

public class ExpectedOutputTests
{
    [Theory]
    [InlineData("a\nb\n", "a\nb\n", true)]
    [InlineData("a\nb\n", "a\nb", false)]
    [InlineData("a\nb\n", "a\nb\n\n", false)]
    [InlineData("", "", true)]
    [InlineData("", "\n", false)]
    [InlineData("x\n", "X\n", false)]
    public void ExactLinesCompareExactly(string expected, string actual, bool matches) =>
        Assert.Equal(matches, ExpectedOutput.Parse(expected, "x.out").Matches(actual));

    [Theory]
    [InlineData("took (?re)\\d+ ms\n", "took (?re)\\d+ ms\n", true)]
    [InlineData("(?re)took \\d+ ms\n", "took 15 ms\n", true)]
    [InlineData("(?re)took \\d+ ms\n", "took 15 ms!\n", false)]
    [InlineData("(?re)took \\d+ ms\n", "it took 15 ms\n", false)]
    [InlineData("(?re)a|b\n", "b\n", true)]
    [InlineData("(?re)a|b\n", "ab\n", false)]
    [InlineData("head\n(?re)<object at 0x[0-9a-f]+>\ntail\n", "head\n<object at 0x7f00ab>\ntail\n", true)]
    [InlineData("head\n(?re).*\ntail\n", "head\ntail\n", false)]
    public void RegexLinesMatchTheWholeLine(string expected, string actual, bool matches) =>
        Assert.Equal(matches, ExpectedOutput.Parse(expected, "x.out").Matches(actual));

    [Fact]
    public void SplitKeepsTrackOfTheFinalNewline()
    {
        Assert.Equal([new OutputLine("a", false), new OutputLine("b", true)], OutputLine.Split("a\nb"));
        Assert.Equal([new OutputLine("a", false), new OutputLine("", false)], OutputLine.Split("a\n\n"));
        Assert.Empty(OutputLine.Split(""));
        Assert.Equal("a\n\nb", OutputLine.Join(OutputLine.Split("a\n\nb")));
    }
}
