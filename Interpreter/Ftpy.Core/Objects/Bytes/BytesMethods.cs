using Ftpy.Objects.Text;
using Ftpy.Runtime;

namespace Ftpy.Objects;

/// <summary>Methods bytes and bytearray share (ASCII-only semantics, as CPython's).</summary>
public static partial class BytesType
{
    static byte[] Arg(PyObject o) => TryGetBytes(o, out var b) ? b
        : throw PyErr.TypeError($"a bytes-like object is required, not '{o.ob_type.ShortName}'");

    static PyList ListOf(List<byte[]> parts, Func<byte[], PyObject> make)
    {
        var l = new PyList(parts.Count);
        foreach (var p in parts) l.AppendSteal(make(p));
        return l;
    }

    static (int start, int end) Range(ReadOnlySpan<PyObject> a, int first, int n)
    {
        long start = a.Length > first && a[first] is not PyNone ? Py.AsSsize(a[first], null) : 0;
        long end = a.Length > first + 1 && a[first + 1] is not PyNone ? Py.AsSsize(a[first + 1], null) : n;
        if (start < 0) { start += n; if (start < 0) start = 0; }
        if (end < 0) { end += n; if (end < 0) end = 0; }
        if (end > n) end = n;
        return ((int)Math.Min(start, n + 1), (int)end);
    }

    static byte[] Needle(PyObject o) => o is PyInt ? new[] { (byte)CheckByte(Py.AsLong(o)) } : Arg(o);

    static long CheckByte(long v) => v is < 0 or > 255 ? throw PyErr.ValueError("byte must be in range(0, 256)") : v;

