using Ftpy.Runtime;

namespace Ftpy.Objects;

/// <summary>Python bytes: an immutable byte string. <see cref="Value"/> is never modified.</summary>
public sealed class PyBytes : PyObject, IBufferExporter
{
    public static readonly PyType Type = new("bytes", TypeFlags.BaseType | TypeFlags.BytesSubclass);
    public static readonly PyBytes Empty = MakeEmpty();
    static readonly PyBytes?[] s_single = new PyBytes?[256];

    public readonly byte[] Value;
    long _hash = -1;

    PyBytes(byte[] v, bool immortal) : base(Type, immortal) { Value = v; }
    public PyBytes(byte[] v) : base(Type) { Value = v; }
    internal PyBytes(PyType type, byte[] v) : base(type) { Value = v; }

    static PyBytes MakeEmpty() => new([], immortal: true);

    /// <summary>A bytes object over <paramref name="v"/> (taken over, not copied); the empty and one-byte ones are shared.</summary>
    public static PyBytes From(byte[] v) => v.Length switch
    {
        0 => Empty,
        1 => Single(v[0]),
        _ => new PyBytes(v),
    };

    /// <summary>A bytes object with a copy of <paramref name="data"/>.</summary>
    public static PyBytes From(ReadOnlySpan<byte> data) => data.Length switch
    {
        0 => Empty,
        1 => Single(data[0]),
        _ => new PyBytes(data.ToArray()),
    };

    /// <summary>The immortal one-byte bytes object (CPython caches these too).</summary>
    public static PyBytes Single(byte b) => s_single[b] ??= new PyBytes([b], immortal: true);

    public long Hash => _hash != -1 ? _hash : (_hash = StrHashing.Hash(Value));

    BufferView IBufferExporter.GetBuffer(bool writable)
    {
        if (writable) throw new PyException(ExceptionTypes.BufferError, "Object is not writable.");
        return BufferView.Bytes(Value, 0, Value.Length, readOnly: true);
    }

    void IBufferExporter.ReleaseBuffer() { }
}

/// <summary>
/// Python bytearray: a mutable byte string. Invariants: bytes [0, Count) of
/// <see cref="Buffer"/> are the contents and Count &lt;= Buffer.Length (Buffer.Length is
/// CPython's ob_alloc, which counts room for a trailing NUL once anything was allocated);
/// while <see cref="Exports"/> &gt; 0 the size never changes and Buffer is never replaced,
/// so buffer views stay valid.
/// </summary>
public sealed class PyByteArray : PyObject, IBufferExporter
{
    public static readonly PyType Type = new("bytearray", TypeFlags.BaseType);
    static readonly byte[] s_emptyBuffer = [];

    public byte[] Buffer = s_emptyBuffer;
    public int Count;
    /// <summary>Live buffer exports (views); the size is frozen while it is above zero.</summary>
    public int Exports { get; internal set; }

    public PyByteArray() : base(Type) { }
    internal PyByteArray(PyType type) : base(type) { }

    /// <summary>A new bytearray holding a copy of <paramref name="data"/>.</summary>
    public static PyByteArray From(ReadOnlySpan<byte> data)
    {
        var ba = new PyByteArray();
        if (data.Length > 0)
        {
            ba.Buffer = new byte[data.Length + 1];
            data.CopyTo(ba.Buffer);
            ba.Count = data.Length;
        }
        return ba;
    }

    /// <summary>The contents (a span over the current buffer, valid until the next resize).</summary>
    public ReadOnlySpan<byte> Span
    {
        get
        {
            var buffer = Buffer;
            return new ReadOnlySpan<byte>(buffer, 0, Math.Min(Count, buffer.Length));
        }
    }

    /// <summary>The contents as a writable span (same size).</summary>
    internal Span<byte> WritableSpan
    {
        get
        {
            var buffer = Buffer;
            return new Span<byte>(buffer, 0, Math.Min(Count, buffer.Length));
        }
    }

    public byte[] ToArray() => Span.ToArray();

    /// <summary>Replaces the contents (a resize; BufferError while exported unless the size is unchanged).</summary>
    public void SetContents(ReadOnlySpan<byte> data)
    {
        if (data.Length == Count) { data.CopyTo(WritableSpan); return; }
        byte[] copy = data.ToArray();
        Resize(copy.Length);
        copy.CopyTo(Buffer, 0);
    }

