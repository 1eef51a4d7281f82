using Ftpy.Objects.Text;
using Ftpy.Runtime;

namespace Ftpy.Objects;

/// <summary>Python bytes: an immutable byte string.</summary>
public sealed class PyBytes : PyObject
{
    public static readonly PyType Type = new("bytes");
    public static readonly PyBytes Empty = MakeEmpty();

    public readonly byte[] Value;
    long _hash = -1;

    PyBytes(byte[] v, bool immortal) : base(Type, immortal) { Value = v; }
    public PyBytes(byte[] v) : base(Type) { Value = v; }
    internal PyBytes(PyType type, byte[] v) : base(type) { Value = v; }

    static PyBytes MakeEmpty() => new(Array.Empty<byte>(), immortal: true);

    public static PyBytes From(byte[] v) => v.Length == 0 ? Empty : new PyBytes(v);

    public long Hash => _hash != -1 ? _hash : (_hash = StrHashing.Hash(Value));
}

/// <summary>Python bytearray: a mutable byte string.</summary>
public sealed class PyByteArray : PyObject
{
    public static readonly PyType Type = new("bytearray");

    public byte[] Buffer = Array.Empty<byte>();
    public int Count;

    public PyByteArray() : base(Type) { }
    internal PyByteArray(PyType type) : base(type) { }

    public ReadOnlySpan<byte> Span => new(Buffer, 0, Count);

    public byte[] ToArray() => Span.ToArray();

    public void SetContents(ReadOnlySpan<byte> data)
    {
        Buffer = data.ToArray();
        Count = Buffer.Length;
    }
}

/// <summary>The bytes type: sequence protocol, comparison, hashing and core methods.</summary>
public static partial class BytesType
{
    /// <summary>The bytes of a bytes-like object (bytes, bytearray, memoryview); TypeError otherwise.</summary>
    public static byte[] BytesFromObject(PyObject o) => o switch
    {
        PyBytes b => b.Value,
        PyByteArray ba => ba.ToArray(),
        _ => throw PyErr.TypeError($"a bytes-like object is required, not '{o.ob_type.ShortName}'"),
    };

    public static bool TryGetBytes(PyObject o, out byte[] data)
    {
        switch (o)
        {
            case PyBytes b: data = b.Value; return true;
            case PyByteArray ba: data = ba.ToArray(); return true;
            default: data = Array.Empty<byte>(); return false;
        }
    }

