namespace Ftpy.Parsing;

/// <summary>Token types, following CPython's Grammar/Tokens; keywords get their own kinds.</summary>
public enum TokenKind : byte
{
    EndMarker, Name, Number, String, Newline, Indent, Dedent,
    FStringStart, FStringMiddle, FStringEnd,
    /// <summary>End of input inside brackets (CPython's ERRORTOKEN with E_EOF); no rule accepts it.</summary>
    ErrorToken,

    // Operators and delimiters.
    LPar, RPar, LSqb, RSqb, Colon, Comma, Semi, Plus, Minus, Star, Slash, VBar, Amper, Less, Greater,
    Equal, Dot, Percent, LBrace, RBrace, EqEqual, NotEqual, LessEqual, GreaterEqual, Tilde, Circumflex,
    LeftShift, RightShift, DoubleStar, PlusEqual, MinEqual, StarEqual, SlashEqual, PercentEqual,
    AmperEqual, VBarEqual, CircumflexEqual, LeftShiftEqual, RightShiftEqual, DoubleStarEqual,
    DoubleSlash, DoubleSlashEqual, At, AtEqual, RArrow, Ellipsis, ColonEqual, Exclamation,
    /// <summary><c>&lt;&gt;</c>: tokenized as CPython does, accepted by no rule (no Barry as FLUFL).</summary>
    LessGreater,
    /// <summary>A printable ASCII character that is no operator ($, ?, `): accepted by no rule.</summary>
    UnknownChar,

    // Hard keywords.
    False, None, True, And, As, Assert, Async, Await, Break, Class, Continue, Def, Del, Elif, Else,
    Except, Finally, For, From, Global, If, Import, In, Is, Lambda, Nonlocal, Not, Or, Pass, Raise,
    Return, Try, While, With, Yield,
}

/// <summary>
/// One token. Start/End are char offsets into the (newline-normalized) source; Line/EndLine
/// are 1-based and Col/EndCol are 0-based code-point columns. INDENT, DEDENT, ENDMARKER and
/// ErrorToken have Col = EndCol = -1 as in CPython; their End is where the tokenizer stood
/// after producing them (after the indentation, or the end of input), which is what CPython
/// reports as the column of an error at such a token.
/// Text is the NFKC-normalized, interned identifier for Name and keyword tokens, else null.
/// </summary>
public readonly struct Token(TokenKind kind, int start, int end, int line, int col, int endLine, int endCol, string? text, int level = 0)
{
    public readonly TokenKind Kind = kind;
    /// <summary>Bracket depth after this token (CPython's token->level), used by "forgot a comma?".</summary>
    public readonly int Level = level;
    public readonly int Start = start, End = end;
    public readonly int Line = line, Col = col, EndLine = endLine, EndCol = endCol;
    public readonly string? Text = text;

    public bool IsKeyword => Kind >= TokenKind.False;

    public Token WithLevel(int level) => new(Kind, Start, End, Line, Col, EndLine, EndCol, Text, level);

    public override string ToString() => $"{Kind} {Line}:{Col}-{EndLine}:{EndCol} {Text}";
}
