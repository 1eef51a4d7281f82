using System.Text;
using Ftpy.Objects.Text;
using Ftpy.Runtime;

namespace Ftpy.Objects;

/// <summary>The str type: sequence protocol by code point, comparison, hashing, and the str
/// methods (over the text core; indices are converted between code points and UTF-16).</summary>
public static partial class StrType
{
    static PyStr Self(PyObject o) => (PyStr)o;

    static string Arg(PyObject o, string method, int argNo = 1) =>
        o is PyStr s ? s.Value : throw PyErr.TypeError($"{method}() argument {argNo} must be str, not {o.ob_type.ShortName}");

    internal static void Setup(PyType t)
    {
        t.Doc = "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str";
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
            return Self(o).Value.Contains(sub.Value, StringComparison.Ordinal);
        };
        t.sq_concat = (a, b) =>
        {
            if (b is not PyStr sb) throw PyErr.TypeError($"can only concatenate str (not \"{b.ob_type.ShortName}\") to str");
            var sa = Self(a);
            if (sb.Value.Length == 0 && a.ob_type == PyStr.Type) return Py.NewRef(sa);
            if (sa.Value.Length == 0 && b.ob_type == PyStr.Type) return Py.NewRef(sb);
            return PyStr.From(string.Concat(sa.Value, sb.Value));
        };
        t.sq_repeat = (o, n) =>
        {
            var s = Self(o).Value;
            if (n <= 0 || s.Length == 0) return PyStr.Empty;
            if (n == 1 && o.ob_type == PyStr.Type) return Py.NewRef(o);
            if ((long)s.Length * n > int.MaxValue / 2) throw PyErr.MemoryError("");
            var sb = new StringBuilder(s.Length * (int)n);
            for (long i = 0; i < n; i++) sb.Append(s);
            return PyStr.From(sb.ToString());
        };
        t.mp_subscript = Subscript;
        t.sq_item = (o, i) => Item(Self(o), i);
        t.nb_binary[(int)BinaryOp.Remainder] = (a, b) => a is PyStr s ? PercentFormat.Format(s, b) : PyNotImplemented.Instance;

