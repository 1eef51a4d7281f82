using Ftpy.Runtime;

namespace Ftpy.Objects.Text;

/// <summary>
/// The errors argument of a codec call: a handler name, and how to find handlers registered
/// from Python (codecs.register_error) when the name is not a built-in one. A string
/// converts to it implicitly; default(ErrorHandling) means "strict".
/// </summary>
public readonly record struct ErrorHandling(string Name, Func<string, CodecErrorHandler?>? Registered = null)
{
    public static implicit operator ErrorHandling(string name) => new(name);
}

/// <summary>
/// Error handling for one encode call (CPython's unicode_encode_call_errorhandler and the
/// state around it). The handler is resolved at the first error only, so an unknown name is
/// harmless until something cannot be encoded, as in CPython. Positions are code points.
/// </summary>
sealed class EncodeErrorContext(string encoding, string source, int[] codePoints, ErrorHandling errors)
{
    ErrorMode? mode;
    CodecErrorHandler? registered;

    public ErrorMode Mode => mode ??= Resolve(errors, out registered);

    public PyUnicodeErrorException Error(int start, int end, string reason) =>
        PyUnicodeErrorException.Encode(encoding, source, start, end, reason);

    /// <summary>Runs the handler the generic way; NewPosition is checked and made absolute.</summary>
    public (string? Text, byte[]? Bytes, int NewPosition) Call(int start, int end, string reason)
    {
        CodecErrorResult r = Mode switch
        {
            ErrorMode.Strict => throw Error(start, end, reason),
            ErrorMode.Ignore => new("", null, end),
            ErrorMode.Replace => new(new string('?', end - start), null, end),
            ErrorMode.BackslashReplace => new(EncodeReplacements.Backslashed(codePoints, start, end), null, end),
            ErrorMode.XmlCharRefReplace => new(EncodeReplacements.XmlCharRefs(codePoints, start, end), null, end),
            ErrorMode.NameReplace => new(EncodeReplacements.Named(codePoints, start, end), null, end),
            ErrorMode.SurrogateEscape => new(null, EncodeReplacements.SurrogateUnescaped(codePoints, start, end) ?? throw Error(start, end, reason), end),
            ErrorMode.SurrogatePass => new(null, EncodeReplacements.SurrogatesPassed(encoding, codePoints, start, end) ?? throw Error(start, end, reason), end),
            _ => registered!(Error(start, end, reason)),
        };
        if (r.Text is null && r.Bytes is null) throw PyErr.TypeError("encoding error handler must return (str/bytes, int) tuple");
        return (r.Text, r.Bytes, CheckPosition(r.NewPosition, codePoints.Length));
    }

    internal static ErrorMode Resolve(ErrorHandling errors, out CodecErrorHandler? registered)
    {
        string name = errors.Name ?? "strict"; // default(ErrorHandling) means strict
        var m = CodecErrorHandlers.ModeOf(name);
        registered = null;
        if (m == ErrorMode.Custom)
            registered = errors.Registered?.Invoke(name)
                ?? throw PyErr.LookupError($"unknown error handler name '{name}'");
        return m;
    }

    internal static int CheckPosition(long position, int length)
    {
        if (position < 0) position += length;
        if (position < 0 || position > length) throw PyErr.IndexError($"position {position} from error handler out of bounds");
        return (int)position;
    }
}

/// <summary>Error handling for one decode call (CPython's unicode_decode_call_errorhandler_writer). Positions are bytes.</summary>
sealed class DecodeErrorContext(string encoding, byte[] data, ErrorHandling errors)
{
    ErrorMode? mode;
    CodecErrorHandler? registered;

    public ErrorMode Mode => mode ??= EncodeErrorContext.Resolve(errors, out registered);

    public PyUnicodeErrorException Error(int start, int end, string reason) =>
        PyUnicodeErrorException.Decode(encoding, data, start, end, reason);

    /// <summary>The replacement text and where decoding resumes.</summary>
    public (string Text, int NewPosition) Call(int start, int end, string reason)
    {
        CodecErrorResult r;
        int consumed;
        switch (Mode)
        {
            case ErrorMode.Strict: throw Error(start, end, reason);
            case ErrorMode.Ignore: r = new("", null, end); break;
            case ErrorMode.Replace: r = new("\ufffd", null, end); break;
            case ErrorMode.BackslashReplace: r = CodecErrorHandlers.BackslashReplace(Error(start, end, reason)); break;
            case ErrorMode.XmlCharRefReplace or ErrorMode.NameReplace:
                throw PyErr.TypeError("don't know how to handle UnicodeDecodeError in error callback");
            case ErrorMode.SurrogateEscape:
                r = new(DecodeReplacements.SurrogateEscaped(data, start, end, out consumed) ?? throw Error(start, end, reason), null, start + consumed);
                break;
            case ErrorMode.SurrogatePass:
                r = new(DecodeReplacements.SurrogatePassed(encoding, data, start, out consumed) ?? throw Error(start, end, reason), null, start + consumed);
                break;
            default: r = registered!(Error(start, end, reason)); break;
        }
        if (r.Text is null) throw PyErr.TypeError("decoding error handler must return (str, int) tuple");
        return (r.Text, EncodeErrorContext.CheckPosition(r.NewPosition, data.Length));
    }
}
