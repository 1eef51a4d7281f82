using Ftpy.Objects.Text;
using Ftpy.Runtime;

namespace Ftpy.Objects;

/// <summary>The str type: sequence protocol by code point, comparison, hashing, the
/// constructor and %-formatting. The methods are in StrMethods.cs, format/format_map in
/// Formatting.cs. Indices are code points and are converted to UTF-16 offsets at the edges.</summary>
public static partial class StrType
{
    static PyStr Self(PyObject o) => (PyStr)o;

    internal static void Setup(PyType t)
    {
        t.Doc = "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str\n\n"
            + "Create a new string object from the given object. If encoding or\n"
            + "errors is specified, then the object must expose a data buffer\n"
            + "that will be decoded using the given encoding and error handler.\n"
            + "Otherwise, returns the result of object.__str__() (if defined)\n"
            + "or repr(object).\n"
            + "encoding defaults to 'utf-8'.\n"
            + "errors defaults to 'strict'.";
        t.tp_new = StrNew;
        t.tp_repr = o => PyStr.From(StrRepr.Repr(Self(o).Value));
        t.tp_str = o => o.ob_type == PyStr.Type ? Py.NewRef(o) : PyStr.From(Self(o).Value);
        t.tp_hash = o => Self(o).Hash;
        t.tp_richcompare = Compare;
        t.tp_iter = o => new PyStrIterator(Self(o));
        t.sq_length = o => Self(o).Length;
        t.sq_contains = (o, item) =>
        {
            if (item is not PyStr sub) throw PyErr.TypeError($"'in <string>' requires string as left operand, not {item.ob_type.ShortName}");
            return Contains(Self(o).Chars, sub.Chars);
        };
        t.sq_concat = (a, b) =>
        {
            if (b is not PyStr sb) throw PyErr.TypeError($"can only concatenate str (not \"{b.ob_type.ShortName}\") to str");
            return PyStr.Concat(Self(a), sb);
        };
        t.sq_repeat = (o, n) => Repeat(Self(o), n);
        t.mp_subscript = Subscript;
        t.sq_item = (o, i) => Item(Self(o), i);
        t.nb_binary[(int)BinaryOp.Remainder] = (a, b) => a is PyStr s ? PercentFormat.Format(s, b) : PyNotImplemented.Instance;
        AddMethods(t);
        AddFormatting(t);
    }

    /// <summary>str.format and str.format_map, filled in by the formatting support.</summary>
    static partial void AddFormatting(PyType t);

    /// <summary>sub in s: a match never starts or ends inside a surrogate pair.</summary>
    public static bool Contains(ReadOnlySpan<char> s, ReadOnlySpan<char> sub)
    {
        if (sub.Length == 0) return true;
        if (!NeedsBoundaryCheck(sub)) return s.IndexOf(sub) >= 0;
        return StrSearch.Find(s, sub, 0, s.Length) >= 0;
    }

    /// <summary>Only a needle that starts with a low surrogate or ends with a high surrogate can match half a pair.</summary>
    internal static bool NeedsBoundaryCheck(ReadOnlySpan<char> sub) =>
        sub.Length > 0 && (char.IsLowSurrogate(sub[0]) || char.IsHighSurrogate(sub[^1]));

    static PyObject Repeat(PyStr s, long n)
    {
        int len = s.Utf16Length;
        if (n <= 0 || len == 0) return PyStr.Empty;
        if (n == 1 && s.ob_type == PyStr.Type) return Py.NewRef(s);
        if (n > long.MaxValue / len) throw PyErr.OverflowError("repeated string is too long");
        long total = len * n;
        if (total > Array.MaxLength) throw PyErr.MemoryError("");
        if (len == 1) return PyStr.From(new string(s.Chars[0], (int)total));
        var result = string.Create((int)total, s, static (span, src) =>
        {
            var unit = src.Chars;
            unit.CopyTo(span);
            int filled = unit.Length;
            while (filled < span.Length)
            {
                int chunk = Math.Min(filled, span.Length - filled);
                span[..chunk].CopyTo(span[filled..]);
                filled += chunk;
            }
        });
        return new PyStr(result);
    }

    static PyObject Compare(PyObject a, PyObject b, CompareOp op)
    {
        if (b is not PyStr sb) return PyNotImplemented.Instance;
        var sa = (PyStr)a;
        if (op is CompareOp.Eq or CompareOp.Ne)
            return PyBool.From(PyStr.EqualsFast(sa, sb) == (op == CompareOp.Eq));
        int c = CompareCodePoints(sa.Chars, sb.Chars);
        return PyBool.From(op switch
        {
            CompareOp.Lt => c < 0, CompareOp.Le => c <= 0, CompareOp.Gt => c > 0, _ => c >= 0,
        });
    }

