namespace Ftpy.Parsing;

/// <summary>Which Python exception class a <see cref="SyntaxErrorException"/> stands for.</summary>
public enum SyntaxErrorKind { SyntaxError, IndentationError, TabError }

/// <summary>
/// A syntax problem found while decoding, tokenizing or parsing source. Carries what
/// Python's SyntaxError carries: Offset and EndOffset are 1-based columns counted in code
/// points; null fields are None on the Python side.
/// </summary>
public sealed class SyntaxErrorException : Exception
{
    public SyntaxErrorKind Kind { get; }
    public string Msg { get; }
    public string Filename { get; }
    public int? Lineno { get; }
    public int? Offset { get; }
    /// <summary>The source line the error is on, with its trailing "\n" (as compile() reports it), or null.</summary>
    public string? Text { get; }
    public int? EndLineno { get; }
    public int? EndOffset { get; }

    /// <summary>
    /// Raised from the tokenizer's state (CPython's E_TABSPACE, E_TOODEEP, E_DEDENT, E_LINECONT,
    /// E_EOF) rather than as an exception inside the tokenizer: such errors only surface when
    /// the parser asks for the token, so they do not replace an earlier syntax error.
    /// </summary>
    internal bool FromTokenizerState { get; init; }

    public SyntaxErrorException(SyntaxErrorKind kind, string msg, string filename,
        int? lineno, int? offset, string? text, int? endLineno, int? endOffset)
        : base(msg)
    {
        Kind = kind;
        Msg = msg;
        Filename = filename;
        Lineno = lineno;
        Offset = offset;
        Text = text;
        EndLineno = endLineno;
        EndOffset = endOffset;
    }

    public override string ToString() =>
        $"{Kind}: {Msg} ({Filename}, line {Lineno?.ToString() ?? "?"}, offset {Offset?.ToString() ?? "?"})";
}
