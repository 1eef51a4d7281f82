using System.Text;
using Ftpy.Conformance.Cases;
using Ftpy.Conformance.Execution;

namespace Ftpy.Conformance.Tests;

public class JudgeTests
{
    private static CaseMetadata Meta(Expectation expect) => new("d", ["int"], [], expect, null, 60, [], "");

    private static Verdict Decide(Expectation expect, string expectedOut, int exitCode, string stdout, string stderr = "", bool timedOut = false) =>
        Judge.Decide(Meta(expect), ExpectedOutput.Parse(expectedOut, "x.out"),
            new ProcessResult(exitCode, Encoding.UTF8.GetBytes(stdout), Encoding.UTF8.GetBytes(stderr), timedOut, TimeSpan.Zero), 60);

    private const string Traceback = "Traceback (most recent call last):\n  File \"x.py\", line 1, in <module>\n";

    [Fact]
    public void OutputPassesOnExitZeroAndEqualStdout() =>
        Assert.True(Decide(Expectation.Output, "1\n2\n", 0, "1\n2\n").Passed);

    [Fact]
    public void OutputFailsOnNonZeroExitWithTheErrorLine()
    {
        var verdict = Decide(Expectation.Output, "", 1, "", Traceback + "NameError: name 'x' is not defined\n");
        Assert.False(verdict.Passed);
        Assert.Contains("exit code 1, expected 0", verdict.Problem);
        Assert.Contains("NameError", verdict.Problem);
    }

    [Fact]
    public void OutputFailsOnDifferentStdoutWithADiff()
    {
        var verdict = Decide(Expectation.Output, "1\n2\n3\n", 0, "1\nTWO\n3\n");
        Assert.Equal("stdout differs from the .out file", verdict.Problem);
        Assert.Contains("-2\n+TWO\n", verdict.Diff);
    }

    [Fact]
    public void MissingTrailingNewlineIsADifference()
    {
        var verdict = Decide(Expectation.Output, "1\n", 0, "1");
        Assert.False(verdict.Passed);
        Assert.Contains("\\ No newline at end of file", verdict.Diff);
    }

    [Theory]
    [InlineData("ValueError", "ValueError: invalid literal for int() with base 10: 'x'", true)]
    [InlineData("ValueError", "ValueError", true)]
    [InlineData("ValueError", "ValueErrorX: no", false)]
    [InlineData("ValueError", "TypeError: ValueError: nested text", false)]
    [InlineData("KeyboardInterrupt", "KeyboardInterrupt", true)]
    [InlineData("JSONDecodeError", "json.decoder.JSONDecodeError: Expecting value: line 1 column 1 (char 0)", true)]
    [InlineData("json.decoder.JSONDecodeError", "json.decoder.JSONDecodeError: Expecting value", true)]
    [InlineData("DecodeError", "json.decoder.JSONDecodeError: Expecting value", false)]
    [InlineData("ValueError", "During handling of the above exception, another exception occurred:", false)]
    public void ExceptionMatchesTheLastStderrLine(string type, string lastLine, bool passes)
    {
        var verdict = Decide(new Expectation(ExpectKind.Exception, type), "before\n", 1, "before\n", Traceback + lastLine + "\n\n");
        Assert.Equal(passes, verdict.Passed);
        if (!passes)
            Assert.Contains($"expected uncaught {type}", verdict.Problem);
    }

    [Fact]
    public void ExceptionNeedsExitCodeOne()
    {
        var verdict = Decide(new Expectation(ExpectKind.Exception, "SystemExit"), "", 3, "", "");
        Assert.Contains("exit code 3, expected 1", verdict.Problem);
    }

    [Fact]
    public void ExceptionStillComparesStdout()
    {
        var verdict = Decide(new Expectation(ExpectKind.Exception, "ValueError"), "before\n", 1, "after\n", Traceback + "ValueError: x\n");
        Assert.Equal("stdout differs from the .out file", verdict.Problem);
    }

    [Fact]
    public void ExceptionGroupIsNamedByItsOwnLineNotTheBoxDrawing()
    {
        const string stderr = """
              + Exception Group Traceback (most recent call last):
              |   File "/tmp/eg.py", line 2, in <module>
              |     raise ExceptionGroup("eg: x", [ValueError(1), TypeError(2)])
              | ExceptionGroup: eg (2 sub-exceptions)
              +-+---------------- 1 ----------------
                | ValueError: 1
                +---------------- 2 ----------------
                | TypeError: 2
                +------------------------------------

            """;
        Assert.Equal("ExceptionGroup: eg (2 sub-exceptions)", Judge.ErrorLine(stderr));
        Assert.True(Decide(new Expectation(ExpectKind.Exception, "ExceptionGroup"), "", 1, "", stderr).Passed);
        Assert.False(Decide(new Expectation(ExpectKind.Exception, "ValueError"), "", 1, "", stderr).Passed);
    }

    [Theory]
    [InlineData("SyntaxError: '(' was never closed", true)]
    [InlineData("IndentationError: unexpected indent", true)]
    [InlineData("TabError: inconsistent use of tabs and spaces in indentation", true)]
    [InlineData("SyntaxError", true)]
    [InlineData("NameError: name 'x' is not defined", false)]
    public void SyntaxErrorMatchesTheLastStderrLine(string lastLine, bool passes)
    {
        var stderr = "  File \"x.py\", line 1\n    x = (\n        ^\n" + lastLine + "\n";
        var verdict = Decide(Expectation.Syntax, "", 1, "", stderr);
        Assert.Equal(passes, verdict.Passed);
        if (!passes)
            Assert.Contains("expected a SyntaxError", verdict.Problem);
    }

    [Fact]
    public void SyntaxErrorNeedsExitCodeOne() =>
        Assert.Contains("exit code 0, expected 1", Decide(Expectation.Syntax, "", 0, "").Problem);

    [Fact]
    public void EmptyStderrIsDescribed() =>
        Assert.Contains("nothing (stderr is empty)", Decide(new Expectation(ExpectKind.Exception, "ValueError"), "", 1, "", "").Problem);

    [Fact]
    public void TimeoutFailsWhateverElseHappened()
    {
        var verdict = Decide(Expectation.Output, "", 0, "", timedOut: true);
        Assert.Contains("timed out after 60s", verdict.Problem);
    }

    [Fact]
    public void InvalidUtf8IsDecodedWithReplacementCharacters()
    {
        var result = new ProcessResult(0, [0x61, 0xff, 0x0a], [], false, TimeSpan.Zero);
        var verdict = Judge.Decide(Meta(Expectation.Output), ExpectedOutput.Parse("a\uFFFD\n", "x.out"), result, 60);
        Assert.True(verdict.Passed);
    }
}
