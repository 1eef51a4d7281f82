using Ftpy.Objects.Text;
using Ftpy.Runtime;

namespace Ftpy.Objects;

/// <summary>The bytes type: sequence protocol, comparison, hashing, the constructor; the
/// methods it shares with bytearray are in BytesMethods.cs.</summary>
public static partial class BytesType
{
    /// <summary>The bytes of a bytes-like object (a copy for mutable ones); TypeError otherwise.</summary>
    public static byte[] BytesFromObject(PyObject o) => BufferProtocol.ToArray(o);

    /// <summary>The bytes of a bytes-like object (a copy for mutable ones).</summary>
    public static bool TryGetBytes(PyObject o, out byte[] data)
    {
        if (o is PyBytes b) { data = b.Value; return true; }
        if (BufferProtocol.TryGetBytes(o, out var span)) { data = span.ToArray(); return true; }
        data = [];
        return false;
    }

    static readonly string[] s_newNames = ["source", "encoding", "errors"];

    internal static void Setup(PyType t)
    {
        t.Doc = "bytes(iterable_of_ints) -> bytes\n"
            + "bytes(string, encoding[, errors]) -> bytes\n"
            + "bytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer\n"
            + "bytes(int) -> bytes object of size given by the parameter initialized with null bytes\n"
            + "bytes() -> empty bytes object\n\n"
            + "Construct an immutable array of bytes from:\n"
            + "  - an iterable yielding integers in range(256)\n"
            + "  - a text string encoded using the specified encoding\n"
            + "  - any object implementing the buffer API.\n"
            + "  - an integer";
        t.tp_new = BytesNew;
        t.tp_repr = o => PyStr.From(BytesRepr.Repr(((PyBytes)o).Value, false));
        t.tp_str = t.tp_repr;
        t.tp_hash = o => ((PyBytes)o).Hash;
        t.tp_richcompare = (a, b, op) => b is PyBytes bb ? CompareResult(((PyBytes)a).Value.AsSpan().SequenceCompareTo(bb.Value), op) : PyNotImplemented.Instance;
        t.tp_iter = o => new PyBytesIterator(o);
        t.sq_length = o => ((PyBytes)o).Value.Length;
        t.sq_contains = (o, x) => Contains(((PyBytes)o).Value, x);
        t.mp_subscript = (o, key) => Subscript(o, key);
        t.sq_item = (o, i) => Item(o, i);
        t.sq_concat = Concat;
        t.sq_repeat = (o, n) => Repeat(o, n);
        t.nb_binary[(int)BinaryOp.Remainder] = (a, b) => a is PyBytes ab ? BytesPercent.Format(ab.Value, b, isByteArray: false) : PyNotImplemented.Instance;
        t.AddMethod("__getnewargs__", (PyObject self) => PyTuple.Steal([PyBytes.From(((PyBytes)self).Value)]));
        t.AddMethod("__bytes__", (PyObject self) => self.ob_type == PyBytes.Type ? Py.NewRef(self) : PyBytes.From(((PyBytes)self).Value));
        t.AddMethod("__sizeof__", (PyObject self) => PyInt.From(33 + ((PyBytes)self).Value.Length));
        AddCommonMethods(t);
    }

    internal static PyObject CompareResult(int c, CompareOp op) => PyBool.From(op switch
    {
        CompareOp.Lt => c < 0, CompareOp.Le => c <= 0, CompareOp.Eq => c == 0,
        CompareOp.Ne => c != 0, CompareOp.Gt => c > 0, _ => c >= 0,
    });

    static PyObject Concat(PyObject a, PyObject b)
    {
        if (!BufferProtocol.TryGetBytes(b, out var other))
            throw PyErr.TypeError($"can't concat {b.ob_type.ShortName} to {a.ob_type.ShortName}");
        var x = ((PyBytes)a).Value;
        if (other.Length == 0 && a.ob_type == PyBytes.Type) return Py.NewRef(a);
        if (x.Length == 0 && b.ob_type == PyBytes.Type) return Py.NewRef(b);
        if ((long)x.Length + other.Length > Array.MaxLength) throw PyErr.MemoryError("");
        var r = GC.AllocateUninitializedArray<byte>(x.Length + other.Length);
        x.CopyTo(r, 0);
        other.CopyTo(r.AsSpan(x.Length));
        return PyBytes.From(r);
    }