        t.AddMethod("join", (PyObject self, PyObject iterable) => Join(Self(self), iterable));
        t.AddMethod("upper", (PyObject self) => PyStr.From(StrCase.Upper(Self(self).Value)));
        t.AddMethod("lower", (PyObject self) => PyStr.From(StrCase.Lower(Self(self).Value)));
        t.AddMethod("casefold", (PyObject self) => PyStr.From(StrCase.Casefold(Self(self).Value)));
        t.AddMethod("title", (PyObject self) => PyStr.From(StrCase.Title(Self(self).Value)));
        t.AddMethod("capitalize", (PyObject self) => PyStr.From(StrCase.Capitalize(Self(self).Value)));
        t.AddMethod("swapcase", (PyObject self) => PyStr.From(StrCase.Swapcase(Self(self).Value)));
        t.AddMethod("isalpha", (PyObject self) => PyBool.From(StrPredicates.IsAlpha(Self(self).Value)));
        t.AddMethod("isdecimal", (PyObject self) => PyBool.From(StrPredicates.IsDecimal(Self(self).Value)));
        t.AddMethod("isdigit", (PyObject self) => PyBool.From(StrPredicates.IsDigit(Self(self).Value)));
        t.AddMethod("isnumeric", (PyObject self) => PyBool.From(StrPredicates.IsNumeric(Self(self).Value)));
        t.AddMethod("isalnum", (PyObject self) => PyBool.From(StrPredicates.IsAlnum(Self(self).Value)));
        t.AddMethod("isspace", (PyObject self) => PyBool.From(StrPredicates.IsSpace(Self(self).Value)));
        t.AddMethod("isprintable", (PyObject self) => PyBool.From(StrPredicates.IsPrintable(Self(self).Value)));
        t.AddMethod("isascii", (PyObject self) => PyBool.From(StrPredicates.IsAscii(Self(self).Value)));
        t.AddMethod("isidentifier", (PyObject self) => PyBool.From(StrPredicates.IsIdentifier(Self(self).Value)));
        t.AddMethod("isupper", (PyObject self) => PyBool.From(StrPredicates.IsUpper(Self(self).Value)));
        t.AddMethod("islower", (PyObject self) => PyBool.From(StrPredicates.IsLower(Self(self).Value)));
        t.AddMethod("istitle", (PyObject self) => PyBool.From(StrPredicates.IsTitle(Self(self).Value)));
        t.AddMethod("strip", (PyObject self, ReadOnlySpan<PyObject> a) => PyStr.From(StrTrim.Strip(Self(self).Value, Chars("strip", a))));
        t.AddMethod("lstrip", (PyObject self, ReadOnlySpan<PyObject> a) => PyStr.From(StrTrim.LStrip(Self(self).Value, Chars("lstrip", a))));
        t.AddMethod("rstrip", (PyObject self, ReadOnlySpan<PyObject> a) => PyStr.From(StrTrim.RStrip(Self(self).Value, Chars("rstrip", a))));
        t.AddMethod(new MethodDef("split", (PyObject self, ReadOnlySpan<PyObject> a, PyTuple? kw) => Split(Self(self), a, kw, reverse: false)));
        t.AddMethod(new MethodDef("rsplit", (PyObject self, ReadOnlySpan<PyObject> a, PyTuple? kw) => Split(Self(self), a, kw, reverse: true)));
        t.AddMethod(new MethodDef("splitlines", (PyObject self, ReadOnlySpan<PyObject> a, PyTuple? kw) =>
        {
            Span<PyObject?> v = new PyObject?[1];
            ArgParser.Parse("splitlines", a, kw, new[] { "keepends" }, 0, v);
            bool keep = v[0] is not null && Py.IsTrue(v[0]!);
            return ToList(StrSplit.SplitLines(Self(self).Value, keep));
        }));
        t.AddMethod("partition", (PyObject self, PyObject sep) => Triple(StrSplit.Partition(Self(self).Value, NonEmptySep(sep))));
        t.AddMethod("rpartition", (PyObject self, PyObject sep) => Triple(StrSplit.RPartition(Self(self).Value, NonEmptySep(sep))));
        t.AddMethod("replace", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            ArgParser.CheckPositional("replace", a, 2, 3);
            long count = a.Length > 2 ? Py.AsLong(a[2]) : -1;
            return PyStr.From(StrReplace.Replace(Self(self).Value, Arg(a[0], "replace", 1), Arg(a[1], "replace", 2), count));
        });
        t.AddMethod("startswith", (PyObject self, ReadOnlySpan<PyObject> a) => PrefixTest(Self(self), a, "startswith", StrSearch.StartsWith));
        t.AddMethod("endswith", (PyObject self, ReadOnlySpan<PyObject> a) => PrefixTest(Self(self), a, "endswith", StrSearch.EndsWith));
        t.AddMethod("find", (PyObject self, ReadOnlySpan<PyObject> a) => PyInt.From(FindImpl(Self(self), a, "find", reverse: false)));
        t.AddMethod("rfind", (PyObject self, ReadOnlySpan<PyObject> a) => PyInt.From(FindImpl(Self(self), a, "rfind", reverse: true)));
        t.AddMethod("index", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            long r = FindImpl(Self(self), a, "index", reverse: false);
            return r < 0 ? throw PyErr.ValueError("substring not found") : PyInt.From(r);
        });
        t.AddMethod("rindex", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            long r = FindImpl(Self(self), a, "rindex", reverse: true);
            return r < 0 ? throw PyErr.ValueError("substring not found") : PyInt.From(r);
        });
        t.AddMethod("count", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            var s = Self(self);
            ArgParser.CheckPositional("count", a, 1, 3);
            var sub = Arg(a[0], "count");
            var (start, end) = Bounds(s, a, 1);
            if (start > end) return PyInt.Zero;
            return PyInt.From(StrSearch.Count(s.Value, sub, start, end));
        });
        t.AddMethod("center", (PyObject self, ReadOnlySpan<PyObject> a) => Pad(Self(self), a, "center", StrPad.Center));
        t.AddMethod("ljust", (PyObject self, ReadOnlySpan<PyObject> a) => Pad(Self(self), a, "ljust", StrPad.LJust));
        t.AddMethod("rjust", (PyObject self, ReadOnlySpan<PyObject> a) => Pad(Self(self), a, "rjust", StrPad.RJust));
        t.AddMethod("zfill", (PyObject self, PyObject width) => PyStr.From(StrPad.ZFill(Self(self).Value, Py.AsSsize(width, ExceptionTypes.OverflowError))));
        t.AddMethod(new MethodDef("expandtabs", (PyObject self, ReadOnlySpan<PyObject> a, PyTuple? kw) =>
        {
            Span<PyObject?> v = new PyObject?[1];
            ArgParser.Parse("expandtabs", a, kw, new[] { "tabsize" }, 0, v);
            long tab = v[0] is null ? 8 : Py.AsLong(v[0]!);
            return PyStr.From(StrReplace.ExpandTabs(Self(self).Value, tab));
        }));
        t.AddMethod("removeprefix", (PyObject self, PyObject p) => PyStr.From(StrTrim.RemovePrefix(Self(self).Value, Arg(p, "removeprefix"))));
        t.AddMethod("removesuffix", (PyObject self, PyObject p) => PyStr.From(StrTrim.RemoveSuffix(Self(self).Value, Arg(p, "removesuffix"))));
        t.AddMethod(new MethodDef("encode", (PyObject self, ReadOnlySpan<PyObject> a, PyTuple? kw) =>
        {
            Span<PyObject?> v = new PyObject?[2];
            ArgParser.Parse("encode", a, kw, new[] { "encoding", "errors" }, 0, v);
            string enc = v[0] is null ? "utf-8" : Arg(v[0]!, "encode", 1);
            string errors = v[1] is null ? "strict" : Arg(v[1]!, "encode", 2);
            return PyBytes.From(Codecs.Encode(Self(self).Value, enc, errors));
        }));
        t.AddMethod("__getnewargs__", (PyObject self) => PyTuple.Steal(new PyObject[] { PyStr.From(Self(self).Value) }));
        t.AddMethod("__format__", (PyObject self, PyObject spec) =>
        {
            var s = Arg(spec, "__format__");
            if (s.Length == 0) return Py.Str(self);
            return PyStr.From(Numbers.StrFormat.Format(Self(self).Value, Numbers.FormatSpec.Parse(s, "str", 's')));
        });
        t.AddMethod("__sizeof__", (PyObject self) => PyInt.From(49 + Self(self).Value.Length));
        AddFormatting(t);
    }

    /// <summary>str.format and str.format_map, filled in by the formatting support.</summary>
    static partial void AddFormatting(PyType t);

    static PyObject Compare(PyObject a, PyObject b, CompareOp op)
    {
        if (b is not PyStr sb) return PyNotImplemented.Instance;
        var sa = (PyStr)a;
        if (op is CompareOp.Eq or CompareOp.Ne)
            return PyBool.From(PyStr.EqualsFast(sa, sb) == (op == CompareOp.Eq));
        int c = CompareCodePoints(sa.Value, sb.Value);
        return PyBool.From(op switch
        {
            CompareOp.Lt => c < 0, CompareOp.Le => c <= 0, CompareOp.Gt => c > 0, _ => c >= 0,
        });
    }

    /// <summary>Ordinal comparison by code point (UTF-16 ordinal order differs for astral vs high-BMP chars).</summary>
    public static int CompareCodePoints(string a, string b)
    {
        int n = Math.Min(a.Length, b.Length);
        for (int i = 0; i < n; i++)
        {
            char x = a[i], y = b[i];
            if (x == y) continue;
            bool sx = char.IsSurrogate(x), sy = char.IsSurrogate(y);
            if (sx == sy) return x < y ? -1 : 1;
            // A surrogate (astral code point) sorts above every BMP character from U+E000 up.
            if (sx) return y >= 0xE000 ? 1 : (x < y ? -1 : 1);
            return x >= 0xE000 ? -1 : (x < y ? -1 : 1);
        }
        return a.Length.CompareTo(b.Length);
    }

    static PyObject Item(PyStr s, long i)
    {
        int n = s.Length;
        if (i < 0) i += n;
        if ((ulong)i >= (ulong)n) throw PyErr.IndexError("string index out of range");
        return PyStr.FromCodePoint(s.CodePointAt((int)i));
    }

    static PyObject Subscript(PyObject o, PyObject key)
    {
        var s = Self(o);
        if (key is PySlice slice)
        {
            long count = slice.Indices(s.Length, out long start, out long stop, out long step);
            if (count <= 0) return PyStr.Empty;
            if (step == 1)
            {
                if (start == 0 && count == s.Length && o.ob_type == PyStr.Type) return Py.NewRef(o);
                return PyStr.From(s.Substring((int)start, (int)(start + count)));
            }
            var sb = new StringBuilder((int)count);
            for (long i = 0, j = start; i < count; i++, j += step) CodePoints.Append(sb, s.CodePointAt((int)j));
            return PyStr.From(sb.ToString());
        }
        if (key.ob_type.nb_index is null)
            throw PyErr.TypeError($"string indices must be integers, not '{key.ob_type.ShortName}'");
        return Item(s, Py.AsSsize(key, ExceptionTypes.IndexError));
    }

    static PyObject Join(PyStr sep, PyObject iterable)
    {
        var items = Py.ToList(iterable);
        try
        {
            var parts = new string[items.Count];
            for (int i = 0; i < items.Count; i++)
            {
                if (items[i] is not PyStr p)
                    throw PyErr.TypeError($"sequence item {i}: expected str instance, {items[i].ob_type.ShortName} found");
                parts[i] = p.Value;
            }
            if (parts.Length == 1 && items[0].ob_type == PyStr.Type) return Py.NewRef(items[0]);
            return PyStr.From(string.Join(sep.Value, parts));
        }
        finally
        {
            foreach (var x in items) Py.Decref(x);
        }
    }

    static string? Chars(string name, ReadOnlySpan<PyObject> a)
    {
        ArgParser.CheckPositional(name, a, 0, 1);
        if (a.Length == 0 || a[0] is PyNone) return null;
        return a[0] is PyStr s ? s.Value : throw PyErr.TypeError($"{name} arg must be None or str");
    }

    static PyObject Split(PyStr s, ReadOnlySpan<PyObject> a, PyTuple? kw, bool reverse)
    {
        Span<PyObject?> v = new PyObject?[2];
        ArgParser.Parse(reverse ? "rsplit" : "split", a, kw, new[] { "sep", "maxsplit" }, 0, v);
        string? sep = v[0] is null or PyNone ? null : Arg(v[0]!, reverse ? "rsplit" : "split");
        if (sep is not null && sep.Length == 0) throw PyErr.ValueError("empty separator");
        long max = v[1] is null ? -1 : Py.AsLong(v[1]!);
        int m = max < 0 || max > int.MaxValue ? -1 : (int)max;
        return ToList(reverse ? StrSplit.RSplit(s.Value, sep, m) : StrSplit.Split(s.Value, sep, m));
    }

    static string NonEmptySep(PyObject sep)
    {
        if (sep is not PyStr s) throw PyErr.TypeError($"must be str, not {sep.ob_type.ShortName}");
        if (s.Value.Length == 0) throw PyErr.ValueError("empty separator");
        return s.Value;
    }

    static PyObject Triple((string, string, string) t) =>
        PyTuple.Steal(new PyObject[] { PyStr.From(t.Item1), PyStr.From(t.Item2), PyStr.From(t.Item3) });

    internal static PyList ToList(List<string> parts)
    {
        var l = new PyList(parts.Count);
        foreach (var p in parts) l.AppendSteal(PyStr.From(p));
        return l;
    }

    /// <summary>start/end arguments (code points, None allowed) clamped and converted to UTF-16 offsets.</summary>
    static (int start, int end) Bounds(PyStr s, ReadOnlySpan<PyObject> a, int first)
    {
        long n = s.Length;
        long start = a.Length > first && a[first] is not PyNone ? Py.AsSsize(a[first], null) : 0;
        long end = a.Length > first + 1 && a[first + 1] is not PyNone ? Py.AsSsize(a[first + 1], null) : n;
        if (start < 0) { start += n; if (start < 0) start = 0; }
        if (end < 0) { end += n; if (end < 0) end = 0; }
        if (end > n) end = n;
        if (start > n) return ((int)n + 1, (int)n);
        return (s.Utf16Offset((int)start), s.Utf16Offset((int)Math.Max(start, end)) - (end < start ? 1 : 0));
    }

    static long FindImpl(PyStr s, ReadOnlySpan<PyObject> a, string name, bool reverse)
    {
        ArgParser.CheckPositional(name, a, 1, 3);
        var sub = Arg(a[0], name);
        long n = s.Length;
        long start = a.Length > 1 && a[1] is not PyNone ? Py.AsSsize(a[1], null) : 0;
        long end = a.Length > 2 && a[2] is not PyNone ? Py.AsSsize(a[2], null) : n;
        if (start < 0) { start += n; if (start < 0) start = 0; }
        if (end < 0) { end += n; if (end < 0) end = 0; }
        if (end > n) end = n;
        if (start > end) return -1;
        int u0 = s.Utf16Offset((int)start), u1 = s.Utf16Offset((int)end);
        int r = reverse ? StrSearch.RFind(s.Value, sub, u0, u1) : StrSearch.Find(s.Value, sub, u0, u1);
        return r < 0 ? -1 : s.CodePointIndex(r);
    }

    static PyObject PrefixTest(PyStr s, ReadOnlySpan<PyObject> a, string name, Func<ReadOnlySpan<char>, ReadOnlySpan<char>, int, int, bool> test)
    {
        ArgParser.CheckPositional(name, a, 1, 3);
        long n = s.Length;
        long start = a.Length > 1 && a[1] is not PyNone ? Py.AsSsize(a[1], null) : 0;
        long end = a.Length > 2 && a[2] is not PyNone ? Py.AsSsize(a[2], null) : n;
        if (start < 0) { start += n; if (start < 0) start = 0; }
        if (end < 0) { end += n; if (end < 0) end = 0; }
        if (end > n) end = n;
        if (start > n) return PyBool.False;
        int u0 = s.Utf16Offset((int)start), u1 = s.Utf16Offset((int)Math.Max(end, start));
        if (a[0] is PyTuple tuple)
        {
            foreach (var item in tuple.Items)
            {
                if (item is not PyStr p) throw PyErr.TypeError($"tuple for {name} must only contain str, not {item.ob_type.ShortName}");
                if (end >= start && test(s.Value, p.Value, u0, u1)) return PyBool.True;
            }
            return PyBool.False;
        }
        if (a[0] is not PyStr prefix)
            throw PyErr.TypeError($"{name} first arg must be str or a tuple of str, not {a[0].ob_type.ShortName}");
        if (end < start) return PyBool.False;
        return PyBool.From(test(s.Value, prefix.Value, u0, u1));
    }

    static PyObject Pad(PyStr s, ReadOnlySpan<PyObject> a, string name, Func<string, long, int, string> pad)
    {
        ArgParser.CheckPositional(name, a, 1, 2);
        long width = Py.AsSsize(a[0], ExceptionTypes.OverflowError);
        int fill = ' ';
        if (a.Length > 1)
        {
            if (a[1] is not PyStr f || f.Length != 1)
                throw PyErr.TypeError("The fill character must be exactly one character long");
            fill = f.CodePointAt(0);
        }
        return PyStr.From(pad(s.Value, width, fill));
    }

    static PyObject StrNew(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> a = new PyObject?[3];
        ArgParser.Parse("str", args, kw, new[] { "object", "encoding", "errors" }, 0, a);
        PyStr result;
        if (a[0] is null) result = PyStr.Empty;
        else if (a[1] is null && a[2] is null) result = Py.Str(a[0]!);
        else
        {
            var data = a[0] switch
            {
                PyBytes or PyByteArray => BytesType.BytesFromObject(a[0]!),
                PyStr => throw PyErr.TypeError("decoding str is not supported"),
                _ => throw PyErr.TypeError($"decoding to str: need a bytes-like object, {a[0]!.ob_type.ShortName} found"),
            };
            string enc = a[1] is null ? "utf-8" : Arg(a[1]!, "str", 2);
            string errors = a[2] is null ? "strict" : Arg(a[2]!, "str", 3);
            result = PyStr.From(Codecs.Decode(data, enc, errors));
        }
        if (ReferenceEquals(type, PyStr.Type)) return result;
        var sub = new PyStr(type, result.Value);
        Py.Decref(result);
        return sub;
    }
}
