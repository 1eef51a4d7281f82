using System.Buffers;
using Ftpy.Objects.Text;
using Ftpy.Runtime;

namespace Ftpy.Objects;

/// <summary>The methods bytes and bytearray share (ASCII-only semantics, as CPython's), with
/// Argument Clinic's signatures and messages. Results have the type of self's base: bytes for
/// bytes and its subclasses, bytearray for bytearray and its subclasses.</summary>
public static partial class BytesType
{
    static readonly string[] s_decodeNames = ["encoding", "errors"];
    static readonly string[] s_hexNames = ["sep", "bytes_per_sep"];
    static readonly string[] s_splitNames = ["sep", "maxsplit"];
    static readonly string[] s_keependsNames = ["keepends"];
    static readonly string[] s_tabsizeNames = ["tabsize"];
    static readonly string[] s_translateNames = ["table", "delete"];

    /// <summary>The contents of a bytes or bytearray (valid until Python code runs again).</summary>
    internal static ReadOnlySpan<byte> Data(PyObject o) => o is PyBytes b ? b.Value : ((PyByteArray)o).Span;

    /// <summary>A new object of self's kind holding a copy of <paramref name="data"/>.</summary>
    internal static PyObject Make(PyObject self, ReadOnlySpan<byte> data) =>
        self is PyBytes ? PyBytes.From(data) : PyByteArray.From(data);

    /// <summary>A new object of self's kind taking over <paramref name="fresh"/> (bytes) or copying it (bytearray).</summary>
    internal static PyObject MakeOwned(PyObject self, byte[] fresh) =>
        self is PyBytes ? PyBytes.From(fresh) : PyByteArray.From(fresh);

    /// <summary>return_self: an exact bytes is returned itself, anything else copied.</summary>
    static PyObject Unchanged(PyObject self) => self.ob_type == PyBytes.Type ? Py.NewRef(self) : Make(self, Data(self));

