using System.Text;
using Ftpy.Objects;
using Ftpy.Runtime;

namespace Ftpy.Modules.Re;

/// <summary>
/// A string being matched: the Python object, the UTF-16 text .NET searches (bytes as
/// latin-1), and the mapping between Python indices (code points, or bytes) and UTF-16 units,
/// which differ only for str with surrogate pairs.
/// </summary>
public readonly struct ReSubject
{
    public readonly PyObject Obj;
    public readonly string Text;
    readonly PyStr? _str;
    readonly byte[]? _bytes;
    public readonly bool IsText;
    /// <summary>True when the text has surrogate pairs (the pattern's astral form is needed).</summary>
    public readonly bool Astral;
    public readonly int Length;

    ReSubject(PyObject obj, string text, PyStr? str, byte[]? bytes, bool isText)
    {
        Obj = obj;
        Text = text;
        _str = str;
        _bytes = bytes;
        IsText = isText;
        Astral = str is not null && str.HasSurrogates;
        Length = str?.Length ?? text.Length;
    }

    /// <summary>The subject for a pattern of the given kind, with CPython's type errors.</summary>
    public static ReSubject For(PyObject obj, bool patternIsText)
    {
        if (obj is PyStr s)
        {
            if (!patternIsText) throw PyErr.TypeError("cannot use a bytes pattern on a string-like object");
            return new ReSubject(obj, s.Value, s, null, true);
        }
        if (!BytesType.TryGetBytes(obj, out var bytes))
            throw PyErr.TypeError($"expected string or bytes-like object, got '{obj.ob_type.ShortName}'");
        if (patternIsText) throw PyErr.TypeError("cannot use a string pattern on a bytes-like object");
        return new ReSubject(obj, Encoding.Latin1.GetString(bytes), null, bytes, false);
    }

    public int ToUnit(int index) => Astral ? _str!.Utf16Offset(index) : index;
    public int ToIndex(int unit) => Astral ? _str!.CodePointIndex(unit) : unit;

    /// <summary>The slice [start, end) (Python indices) as str or bytes, as a Match returns groups.</summary>
    public PyObject Slice(int start, int end)
    {
        if (IsText)
        {
            if (start == 0 && end == Length && Obj.ob_type == PyStr.Type) return Py.NewRef(Obj);
            return PyStr.From(Astral ? _str!.Substring(start, end) : Text.Substring(start, end - start));
        }
        if (start == 0 && end == Length && Obj.ob_type == PyBytes.Type) return Py.NewRef(Obj);
        return PyBytes.From(_bytes.AsSpan(start, end - start).ToArray());
    }

    /// <summary>The empty string of the subject's kind.</summary>
    public PyObject Empty => IsText ? PyStr.Empty : PyBytes.Empty;
}
