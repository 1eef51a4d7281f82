using System.Text;
using Ftpy.Parsing;
using Ftpy.Runtime;
using Xunit;

namespace Ftpy.Tests.Parsing;

/// <summary>
/// No input may crash the parser: deep nesting ends in CPython's error (SyntaxError, or
/// MemoryError "too complex" where CPython raises that), never a .NET stack overflow, and
/// random or truncated input only ever raises SyntaxErrorException. Deep inputs run on a
/// thread with a 16 MB stack.
/// </summary>
public class RobustnessTests
{
    const string TooComplex = "Parser stack overflowed - Python source too complex to parse";

    static void ExpectTooComplex(string src)
    {
        var e = Assert.Throws<PyException>(() => ParsingTestData.OnBigStack(() => Parser.ParseModule(src, "x.py")));
        Assert.Equal(("MemoryError", TooComplex), (e.TypeName, e.Message));
    }

    static void ExpectParses(string src) => ParsingTestData.OnBigStack(() => Parser.ParseModule(src, "x.py"));

    [Theory]
    [InlineData("-", "1")]
    [InlineData("not ", "1")]
    [InlineData("~", "x")]
    [InlineData("+", "x")]
    [InlineData("lambda: ", "1")]
    [InlineData("a if b else ", "c")]
    public void HundredThousandPrefixesAreTooComplex(string prefix, string tail)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < 100_000; i++) sb.Append(prefix);
        ExpectTooComplex(sb.Append(tail).ToString());
    }

    [Fact]
    public void LongPowerChainIsTooComplex() => ExpectTooComplex("1" + string.Concat(Enumerable.Repeat("**1", 100_000)));

    [Fact]
    public void ModerateNestingParsesLikeCPython()
    {
        ExpectParses(new string('-', 5000) + "1");
        ExpectParses(string.Concat(Enumerable.Repeat("not ", 3000)) + "1");
        ExpectParses(string.Concat(Enumerable.Repeat("lambda: ", 1000)) + "1");
        ExpectParses(string.Concat(Enumerable.Repeat("a if b else ", 1000)) + "c");
        ExpectParses(new string('(', 200) + new string(')', 200));
        ExpectParses("x = " + new string('[', 199) + new string(']', 199));
    }

    [Fact]
    public void LongLeftRecursiveChainsParse()
    {
        // CPython's parser accepts these (its compiler then hits the recursion limit).
        ExpectParses("x" + string.Concat(Enumerable.Repeat(".a", 100_000)));
        ExpectParses("x" + string.Concat(Enumerable.Repeat("[0]", 100_000)));
        ExpectParses("1" + string.Concat(Enumerable.Repeat("+1", 100_000)));
        ExpectParses(string.Concat(Enumerable.Repeat("\"a\" ", 100_000)));
    }

    [Fact]
    public void DumpingATreeDeeperThanTheStackThrowsInsteadOfCrashing()
    {
        ParsingTestData.OnBigStack(() =>
        {
            var tree = Parser.ParseModule("x" + string.Concat(Enumerable.Repeat(".a", 200_000)), "x.py");
            Assert.Throws<InsufficientExecutionStackException>(() => Ftpy.Parsing.Ast.AstDump.Dump(tree));
        });
    }

    [Fact]
    public void TooManyNestedParentheses()
    {
        var e = Assert.Throws<SyntaxErrorException>(() => Parser.ParseModule(new string('[', 201) + new string(']', 201), "x.py"));
        Assert.Equal(("too many nested parentheses", 1, 201), (e.Msg, e.Lineno, e.Offset));
    }

    [Fact]
    public void TooManyLevelsOfIndentation()
    {
        var sb = new StringBuilder();
        for (int i = 0; i < 101; i++) sb.Append(' ', i).Append("if x:\n");
        sb.Append(' ', 101).Append("pass\n");
        var e = Assert.Throws<SyntaxErrorException>(() => ParsingTestData.OnBigStack(() => Parser.ParseModule(sb.ToString(), "x.py")));
        Assert.Equal((SyntaxErrorKind.IndentationError, "too many levels of indentation", 101, 1), (e.Kind, e.Msg, e.Lineno, e.Offset));
    }

    [Fact]
    public void NinetyNineLevelsOfIndentationParse()
    {
        var sb = new StringBuilder();
        for (int i = 0; i < 99; i++) sb.Append(' ', i).Append("if x:\n");
        sb.Append(' ', 99).Append("pass\n");
        ExpectParses(sb.ToString());
    }

    [Fact]
    public void DeeplyNestedStatementsAndPatterns()
    {
        var sb = new StringBuilder("match x:\n    case ");
        for (int i = 0; i < 190; i++) sb.Append('[');
        for (int i = 0; i < 190; i++) sb.Append(']');
        sb.Append(": pass\n");
        ExpectParses(sb.ToString());
        ExpectParses("x = " + string.Concat(Enumerable.Repeat("f(", 190)) + new string(')', 190));
        ExpectParses("x = " + string.Concat(Enumerable.Repeat("{1: ", 190)) + "1" + new string('}', 190));
        // The error pass re-examines the nesting with its invalid_* rules; memoization keeps it linear.
        Assert.Throws<SyntaxErrorException>(() => ExpectParses("x = " + string.Concat(Enumerable.Repeat("{1: [", 95)) + "1" + string.Concat(Enumerable.Repeat("]}", 95)) + " +"));
        Assert.Throws<SyntaxErrorException>(() => ExpectParses("x = " + string.Concat(Enumerable.Repeat("f(a, (b + ", 60)) + "1" + string.Concat(Enumerable.Repeat("))", 60)) + " = 1 2"));
        ExpectParses(string.Concat(Enumerable.Repeat("(a, ", 190)) + new string(')', 190) + " = x");
    }

    /// <summary>Only SyntaxErrorException (or success) may come out of decoding and parsing.</summary>
    static void OnlySyntaxErrors(byte[] bytes)
    {
        try
        {
            string text = SourceDecoder.Decode(bytes, "x.py");
            Parser.ParseModule(text, "x.py");
        }
        catch (SyntaxErrorException)
        {
        }
    }

    static void OnlySyntaxErrors(string text)
    {
        try
        {
            Parser.ParseModule(text, "x.py");
        }
        catch (SyntaxErrorException)
        {
        }
    }

    [Fact]
    public void RandomBytes()
    {
        var rng = new Random(20240601);
        ParsingTestData.OnBigStack(() =>
        {
            for (int i = 0; i < 2000; i++)
            {
                var bytes = new byte[rng.Next(1, 300)];
                rng.NextBytes(bytes);
                OnlySyntaxErrors(bytes);
                // Mostly-ASCII bytes get further into the tokenizer and parser.
                for (int k = 0; k < bytes.Length; k++) bytes[k] = (byte)(bytes[k] % 128 == 0 ? ' ' : bytes[k] % 128);
                OnlySyntaxErrors(bytes);
            }
        });
    }

    static readonly string[] Soup =
    [
        "x", "y", "_", "match", "case", "type", "1", "2.5", "3j", "0x1F", "'s'", "\"t\"", "b'b'", "f'{x}'", "f\"{y!r:>{z}}\"",
        "'''m\nl'''", "(", ")", "[", "]", "{", "}", ",", ":", ";", ".", "...", "+", "-", "*", "**", "/", "//", "%", "@",
        "<<", ">>", "&", "|", "^", "~", "<", ">", "<=", ">=", "==", "!=", "=", ":=", "->", "+=", "-=", "*=", "!",
        "if", "elif", "else", "for", "in", "while", "def", "class", "return", "yield", "lambda", "not", "and", "or",
        "is", "await", "async", "with", "as", "try", "except", "finally", "raise", "import", "from", "global",
        "nonlocal", "del", "pass", "break", "continue", "assert", "None", "True", "False",
        "\n", "\n    ", "\n        ", "\n\t", "\\\n", "#c\n", " ",
    ];

    [Fact]
    public void RandomTokenSoup()
    {
        var rng = new Random(7);
        ParsingTestData.OnBigStack(() =>
        {
            for (int i = 0; i < 5000; i++)
            {
                var sb = new StringBuilder();
                int n = rng.Next(1, 60);
                for (int k = 0; k < n; k++) sb.Append(Soup[rng.Next(Soup.Length)]).Append(rng.Next(3) == 0 ? "" : " ");
                OnlySyntaxErrors(sb.ToString());
            }
        });
    }

    const string Program = """
        import os, sys
        from collections import defaultdict as dd

        @decorator(arg=1)
        class Thing(Base, metaclass=Meta):
            '''Docstring.'''
            x: int = 0

            def method(self, a, /, b=2, *args, c, d=4, **kw) -> "Thing":
                for i, (j, k) in enumerate(zip(a, b)):
                    if i % 2 == 0 and not j or k is not None:
                        continue
                    elif j in {1, 2, 3}:
                        break
                else:
                    pass
                while (n := len(args)) > 0:
                    args = args[1:]
                try:
                    return [x ** 2 for x in range(10) if x > 3]
                except* (ValueError, TypeError) as e:
                    raise RuntimeError(f"bad {e!r:>{10}} {a=}") from e
                finally:
                    del self.x

        async def main():
            async with lock as l, other() as (p, q):
                await asyncio.sleep(1)
            async for item in stream():
                print(*item, sep="", **{'end': ''})
            return lambda x, *y, **z: (x, y, z)

        match command.split():
            case [action]:
                pass
            case ["go", direction] | ["move", direction] if direction:
                pass
            case {"key": value, **rest}:
                pass
            case Point(x=0, y=0) | Point(1, 2) as p:
                pass
            case _:
                pass

        type Alias[T: int, *Ts, **P] = dict[str, T]
        x = {**a, 'b': 1, **c}
        y = a if b else c
        z = ~x[1:2, ::3, ...]
        global g
        """;

    [Fact]
    public void TruncatedProgramsOnlyRaiseSyntaxErrors()
    {
        ParsingTestData.OnBigStack(() =>
        {
            Parser.ParseModule(Program, "x.py");
            for (int cut = 0; cut < Program.Length; cut++)
            {
                OnlySyntaxErrors(Program[..cut]);
                OnlySyntaxErrors(Program.Remove(cut, 1));
            }
        });
    }
}
