using Ftpy.Tests.Objects;
using Xunit;

namespace Ftpy.Tests.Compiling;

/// <summary>Function annotations are built in CPython's order: ordinary parameters, then
/// positional-only ones, then *args, keyword-only, **kwargs and return.</summary>
public class AnnotationOrderTests
{
    [Fact]
    public void OrdinaryParametersComeBeforePositionalOnly()
    {
        var lines = PythonRunner.Lines(
            "def f(a: 1, b: 2, /, c: 3, *d: 4, e: 5, **g: 6) -> 7: pass\n" +
            "print(list(f.__annotations__))\n");
        Assert.Equal(new[] { "['c', 'a', 'b', 'd', 'e', 'g', 'return']" }, lines);
    }
}
