using Ftpy.Objects.Text;
using Ftpy.Parsing.UnicodeData;
using Ftpy.Runtime;

namespace Ftpy.Parsing;

/// <summary>
/// Python 3.12's tokenizer (CPython's Parser/lexer), producing one token per <see cref="Next"/>
/// call so that the parser pulls tokens lazily, as CPython's does: a tokenizer error after
/// the point where the parser fails is only reported when the parser asks for more.
///
/// Invariants: <c>pos</c> never moves backwards past <c>lineStart</c>; <c>line</c> and
/// <c>lineStart</c> advance when the first character after a '\n' is read (CPython's
/// underflow), so at end of input they stay on the last line. Bracket depth <c>level</c>
/// counts every open (, [ and { including f-string replacement fields.
/// </summary>
public sealed partial class Tokenizer
{
    const int TabSize = 8;
    const int MaxIndent = 100;
    const int MaxFStringLevel = 150;
    const int MaxExprNesting = 3;
    const int Eof = -1;

    readonly string src;
    readonly string filename;
    readonly bool hasSurrogates;
    int pos;
    int line = 1;
    int lineStart;

    bool atBol = true;
    int pendin;
    readonly int[] indstack = new int[MaxIndent + 1];
    readonly int[] altindstack = new int[MaxIndent + 1];
    int indent;

    int level;
    readonly char[] parenstack = new char[Limits.MaxParenNesting + 1];
    readonly int[] parenLine = new int[Limits.MaxParenNesting + 1];
    readonly int[] parenCol = new int[Limits.MaxParenNesting + 1];

    // Token start, as CPython's tok->start, plus the line it started on.
    int tokStart;

    readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> names;

    /// <param name="source">Source text; use <see cref="NormalizeNewlines"/> first.</param>
    public Tokenizer(string source, string filename)
    {
        src = source;
        this.filename = filename;
        hasSurrogates = source.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') >= 0;
        // CPython counts a line when it reads it: empty input never reaches line 1.
        if (source.Length == 0) line = 0;
        names = new Dictionary<string, string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        modes.Add(new Mode());
    }

    public string Source => src;
    public string Filename => filename;

    /// <summary>Open bracket depth (for "was never closed" after a parse error).</summary>
    public int Level => level;

    /// <summary>Is the tokenizer inside an f-string (CPython's tok_mode_stack_index > 0)?</summary>
    public bool InFString => modes.Count > 1;

    /// <summary>Translates \r\n and \r to \n as CPython does for source strings; for "exec"
    /// input (<paramref name="appendNewline"/>) also makes the text end with \n.</summary>
    public static string NormalizeNewlines(string source, bool appendNewline = true)
    {
        if (source.Contains('\r')) source = source.Replace("\r\n", "\n").Replace('\r', '\n');
        if (appendNewline && (source.Length == 0 || source[^1] != '\n')) source += "\n";
        return source;
    }

    /// <summary>Offset of the next character the tokenizer will read.</summary>
    public int Position => pos;

    /// <summary>The line the tokenizer has read last (CPython's tok->lineno).</summary>
    public int CurrentLine => line;

    /// <summary>"single" mode at end of input: close every open indentation level (CPython's
    /// _PyPegen_fill_token sets pendin so the DEDENTs follow the implied NEWLINE).</summary>
    public void ImplyDedents()
    {
        if (indent == 0) return;
        pendin = -indent;
        indent = 0;
    }

    // ---- character access -------------------------------------------------------------

    int NextC()
    {
        if (pos >= src.Length) return Eof;
        if (pos > lineStart && src[pos - 1] == '\n')
        {
            line++;
            lineStart = pos;
        }
        return src[pos++];
    }

    void Backup(int c)
    {
        if (c != Eof) pos--;
    }

    int PeekC() => pos < src.Length ? src[pos] : Eof;

    /// <summary>Code points between two char offsets of one line.</summary>
    int Cols(int from, int to)
    {
        if (!hasSurrogates || to <= from) return to - from;
        int n = 0;
        for (int i = from; i < to; i++)
            if (!char.IsLowSurrogate(src[i]) || i == from || !char.IsHighSurrogate(src[i - 1])) n++;
        return n;
    }