    /// <summary>Ordering by code point. UTF-16 ordinal order differs from it where an astral
    /// character (a pair) meets a BMP character from U+E000 up, so at the first differing unit
    /// the code points that contain it are compared.</summary>
    public static int CompareCodePoints(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        int i = a.CommonPrefixLength(b);
        if (i == a.Length || i == b.Length) return a.Length.CompareTo(b.Length);
        char x = a[i], y = b[i];
        if (!char.IsSurrogate(x) && !char.IsSurrogate(y)) return x < y ? -1 : 1;
        // A high surrogate before i is shared and always starts a code point; from there on
        // the code points of both are compared one by one.
        int p = i > 0 && char.IsHighSurrogate(a[i - 1]) ? i - 1 : i, q = p;
        while (p < a.Length && q < b.Length)
        {
            int ca = CodePoints.At(a, p, out int wa), cb = CodePoints.At(b, q, out int wb);
            if (ca != cb) return ca < cb ? -1 : 1;
            p += wa;
            q += wb;
        }
        return (a.Length - p).CompareTo(b.Length - q);
    }

    static PyObject Item(PyStr s, long i)
    {
        int n = s.Length;
        if (i < 0) i += n;
        if ((ulong)i >= (ulong)n) throw PyErr.IndexError("string index out of range");
        if (!s.HasSurrogates) return PyStr.FromChar(s.Chars[(int)i]);
        return PyStr.FromCodePoint(s.CodePointAt((int)i));
    }

    static PyObject Subscript(PyObject o, PyObject key)
    {
        var s = Self(o);
        if (key is PyInt k && !k.IsBig) return Item(s, k.Small);
        if (key is PySlice slice)
        {
            long count = slice.Indices(s.Length, out long start, out long _, out long step);
            if (count <= 0) return PyStr.Empty;
            if (step == 1)
            {
                if (count == s.Length && o.ob_type == PyStr.Type) return Py.NewRef(o);
                if (!s.HasSurrogates) return PyStr.From(s.Chars.Slice((int)start, (int)count));
                int a = s.Utf16Offset((int)start), b = s.Utf16Offset((int)(start + count));
                return PyStr.From(s.Chars[a..b]);
            }
            if (count == 1) return Item(s, start);
            if (!s.HasSurrogates)
            {
                return new PyStr(string.Create((int)count, (s, start, step), static (span, st) =>
                {
                    var src = st.s.Chars;
                    long j = st.start;
                    for (int i = 0; i < span.Length; i++, j += st.step) span[i] = src[(int)j];
                }));
            }
            var sb = new System.Text.StringBuilder((int)count);
            for (long i = 0, j = start; i < count; i++, j += step) CodePoints.Append(sb, s.CodePointAt((int)j));
            return PyStr.From(sb.ToString());
        }
        if (key.ob_type.nb_index is null)
            throw PyErr.TypeError($"string indices must be integers, not '{key.ob_type.ShortName}'");
        return Item(s, Py.AsSsize(key, ExceptionTypes.IndexError));
    }

    static PyObject StrNew(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        PyObject? obj, encoding, errors;
        int nkw = kw?.Count ?? 0;
        if (nkw == 0 && ReferenceEquals(type, PyStr.Type))
        {
            // unicode_vectorcall's checks and messages.
            ArgParser.CheckPositional("str", args, 0, 3);
            obj = args.Length > 0 ? args[0] : null;
            encoding = args.Length > 1 ? args[1] : null;
            errors = args.Length > 2 ? args[2] : null;
        }
        else
        {
            Span<PyObject?> a = new PyObject?[3];
            ArgParser.Parse("str", args, kw, s_newNames, 0, a);
            obj = a[0]; encoding = a[1]; errors = a[2];
        }
        PyStr result;
        if (obj is null) result = PyStr.Empty;
        else if (encoding is null && errors is null) result = Py.Str(obj);
        else
        {
            string enc = encoding is null ? "utf-8" : SeqArgs.CName(encoding, "str", "'encoding'");
            string err = errors is null ? "strict" : SeqArgs.CName(errors, "str", "'errors'");
            result = DecodeObject(obj, enc, err);
        }
        if (ReferenceEquals(type, PyStr.Type)) return result;
        var sub = new PyStr(type, result.Value);
        Py.Decref(result);
        return sub;
    }

    static readonly string[] s_newNames = ["object", "encoding", "errors"];

    /// <summary>PyUnicode_FromEncodedObject: decodes a bytes-like object.</summary>
    internal static PyStr DecodeObject(PyObject obj, string encoding, string errors)
    {
        if (obj is PyStr) throw PyErr.TypeError("decoding str is not supported");
        if (!BufferProtocol.TryGetBytes(obj, out var data))
            throw PyErr.TypeError($"decoding to str: need a bytes-like object, {obj.ob_type.ShortName} found");
        return PyStr.From(StrCodecs.Decode(data, encoding, errors));
    }
}