    /// <summary>_canresize: BufferError while a buffer view is exported.</summary>
    public void CheckResizable()
    {
        if (Exports > 0)
            throw new PyException(ExceptionTypes.BufferError, "Existing exports of data: object cannot be re-sized");
    }

    /// <summary>The BufferError a resize raises while this object's own buffer is held.</summary>
    internal void CheckResizableWithExport()
    {
        Exports++;
        try { CheckResizable(); }
        finally { Exports--; }
    }

    /// <summary>PyByteArray_Resize, with CPython's over-allocation: new bytes are zero.</summary>
    public void Resize(long requested)
    {
        if (requested == Count) return;
        CheckResizable();
        if (requested >= Array.MaxLength) throw PyErr.MemoryError("");
        int size = (int)requested;
        long alloc = Buffer.Length;
        if (size + 1 <= alloc)
        {
            if (size >= alloc / 2)
            {
                // Minor downsize: keep the buffer, clear what was cut off.
                Array.Clear(Buffer, size, Count > size ? Count - size : 0);
                Count = size;
                return;
            }
            alloc = size + 1;
        }
        else if (size <= alloc * 1.125) alloc = size + (size >> 3) + (size < 9 ? 3 : 6);
        else alloc = size + 1;
        alloc = Math.Min(alloc, Array.MaxLength);
        var fresh = new byte[alloc];
        Array.Copy(Buffer, fresh, Math.Min(Count, size));
        Buffer = fresh;
        Count = size;
    }

    /// <summary>Appends one byte (amortized O(1)).</summary>
    public void Append(byte b)
    {
        int n = Count;
        Resize(n + 1);
        Buffer[n] = b;
    }

    /// <summary>bytearray_setslice_linear: replaces [lo, hi) with <paramref name="bytes"/>.</summary>
    internal void ReplaceRange(int lo, int hi, ReadOnlySpan<byte> bytes)
    {
        int avail = hi - lo;
        int growth = bytes.Length - avail;
        if (growth < 0)
        {
            CheckResizable();
            System.Array.Copy(Buffer, hi, Buffer, lo + bytes.Length, Count - hi);
            Resize(Count + growth);
        }
        else if (growth > 0)
        {
            if ((long)Count + growth >= Array.MaxLength) throw PyErr.MemoryError("");
            int oldCount = Count;
            if (bytes.Overlaps(Buffer)) bytes = bytes.ToArray();
            Resize(oldCount + growth);
            System.Array.Copy(Buffer, hi, Buffer, lo + bytes.Length, oldCount - hi);
        }
        if (bytes.Length > 0) bytes.CopyTo(Buffer.AsSpan(lo));
    }

    BufferView IBufferExporter.GetBuffer(bool writable)
    {
        Exports++;
        return BufferView.Bytes(Buffer, 0, Count, readOnly: false);
    }

    void IBufferExporter.ReleaseBuffer() => Exports--;
}

/// <summary>Iterator over the bytes of a bytes (bytes_iterator) or bytearray (bytearray_iterator), yielding ints.</summary>
public sealed class PyBytesIterator : PyIteratorBase
{
    public static readonly PyType Type = new("bytes_iterator", TypeFlags.None);
    public static readonly PyType ByteArrayType = new("bytearray_iterator", TypeFlags.None);
    PyObject? _owner;
    int _index;

    public PyBytesIterator(PyObject owner) : base(owner is PyByteArray ? ByteArrayType : Type) { _owner = Py.NewRef(owner); }

    public override PyObject? Next()
    {
        var owner = _owner;
        if (owner is null) return null;
        var data = owner is PyByteArray ba ? ba.Span : ((PyBytes)owner).Value;
        if (_index < data.Length) return PyInt.From(data[_index++]);
        _owner = null;
        Py.Decref(owner);
        return null;
    }

    public override long LengthHint
    {
        get
        {
            var owner = _owner;
            if (owner is null) return 0;
            int n = owner is PyByteArray ba ? ba.Count : ((PyBytes)owner).Value.Length;
            return Math.Max(0, n - _index);
        }
    }

    protected internal override void ReleaseReferences() => Py.Clear(ref _owner);
    protected internal override void Traverse(Action<PyObject> visit) { if (_owner is not null) visit(_owner); }
}
