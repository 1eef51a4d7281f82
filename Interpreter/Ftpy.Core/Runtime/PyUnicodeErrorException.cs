using Ftpy.Objects;

namespace Ftpy.Runtime;

/// <summary>
/// UnicodeEncodeError, UnicodeDecodeError or UnicodeTranslateError raised from C#, carrying
/// the attributes Python code reads: encoding, object, start, end, reason. Object is the
/// str (C# string) for encode/translate errors, with Start/End in code points, and the bytes
/// (byte[]) for decode errors, with Start/End in bytes. The message is CPython's __str__.
/// </summary>
public sealed class PyUnicodeErrorException : PyException
{
    public string? Encoding { get; }
    public object Object { get; }
    public int Start { get; }
    public int End { get; }
    public string Reason { get; }

    PyUnicodeErrorException(string typeName, string? encoding, object obj, int start, int end, string reason)
        : base(typeName, FormatMessage(typeName, encoding, obj, start, end, reason))
    {
        Encoding = encoding;
        Object = obj;
        Start = start;
        End = end;
        Reason = reason;
    }

    protected override PyBaseException CreateValue()
    {
        var items = new List<PyObject>(5);
        if (!IsTranslateError) items.Add(PyStr.From(Encoding ?? ""));
        items.Add(Object is byte[] b ? PyBytes.From(b) : PyStr.From((string)Object));
        items.Add(PyInt.From(Start));
        items.Add(PyInt.From(End));
        items.Add(PyStr.From(Reason));
        var args = PyTuple.Steal(items.ToArray());
        try { return ExceptionObjects.Instantiate(ExceptionType, args); }
        finally { Py.Decref(args); }
    }

    public bool IsEncodeError => TypeName == "UnicodeEncodeError";
    public bool IsDecodeError => TypeName == "UnicodeDecodeError";
    public bool IsTranslateError => TypeName == "UnicodeTranslateError";

    /// <summary>The str being encoded (encode and translate errors).</summary>
    public string Text => (string)Object;
    /// <summary>The bytes being decoded (decode errors).</summary>
    public byte[] Bytes => (byte[])Object;

    public static PyUnicodeErrorException Encode(string encoding, string text, int start, int end, string reason) =>
        new("UnicodeEncodeError", encoding, text, start, end, reason);

    public static PyUnicodeErrorException Decode(string encoding, byte[] bytes, int start, int end, string reason) =>
        new("UnicodeDecodeError", encoding, bytes, start, end, reason);

    public static PyUnicodeErrorException Translate(string text, int start, int end, string reason) =>
        new("UnicodeTranslateError", null, text, start, end, reason);

    /// <summary>
    /// CPython's str() of the exception: one offending character or byte is shown when
    /// end == start + 1 and start is inside the object, else the position range start-(end-1).
    /// </summary>
    public static string FormatMessage(string typeName, string? encoding, object obj, long start, long end, string reason)
    {
        if (obj is byte[] bytes)
        {
            if (start >= 0 && start < bytes.Length && end == start + 1)
                return $"'{encoding}' codec can't decode byte 0x{bytes[start]:x2} in position {start}: {reason}";
            return $"'{encoding}' codec can't decode bytes in position {start}-{end - 1}: {reason}";
        }
        string text = (string)obj;
        string prefix = typeName == "UnicodeTranslateError" ? "can't translate" : $"'{encoding}' codec can't encode";
        if (start >= 0 && end == start + 1 && TryCodePointAt(text, start, out int cp))
        {
            string shown = cp <= 0xff ? $"\\x{cp:x2}" : cp <= 0xffff ? $"\\u{cp:x4}" : $"\\U{cp:x8}";
            return $"{prefix} character '{shown}' in position {start}: {reason}";
        }
        return $"{prefix} characters in position {start}-{end - 1}: {reason}";
    }

    static bool TryCodePointAt(string text, long index, out int cp)
    {
        int i = 0;
        for (long k = 0; i < text.Length; k++)
        {
            int width = char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
            if (k == index)
            {
                cp = width == 2 ? char.ConvertToUtf32(text[i], text[i + 1]) : text[i];
                return true;
            }
            i += width;
        }
        cp = 0;
        return false;
    }
}