    /// <summary>The contents repeated n times (bytes and bytearray).</summary>
    internal static byte[] RepeatBytes(ReadOnlySpan<byte> x, long n)
    {
        if (n <= 0 || x.Length == 0) return [];
        if (n > long.MaxValue / x.Length || x.Length * n > Array.MaxLength) throw PyErr.MemoryError("");
        var r = GC.AllocateUninitializedArray<byte>((int)(x.Length * n));
        if (x.Length == 1) { r.AsSpan().Fill(x[0]); return r; }
        x.CopyTo(r);
        int filled = x.Length;
        while (filled < r.Length)
        {
            int chunk = Math.Min(filled, r.Length - filled);
            Array.Copy(r, 0, r, filled, chunk);
            filled += chunk;
        }
        return r;
    }

    static PyObject Repeat(PyObject o, long n)
    {
        var v = ((PyBytes)o).Value;
        if (n == 1 && o.ob_type == PyBytes.Type) return Py.NewRef(o);
        return PyBytes.From(RepeatBytes(v, n));
    }

    /// <summary>_Py_bytes_contains: an int is looked up as one byte, anything else as a bytes-like substring.</summary>
    internal static bool Contains(ReadOnlySpan<byte> data, PyObject x)
    {
        if (x.ob_type.nb_index is not null)
        {
            long v = Py.AsSsize(x, null);
            if (v < 0 || v > 255) throw PyErr.ValueError("byte must be in range(0, 256)");
            return data.IndexOf((byte)v) >= 0;
        }
        var sub = BufferProtocol.GetBytes(x);
        return sub.Length == 0 || data.IndexOf(sub) >= 0;
    }

    internal static PyObject Item(PyObject o, long i)
    {
        var data = Data(o);
        if (i < 0) i += data.Length;
        if ((ulong)i >= (ulong)data.Length) throw PyErr.IndexError(o is PyByteArray ? "bytearray index out of range" : "index out of range");
        return PyInt.From(data[(int)i]);
    }

    internal static PyObject Subscript(PyObject o, PyObject key)
    {
        if (key is PyInt k && !k.IsBig) return Item(o, k.Small);
        if (key is PySlice s)
        {
            var data = Data(o);
            long n = s.Indices(data.Length, out long start, out long _, out long step);
            if (n <= 0) return o is PyBytes ? PyBytes.Empty : new PyByteArray();
            if (step == 1)
            {
                if (n == data.Length && o.ob_type == PyBytes.Type) return Py.NewRef(o);
                return Make(o, data.Slice((int)start, (int)n));
            }
            var r = new byte[n];
            for (long i = 0, j = start; i < n; i++, j += step) r[i] = data[(int)j];
            return MakeOwned(o, r);
        }
        if (key.ob_type.nb_index is null)
            throw PyErr.TypeError($"{(o is PyByteArray ? "bytearray" : "byte")} indices must be integers or slices, not {key.ob_type.ShortName}");
        return Item(o, Py.AsSsize(key, ExceptionTypes.IndexError));
    }

    static PyObject BytesNew(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var a = new PyObject?[3];
        ArgParser.Parse("bytes", args, kw, s_newNames, 0, a);
        string? encoding = a[1] is null ? null : SeqArgs.CName(a[1]!, "bytes", "'encoding'");
        string? errors = a[2] is null ? null : SeqArgs.CName(a[2]!, "bytes", "'errors'");
        var bytes = BytesFromConstructorArgs(a[0], encoding, errors);
        if (ReferenceEquals(type, PyBytes.Type)) return bytes;
        try { return new PyBytes(type, bytes.Value); }
        finally { Py.Decref(bytes); }
    }

    /// <summary>bytes_new_impl: the source forms, in CPython's order of checks.</summary>
    static PyBytes BytesFromConstructorArgs(PyObject? x, string? encoding, string? errors)
    {
        if (x is null)
        {
            if (encoding is not null || errors is not null)
                throw PyErr.TypeError(encoding is not null ? "encoding without a string argument" : "errors without a string argument");
            return PyBytes.Empty;
        }
        if (encoding is not null)
        {
            if (x is not PyStr s) throw PyErr.TypeError("encoding without a string argument");
            return PyBytes.From(StrCodecs.Encode(s.Value, encoding, errors ?? "strict"));
        }
        if (errors is not null)
            throw PyErr.TypeError(x is PyStr ? "string argument without an encoding" : "errors without a string argument");
        var conv = x.ob_type.Lookup("__bytes__");
        if (conv is not null)
        {
            var r = Py.CallBoundDescriptor(conv, x, default);
            if (r is PyBytes rb) return rb;
            string tn = r.ob_type.ShortName;
            Py.Decref(r);
            throw PyErr.TypeError($"__bytes__ returned non-bytes (type {tn})");
        }
        if (x is PyStr) throw PyErr.TypeError("string argument without an encoding");
        if (x.ob_type.nb_index is not null)
        {
            long size;
            try { size = Py.AsSsize(x, ExceptionTypes.OverflowError); }
            catch (PyException e) when (e.Matches(ExceptionTypes.TypeError))
            {
                e.Release();
                return FromObject(x, "bytes");
            }
            if (size < 0) throw PyErr.ValueError("negative count");
            if (size >= Array.MaxLength) throw PyErr.MemoryError("");
            return PyBytes.From(new byte[size]);
        }
        return FromObject(x, "bytes");
    }

