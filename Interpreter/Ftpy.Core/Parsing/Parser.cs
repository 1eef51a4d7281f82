using System.Runtime.CompilerServices;
using Ftpy.Parsing.Ast;
using Attribute = Ftpy.Parsing.Ast.Attribute;
using Tuple = Ftpy.Parsing.Ast.Tuple;
using Ftpy.Runtime;

namespace Ftpy.Parsing;

/// <summary>
/// Python 3.12's PEG grammar (CPython's Grammar/python.gram) as a hand-written recursive
/// descent parser with backtracking and memoization, producing the AST of Ftpy.Parsing.Ast.
///
/// Like CPython, a failed parse is run a second time with the invalid_* rules enabled to
/// find a specific error message; if none matches, "invalid syntax" is reported at the
/// furthest token the first pass reached. Tokens are pulled lazily, so tokenizer errors
/// behind the failure point only win when CPython's would.
///
/// Invariants: every rule method either succeeds, leaving <c>mark</c> after what it
/// matched, or returns null/false with <c>mark</c> restored to where it started. Memo
/// entries are only valid within one pass. Nesting is bounded by <see cref="MaxDepth"/>
/// (CPython's MAXSTACK) and by the remaining thread stack, so no input can overflow it.
/// </summary>
public sealed partial class Parser
{
    /// <summary>CPython's parser stack limit (MAXSTACK); deeper input raises MemoryError.</summary>
    const int MaxDepth = 6000;

    readonly Tokenizer tokenizer;
    readonly string filename;
    readonly int maxStrDigits;
    Token[] tokens = new Token[128];
    int fill;
    int mark;
    bool callInvalidRules;
    /// <summary>True in the second pass (even where expression_without_invalid switches the rules off).</summary>
    bool errorPass;
    int depth;
    readonly Dictionary<long, (object? Result, int End)> memo = new();
    readonly bool singleMode;
    bool parsingStarted;
    /// <summary>The tokenizer has raised: its errors are final, nothing is tokenized after them.</summary>
    bool tokenizerFailed;

    Parser(string source, string filename, int maxStrDigits, bool execMode, bool singleMode = false)
    {
        if (source.Contains('\0'))
            throw new SyntaxErrorException(SyntaxErrorKind.SyntaxError, "source code string cannot contain null bytes",
                filename, null, null, null, null, null);
        tokenizer = new Tokenizer(Tokenizer.NormalizeNewlines(source, appendNewline: execMode), filename);
        this.filename = filename;
        this.maxStrDigits = maxStrDigits;
        this.singleMode = singleMode;
    }

    /// <summary>Parses a module ("exec" mode).</summary>
    /// <param name="maxStrDigits">Longest decimal int literal allowed (sys.get_int_max_str_digits()); 0 = no limit.</param>
    public static Module ParseModule(string source, string filename = "<unknown>", int maxStrDigits = Limits.DefaultMaxStrDigits)
    {
        var p = new Parser(source, filename, maxStrDigits, execMode: true);
        return (Module)p.Run(static p => p.FileRule());
    }

    /// <summary>Parses one expression ("eval" mode).</summary>
    public static Expression ParseExpression(string source, string filename = "<unknown>", int maxStrDigits = Limits.DefaultMaxStrDigits)
    {
        var p = new Parser(source, filename, maxStrDigits, execMode: false);
        return (Expression)p.Run(static p => p.EvalRule());
    }

    /// <summary>Parses one interactive statement ("single" mode).</summary>
    public static Interactive ParseInteractive(string source, string filename = "<unknown>", int maxStrDigits = Limits.DefaultMaxStrDigits)
    {
        var p = new Parser(source, filename, maxStrDigits, execMode: false, singleMode: true);
        var result = (Interactive)p.Run(static p => p.InteractiveRule());
        p.CheckSingleStatement();
        return result;
    }

    /// <summary>CPython's _PyPegen_run_parser: first pass, then the error pass on failure.</summary>
    Mod Run(Func<Parser, Mod?> start)
    {
        Mod? result;
        try
        {
            result = start(this);
        }
        catch (SyntaxErrorException) when (!tokenizerFailed)
        {
            // An action of the first pass raised (e.g. mixing bytes and str): as in CPython the
            // error pass is skipped, but a tokenizer error further on still wins.
            CheckRestOfSource();
            throw;
        }
        if (result is not null) return result;

        Token lastToken = tokens[fill - 1];
        memo.Clear();
        mark = 0;
        depth = 0;
        callInvalidRules = true;
        errorPass = true;
        try
        {
            start(this);
        }
        catch (SyntaxErrorException) when (!tokenizerFailed)
        {
            // A specific error from an invalid_* rule; a tokenizer error further on wins over it.
            CheckRestOfSource();
            throw;
        }
        throw GenericError(lastToken);
    }

