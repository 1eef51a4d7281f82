namespace Ftpy.Parsing;

// String literals and PEP 701 f-strings. An f-string is tokenized as FSTRING_START, then
// FSTRING_MIDDLE text and ordinary tokens for each {replacement field}, then FSTRING_END,
// with a mode stack entry per open f-string (CPython's tok_mode_stack). String values are
// decoded later by StringLiteral from the token text.
public sealed partial class Tokenizer
{
    /// <summary>Tokenizer state for one open f-string; modes[0] is the plain (non f-string) mode.</summary>
    sealed class Mode
    {
        /// <summary>Scanning literal text (CPython's TOK_FSTRING_MODE) rather than tokens.</summary>
        public bool InFStringText;
        public char Quote;
        public int QuoteSize;
        public bool Raw;
        public int StartPos, StartLine, StartLineStart;
        /// <summary>Open brackets of any kind inside this f-string, its own '{' included.</summary>
        public int CurlyDepth;
        /// <summary>Depth of nested replacement fields being tokenized: -1 in the literal text.</summary>
        public int ExprStartDepth = -1;
        public bool InFormatSpec;
        public bool InExpr => ExprStartDepth >= 0;
    }

    readonly List<Mode> modes = [];

    void SyncLine()
    {
        if (pos < src.Length && pos > lineStart && src[pos - 1] == '\n')
        {
            line++;
            lineStart = pos;
        }
    }

    /// <summary>A plain or bytes string; the opening quote <paramref name="quote"/> has been read.</summary>
    Token StringLiteral(int quote)
    {
        int firstLine = line, firstLineStart = lineStart;
        int quoteSize = 1, endQuoteSize = 0;
        bool hasEscapedQuote = false;
        int c = NextC();
        if (c == quote)
        {
            c = NextC();
            if (c == quote) quoteSize = 3;
            else endQuoteSize = 1; // empty string
        }
        if (c != quote) Backup(c);

        while (endQuoteSize != quoteSize)
        {
            c = NextC();
            if (c == Eof || quoteSize == 1 && c == '\n')
            {
                int detected = line;
                var mode = modes[^1];
                int col = Cols(firstLineStart, tokStart + 1);
                string msg;
                if (modes.Count > 1 && mode.Quote == quote && mode.QuoteSize == quoteSize)
                    msg = "f-string: expecting '}'";
                else if (quoteSize == 3)
                    msg = $"unterminated triple-quoted string literal (detected at line {detected})";
                else if (hasEscapedQuote)
                    msg = $"unterminated string literal (detected at line {detected}); perhaps you escaped the end quote?";
                else
                    msg = $"unterminated string literal (detected at line {detected})";
                throw new SyntaxErrorException(SyntaxErrorKind.SyntaxError, msg, filename, firstLine, col,
                    LineTextNoNewline(firstLine), firstLine, col);
            }
            if (c == quote)
            {
                endQuoteSize++;
            }
            else
            {
                endQuoteSize = 0;
                if (c == '\\')
                {
                    c = NextC();
                    if (c == quote) hasEscapedQuote = true;
                }
            }
        }
        return new Token(TokenKind.String, tokStart, pos, firstLine, Cols(firstLineStart, tokStart), line, ColOf(pos), null);
    }

    /// <summary>An f-string prefix and its opening quote <paramref name="quote"/> (read).</summary>
    Token FStringStart(int quote)
    {
        int quoteSize = 1;
        int afterQuote = NextC();
        if (afterQuote == quote)
        {
            int afterAfter = NextC();
            if (afterAfter == quote)
            {
                quoteSize = 3;
            }
            else
            {
                Backup(afterAfter);
                Backup(afterQuote);
            }
        }
        if (afterQuote != quote) Backup(afterQuote);

        if (modes.Count >= MaxFStringLevel) throw Error("too many nested f-strings", pos);
        bool raw = false;
        for (int i = tokStart; i < pos && src[i] != quote; i++)
            if (src[i] is 'r' or 'R') raw = true;
        modes.Add(new Mode
        {
            InFStringText = true,
            Quote = (char)quote,
            QuoteSize = quoteSize,
            Raw = raw,
            StartPos = tokStart,
            StartLine = line,
            StartLineStart = lineStart,
        });
        return Make(TokenKind.FStringStart, tokStart, pos);
    }