    internal static void Setup(PyType t)
    {
        t.Doc = "bytes(iterable_of_ints) -> bytes";
        t.tp_new = (type, args, kw) =>
        {
            var data = Construct(args, kw, "bytes");
            return ReferenceEquals(type, PyBytes.Type) ? PyBytes.From(data) : new PyBytes(type, data);
        };
        t.tp_repr = o => PyStr.From(BytesRepr.Repr(((PyBytes)o).Value, false));
        t.tp_str = t.tp_repr;
        t.tp_hash = o => ((PyBytes)o).Hash;
        t.tp_richcompare = (a, b, op) => Compare(((PyBytes)a).Value, b, op);
        t.tp_iter = o => new PyBytesIterator(((PyBytes)o).Value, o);
        t.sq_length = o => ((PyBytes)o).Value.Length;
        t.sq_contains = (o, x) => Contains(((PyBytes)o).Value, x);
        t.mp_subscript = (o, key) => Subscript(((PyBytes)o).Value, key, "index out of range", bytes => PyBytes.From(bytes));
        t.sq_concat = (a, b) =>
        {
            if (!TryGetBytes(b, out var other)) throw PyErr.TypeError($"can't concat {b.ob_type.ShortName} to bytes");
            var x = ((PyBytes)a).Value;
            var r = new byte[x.Length + other.Length];
            x.CopyTo(r, 0); other.CopyTo(r, x.Length);
            return PyBytes.From(r);
        };
        t.sq_repeat = (o, n) => PyBytes.From(Repeat(((PyBytes)o).Value, n));
        t.nb_binary[(int)BinaryOp.Remainder] = (a, b) => a is PyBytes ab ? BytesPercent.Format(ab.Value, b, isByteArray: false) : PyNotImplemented.Instance;
        t.AddMethod("__getnewargs__", (PyObject self) => PyTuple.Steal(new PyObject[] { PyBytes.From(((PyBytes)self).Value) }));
        t.AddMethod("__bytes__", (PyObject self) => self.ob_type == PyBytes.Type ? Py.NewRef(self) : PyBytes.From(((PyBytes)self).Value));
        AddCommonMethods(t, o => ((PyBytes)o).Value, b => PyBytes.From(b));
        t.AddClassMethod(new MethodDef("fromhex", (PyObject cls, PyObject s) =>
        {
            if (s is not PyStr str) throw PyErr.TypeError($"fromhex() argument must be str, not {s.ob_type.ShortName}");
            var r = PyBytes.From(BytesHex.FromHex(str.Value));
            if (ReferenceEquals(cls, PyBytes.Type)) return r;
            try { return Py.CallOneArg(cls, r); }
            finally { Py.Decref(r); }
        }));
        t.AddStaticMethod(new MethodDef("maketrans", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            ArgParser.CheckPositional("maketrans", a, 2, 2);
            var from = BytesFromObject(a[0]); var to = BytesFromObject(a[1]);
            if (from.Length != to.Length) throw PyErr.ValueError("maketrans arguments must have same length");
            var table = new byte[256];
            for (int i = 0; i < 256; i++) table[i] = (byte)i;
            for (int i = 0; i < from.Length; i++) table[from[i]] = to[i];
            return PyBytes.From(table);
        }));
    }

    internal static byte[] Repeat(byte[] x, long n)
    {
        if (n <= 0 || x.Length == 0) return Array.Empty<byte>();
        if (x.Length * n > int.MaxValue / 2) throw PyErr.MemoryError("");
        var r = new byte[x.Length * n];
        for (long k = 0; k < n; k++) x.CopyTo(r, k * x.Length);
        return r;
    }

    internal static PyObject Compare(byte[] a, PyObject other, CompareOp op)
    {
        if (!TryGetBytes(other, out var b)) return PyNotImplemented.Instance;
        int c = a.AsSpan().SequenceCompareTo(b);
        return PyBool.From(op switch
        {
            CompareOp.Lt => c < 0, CompareOp.Le => c <= 0, CompareOp.Eq => c == 0,
            CompareOp.Ne => c != 0, CompareOp.Gt => c > 0, _ => c >= 0,
        });
    }

    internal static bool Contains(ReadOnlySpan<byte> data, PyObject x)
    {
        if (x is PyInt)
        {
            long v = Py.AsLong(x);
            if (v < 0 || v > 255) throw PyErr.ValueError("byte must be in range(0, 256)");
            return data.IndexOf((byte)v) >= 0;
        }
        if (!TryGetBytes(x, out var sub)) throw PyErr.TypeError($"a bytes-like object is required, not '{x.ob_type.ShortName}'");
        return data.IndexOf(sub) >= 0;
    }

    internal static PyObject Subscript(byte[] data, PyObject key, string indexError, Func<byte[], PyObject> make)
    {
        if (key is PySlice s)
        {
            long n = s.Indices(data.Length, out long start, out long _, out long step);
            var r = new byte[n];
            for (long k = 0, j = start; k < n; k++, j += step) r[k] = data[j];
            return make(r);
        }
        if (key.ob_type.nb_index is null) throw PyErr.TypeError($"byte indices must be integers or slices, not {key.ob_type.ShortName}");
        long i = Py.AsSsize(key, ExceptionTypes.IndexError);
        if (i < 0) i += data.Length;
        if ((ulong)i >= (ulong)data.Length) throw PyErr.IndexError(indexError);
        return PyInt.From(data[i]);
    }

    /// <summary>bytes(x) / bytearray(x) constructor arguments: int size, iterable of ints, buffer, or str with encoding.</summary>
    internal static byte[] Construct(ReadOnlySpan<PyObject> args, PyTuple? kw, string name)
    {
        Span<PyObject?> a = new PyObject?[3];
        ArgParser.Parse(name, args, kw, new[] { "source", "encoding", "errors" }, 0, a);
        if (a[0] is null)
        {
            if (a[1] is not null || a[2] is not null) throw PyErr.TypeError(a[1] is not null ? "encoding without a string argument" : "errors without a string argument");
            return Array.Empty<byte>();
        }
        var src = a[0]!;
        if (src is PyStr s)
        {
            if (a[1] is null) throw PyErr.TypeError("string argument without an encoding");
            string enc = a[1] is PyStr e ? e.Value : throw PyErr.TypeError($"{name}() argument 'encoding' must be str, not {a[1]!.ob_type.ShortName}");
            string errors = a[2] is PyStr er ? er.Value : "strict";
            return Codecs.Encode(s.Value, enc, errors);
        }
        if (a[1] is not null) throw PyErr.TypeError("encoding without a string argument");
        if (a[2] is not null) throw PyErr.TypeError("errors without a string argument");
        if (TryGetBytes(src, out var data)) return (byte[])data.Clone();
        if (name == "bytes" && src.ob_type.Lookup("__bytes__") is { } conv)
        {
            var r = Py.CallBoundDescriptor(conv, src, default);
            try
            {
                if (r is PyBytes rb) return rb.Value;
                throw PyErr.TypeError($"__bytes__ returned non-bytes (type {r.ob_type.ShortName})");
            }
            finally { Py.Decref(r); }
        }
        if (src.ob_type.nb_index is not null && src is not PyFloat)
        {
            long n = Py.AsSsize(src, ExceptionTypes.OverflowError);
            if (n < 0) throw PyErr.ValueError("negative count");
            return new byte[n];
        }
        if (src.ob_type.tp_iter is null && src.ob_type.sq_item is null)
            throw PyErr.TypeError($"cannot convert '{src.ob_type.ShortName}' object to {name}");
        var list = new List<byte>();
        foreach (var x in Py.Iterate(src))
        {
            try
            {
                if (x.ob_type.nb_index is null) throw PyErr.TypeError($"'{x.ob_type.ShortName}' object cannot be interpreted as an integer");
                long v = Py.AsLong(x);
                if (v < 0 || v > 255) throw PyErr.ValueError("bytes must be in range(0, 256)");
                list.Add((byte)v);
            }
            finally { Py.Decref(x); }
        }
        return list.ToArray();
    }
}

/// <summary>Iterator over the bytes of a bytes or bytearray (ints).</summary>
public sealed class PyBytesIterator : PyIteratorBase
{
    public static readonly PyType Type = new("bytes_iterator", TypeFlags.None);
    PyObject? _owner;
    readonly byte[]? _data;
    int _index;

    public PyBytesIterator(byte[] data, PyObject owner) : base(Type) { _data = data; _owner = Py.NewRef(owner); }

    public override PyObject? Next()
    {
        if (_owner is null) return null;
        if (_owner is PyByteArray ba)
        {
            if (_index < ba.Count) return PyInt.From(ba.Buffer[_index++]);
        }
        else if (_index < _data!.Length) return PyInt.From(_data[_index++]);
        Py.Clear(ref _owner);
        return null;
    }

    protected internal override void ReleaseReferences() => Py.Clear(ref _owner);
    protected internal override void Traverse(Action<PyObject> visit) { if (_owner is not null) visit(_owner); }
}