    /// <summary>CPython's _Pypegen_set_syntax_error for a pass that found no specific error.</summary>
    SyntaxErrorException GenericError(Token lastToken)
    {
        if (lastToken.Kind is TokenKind.Indent or TokenKind.Dedent)
        {
            var t = tokens[fill - 1];
            string msg = lastToken.Kind == TokenKind.Indent ? "unexpected indent" : "unexpected unindent";
            return ErrorAtToken(SyntaxErrorKind.IndentationError, msg, t);
        }
        var err = ErrorAt(SyntaxErrorKind.SyntaxError, "invalid syntax",
            lastToken.Line, lastToken.Col + 1, lastToken.EndLine, lastToken.EndCol + 1);
        CheckRestOfSource();
        return err;
    }

    /// <summary>
    /// CPython's _PyPegen_tokenize_full_source_to_check_for_errors: after a syntax error,
    /// tokenize the rest of the input; a tokenizer error there replaces the syntax error,
    /// and so does a bracket left open on a line before the last token read.
    /// </summary>
    void CheckRestOfSource()
    {
        int errLine = tokens[fill - 1].Line;
        while (true)
        {
            Token t;
            try
            {
                t = tokenizer.Next();
            }
            catch (SyntaxErrorException e)
            {
                // Errors kept in the tokenizer's state never replace the syntax error; neither
                // does one met inside an f-string, whose expression error must propagate.
                if (e.FromTokenizerState)
                {
                    if (tokenizer.Level > 0 && errLine > tokenizer.InnermostBracketLine && !tokenizer.InFString)
                        throw tokenizer.UnclosedBracketError();
                    return;
                }
                if (tokenizer.InFString) return;
                throw;
            }
            if (t.Kind == TokenKind.EndMarker) return;
            if (t.Kind == TokenKind.ErrorToken)
            {
                if (errLine > tokenizer.InnermostBracketLine && !tokenizer.InFString) throw tokenizer.UnclosedBracketError();
                return;
            }
        }
    }

    /// <summary>CPython's bad_single_statement: "single" mode accepts one statement, so anything
    /// but whitespace and comments after what the tokenizer has read is an error.</summary>
    void CheckSingleStatement()
    {
        string src = tokenizer.Source;
        int i = tokenizer.Position;
        while (i < src.Length)
        {
            char c = src[i];
            if (c is ' ' or '\t' or '\n' or '\f')
            {
                i++;
                continue;
            }
            if (c != '#') throw RaiseSyntaxError("multiple statements found while compiling a single statement");
            while (i < src.Length && src[i] != '\n') i++;
        }
    }

    // ---- tokens -------------------------------------------------------------------------

    void FillToken()
    {
        Token t;
        try
        {
            t = tokenizer.Next();
        }
        catch (SyntaxErrorException)
        {
            tokenizerFailed = true;
            throw;
        }
        if (t.Kind == TokenKind.ErrorToken)
        {
            tokenizerFailed = true;
            throw tokenizer.UnclosedBracketError();
        }
        if (singleMode)
        {
            // CPython implies a NEWLINE (and the DEDENTs) at the end of a "single" input.
            if (t.Kind == TokenKind.EndMarker && parsingStarted)
            {
                t = new Token(TokenKind.Newline, t.Start, t.End, t.Line, t.Col, t.EndLine, t.EndCol, null);
                parsingStarted = false;
                tokenizer.ImplyDedents();
            }
            else
            {
                parsingStarted = true;
            }
        }
        if (fill == tokens.Length) Array.Resize(ref tokens, tokens.Length * 2);
        tokens[fill++] = t;
    }

    TokenKind PeekKind()
    {
        if (mark == fill) FillToken();
        return tokens[mark].Kind;
    }

    TokenKind PeekKind(int ahead)
    {
        while (mark + ahead >= fill) FillToken();
        return tokens[mark + ahead].Kind;
    }

    ref readonly Token Current
    {
        get
        {
            if (mark == fill) FillToken();
            return ref tokens[mark];
        }
    }

