using Xunit;

namespace Ftpy.Tests.Objects;

/// <summary>The sys module (CPython 3.13's behaviour).</summary>
public class SysModuleTests
{
    static void Check(string source, params string[] expected) => Assert.Equal(expected, PythonRunner.Lines(source));

    [Fact]
    public void ExitArgumentsBecomeSystemExitArgs() => Check("""
        import sys
        for arg in ((), (None,), (3,), ((1, 2),), ((),)):
            try:
                sys.exit(*arg)
            except SystemExit as e:
                print(repr(e.code), e.args)
        """, "None ()", "None ()", "3 (3,)", "(1, 2) (1, 2)", "None ()");

    [Fact]
    public void VersionInfoIsAStructSequence() => Check("""
        import sys
        print(repr(sys.version_info)[:40], sys.version_info >= (3, 13))
        print("os" in sys.stdlib_module_names, sys.call_tracing(len, ([1],)))
        """, "sys.version_info(major=3, minor=13, micr True", "True 1");

    [Fact]
    public void InternRejectsSubclasses() => Check("""
        import sys
        class S(str): pass
        try:
            sys.intern(S("a"))
        except TypeError as e:
            print(e)
        """, "can't intern S");

    [Fact]
    public void StdoutIsATextStream() => Check("""
        import sys
        print(type(sys.stdout).__name__, sys.stdout.write("x\n"))
        """, "x", "TextIOWrapper 2");
}
