using Ftpy.Tests.Objects;
using Xunit;

namespace Ftpy.Tests.Compiling;

/// <summary>Under <c>from __future__ import annotations</c> annotations are stored as their
/// source text (PEP 563), unparsed as CPython does, and never evaluated.</summary>
public class FutureAnnotationsTests
{
    [Fact]
    public void AnnotationsAreStoredAsSourceText()
    {
        var lines = PythonRunner.Lines(
            "from __future__ import annotations\n" +
            "x: int | Undefined\n" +
            "def f(a: 'q', *b: (int, str), c: -1 + 2 * 3 ** -4) -> dict[str, list[int]]: pass\n" +
            "print(__annotations__)\n" +
            "print(f.__annotations__)\n");
        Assert.Equal(new[]
        {
            "{'x': 'int | Undefined'}",
            "{'a': \"'q'\", 'b': '(int, str)', 'c': '-1 + 2 * 3 ** (-4)', 'return': 'dict[str, list[int]]'}",
        }, lines);
    }

    [Fact]
    public void ComplexTargetsDoNotEvaluateTheirAnnotation()
    {
        var lines = PythonRunner.Lines(
            "from __future__ import annotations\n" +
            "class C: pass\n" +
            "C.attr: Undefined = 1\n" +
            "print(C.attr)\n");
        Assert.Equal(new[] { "1" }, lines);
    }
}
