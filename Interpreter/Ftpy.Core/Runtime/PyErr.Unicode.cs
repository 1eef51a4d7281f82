namespace Ftpy.Runtime;

public static partial class PyErr
{
    /// <summary>UnicodeEncodeError; start/end count code points of text.</summary>
    public static PyUnicodeErrorException UnicodeEncodeError(string encoding, string text, int start, int end, string reason) =>
        PyUnicodeErrorException.Encode(encoding, text, start, end, reason);

    /// <summary>UnicodeDecodeError; start/end count bytes.</summary>
    public static PyUnicodeErrorException UnicodeDecodeError(string encoding, byte[] bytes, int start, int end, string reason) =>
        PyUnicodeErrorException.Decode(encoding, bytes, start, end, reason);

    /// <summary>UnicodeTranslateError; start/end count code points of text.</summary>
    public static PyUnicodeErrorException UnicodeTranslateError(string text, int start, int end, string reason) =>
        PyUnicodeErrorException.Translate(text, start, end, reason);
}
