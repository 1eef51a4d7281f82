using Ftpy.Runtime;
using Xunit;

namespace Ftpy.Tests.Runtime;

/// <summary>
/// When the interpreter's traceback printer draws a caret line, and what it draws, as CPython 3.13's
/// traceback module does (the Python traceback module in Lib/ follows the same rules).
/// </summary>
public class TracebackCaretTests
{
    [Theory]
    // A call making up the whole line still gets its anchors: CPython marks the argument list.
    [InlineData("whole_line_call()", 0, 17, "~~~~~~~~~~~~~~~^^")]
    [InlineData("f()", 0, 3, "~^^")]
    [InlineData("result = divide(x, 0) + 1", 9, 21, "         ~~~~~~^^^^^^")]
    [InlineData("return a / b", 7, 12, "       ~~^~~")]
    [InlineData("value = x[\"a\"][1] + x[\"b\"][0]", 20, 26, "                    ~^^^^^")]
    [InlineData("return obj.missing.value", 7, 18, "       ^^^^^^^^^^^")]
    public void DrawsCarets(string line, int start, int end, string expected) =>
        Assert.Equal(expected, TracebackPrinter.CaretLine(line, start, end));

    [Theory]
    // The plain call that is the whole value of `return` or of a simple assignment.
    [InlineData("return whole_line_call()", 7, 24)]
    [InlineData("y = ret()", 4, 9)]
    [InlineData("return middle(10)", 7, 17)]
    [InlineData("module = self._get_module_from_name(name)", 9, 41)]
    // Marks without anchors that would underline the whole line.
    [InlineData("raise ValueError(\"x\")", 0, 21)]
    public void LeavesOutCarets(string line, int start, int end) =>
        Assert.Null(TracebackPrinter.CaretLine(line, start, end));

    [Theory]
    // Not the whole value: an attribute callee, an augmented assignment, a call inside an expression.
    [InlineData("return self.check()", 7, 19, "       ~~~~~~~~~~^^")]
    [InlineData("total += compute(1)", 9, 19, "         ~~~~~~~^^^")]
    [InlineData("x = f(1) + 2", 4, 8, "    ~^^^")]
    [InlineData("self.x = f(1)", 9, 13, "         ~^^^")]
    public void KeepsCaretsWhenNotAPlainWholeCall(string line, int start, int end, string expected) =>
        Assert.Equal(expected, TracebackPrinter.CaretLine(line, start, end));
}