    /// <summary>0-based code-point column of a char offset on the current line.</summary>
    int ColOf(int p) => Cols(lineStart, p);

    Token Make(TokenKind kind, int start, int end, string? text = null) =>
        new(kind, start, end, line, ColOf(start), line, ColOf(end), text);

    // ---- errors -----------------------------------------------------------------------

    /// <summary>The text of line <paramref name="lineno"/> with its '\n', or null past the end.</summary>
    public string? LineText(int lineno)
    {
        int start = 0;
        for (int l = 1; l < lineno; l++)
        {
            int nl = src.IndexOf('\n', start);
            if (nl < 0) return null;
            start = nl + 1;
        }
        if (start >= src.Length) return null;
        int end = src.IndexOf('\n', start);
        return end < 0 ? src[start..] : src[start..(end + 1)];
    }

    /// <summary>The text of line <paramref name="lineno"/> without its '\n': CPython's tokenizer errors
    /// (_syntaxerror_range) and errors about lines the tokenizer has left show it so.</summary>
    public string? LineTextNoNewline(int lineno) => LineText(lineno) is { } t && t.EndsWith('\n') ? t[..^1] : LineText(lineno);

    /// <summary>Start offset of line <paramref name="lineno"/>.</summary>
    public int LineStartOffset(int lineno)
    {
        int start = 0;
        for (int l = 1; l < lineno; l++)
        {
            int nl = src.IndexOf('\n', start);
            if (nl < 0) return src.Length;
            start = nl + 1;
        }
        return start;
    }

    /// <summary>CPython's _PyTokenizer_syntaxerror: offset counts code points from the line start to <paramref name="cur"/>.</summary>
    SyntaxErrorException Error(string msg, int cur, SyntaxErrorKind kind = SyntaxErrorKind.SyntaxError)
    {
        int col = ColOf(cur);
        return new SyntaxErrorException(kind, msg, filename, line, col, LineTextNoNewline(line), line, col);
    }

    SyntaxErrorException ErrorAt(string msg, int lineno, int lineStartPos, int cur)
    {
        int col = Cols(lineStartPos, cur);
        return new SyntaxErrorException(SyntaxErrorKind.SyntaxError, msg, filename, lineno, col, LineTextNoNewline(lineno), lineno, col);
    }

    /// <summary>Errors CPython raises from the tokenizer's state (E_TABSPACE, E_TOODEEP...): column 1 of the current line.</summary>
    SyntaxErrorException StateError(string msg, SyntaxErrorKind kind) =>
        new(kind, msg, filename, line, 1, LineText(line), line, 0) { FromTokenizerState = true };

    /// <summary>The "'(' was never closed" error for the innermost open bracket.</summary>
    public SyntaxErrorException UnclosedBracketError()
    {
        int l = parenLine[level - 1];
        int col = parenCol[level - 1];
        return new SyntaxErrorException(SyntaxErrorKind.SyntaxError, $"'{parenstack[level - 1]}' was never closed",
            filename, l, col + 1, l >= line ? LineText(l) : LineTextNoNewline(l), l, 0);
    }

    /// <summary>Line of the innermost open bracket, or 0.</summary>
    public int InnermostBracketLine => level > 0 ? parenLine[level - 1] : 0;

    // ---- the main loop ----------------------------------------------------------------

    /// <summary>The next token. Throws <see cref="SyntaxErrorException"/> on a tokenizer error.</summary>
    public Token Next()
    {
        var mode = modes[^1];
        var t = mode.InFStringText ? NextInFString(mode) : NextNormal(mode);
        return level == 0 ? t : t.WithLevel(level);
    }