    bool Is(TokenKind k) => PeekKind() == k;

    bool Accept(TokenKind k)
    {
        if (PeekKind() != k) return false;
        mark++;
        return true;
    }

    /// <summary>Is the next token the soft keyword <paramref name="kw"/> (a Name with that text)?</summary>
    bool IsSoft(string kw)
    {
        ref readonly var t = ref Current;
        return t.Kind == TokenKind.Name && t.Text == kw;
    }

    bool AcceptSoft(string kw)
    {
        if (!IsSoft(kw)) return false;
        mark++;
        return true;
    }

    /// <summary>NAME: an identifier token (soft keywords included), as a Name node in Load context.</summary>
    Name? NameToken()
    {
        if (PeekKind() != TokenKind.Name) return null;
        var t = tokens[mark++];
        return new Name { Id = t.Text!, Ctx = ExprContext.Load, Lineno = t.Line, ColOffset = t.Col, EndLineno = t.EndLine, EndColOffset = t.EndCol };
    }

    /// <summary>The identifier of a NAME token, or null.</summary>
    string? NameText()
    {
        if (PeekKind() != TokenKind.Name) return null;
        return tokens[mark++].Text;
    }

    // ---- locations ----------------------------------------------------------------------

    /// <summary>Sets a node's position: from the token at <paramref name="start"/> to the last
    /// token consumed that is not NEWLINE/INDENT/DEDENT/ENDMARKER (CPython's EXTRA).</summary>
    T At<T>(T node, int start) where T : Node
    {
        ref readonly var s = ref tokens[start];
        node.Lineno = s.Line;
        node.ColOffset = s.Col;
        ref readonly var e = ref LastNonWhitespace();
        node.EndLineno = e.EndLine;
        node.EndColOffset = e.EndCol;
        return node;
    }

    ref readonly Token LastNonWhitespace()
    {
        int i = mark - 1;
        while (i > 0 && tokens[i].Kind is TokenKind.EndMarker or TokenKind.Newline or TokenKind.Indent or TokenKind.Dedent) i--;
        return ref tokens[Math.Max(i, 0)];
    }

    static T CopyLoc<T>(T node, Node from) where T : Node
    {
        node.Lineno = from.Lineno;
        node.ColOffset = from.ColOffset;
        node.EndLineno = from.EndLineno;
        node.EndColOffset = from.EndColOffset;
        return node;
    }

    static T Span<T>(T node, Node first, Node last) where T : Node
    {
        node.Lineno = first.Lineno;
        node.ColOffset = first.ColOffset;
        node.EndLineno = last.EndLineno;
        node.EndColOffset = last.EndColOffset;
        return node;
    }

    // ---- depth and memo -----------------------------------------------------------------