    /// <summary>PyObject_Bytes (bytes(x) without the int form): __bytes__, a buffer, or an iterable of ints.</summary>
    public static PyBytes ObjectBytes(PyObject x)
    {
        if (x.ob_type == PyBytes.Type) return (PyBytes)Py.NewRef(x);
        var conv = x.ob_type.Lookup("__bytes__");
        if (conv is not null)
        {
            var r = Py.CallBoundDescriptor(conv, x, default);
            if (r is PyBytes rb) return rb;
            string tn = r.ob_type.ShortName;
            Py.Decref(r);
            throw PyErr.TypeError($"__bytes__ returned non-bytes (type {tn})");
        }
        return FromObject(x, "bytes");
    }

    /// <summary>PyBytes_FromObject: a buffer, or an iterable of ints in range(256).</summary>
    static PyBytes FromObject(PyObject x, string typeName)
    {
        if (x.ob_type == PyBytes.Type) return (PyBytes)Py.NewRef(x);
        if (BufferProtocol.TryGetBytes(x, out var data)) return PyBytes.From(data);
        var bytes = FromIterable(x, typeName, "bytes must be in range(0, 256)");
        return PyBytes.From(bytes);
    }

    /// <summary>The ints of an iterable as bytes; TypeError "cannot convert 'T' object to bytes" when it is not iterable.</summary>
    internal static byte[] FromIterable(PyObject x, string typeName, string rangeMessage)
    {
        if (x is PyList list && x.ob_type == PyList.Type)
        {
            var result = new byte[list.Count];
            for (int i = 0; i < result.Length && i < list.Count; i++) result[i] = ByteValue(list[i], rangeMessage);
            return result;
        }
        if (x is PyTuple tuple && x.ob_type == PyTuple.Type)
        {
            var result = new byte[tuple.Count];
            for (int i = 0; i < result.Length; i++) result[i] = ByteValue(tuple.Items[i], rangeMessage);
            return result;
        }
        PyObject it;
        if (x is PyStr) throw PyErr.TypeError($"cannot convert '{x.ob_type.ShortName}' object to {typeName}");
        try { it = Py.GetIter(x); }
        catch (PyException e) when (e.Matches(ExceptionTypes.TypeError))
        {
            e.Release();
            throw PyErr.TypeError($"cannot convert '{x.ob_type.ShortName}' object to {typeName}");
        }
        var output = new ByteList();
        try
        {
            while (Py.IterNext(it) is { } item)
            {
                try { output.Add(ByteValue(item, rangeMessage)); }
                finally { Py.Decref(item); }
            }
        }
        finally { Py.Decref(it); }
        return output.ToArray();
    }

    /// <summary>An item of an iterable of ints as a byte (PyNumber_AsSsize_t, then the range check).</summary>
    internal static byte ByteValue(PyObject item, string rangeMessage = "byte must be in range(0, 256)")
    {
        if (item is PyInt i && !i.IsBig)
        {
            if ((ulong)i.Small > 255) throw PyErr.ValueError(rangeMessage);
            return (byte)i.Small;
        }
        if (item.ob_type.nb_index is null)
            throw PyErr.TypeError($"'{item.ob_type.ShortName}' object cannot be interpreted as an integer");
        long v = Py.AsSsize(item, null);
        if (v < 0 || v > 255) throw PyErr.ValueError(rangeMessage);
        return (byte)v;
    }
}

/// <summary>A growable byte list for building results of unknown length.</summary>
sealed class ByteList
{
    byte[] _items = new byte[16];
    int _count;

    public int Count => _count;

    public void Add(byte b)
    {
        if (_count == _items.Length) Array.Resize(ref _items, _items.Length * 2);
        _items[_count++] = b;
    }

    public void Add(ReadOnlySpan<byte> data)
    {
        if (_count + data.Length > _items.Length) Array.Resize(ref _items, Math.Max(_items.Length * 2, _count + data.Length));
        data.CopyTo(_items.AsSpan(_count));
        _count += data.Length;
    }

    public ReadOnlySpan<byte> Span => new(_items, 0, _count);

    public byte[] ToArray() => Span.ToArray();
}