    Token NextNormal(Mode current)
    {
        int c;
    nextline:
        bool blankline = false;

        if (atBol)
        {
            int col = 0, altcol = 0;
            atBol = false;
            int contLineCol = 0;
            for (; ; )
            {
                c = NextC();
                if (c == ' ')
                {
                    col++;
                    altcol++;
                }
                else if (c == '\t')
                {
                    col = (col / TabSize + 1) * TabSize;
                    altcol++;
                }
                else if (c == '\f')
                {
                    col = altcol = 0;
                }
                else if (c == '\\')
                {
                    contLineCol = contLineCol != 0 ? contLineCol : col;
                    ContinuationLine();
                }
                else
                {
                    break;
                }
            }
            Backup(c);
            if (c == '#' || c == '\n') blankline = true;
            if (!blankline && level == 0)
            {
                if (contLineCol != 0)
                {
                    col = contLineCol;
                    altcol = contLineCol;
                }
                if (col == indstack[indent])
                {
                    if (altcol != altindstack[indent]) throw TabError();
                }
                else if (col > indstack[indent])
                {
                    if (indent + 1 >= MaxIndent)
                        throw StateError("too many levels of indentation", SyntaxErrorKind.IndentationError);
                    if (altcol <= altindstack[indent]) throw TabError();
                    pendin++;
                    indstack[++indent] = col;
                    altindstack[indent] = altcol;
                }
                else
                {
                    while (indent > 0 && col < indstack[indent])
                    {
                        pendin--;
                        indent--;
                    }
                    if (col != indstack[indent])
                    {
                        // CPython reports the column of the end of the offending line.
                        int eol = src.IndexOf('\n', pos);
                        int endCol = ColOf(eol < 0 ? src.Length : eol + 1);
                        throw new SyntaxErrorException(SyntaxErrorKind.IndentationError,
                            "unindent does not match any outer indentation level", filename, line, endCol, LineText(line), line, -1)
                        { FromTokenizerState = true };
                    }
                    if (altcol != altindstack[indent]) throw TabError();
                }
            }
        }

        tokStart = pos;

        if (pendin != 0)
        {
            var kind = pendin < 0 ? TokenKind.Dedent : TokenKind.Indent;
            pendin += pendin < 0 ? 1 : -1;
            return new Token(kind, pos, pos, line, -1, line, -1, null);
        }

    again:
        do
        {
            c = NextC();
        } while (c == ' ' || c == '\t' || c == '\f');

        tokStart = pos - 1;
        if (c == Eof) tokStart = pos;

        if (c == '#')
        {
            while (c != Eof && c != '\n') c = NextC();
        }

        if (c == Eof)
        {
            return new Token(level > 0 ? TokenKind.ErrorToken : TokenKind.EndMarker, pos, pos, line, -1, line, -1, null);
        }

        if (IdentifierChars.IsAsciiStart(c) || c >= 128)
        {
            bool sawB = false, sawR = false, sawU = false, sawF = false;
            while (true)
            {
                if (!(sawB || sawU || sawF) && (c == 'b' || c == 'B')) sawB = true;
                else if (!(sawB || sawU || sawR || sawF) && (c == 'u' || c == 'U')) sawU = true;
                else if (!(sawR || sawU) && (c == 'r' || c == 'R')) sawR = true;
                else if (!(sawF || sawB || sawU) && (c == 'f' || c == 'F')) sawF = true;
                else break;
                c = NextC();
                if (c == '"' || c == '\'')
                {
                    if (sawF) return FStringStart(c);
                    return StringLiteral(c);
                }
            }
            bool nonascii = false;
            while (IdentifierChars.IsAsciiContinue(c) || c >= 128)
            {
                if (c >= 128) nonascii = true;
                c = NextC();
            }
            Backup(c);
            return NameToken(nonascii);
        }

        if (c == '\n')
        {
            atBol = true;
            if (blankline || level > 0) goto nextline;
            return Make(TokenKind.Newline, tokStart, pos);
        }

        if (c == '.')
        {
            c = NextC();
            if (char.IsAsciiDigit((char)c) && c != Eof) return Number(c, fraction: true);
            if (c == '.')
            {
                c = NextC();
                if (c == '.') return Make(TokenKind.Ellipsis, tokStart, pos);
                Backup(c);
                Backup('.');
            }
            else
            {
                Backup(c);
            }
            return Make(TokenKind.Dot, tokStart, pos);
        }

        if (c >= '0' && c <= '9') return Number(c, fraction: false);

        if (c == '"' || c == '\'') return StringLiteral(c);

        if (c == '\\')
        {
            ContinuationLine();
            goto again;
        }

        // Punctuation that ends or splits an f-string replacement field.
        bool isPunctuation = c == ':' || c == '}' || c == '!' || c == '{';
        if (isPunctuation && modes.Count > 1 && current.InExpr)
        {
            int cursor = current.CurlyDepth - (c != '{' ? 1 : 0);
            if (c == ':' && cursor == current.ExprStartDepth)
            {
                current.InFStringText = true;
                current.InFormatSpec = true;
                return Make(TokenKind.Colon, tokStart, pos);
            }
        }

        {
            int c2 = NextC();
            var two = TwoChars(c, c2);
            if (two != TokenKind.EndMarker)
            {
                int c3 = NextC();
                var three = ThreeChars(c, c2, c3);
                if (three != TokenKind.EndMarker) two = three;
                else Backup(c3);
                return Make(two, tokStart, pos);
            }
            Backup(c2);
        }

        switch (c)
        {
            case '(':
            case '[':
            case '{':
                if (level >= Limits.MaxParenNesting) throw Error("too many nested parentheses", pos);
                parenstack[level] = (char)c;
                parenLine[level] = line;
                parenCol[level] = ColOf(tokStart);
                level++;
                if (modes.Count > 1) current.CurlyDepth++;
                break;
            case ')':
            case ']':
            case '}':
                if (modes.Count > 1 && current.CurlyDepth == 0 && c == '}')
                    throw Error("f-string: single '}' is not allowed", pos);
                if (level == 0) throw Error($"unmatched '{(char)c}'", pos);
                level--;
                char opening = parenstack[level];
                if (!(opening == '(' && c == ')' || opening == '[' && c == ']' || opening == '{' && c == '}'))
                {
                    if (modes.Count > 1 && opening == '{' && current.CurlyDepth - 1 == current.ExprStartDepth)
                        throw Error($"f-string: unmatched '{(char)c}'", pos);
                    if (parenLine[level] != line)
                        throw Error($"closing parenthesis '{(char)c}' does not match opening parenthesis '{opening}' on line {parenLine[level]}", pos);
                    throw Error($"closing parenthesis '{(char)c}' does not match opening parenthesis '{opening}'", pos);
                }
                if (modes.Count > 1)
                {
                    current.CurlyDepth--;
                    if (current.CurlyDepth < 0) throw Error($"f-string: unmatched '{(char)c}'", pos);
                    if (c == '}' && current.CurlyDepth == current.ExprStartDepth)
                    {
                        current.ExprStartDepth--;
                        current.InFStringText = true;
                        current.InFormatSpec = false;
                    }
                }
                break;
        }

        // Non-ASCII characters never get here: they go through the identifier path.
        var one = OneChar(c);
        if (one == TokenKind.EndMarker)
        {
            if (!StrRepr.IsPrintable(c)) throw Error($"invalid non-printable character U+{c:X4}", pos);
            one = TokenKind.UnknownChar;
        }
        return Make(one, tokStart, pos);
    }

