using Xunit;

namespace Ftpy.Tests.Objects;

/// <summary>Exception types: hierarchy, fields, messages, notes and groups (CPython 3.13's behaviour).</summary>
public class ExceptionModelTests
{
    static void Check(string source, params string[] expected) => Assert.Equal(expected, PythonRunner.Lines(source));

    [Fact]
    public void HandlerThatRaisesPropagatesWithContext() => Check("""
        try:
            try:
                {}["k"]
            except KeyError:
                raise ValueError("v")
        except ValueError as e:
            print(repr(e.__context__))
        """, "KeyError('k')");

    [Fact]
    public void NotesLiveInTheInstanceDict() => Check("""
        e = ValueError()
        e.add_note("a")
        print(e.__notes__, e.__dict__)
        """, "['a'] {'__notes__': ['a']}");

    [Fact]
    public void ExceptionGroupIsAnException() => Check("""
        print([c.__name__ for c in ExceptionGroup.__mro__])
        g = ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2)])])
        print(repr(g.subgroup(TypeError)), type(BaseExceptionGroup("x", (KeyError(),))).__name__)
        class E(ValueError, KeyError): pass
        print(E.__mro__[1].__name__)
        """, "['ExceptionGroup', 'BaseExceptionGroup', 'Exception', 'BaseException', 'object']",
        "ExceptionGroup('outer', [ExceptionGroup('inner', [TypeError(2)])]) ExceptionGroup", "ValueError");

    [Fact]
    public void KeywordArgumentsAreRejectedByBaseExceptionInit() => Check("""
        class E(Exception): pass
        for f in (lambda: E(x=1), lambda: ImportError(foo=1), lambda: OSError(1, "a", x=1)):
            try:
                f()
            except TypeError as e:
                print(e)
        """, "E() takes no keyword arguments", "ImportError() got an unexpected keyword argument 'foo'", "OSError() takes no keyword arguments");

    [Fact]
    public void OSErrorFieldsAndReduce() => Check("""
        e = OSError(2, "nf", "f")
        print(type(e).__name__, e.args, str(e), e.__reduce__())
        print(BlockingIOError(11, "x", 5).characters_written, str(OSError(None, None)))
        """, "FileNotFoundError (2, 'nf') [Errno 2] nf: 'f' (<class 'FileNotFoundError'>, (2, 'nf', 'f'))", "5 [Errno None] None");

    [Fact]
    public void UnicodeErrorsCarryTheirFields() => Check("""
        try:
            "é".encode("ascii")
        except UnicodeEncodeError as u:
            print(u.encoding, u.object, u.start, u.end, u.reason)
        print(hasattr(UnicodeError(), "encoding"))
        try:
            UnicodeEncodeError(1, "a", 1, 2, "r")
        except TypeError as e:
            print(e)
        """, "ascii é 0 1 ordinal not in range(128)", "False", "argument 1 must be str, not int");

    [Fact]
    public void SyntaxErrorStrAndFields() => Check("""
        print(str(SyntaxError()), str(SyntaxError("m", ("dir/f.py", 3, 1, "t"))))
        try:
            SyntaxError("m", (1, 2))
        except TypeError as e:
            print(e)
        """, "None m (f.py, line 3)", "function takes at least 4 arguments (2 given)");

    [Fact]
    public void ExceptionTypesHaveCPythonDocs() => Check("""
        print(ValueError.__doc__)
        print(object.__doc__.splitlines()[0])
        """, "Inappropriate argument value (of correct type).", "The base class of the class hierarchy.");
}