    internal static void AddCommonMethods(PyType t, Func<PyObject, byte[]> get, Func<byte[], PyObject> make)
    {
        t.AddMethod(new MethodDef("decode", (PyObject self, ReadOnlySpan<PyObject> a, PyTuple? kw) =>
        {
            Span<PyObject?> v = new PyObject?[2];
            ArgParser.Parse("decode", a, kw, new[] { "encoding", "errors" }, 0, v);
            string enc = v[0] is PyStr e ? e.Value : "utf-8";
            string errors = v[1] is PyStr er ? er.Value : "strict";
            return PyStr.From(Codecs.Decode(get(self), enc, errors));
        }));
        t.AddMethod("hex", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            ArgParser.CheckPositional("hex", a, 0, 2);
            char? sep = null;
            if (a.Length > 0)
            {
                string s = a[0] is PyStr ps ? ps.Value : System.Text.Encoding.Latin1.GetString(Arg(a[0]));
                BytesHex.CheckSeparator(s);
                sep = s[0];
            }
            long per = a.Length > 1 ? Py.AsLong(a[1]) : 1;
            return PyStr.From(BytesHex.ToHex(get(self), sep, per));
        });
        t.AddMethod("join", (PyObject self, PyObject iterable) =>
        {
            var items = new List<byte[]>();
            int i = 0;
            foreach (var x in Py.Iterate(iterable))
            {
                try
                {
                    if (!TryGetBytes(x, out var b))
                        throw PyErr.TypeError($"sequence item {i}: expected a bytes-like object, {x.ob_type.ShortName} found");
                    items.Add(b);
                }
                finally { Py.Decref(x); }
                i++;
            }
            return make(Text.BytesMethods.Join(get(self), items));
        });
        t.AddMethod(new MethodDef("split", (PyObject self, ReadOnlySpan<PyObject> a, PyTuple? kw) => SplitImpl(self, a, kw, get, make, reverse: false)));
        t.AddMethod(new MethodDef("rsplit", (PyObject self, ReadOnlySpan<PyObject> a, PyTuple? kw) => SplitImpl(self, a, kw, get, make, reverse: true)));
        t.AddMethod(new MethodDef("splitlines", (PyObject self, ReadOnlySpan<PyObject> a, PyTuple? kw) =>
        {
            Span<PyObject?> v = new PyObject?[1];
            ArgParser.Parse("splitlines", a, kw, new[] { "keepends" }, 0, v);
            return ListOf(Text.BytesMethods.SplitLines(get(self), v[0] is not null && Py.IsTrue(v[0]!)), make);
        }));
        t.AddMethod("strip", (PyObject self, ReadOnlySpan<PyObject> a) => make(Text.BytesMethods.Strip(get(self), StripChars(a))));
        t.AddMethod("lstrip", (PyObject self, ReadOnlySpan<PyObject> a) => make(Text.BytesMethods.LStrip(get(self), StripChars(a))));
        t.AddMethod("rstrip", (PyObject self, ReadOnlySpan<PyObject> a) => make(Text.BytesMethods.RStrip(get(self), StripChars(a))));
        t.AddMethod("startswith", (PyObject self, ReadOnlySpan<PyObject> a) => Affix(get(self), a, "startswith", Text.BytesMethods.StartsWith));
        t.AddMethod("endswith", (PyObject self, ReadOnlySpan<PyObject> a) => Affix(get(self), a, "endswith", Text.BytesMethods.EndsWith));
        t.AddMethod("find", (PyObject self, ReadOnlySpan<PyObject> a) => PyInt.From(FindImpl(get(self), a, false)));
        t.AddMethod("rfind", (PyObject self, ReadOnlySpan<PyObject> a) => PyInt.From(FindImpl(get(self), a, true)));
        t.AddMethod("index", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            int r = FindImpl(get(self), a, false);
            return r < 0 ? throw PyErr.ValueError("subsection not found") : PyInt.From(r);
        });
        t.AddMethod("rindex", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            int r = FindImpl(get(self), a, true);
            return r < 0 ? throw PyErr.ValueError("subsection not found") : PyInt.From(r);
        });
        t.AddMethod("count", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            ArgParser.CheckPositional("count", a, 1, 3);
            var data = get(self);
            var (s, e) = Range(a, 1, data.Length);
            if (s > e) return PyInt.Zero;
            return PyInt.From(Text.BytesMethods.Count(data, Needle(a[0]), s, e));
        });
        t.AddMethod("replace", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            ArgParser.CheckPositional("replace", a, 2, 3);
            long count = a.Length > 2 ? Py.AsLong(a[2]) : -1;
            return make(Text.BytesMethods.Replace(get(self), Arg(a[0]), Arg(a[1]), count));
        });
        t.AddMethod("partition", (PyObject self, PyObject sep) =>
        {
            var (x, y, z) = Text.BytesMethods.Partition(get(self), NonEmpty(sep));
            return PyTuple.Steal(new[] { make(x), make(y), make(z) });
        });
        t.AddMethod("rpartition", (PyObject self, PyObject sep) =>
        {
            var (x, y, z) = Text.BytesMethods.RPartition(get(self), NonEmpty(sep));
            return PyTuple.Steal(new[] { make(x), make(y), make(z) });
        });
        t.AddMethod("upper", (PyObject self) => make(BytesCtype.Upper(get(self))));
        t.AddMethod("lower", (PyObject self) => make(BytesCtype.Lower(get(self))));
        t.AddMethod("swapcase", (PyObject self) => make(BytesCtype.Swapcase(get(self))));
        t.AddMethod("capitalize", (PyObject self) => make(BytesCtype.Capitalize(get(self))));
        t.AddMethod("title", (PyObject self) => make(BytesCtype.Title(get(self))));
        t.AddMethod("isalpha", (PyObject self) => PyBool.From(BytesCtype.IsAlpha(get(self))));
        t.AddMethod("isalnum", (PyObject self) => PyBool.From(BytesCtype.IsAlnum(get(self))));
        t.AddMethod("isdigit", (PyObject self) => PyBool.From(BytesCtype.IsDigit(get(self))));
        t.AddMethod("isspace", (PyObject self) => PyBool.From(BytesCtype.IsSpace(get(self))));
        t.AddMethod("isascii", (PyObject self) => PyBool.From(BytesCtype.IsAscii(get(self))));
        t.AddMethod("isupper", (PyObject self) => PyBool.From(BytesCtype.IsUpper(get(self))));
        t.AddMethod("islower", (PyObject self) => PyBool.From(BytesCtype.IsLower(get(self))));
        t.AddMethod("istitle", (PyObject self) => PyBool.From(BytesCtype.IsTitle(get(self))));
        t.AddMethod("removeprefix", (PyObject self, PyObject p) => make(Text.BytesMethods.RemovePrefix(get(self), Arg(p))));
        t.AddMethod("removesuffix", (PyObject self, PyObject p) => make(Text.BytesMethods.RemoveSuffix(get(self), Arg(p))));
        t.AddMethod("center", (PyObject self, ReadOnlySpan<PyObject> a) => make(Text.BytesMethods.Center(get(self), Py.AsLong(a[0]), Fill(a))));
        t.AddMethod("ljust", (PyObject self, ReadOnlySpan<PyObject> a) => make(Text.BytesMethods.LJust(get(self), Py.AsLong(a[0]), Fill(a))));
        t.AddMethod("rjust", (PyObject self, ReadOnlySpan<PyObject> a) => make(Text.BytesMethods.RJust(get(self), Py.AsLong(a[0]), Fill(a))));
        t.AddMethod("zfill", (PyObject self, PyObject w) => make(Text.BytesMethods.ZFill(get(self), Py.AsLong(w))));
        t.AddMethod("expandtabs", (PyObject self, ReadOnlySpan<PyObject> a) => make(Text.BytesMethods.ExpandTabs(get(self), a.Length > 0 ? Py.AsLong(a[0]) : 8)));
        t.AddMethod("translate", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            ArgParser.CheckPositional("translate", a, 1, 2);
            byte[]? table = a[0] is PyNone ? null : Arg(a[0]);
            if (table is not null && table.Length != 256) throw PyErr.ValueError("translation table must be 256 characters long");
            return make(Text.BytesMethods.Translate(get(self), table, a.Length > 1 ? Arg(a[1]) : default));
        });
    }

    static byte Fill(ReadOnlySpan<PyObject> a)
    {
        if (a.Length < 2) return (byte)' ';
        var f = Arg(a[1]);
        if (f.Length != 1) throw PyErr.TypeError("The fill character must be exactly one byte long");
        return f[0];
    }

    static byte[] NonEmpty(PyObject sep)
    {
        var s = Arg(sep);
        if (s.Length == 0) throw PyErr.ValueError("empty separator");
        return s;
    }

    static byte[]? StripChars(ReadOnlySpan<PyObject> a)
    {
        if (a.Length == 0 || a[0] is PyNone) return null;
        return Arg(a[0]);
    }

    static PyObject SplitImpl(PyObject self, ReadOnlySpan<PyObject> a, PyTuple? kw, Func<PyObject, byte[]> get, Func<byte[], PyObject> make, bool reverse)
    {
        Span<PyObject?> v = new PyObject?[2];
        ArgParser.Parse(reverse ? "rsplit" : "split", a, kw, new[] { "sep", "maxsplit" }, 0, v);
        byte[]? sep = v[0] is null or PyNone ? null : Arg(v[0]!);
        if (sep is not null && sep.Length == 0) throw PyErr.ValueError("empty separator");
        long max = v[1] is null ? -1 : Py.AsLong(v[1]!);
        int m = max < 0 || max > int.MaxValue ? -1 : (int)max;
        var data = get(self);
        return ListOf(reverse ? Text.BytesMethods.RSplit(data, sep, m) : Text.BytesMethods.Split(data, sep, m), make);
    }

    static int FindImpl(byte[] data, ReadOnlySpan<PyObject> a, bool reverse)
    {
        ArgParser.CheckPositional(reverse ? "rfind" : "find", a, 1, 3);
        var (s, e) = Range(a, 1, data.Length);
        if (s > e) return -1;
        var sub = Needle(a[0]);
        return reverse ? Text.BytesMethods.RFind(data, sub, s, e) : Text.BytesMethods.Find(data, sub, s, e);
    }

    static PyObject Affix(byte[] data, ReadOnlySpan<PyObject> a, string name, Func<ReadOnlySpan<byte>, ReadOnlySpan<byte>, int, int, bool> test)
    {
        ArgParser.CheckPositional(name, a, 1, 3);
        var (s, e) = Range(a, 1, data.Length);
        if (s > data.Length) return PyBool.False;
        if (a[0] is PyTuple tuple)
        {
            foreach (var item in tuple.Items) if (e >= s && test(data, Arg(item), s, e)) return PyBool.True;
            return PyBool.False;
        }
        if (!TryGetBytes(a[0], out var affix))
            throw PyErr.TypeError($"{name} first arg must be bytes or a tuple of bytes, not {a[0].ob_type.ShortName}");
        return PyBool.From(e >= s && test(data, affix, s, e));
    }
}
