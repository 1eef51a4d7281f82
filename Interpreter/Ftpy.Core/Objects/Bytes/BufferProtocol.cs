using Ftpy.Runtime;

namespace Ftpy.Objects;

/// <summary>
/// A view of an exporter's memory (CPython's Py_buffer): element (i, j, ...) of an
/// ndim-dimensional array of <see cref="ItemSize"/>-byte items in <see cref="Format"/> starts
/// at Data[Offset + i*Strides[0] + j*Strides[1] + ...]. Strides may be negative (reversed
/// slices). Invariant: the exporter keeps <see cref="Data"/> in place (never reallocates it)
/// until the view is released; bytearray refuses to resize while it has exports.
/// </summary>
public sealed class BufferView
{
    public byte[] Data = [];
    public int Offset;
    /// <summary>Product of the shape times the item size (view->len).</summary>
    public int Length;
    public bool ReadOnly = true;
    public string Format = "B";
    public int ItemSize = 1;
    public int NDim = 1;
    public int[] Shape = [];
    public int[] Strides = [];

    /// <summary>A one-dimensional view of unsigned bytes.</summary>
    public static BufferView Bytes(byte[] data, int offset, int length, bool readOnly) => new()
    {
        Data = data, Offset = offset, Length = length, ReadOnly = readOnly, Shape = [length], Strides = [1],
    };

    public BufferView Clone() => new()
    {
        Data = Data, Offset = Offset, Length = Length, ReadOnly = ReadOnly, Format = Format, ItemSize = ItemSize,
        NDim = NDim, Shape = (int[])Shape.Clone(), Strides = (int[])Strides.Clone(),
    };

    /// <summary>PyBuffer_IsContiguous for 'C' order.</summary>
    public bool IsCContiguous
    {
        get
        {
            if (Length == 0) return true;
            long expected = ItemSize;
            for (int d = NDim - 1; d >= 0; d--)
            {
                if (Shape[d] > 1 && Strides[d] != expected) return false;
                expected *= Shape[d];
            }
            return true;
        }
    }

    /// <summary>PyBuffer_IsContiguous for 'F' order.</summary>
    public bool IsFContiguous
    {
        get
        {
            if (Length == 0) return true;
            long expected = ItemSize;
            for (int d = 0; d < NDim; d++)
            {
                if (Shape[d] > 1 && Strides[d] != expected) return false;
                expected *= Shape[d];
            }
            return true;
        }
    }

    /// <summary>The bytes as one span when the view is C-contiguous.</summary>
    public ReadOnlySpan<byte> ContiguousSpan => new(Data, Offset, Length);

    /// <summary>The bytes in C (row-major) or Fortran (column-major) element order, copied.</summary>
    public byte[] ToBytes(char order = 'C')
    {
        if (order != 'F' ? IsCContiguous : IsFContiguous) return ContiguousSpan.ToArray();
        var result = new byte[Length];
        int pos = 0;
        if (NDim == 0)
        {
            Array.Copy(Data, Offset, result, 0, ItemSize);
            return result;
        }
        var index = new int[NDim];
        long count = Length / Math.Max(ItemSize, 1);
        for (long k = 0; k < count; k++)
        {
            long at = Offset;
            for (int d = 0; d < NDim; d++) at += (long)index[d] * Strides[d];
            Array.Copy(Data, at, result, pos, ItemSize);
            pos += ItemSize;
            if (order == 'F')
            {
                for (int d = 0; d < NDim; d++) { if (++index[d] < Shape[d]) break; index[d] = 0; }
            }
            else
            {
                for (int d = NDim - 1; d >= 0; d--) { if (++index[d] < Shape[d]) break; index[d] = 0; }
            }
        }
        return result;
    }
}

/// <summary>An object that exposes its memory (tp_as_buffer): bytes, bytearray, memoryview,
/// and types from other modules (array, BytesIO.getbuffer) that want to.</summary>
public interface IBufferExporter
{
    /// <summary>bf_getbuffer: a view of the whole object; BufferError when a writable view is
    /// requested of read-only memory. Counts an export when the object could otherwise resize.</summary>
    BufferView GetBuffer(bool writable);

    /// <summary>bf_releasebuffer: ends one export.</summary>
    void ReleaseBuffer();
}

/// <summary>Helpers for code that reads the bytes of any bytes-like object briefly
/// (PyObject_GetBuffer with PyBUF_SIMPLE, used and released at once).</summary>
public static class BufferProtocol
{
    public static bool HasBuffer(PyObject o) => o is IBufferExporter;

    /// <summary>The bytes of a bytes-like object (a span into it when contiguous, else a copy).
    /// The span is valid until Python code runs again.</summary>
    public static bool TryGetBytes(PyObject o, out ReadOnlySpan<byte> data)
    {
        switch (o)
        {
            case PyBytes b: data = b.Value; return true;
            case PyByteArray ba: data = ba.Span; return true;
            case IBufferExporter e:
                var view = e.GetBuffer(writable: false);
                try { data = view.IsCContiguous ? view.ContiguousSpan : view.ToBytes(); }
                finally { e.ReleaseBuffer(); }
                return true;
            default:
                data = default;
                return false;
        }
    }

    /// <summary>The bytes of a bytes-like object; TypeError "a bytes-like object is required, not 'T'".</summary>
    public static ReadOnlySpan<byte> GetBytes(PyObject o) => TryGetBytes(o, out var data) ? data
        : throw PyErr.TypeError($"a bytes-like object is required, not '{o.ob_type.ShortName}'");

    /// <summary>A copy of the bytes of a bytes-like object (bytes itself is shared, being immutable).</summary>
    public static byte[] ToArray(PyObject o) => o is PyBytes b ? b.Value : GetBytes(o).ToArray();
}