    SyntaxErrorException TabError() =>
        StateError("inconsistent use of tabs and spaces in indentation", SyntaxErrorKind.TabError);

    /// <summary>After a backslash: the next character must end the line, and input must go on.</summary>
    void ContinuationLine()
    {
        int c = NextC();
        if (c != '\n')
        {
            // CPython reports E_LINECONT at the character after the backslash.
            int col = ColOf(pos);
            throw new SyntaxErrorException(SyntaxErrorKind.SyntaxError, "unexpected character after line continuation character",
                filename, line, col, LineText(line), line, 0) { FromTokenizerState = true };
        }
        c = NextC();
        if (c == Eof)
            throw new SyntaxErrorException(SyntaxErrorKind.SyntaxError, "unexpected EOF while parsing",
                filename, line, ColOf(pos), LineText(line), line, -1) { FromTokenizerState = true };
        Backup(c);
    }

    Token NameToken(bool nonascii)
    {
        var span = src.AsSpan(tokStart, pos - tokStart);
        if (nonascii)
        {
            VerifyIdentifier();
            span = src.AsSpan(tokStart, pos - tokStart);
            string normalized = IdentifierChars.NormalizeKC(span.ToString());
            string id = Intern(normalized);
            return Make(Keywords.Lookup(id), tokStart, pos, id);
        }
        if (!names.TryGetValue(span, out string? text))
        {
            text = span.ToString();
            names[text] = text;
        }
        return Make(Keywords.Lookup(text), tokStart, pos, text);
    }

