using Ftpy.Parsing;
using Xunit;

namespace Ftpy.Tests.Parsing;

/// <summary>
/// Tokens compared with CPython's tokenize module (recorded in token_cases.json). tokenize
/// runs CPython's tokenizer in its "extra tokens" mode, so NEWLINE and INDENT are compared
/// by line only (their columns differ by design), and COMMENT/NL are not produced here.
/// </summary>
public class TokenizerTests
{
    public static TheoryData<int> Cases => ParsingTestData.Indices("token_cases.json");

    static string TypeName(Token t) => t.Kind switch
    {
        TokenKind.Name => "NAME",
        TokenKind.Number => "NUMBER",
        TokenKind.String => "STRING",
        TokenKind.Newline => "NEWLINE",
        TokenKind.Indent => "INDENT",
        TokenKind.FStringStart => "FSTRING_START",
        TokenKind.FStringMiddle => "FSTRING_MIDDLE",
        TokenKind.FStringEnd => "FSTRING_END",
        _ when t.IsKeyword => "NAME",
        TokenKind.LPar => "LPAR", TokenKind.RPar => "RPAR", TokenKind.LSqb => "LSQB", TokenKind.RSqb => "RSQB",
        TokenKind.Colon => "COLON", TokenKind.Comma => "COMMA", TokenKind.Semi => "SEMI", TokenKind.Plus => "PLUS",
        TokenKind.Minus => "MINUS", TokenKind.Star => "STAR", TokenKind.Slash => "SLASH", TokenKind.VBar => "VBAR",
        TokenKind.Amper => "AMPER", TokenKind.Less => "LESS", TokenKind.Greater => "GREATER", TokenKind.Equal => "EQUAL",
        TokenKind.Dot => "DOT", TokenKind.Percent => "PERCENT", TokenKind.LBrace => "LBRACE", TokenKind.RBrace => "RBRACE",
        TokenKind.EqEqual => "EQEQUAL", TokenKind.NotEqual => "NOTEQUAL", TokenKind.LessEqual => "LESSEQUAL",
        TokenKind.GreaterEqual => "GREATEREQUAL", TokenKind.Tilde => "TILDE", TokenKind.Circumflex => "CIRCUMFLEX",
        TokenKind.LeftShift => "LEFTSHIFT", TokenKind.RightShift => "RIGHTSHIFT", TokenKind.DoubleStar => "DOUBLESTAR",
        TokenKind.PlusEqual => "PLUSEQUAL", TokenKind.MinEqual => "MINEQUAL", TokenKind.StarEqual => "STAREQUAL",
        TokenKind.SlashEqual => "SLASHEQUAL", TokenKind.PercentEqual => "PERCENTEQUAL", TokenKind.AmperEqual => "AMPEREQUAL",
        TokenKind.VBarEqual => "VBAREQUAL", TokenKind.CircumflexEqual => "CIRCUMFLEXEQUAL",
        TokenKind.LeftShiftEqual => "LEFTSHIFTEQUAL", TokenKind.RightShiftEqual => "RIGHTSHIFTEQUAL",
        TokenKind.DoubleStarEqual => "DOUBLESTAREQUAL", TokenKind.DoubleSlash => "DOUBLESLASH",
        TokenKind.DoubleSlashEqual => "DOUBLESLASHEQUAL", TokenKind.At => "AT", TokenKind.AtEqual => "ATEQUAL",
        TokenKind.RArrow => "RARROW", TokenKind.Ellipsis => "ELLIPSIS", TokenKind.ColonEqual => "COLONEQUAL",
        TokenKind.Exclamation => "EXCLAMATION",
        _ => t.Kind.ToString(),
    };

    static List<Token> Tokenize(string src)
    {
        var tz = new Tokenizer(Tokenizer.NormalizeNewlines(src), "x.py");
        var list = new List<Token>();
        while (true)
        {
            var t = tz.Next();
            if (t.Kind == TokenKind.EndMarker) return list;
            if (t.Kind == TokenKind.Dedent || t.Kind == TokenKind.FStringMiddle && t.Start == t.End) continue;
            list.Add(t);
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void TokensMatchCPython(int index)
    {
        var c = ParsingTestData.Load("token_cases.json")[index];
        string src = c.GetProperty("src").GetString()!;
        var expected = c.GetProperty("tokens").EnumerateArray().Select(t => (
            Type: t[0].GetString()!, Text: t[1].GetString()!, Line: t[2].GetInt32(), Col: t[3].GetInt32(),
            EndLine: t[4].GetInt32(), EndCol: t[5].GetInt32())).ToList();
        var actual = Tokenize(src);
        string source = Tokenizer.NormalizeNewlines(src);
        Assert.Equal(expected.Count, actual.Count);
        for (int i = 0; i < expected.Count; i++)
        {
            var e = expected[i];
            var a = actual[i];
            Assert.Equal(e.Type, TypeName(a));
            if (e.Type is "NEWLINE" or "INDENT")
            {
                Assert.Equal(e.Line, a.Line);
                continue;
            }
            if (e.Type == "FSTRING_MIDDLE")
            {
                // tokenize ends a middle before the second brace of "{{"; the parser's token (and
                // CPython's AST) ends after it. Text and start agree.
                Assert.Equal((e.Text, e.Line, e.Col), (source[a.Start..a.End], a.Line, a.Col));
                continue;
            }
            Assert.Equal((e.Text, e.Line, e.Col, e.EndLine, e.EndCol),
                (source[a.Start..a.End], a.Line, a.Col, a.EndLine, a.EndCol));
        }
    }

    [Fact]
    public void IdentifiersAreNfkcNormalizedAndInterned()
    {
        var toks = Tokenize("ﬁ + fi + ℌ\n");
        Assert.Equal("fi", toks[0].Text);
        Assert.Same(toks[0].Text, toks[2].Text);
        Assert.Equal("H", toks[4].Text);
    }

    [Fact]
    public void SoftKeywordsAreNames()
    {
        foreach (string kw in new[] { "match", "case", "type", "_" })
            Assert.Equal(TokenKind.Name, Tokenize(kw + "\n")[0].Kind);
    }

    [Fact]
    public void KeywordsHaveTheirOwnKinds()
    {
        var toks = Tokenize("if x and not y: pass\n");
        Assert.Equal(new[] { TokenKind.If, TokenKind.Name, TokenKind.And, TokenKind.Not, TokenKind.Name, TokenKind.Colon, TokenKind.Pass, TokenKind.Newline },
            toks.Select(t => t.Kind).ToArray());
    }

    [Fact]
    public void IndentDedentAroundBlocks()
    {
        var tz = new Tokenizer("if x:\n    y\nz\n", "x.py");
        var kinds = new List<TokenKind>();
        TokenKind k;
        do
        {
            k = tz.Next().Kind;
            kinds.Add(k);
        } while (k != TokenKind.EndMarker);
        Assert.Equal(new[]
        {
            TokenKind.If, TokenKind.Name, TokenKind.Colon, TokenKind.Newline, TokenKind.Indent, TokenKind.Name,
            TokenKind.Newline, TokenKind.Dedent, TokenKind.Name, TokenKind.Newline, TokenKind.EndMarker,
        }, kinds.ToArray());
    }

    [Fact]
    public void BracketLevelIsRecordedOnTokens()
    {
        var toks = Tokenize("f(a, [b])\n");
        Assert.Equal(new[] { 0, 1, 1, 1, 2, 2, 1, 0, 0 }, toks.Select(t => t.Level).ToArray());
    }
}