    /// <summary>Counts one level of rule nesting; deeper than CPython's limit is CPython's MemoryError.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    void Enter()
    {
        // The stack check keeps small thread stacks safe too: CPython's answer, never a crash.
        if (++depth > MaxDepth || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw PyErr.MemoryError("Parser stack overflowed - Python source too complex to parse");
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    void Leave() => depth--;

    enum Rule : byte
    {
        Expression, StarExpression, Disjunction, Conjunction, Inversion, BitwiseOr, Factor, AwaitPrimary,
        Primary, TPrimary, StarTarget, TargetWithStarAtom, DelTarget, Block, SimpleStmt, Arguments,
        ClosedPattern, StarPattern, TypeParam, Strings, InvalidNamedExpression, ImportStmt, Sum, Term,
        ShiftExpr, BitwiseAnd, BitwiseXor, Comparison,
    }

    bool TryMemo<T>(Rule rule, out T? result) where T : class
    {
        if (memo.TryGetValue(((long)mark << 6) | (long)rule, out var entry))
        {
            result = (T?)entry.Result;
            mark = entry.End;
            return true;
        }
        result = null;
        return false;
    }

    T? Memo<T>(Rule rule, int start, T? result) where T : class
    {
        memo[((long)start << 6) | (long)rule] = (result, mark);
        return result;
    }

    // ---- errors -------------------------------------------------------------------------

    SyntaxErrorException ErrorAt(SyntaxErrorKind kind, string msg, int line, int offset, int endLine, int endOffset)
    {
        string? text = tokenizer.LineText(line);
        // CPython converts both columns against the error line's text, clamping them to its
        // length + 1; that text keeps its '\n' only when it is the line the tokenizer is on.
        // So an error ending on a later line reports a clamped end offset.
        if (text is not null)
        {
            int limit = (line >= tokenizer.CurrentLine ? text.Length : text.TrimEnd('\n').Length) + 1;
            if (offset > limit) offset = limit;
            if (endOffset > limit) endOffset = limit;
        }
        return new(kind, msg, filename, line, offset, text, endLine, endOffset);
    }

    /// <summary>Column of a token for CPython's _PyPegen_raise_error (1-based); INDENT/DEDENT/ENDMARKER
    /// have no column, so CPython reports where its tokenizer stood.</summary>
    (int Offset, int EndOffset) TokenOffsets(in Token t)
    {
        if (t.Col >= 0) return (t.Col + 1, t.EndCol + 1);
        int ls = tokenizer.LineStartOffset(t.Line);
        int col = t.End - ls;
        return (col, -1);
    }

    SyntaxErrorException ErrorAtToken(SyntaxErrorKind kind, string msg, in Token t)
    {
        var (o, e) = TokenOffsets(t);
        return ErrorAt(kind, msg, t.Line, o, t.EndLine, e);
    }

    /// <summary>RAISE_SYNTAX_ERROR: at the last token read.</summary>
    SyntaxErrorException RaiseSyntaxError(string msg) => ErrorAtToken(SyntaxErrorKind.SyntaxError, msg, tokens[fill - 1]);

    /// <summary>RAISE_INDENTATION_ERROR: at the last token read.</summary>
    SyntaxErrorException RaiseIndentationError(string msg) => ErrorAtToken(SyntaxErrorKind.IndentationError, msg, tokens[fill - 1]);

    /// <summary>RAISE_SYNTAX_ERROR_KNOWN_LOCATION(node).</summary>
    SyntaxErrorException RaiseAt(Node a, string msg) =>
        ErrorAt(SyntaxErrorKind.SyntaxError, msg, a.Lineno, a.ColOffset + 1, a.EndLineno, a.EndColOffset + 1);

    /// <summary>RAISE_SYNTAX_ERROR_KNOWN_LOCATION(token).</summary>
    SyntaxErrorException RaiseAt(in Token a, string msg) =>
        ErrorAt(SyntaxErrorKind.SyntaxError, msg, a.Line, a.Col + 1, a.EndLine, a.EndCol + 1);

    /// <summary>RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, b).</summary>
    SyntaxErrorException RaiseRange(Node a, Node b, string msg) =>
        ErrorAt(SyntaxErrorKind.SyntaxError, msg, a.Lineno, a.ColOffset + 1, b.EndLineno, b.EndColOffset + 1);

    SyntaxErrorException RaiseRange(in Token a, in Token b, string msg) =>
        ErrorAt(SyntaxErrorKind.SyntaxError, msg, a.Line, a.Col + 1, b.EndLine, b.EndCol + 1);

    SyntaxErrorException RaiseRange(in Token a, Node b, string msg) =>
        ErrorAt(SyntaxErrorKind.SyntaxError, msg, a.Line, a.Col + 1, b.EndLineno, b.EndColOffset + 1);

    SyntaxErrorException RaiseRange(Node a, in Token b, string msg) =>
        ErrorAt(SyntaxErrorKind.SyntaxError, msg, a.Lineno, a.ColOffset + 1, b.EndLine, b.EndCol + 1);

    /// <summary>RAISE_SYNTAX_ERROR_STARTING_FROM(a): to where the tokenizer stands.</summary>
    SyntaxErrorException RaiseStartingFrom(int line, int col, string msg)
    {
        ref readonly var last = ref tokens[fill - 1];
        int endCol = last.EndCol >= 0 ? last.EndCol : TokenOffsets(last).Offset;
        return ErrorAt(SyntaxErrorKind.SyntaxError, msg, line, col + 1, last.EndLine, endCol);
    }

    SyntaxErrorException RaiseStartingFrom(Node a, string msg) => RaiseStartingFrom(a.Lineno, a.ColOffset, msg);

    SyntaxErrorException RaiseStartingFrom(in Token a, string msg) => RaiseStartingFrom(a.Line, a.Col, msg);

    /// <summary>RAISE_SYNTAX_ERROR_ON_NEXT_TOKEN: at the token after the current position.</summary>
    SyntaxErrorException RaiseOnNextToken(string msg)
    {
        ref readonly var t = ref Current;
        return RaiseAt(t, msg);
    }
}