    string Intern(string s)
    {
        if (names.TryGetValue(s.AsSpan(), out string? existing)) return existing;
        names[s] = s;
        return s;
    }

    /// <summary>PEP 3131 check of a non-ASCII identifier, with CPython's error for the first bad character.</summary>
    void VerifyIdentifier()
    {
        int i = tokStart;
        bool first = true;
        while (i < pos)
        {
            int cp = src[i];
            int width = 1;
            if (char.IsHighSurrogate(src[i]) && i + 1 < pos && char.IsLowSurrogate(src[i + 1]))
            {
                cp = char.ConvertToUtf32(src[i], src[i + 1]);
                width = 2;
            }
            bool ok = first ? IdentifierChars.IsStart(cp) : IdentifierChars.IsContinue(cp);
            if (!ok)
            {
                pos = i + width;
                if (StrRepr.IsPrintable(cp))
                    throw Error($"invalid character '{char.ConvertFromUtf32(cp)}' (U+{cp:X4})", pos);
                throw Error($"invalid non-printable character U+{cp:X4}", pos);
            }
            first = false;
            i += width;
        }
    }

    static TokenKind OneChar(int c) => c switch
    {
        '(' => TokenKind.LPar,
        ')' => TokenKind.RPar,
        '[' => TokenKind.LSqb,
        ']' => TokenKind.RSqb,
        ':' => TokenKind.Colon,
        ',' => TokenKind.Comma,
        ';' => TokenKind.Semi,
        '+' => TokenKind.Plus,
        '-' => TokenKind.Minus,
        '*' => TokenKind.Star,
        '/' => TokenKind.Slash,
        '|' => TokenKind.VBar,
        '&' => TokenKind.Amper,
        '<' => TokenKind.Less,
        '>' => TokenKind.Greater,
        '=' => TokenKind.Equal,
        '.' => TokenKind.Dot,
        '%' => TokenKind.Percent,
        '{' => TokenKind.LBrace,
        '}' => TokenKind.RBrace,
        '~' => TokenKind.Tilde,
        '^' => TokenKind.Circumflex,
        '@' => TokenKind.At,
        '!' => TokenKind.Exclamation,
        _ => TokenKind.EndMarker,
    };

    static TokenKind TwoChars(int c1, int c2) => (c1, c2) switch
    {
        ('!', '=') => TokenKind.NotEqual,
        ('%', '=') => TokenKind.PercentEqual,
        ('&', '=') => TokenKind.AmperEqual,
        ('*', '*') => TokenKind.DoubleStar,
        ('*', '=') => TokenKind.StarEqual,
        ('+', '=') => TokenKind.PlusEqual,
        ('-', '=') => TokenKind.MinEqual,
        ('-', '>') => TokenKind.RArrow,
        ('/', '/') => TokenKind.DoubleSlash,
        ('/', '=') => TokenKind.SlashEqual,
        (':', '=') => TokenKind.ColonEqual,
        ('<', '<') => TokenKind.LeftShift,
        ('<', '=') => TokenKind.LessEqual,
        ('<', '>') => TokenKind.LessGreater,
        ('=', '=') => TokenKind.EqEqual,
        ('>', '=') => TokenKind.GreaterEqual,
        ('>', '>') => TokenKind.RightShift,
        ('@', '=') => TokenKind.AtEqual,
        ('^', '=') => TokenKind.CircumflexEqual,
        ('|', '=') => TokenKind.VBarEqual,
        _ => TokenKind.EndMarker,
    };

    static TokenKind ThreeChars(int c1, int c2, int c3) => (c1, c2, c3) switch
    {
        ('*', '*', '=') => TokenKind.DoubleStarEqual,
        ('.', '.', '.') => TokenKind.Ellipsis,
        ('/', '/', '=') => TokenKind.DoubleSlashEqual,
        ('<', '<', '=') => TokenKind.LeftShiftEqual,
        ('>', '>', '=') => TokenKind.RightShiftEqual,
        _ => TokenKind.EndMarker,
    };
}
