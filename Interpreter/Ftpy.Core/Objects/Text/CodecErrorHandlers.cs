using System.Globalization;
using System.Text;
using Ftpy.Runtime;

namespace Ftpy.Objects.Text;

/// <summary>
/// What an error handler returns (CPython's (replacement, newpos) tuple): Text, or Bytes for
/// an encode error, and where the codec resumes (code points when encoding, bytes when
/// decoding; negative counts from the end).
/// </summary>
public readonly record struct CodecErrorResult(string? Text, byte[]? Bytes, long NewPosition);

/// <summary>An error handler as codecs.register_error stores it: called with the error, returns the replacement.</summary>
public delegate CodecErrorResult CodecErrorHandler(PyUnicodeErrorException error);

/// <summary>
/// The built-in error handlers (codecs.strict_errors, replace_errors, ...) with the
/// semantics CPython's generic PyCodec_*Errors functions have. The codecs also apply some
/// of them inline, as CPython's do, where that changes which range an error reports.
/// </summary>
public static class CodecErrorHandlers
{
    public static readonly IReadOnlyList<string> BuiltinNames =
        ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace", "surrogateescape", "surrogatepass"];

    /// <summary>The built-in handler of that name, or null.</summary>
    public static CodecErrorHandler? Builtin(string name) => ModeOf(name) switch
    {
        ErrorMode.Strict => e => throw e,
        ErrorMode.Ignore => e => Ignore(e),
        ErrorMode.Replace => e => Replace(e),
        ErrorMode.BackslashReplace => e => BackslashReplace(e),
        ErrorMode.XmlCharRefReplace => e => XmlCharRefReplace(e),
        ErrorMode.NameReplace => e => NameReplace(e),
        ErrorMode.SurrogateEscape => e => SurrogateEscape(e),
        ErrorMode.SurrogatePass => e => SurrogatePass(e),
        _ => null,
    };

    internal static ErrorMode ModeOf(string name) => name switch
    {
        "strict" => ErrorMode.Strict,
        "ignore" => ErrorMode.Ignore,
        "replace" => ErrorMode.Replace,
        "backslashreplace" => ErrorMode.BackslashReplace,
        "xmlcharrefreplace" => ErrorMode.XmlCharRefReplace,
        "namereplace" => ErrorMode.NameReplace,
        "surrogateescape" => ErrorMode.SurrogateEscape,
        "surrogatepass" => ErrorMode.SurrogatePass,
        _ => ErrorMode.Custom,
    };

    static PyException CannotHandle(PyUnicodeErrorException e) =>
        PyErr.TypeError($"don't know how to handle {e.TypeName} in error callback");

    public static CodecErrorResult Ignore(PyUnicodeErrorException e) => new("", null, e.End);

    public static CodecErrorResult Replace(PyUnicodeErrorException e) => e.IsDecodeError
        ? new("\ufffd", null, e.End)
        : new(new string(e.IsEncodeError ? '?' : '\ufffd', Math.Max(e.End - e.Start, 0)), null, e.End);

    public static CodecErrorResult BackslashReplace(PyUnicodeErrorException e)
    {
        if (e.IsDecodeError)
        {
            var sb = new StringBuilder();
            for (int i = e.Start; i < e.End; i++) sb.Append("\\x").Append(e.Bytes[i].ToString("x2", CultureInfo.InvariantCulture));
            return new(sb.ToString(), null, e.End);
        }
        return new(EncodeReplacements.Backslashed(CodePoints.ToArray(e.Text), e.Start, e.End), null, e.End);
    }

    public static CodecErrorResult XmlCharRefReplace(PyUnicodeErrorException e) => e.IsEncodeError
        ? new(EncodeReplacements.XmlCharRefs(CodePoints.ToArray(e.Text), e.Start, e.End), null, e.End)
        : throw CannotHandle(e);

    public static CodecErrorResult NameReplace(PyUnicodeErrorException e) => e.IsEncodeError
        ? new(EncodeReplacements.Named(CodePoints.ToArray(e.Text), e.Start, e.End), null, e.End)
        : throw CannotHandle(e);

    /// <summary>Encode: U+DC80..U+DCFF back to bytes 0x80..0xFF. Decode: up to 4 bytes &gt;= 0x80 to U+DC80..U+DCFF.</summary>
    public static CodecErrorResult SurrogateEscape(PyUnicodeErrorException e)
    {
        if (e.IsDecodeError)
        {
            var text = DecodeReplacements.SurrogateEscaped(e.Bytes, e.Start, e.End, out int consumed) ?? throw e;
            return new(text, null, e.Start + consumed);
        }
        if (!e.IsEncodeError) throw CannotHandle(e);
        return new(null, EncodeReplacements.SurrogateUnescaped(CodePoints.ToArray(e.Text), e.Start, e.End) ?? throw e, e.End);
    }

    /// <summary>Surrogates encoded or decoded as if they were ordinary code points, for the UTF codecs only.</summary>
    public static CodecErrorResult SurrogatePass(PyUnicodeErrorException e)
    {
        if (e.IsDecodeError)
        {
            var text = DecodeReplacements.SurrogatePassed(e.Encoding, e.Bytes, e.Start, out int consumed) ?? throw e;
            return new(text, null, e.Start + consumed);
        }
        if (!e.IsEncodeError) throw CannotHandle(e);
        return new(null, EncodeReplacements.SurrogatesPassed(e.Encoding, CodePoints.ToArray(e.Text), e.Start, e.End) ?? throw e, e.End);
    }
}

/// <summary>The error handlers a codec recognises by name (CPython's _Py_error_handler).</summary>
enum ErrorMode { Strict, Ignore, Replace, BackslashReplace, XmlCharRefReplace, NameReplace, SurrogateEscape, SurrogatePass, Custom }