    internal static void AddCommonMethods(PyType t)
    {
        t.AddMethod(new MethodDef("decode", (PyObject self, ReadOnlySpan<PyObject> a, PyTuple? kw) =>
        {
            var v = new PyObject?[2];
            ArgParser.Parse("decode", a, kw, s_decodeNames, 0, v);
            string enc = v[0] is null ? "utf-8" : SeqArgs.CName(v[0]!, "decode", "'encoding'");
            string errors = v[1] is null ? "strict" : SeqArgs.CName(v[1]!, "decode", "'errors'");
            return PyStr.From(StrCodecs.Decode(Data(self), enc, errors));
        }));
        t.AddMethod(new MethodDef("hex", (PyObject self, ReadOnlySpan<PyObject> a, PyTuple? kw) => Hex(Data(self), a, kw)));
        t.AddMethod("join", (PyObject self, PyObject iterable) => Join(self, iterable));
        t.AddMethod(new MethodDef("split", (PyObject self, ReadOnlySpan<PyObject> a, PyTuple? kw) => Split(self, a, kw, reverse: false)));
        t.AddMethod(new MethodDef("rsplit", (PyObject self, ReadOnlySpan<PyObject> a, PyTuple? kw) => Split(self, a, kw, reverse: true)));
        t.AddMethod(new MethodDef("splitlines", (PyObject self, ReadOnlySpan<PyObject> a, PyTuple? kw) =>
        {
            var v = new PyObject?[1];
            ArgParser.Parse("splitlines", a, kw, s_keependsNames, 0, v);
            bool keep = v[0] is not null && Py.IsTrue(v[0]!);
            var data = Data(self);
            var list = new PyList();
            int i = 0, n = data.Length;
            while (i < n)
            {
                int start = i;
                while (i < n && data[i] is not ((byte)'\n' or (byte)'\r')) i++;
                int eol = i;
                if (i < n)
                {
                    i += data[i] == '\r' && i + 1 < n && data[i + 1] == '\n' ? 2 : 1;
                    if (keep) eol = i;
                }
                if (start == 0 && eol == n && self.ob_type == PyBytes.Type) list.Append(self);
                else list.AppendSteal(Make(self, data[start..eol]));
            }
            return list;
        }));
        t.AddMethod("strip", (PyObject self, ReadOnlySpan<PyObject> a) => Strip(self, a, "strip", true, true));
        t.AddMethod("lstrip", (PyObject self, ReadOnlySpan<PyObject> a) => Strip(self, a, "lstrip", true, false));
        t.AddMethod("rstrip", (PyObject self, ReadOnlySpan<PyObject> a) => Strip(self, a, "rstrip", false, true));
        t.AddMethod("startswith", (PyObject self, ReadOnlySpan<PyObject> a) => TailMatch(self, a, "startswith", atEnd: false));
        t.AddMethod("endswith", (PyObject self, ReadOnlySpan<PyObject> a) => TailMatch(self, a, "endswith", atEnd: true));
        t.AddMethod("find", (PyObject self, ReadOnlySpan<PyObject> a) => PyInt.From(Find(self, a, "find", reverse: false)));
        t.AddMethod("rfind", (PyObject self, ReadOnlySpan<PyObject> a) => PyInt.From(Find(self, a, "rfind", reverse: true)));
        t.AddMethod("index", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            long r = Find(self, a, "index", reverse: false);
            return r < 0 ? throw PyErr.ValueError("subsection not found") : PyInt.From(r);
        });
        t.AddMethod("rindex", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            long r = Find(self, a, "rindex", reverse: true);
            return r < 0 ? throw PyErr.ValueError("subsection not found") : PyInt.From(r);
        });
        t.AddMethod("count", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            var data = Data(self);
            var subArg = SeqArgs.FindArgs("count", a, data.Length, out long start, out long end);
            Span<byte> one = stackalloc byte[1];
            var sub = Needle(subArg, one);
            data = Data(self);
            if (end - start < sub.Length || start > data.Length) return PyInt.Zero;
            var window = data[(int)start..(int)end];
            if (sub.Length == 0) return PyInt.From(window.Length + 1);
            return PyInt.From(sub.Length == 1 ? window.Count(sub[0]) : window.Count(sub));
        });
        t.AddMethod("replace", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            ArgParser.CheckPositional("replace", a, 2, 3);
            long count = a.Length > 2 ? SeqArgs.Ssize(a[2]) : -1;
            var old = BufferProtocol.GetBytes(a[0]).ToArray();
            var replacement = BufferProtocol.GetBytes(a[1]).ToArray();
            var data = Data(self);
            if (count == 0 || (old.Length == 0 && replacement.Length == 0) || (old.Length > 0 && data.IndexOf(old) < 0))
                return Unchanged(self);
            return MakeOwned(self, Text.BytesMethods.Replace(data, old, replacement, count));
        });
        t.AddMethod("partition", (PyObject self, PyObject sep) => Partition(self, sep, reverse: false));
        t.AddMethod("rpartition", (PyObject self, PyObject sep) => Partition(self, sep, reverse: true));
        t.AddMethod("upper", (PyObject self) => MakeOwned(self, BytesCtype.Upper(Data(self))));
        t.AddMethod("lower", (PyObject self) => MakeOwned(self, BytesCtype.Lower(Data(self))));
        t.AddMethod("swapcase", (PyObject self) => MakeOwned(self, BytesCtype.Swapcase(Data(self))));
        t.AddMethod("capitalize", (PyObject self) => MakeOwned(self, BytesCtype.Capitalize(Data(self))));
        t.AddMethod("title", (PyObject self) => MakeOwned(self, BytesCtype.Title(Data(self))));
        t.AddMethod("isalpha", (PyObject self) => PyBool.From(BytesCtype.IsAlpha(Data(self))));
        t.AddMethod("isalnum", (PyObject self) => PyBool.From(BytesCtype.IsAlnum(Data(self))));
        t.AddMethod("isdigit", (PyObject self) => PyBool.From(BytesCtype.IsDigit(Data(self))));
        t.AddMethod("isspace", (PyObject self) => PyBool.From(BytesCtype.IsSpace(Data(self))));
        t.AddMethod("isascii", (PyObject self) => PyBool.From(BytesCtype.IsAscii(Data(self))));
        t.AddMethod("isupper", (PyObject self) => PyBool.From(BytesCtype.IsUpper(Data(self))));
        t.AddMethod("islower", (PyObject self) => PyBool.From(BytesCtype.IsLower(Data(self))));
        t.AddMethod("istitle", (PyObject self) => PyBool.From(BytesCtype.IsTitle(Data(self))));
        t.AddMethod("removeprefix", (PyObject self, PyObject p) =>
        {
            var prefix = BufferProtocol.GetBytes(p);
            var data = Data(self);
            if (prefix.Length > 0 && data.StartsWith(prefix)) return Make(self, data[prefix.Length..]);
            return Unchanged(self);
        });
        t.AddMethod("removesuffix", (PyObject self, PyObject p) =>
        {
            var suffix = BufferProtocol.GetBytes(p);
            var data = Data(self);
            if (suffix.Length > 0 && data.EndsWith(suffix)) return Make(self, data[..^suffix.Length]);
            return Unchanged(self);
        });
        t.AddMethod("center", (PyObject self, ReadOnlySpan<PyObject> a) => Pad(self, a, "center"));
        t.AddMethod("ljust", (PyObject self, ReadOnlySpan<PyObject> a) => Pad(self, a, "ljust"));
        t.AddMethod("rjust", (PyObject self, ReadOnlySpan<PyObject> a) => Pad(self, a, "rjust"));
        t.AddMethod("zfill", (PyObject self, PyObject w) =>
        {
            long width = SeqArgs.Ssize(w);
            if (width <= Data(self).Length) return Unchanged(self);
            return MakeOwned(self, Text.BytesMethods.ZFill(Data(self), width));
        });
        t.AddMethod(new MethodDef("expandtabs", (PyObject self, ReadOnlySpan<PyObject> a, PyTuple? kw) =>
        {
            var v = new PyObject?[1];
            ArgParser.Parse("expandtabs", a, kw, s_tabsizeNames, 0, v);
            long tab = v[0] is null ? 8 : IntArg(v[0]!);
            return MakeOwned(self, Text.BytesMethods.ExpandTabs(Data(self), tab));
        }));
        t.AddMethod(new MethodDef("translate", (PyObject self, ReadOnlySpan<PyObject> a, PyTuple? kw) =>
        {
            var v = new PyObject?[2];
            ArgParser.Parse("translate", a, kw, s_translateNames, 1, v, posOnly: 1);
            byte[]? table = null;
            if (v[0] is not PyNone)
            {
                table = BufferProtocol.GetBytes(v[0]!).ToArray();
                if (table.Length != 256) throw PyErr.ValueError("translation table must be 256 characters long");
            }
            var delete = v[1] is null ? default : BufferProtocol.GetBytes(v[1]!).ToArray();
            var data = Data(self);
            if (table is null && (delete is null || delete.Length == 0 || data.IndexOfAny(delete) < 0)) return Unchanged(self);
            return MakeOwned(self, Text.BytesMethods.Translate(data, table, delete));
        }));
        t.AddStaticMethod(new MethodDef("maketrans", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            ArgParser.CheckPositional("maketrans", a, 2, 2);
            var from = BufferProtocol.GetBytes(a[0]).ToArray();
            var to = BufferProtocol.GetBytes(a[1]);
            return PyBytes.From(Text.BytesMethods.MakeTrans(from, to));
        }));
        t.AddClassMethod(new MethodDef("fromhex", (PyObject cls, PyObject s) =>
        {
            if (s is not PyStr str) throw PyErr.TypeError($"fromhex() argument must be str, not {s.ob_type.ShortName}");
            var data = BytesHex.FromHex(str.Value);
            PyObject r = ReferenceEquals(cls, PyByteArray.Type) || ((PyType)cls).IsSubtype(PyByteArray.Type)
                ? PyByteArray.From(data) : PyBytes.From(data);
            if (ReferenceEquals(cls, PyBytes.Type) || ReferenceEquals(cls, PyByteArray.Type)) return r;
            try { return Py.CallOneArg(cls, r); }
            finally { Py.Decref(r); }
        }));
        t.AddMethod("__buffer__", (PyObject self, PyObject flags) =>
        {
            SeqArgs.Ssize(flags);
            return PyMemoryView.FromObject(self);
        });
    }

    /// <summary>The "i" converter: an int that fits a C int.</summary>
    static long IntArg(PyObject o)
    {
        if (o.ob_type.nb_index is null) throw PyErr.TypeError($"'{o.ob_type.ShortName}' object cannot be interpreted as an integer");
        var idx = Py.Index(o);
        try
        {
            if (idx.IsBig || idx.Small < int.MinValue || idx.Small > int.MaxValue)
                throw PyErr.OverflowError("Python int too large to convert to C int");
            return idx.Small;
        }
        finally { Py.Decref(idx); }
    }

    /// <summary>parse_args_finds_byte: a bytes-like object, or an int naming one byte.</summary>
    static ReadOnlySpan<byte> Needle(PyObject sub, Span<byte> one)
    {
        if (BufferProtocol.TryGetBytes(sub, out var data)) return data;
        if (sub.ob_type.nb_index is null)
            throw PyErr.TypeError($"argument should be integer or bytes-like object, not '{sub.ob_type.ShortName}'");
        long v = Py.AsSsize(sub, null);
        if (v < 0 || v > 255) throw PyErr.ValueError("byte must be in range(0, 256)");
        one[0] = (byte)v;
        return one;
    }

    static long Find(PyObject self, ReadOnlySpan<PyObject> a, string name, bool reverse)
    {
        var subArg = SeqArgs.FindArgs(name, a, Data(self).Length, out long start, out long end);
        Span<byte> one = stackalloc byte[1];
        var sub = Needle(subArg, one);
        var data = Data(self);
        if (end - start < sub.Length) return -1;
        if (sub.Length == 0) return reverse ? end : start;
        var window = data[(int)start..(int)end];
        int k = sub.Length == 1
            ? (reverse ? window.LastIndexOf(sub[0]) : window.IndexOf(sub[0]))
            : (reverse ? window.LastIndexOf(sub) : window.IndexOf(sub));
        return k < 0 ? -1 : start + k;
    }

    static PyObject TailMatch(PyObject self, ReadOnlySpan<PyObject> a, string name, bool atEnd)
    {
        var subArg = SeqArgs.RawFindArgs(name, a, out long start, out long end);
        if (subArg is PyTuple tuple)
        {
            foreach (var item in tuple.Items)
            {
                if (Matches(Data(self), BufferProtocol.GetBytes(item), start, end, atEnd)) return PyBool.True;
            }
            return PyBool.False;
        }
        if (!BufferProtocol.TryGetBytes(subArg, out var affix))
            throw PyErr.TypeError($"{name} first arg must be bytes or a tuple of bytes, not {subArg.ob_type.ShortName}");
        return PyBool.From(Matches(Data(self), affix, start, end, atEnd));
    }

    /// <summary>CPython's bytes tailmatch (its bounds rules differ slightly from str's).</summary>
    static bool Matches(ReadOnlySpan<byte> data, ReadOnlySpan<byte> sub, long start, long end, bool atEnd)
    {
        long len = data.Length, slen = sub.Length;
        SeqArgs.Adjust(ref start, ref end, len);
        if (!atEnd)
        {
            if (start > len - slen) return false;
        }
        else
        {
            if (end - start < slen || start > len) return false;
            if (end - slen > start) start = end - slen;
        }
        if (end - start < slen) return false;
        return data.Slice((int)start, (int)slen).SequenceEqual(sub);
    }

    static PyObject Strip(PyObject self, ReadOnlySpan<PyObject> a, string name, bool left, bool right)
    {
        ArgParser.CheckPositional(name, a, 0, 1);
        byte[]? set = a.Length == 0 || a[0] is PyNone ? null : BufferProtocol.GetBytes(a[0]).ToArray();
        var data = Data(self);
        int start = 0, end = data.Length;
        if (set is null)
        {
            if (left) while (start < end && BytesCtype.IsSpace(data[start])) start++;
            if (right) while (end > start && BytesCtype.IsSpace(data[end - 1])) end--;
        }
        else
        {
            if (left) while (start < end && set.AsSpan().Contains(data[start])) start++;
            if (right) while (end > start && set.AsSpan().Contains(data[end - 1])) end--;
        }
        if (start == 0 && end == data.Length) return Unchanged(self);
        return Make(self, data[start..end]);
    }

    static PyObject Pad(PyObject self, ReadOnlySpan<PyObject> a, string name)
    {
        ArgParser.CheckPositional(name, a, 1, 2);
        long width = SeqArgs.Ssize(a[0]);
        byte fill = (byte)' ';
        if (a.Length > 1)
        {
            if (a[1] is PyBytes fb && fb.Value.Length == 1) fill = fb.Value[0];
            else if (a[1] is PyByteArray fba && fba.Count == 1) fill = fba.Span[0];
            else throw PyErr.TypeError($"{name}() argument 2 must be a byte string of length 1, not {a[1].ob_type.ShortName}");
        }
        var data = Data(self);
        if (width <= data.Length) return Unchanged(self);
        return MakeOwned(self, name switch
        {
            "center" => Text.BytesMethods.Center(data, width, fill),
            "ljust" => Text.BytesMethods.LJust(data, width, fill),
            _ => Text.BytesMethods.RJust(data, width, fill),
        });
    }

    static PyObject Partition(PyObject self, PyObject sepArg, bool reverse)
    {
        var sep = BufferProtocol.GetBytes(sepArg).ToArray();
        if (sep.Length == 0) throw PyErr.ValueError("empty separator");
        var data = Data(self);
        int k = reverse ? data.LastIndexOf(sep) : data.IndexOf(sep);
        bool isBytes = self is PyBytes;
        PyObject Empty() => isBytes ? PyBytes.Empty : new PyByteArray();
        if (k < 0)
        {
            var whole = isBytes ? Unchanged(self) : Make(self, data);
            return reverse ? PyTuple.Steal([Empty(), Empty(), whole]) : PyTuple.Steal([whole, Empty(), Empty()]);
        }
        PyObject sepObj = isBytes && sepArg.ob_type == PyBytes.Type ? Py.NewRef(sepArg) : Make(self, sep);
        return PyTuple.Steal([Make(self, data[..k]), sepObj, Make(self, data[(k + sep.Length)..])]);
    }

    static PyObject Join(PyObject self, PyObject iterable)
    {
        PyObject[] items;
        int count;
        bool owned = false;
        if (iterable.ob_type == PyList.Type)
        {
            var l = (PyList)iterable;
            items = l._items!;
            count = l._size;
        }
        else if (iterable.ob_type == PyTuple.Type)
        {
            items = ((PyTuple)iterable).Items;
            count = items.Length;
        }
        else
        {
            PyObject it;
            try { it = Py.GetIter(iterable); }
            catch (PyException e) when (e.Matches(ExceptionTypes.TypeError))
            {
                e.Release();
                throw PyErr.TypeError("can only join an iterable");
            }
            var list = new List<PyObject>();
            try
            {
                while (Py.IterNext(it) is { } item) list.Add(item);
            }
            catch
            {
                foreach (var x in list) Py.Decref(x);
                throw;
            }
            finally { Py.Decref(it); }
            items = list.ToArray();
            count = items.Length;
            owned = true;
        }
        try
        {
            if (count == 0) return self is PyBytes ? PyBytes.Empty : new PyByteArray();
            if (count == 1 && self is PyBytes && items[0].ob_type == PyBytes.Type) return Py.NewRef(items[0]);
            var parts = new byte[count][];
            var sep = Data(self).ToArray();
            long total = (long)sep.Length * (count - 1);
            for (int i = 0; i < count; i++)
            {
                var item = items[i];
                if (item is PyBytes pb) parts[i] = pb.Value;
                else if (BufferProtocol.TryGetBytes(item, out var data)) parts[i] = data.ToArray();
                else throw PyErr.TypeError($"sequence item {i}: expected a bytes-like object, {item.ob_type.ShortName} found");
                total += parts[i].Length;
            }
            if (total > Array.MaxLength) throw PyErr.MemoryError("");
            var result = GC.AllocateUninitializedArray<byte>((int)total);
            int pos = 0;
            for (int i = 0; i < count; i++)
            {
                if (i > 0 && sep.Length > 0) { sep.CopyTo(result, pos); pos += sep.Length; }
                parts[i].CopyTo(result, pos);
                pos += parts[i].Length;
            }
            return MakeOwned(self, result);
        }
        finally
        {
            if (owned) for (int i = 0; i < count; i++) Py.Decref(items[i]);
        }
    }

    static PyObject Split(PyObject self, ReadOnlySpan<PyObject> a, PyTuple? kw, bool reverse)
    {
        var v = new PyObject?[2];
        ArgParser.Parse(reverse ? "rsplit" : "split", a, kw, s_splitNames, 0, v);
        long max = v[1] is null ? -1 : SeqArgs.Ssize(v[1]!);
        if (max < 0) max = long.MaxValue;
        byte[]? sep = null;
        if (v[0] is not null && v[0] is not PyNone)
        {
            sep = BufferProtocol.GetBytes(v[0]!).ToArray();
            if (sep.Length == 0) throw PyErr.ValueError("empty separator");
        }
        var data = Data(self);
        var list = new PyList();
        bool exact = self.ob_type == PyBytes.Type;
        if (sep is null)
        {
            if (!reverse)
            {
                int i = 0, n = data.Length;
                while (true)
                {
                    while (i < n && BytesCtype.IsSpace(data[i])) i++;
                    if (i == n) break;
                    if (max-- == 0) { list.AppendSteal(Make(self, data[i..])); break; }
                    int j = i;
                    while (j < n && !BytesCtype.IsSpace(data[j])) j++;
                    if (i == 0 && j == n && exact) list.Append(self);
                    else list.AppendSteal(Make(self, data[i..j]));
                    i = j;
                }
            }
            else
            {
                int i = data.Length;
                while (true)
                {
                    while (i > 0 && BytesCtype.IsSpace(data[i - 1])) i--;
                    if (i == 0) break;
                    if (max-- == 0) { list.AppendSteal(Make(self, data[..i])); break; }
                    int j = i;
                    while (j > 0 && !BytesCtype.IsSpace(data[j - 1])) j--;
                    if (j == 0 && i == data.Length && exact) list.Append(self);
                    else list.AppendSteal(Make(self, data[j..i]));
                    i = j;
                }
                Array.Reverse(list._items, 0, list._size);
            }
            return list;
        }
        if (!reverse)
        {
            int i = 0;
            while (max > 0)
            {
                int k = sep.Length == 1 ? data[i..].IndexOf(sep[0]) : data[i..].IndexOf(sep);
                if (k < 0) break;
                list.AppendSteal(Make(self, data.Slice(i, k)));
                i += k + sep.Length;
                max--;
            }
            if (i == 0 && exact) list.Append(self);
            else list.AppendSteal(Make(self, data[i..]));
        }
        else
        {
            int end = data.Length;
            while (max > 0)
            {
                int k = sep.Length == 1 ? data[..end].LastIndexOf(sep[0]) : data[..end].LastIndexOf(sep);
                if (k < 0) break;
                list.AppendSteal(Make(self, data[(k + sep.Length)..end]));
                end = k;
                max--;
            }
            if (end == data.Length && exact) list.Append(self);
            else list.AppendSteal(Make(self, data[..end]));
            Array.Reverse(list._items, 0, list._size);
        }
        return list;
    }

    /// <summary>bytes.hex / bytearray.hex / memoryview.hex(sep=..., bytes_per_sep=1).</summary>
    internal static PyObject Hex(ReadOnlySpan<byte> data, ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        var v = new PyObject?[2];
        ArgParser.Parse("hex", a, kw, s_hexNames, 0, v);
        char? sep = null;
        if (v[0] is { } sepArg)
        {
            long length = Py.Length(sepArg);
            if (length != 1) throw PyErr.ValueError("sep must be length 1.");
            int c;
            if (sepArg is PyStr ps)
            {
                c = ps.CodePointAt(0);
                if (c > 255) throw PyErr.ValueError("sep must be ASCII.");
            }
            else if (sepArg is PyBytes pb) c = pb.Value[0];
            else throw PyErr.TypeError("sep must be str or bytes.");
            if (c > 127) throw PyErr.ValueError("sep must be ASCII.");
            sep = (char)c;
        }
        long per = v[1] is null ? 1 : IntArg(v[1]!);
        return PyStr.From(BytesHex.ToHex(data, sep, per));
    }
}