    Token NextInFString(Mode mode)
    {
        SyncLine();
        tokStart = pos;
        int startLine = line, startCol = ColOf(pos);

        int startChar = NextC();
        if (startChar == '{')
        {
            int peek1 = NextC();
            Backup(peek1);
            Backup(startChar);
            if (peek1 != '{')
            {
                mode.ExprStartDepth++;
                if (mode.ExprStartDepth >= MaxExprNesting) throw Error("f-string: expressions nested too deeply", pos);
                mode.InFStringText = false;
                return NextNormal(mode);
            }
        }
        else
        {
            Backup(startChar);
        }

        bool atEnd = true;
        for (int i = 0; i < mode.QuoteSize; i++)
        {
            int q = NextC();
            if (q != mode.Quote)
            {
                Backup(q);
                atEnd = false;
                break;
            }
        }
        if (atEnd)
        {
            modes.RemoveAt(modes.Count - 1);
            return new Token(TokenKind.FStringEnd, tokStart, pos, startLine, startCol, line, ColOf(pos), null);
        }

        int endQuoteSize = 0;
        bool unicodeEscape = false;
        while (endQuoteSize != mode.QuoteSize)
        {
            int c = NextC();
            bool inFormatSpec = mode.InFormatSpec && mode.InExpr;
            if (c == Eof || mode.QuoteSize == 1 && c == '\n')
            {
                if (inFormatSpec && c == '\n')
                {
                    Backup(c);
                    mode.InFStringText = false;
                    mode.InFormatSpec = false;
                    return Middle(startLine, startCol);
                }
                int detected = line;
                int col = Cols(mode.StartLineStart, mode.StartPos + 1);
                string msg = mode.QuoteSize == 3
                    ? $"unterminated triple-quoted f-string literal (detected at line {detected})"
                    : $"unterminated f-string literal (detected at line {detected})";
                throw new SyntaxErrorException(SyntaxErrorKind.SyntaxError, msg, filename, mode.StartLine, col,
                    LineTextNoNewline(mode.StartLine), mode.StartLine, col);
            }
            if (c == mode.Quote)
            {
                endQuoteSize++;
                continue;
            }
            endQuoteSize = 0;

            if (c == '{')
            {
                int peek = NextC();
                if (peek != '{' || inFormatSpec)
                {
                    Backup(peek);
                    Backup(c);
                    mode.ExprStartDepth++;
                    if (mode.ExprStartDepth >= MaxExprNesting) throw Error("f-string: expressions nested too deeply", pos);
                    mode.InFStringText = false;
                    mode.InFormatSpec = false;
                    return Middle(startLine, startCol);
                }
                // "{{": the text keeps one brace and the next token starts after the second.
                return Middle(startLine, startCol, pos - 1);
            }
            if (c == '}')
            {
                if (unicodeEscape) return Middle(startLine, startCol);
                int peek = NextC();
                if (peek == '}' && !inFormatSpec && mode.CurlyDepth == 0)
                    return Middle(startLine, startCol, pos - 1);
                Backup(peek);
                Backup(c);
                mode.InFStringText = false;
                mode.InFormatSpec = false;
                return Middle(startLine, startCol);
            }
            if (c == '\\')
            {
                int peek = NextC();
                if (peek == '{' || peek == '}')
                {
                    Backup(peek);
                    continue;
                }
                if (!mode.Raw && peek == 'N')
                {
                    peek = NextC();
                    if (peek == '{') unicodeEscape = true;
                    else Backup(peek);
                }
            }
        }
        // The closing quotes end the text; they become the FSTRING_END token next time.
        for (int i = 0; i < mode.QuoteSize; i++) Backup(mode.Quote);
        return Middle(startLine, startCol);
    }

    /// <summary>An FSTRING_MIDDLE token. Its text ends at <paramref name="end"/>, which leaves out the
    /// second brace of "{{" or "}}"; its position ends where the tokenizer stands, after it (as CPython's).</summary>
    Token Middle(int startLine, int startCol, int end = -1)
    {
        if (end < 0) end = pos;
        return new Token(TokenKind.FStringMiddle, tokStart, end, startLine, startCol, line, ColOf(pos), null);
    }
}
