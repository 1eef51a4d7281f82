using System.Buffers.Binary;
using Ftpy.Runtime;

namespace Ftpy.Objects;

/// <summary>
/// memoryview: a view of another object's memory, with CPython's semantics for native
/// single-character struct formats, slicing, casting, comparison and release.
///
/// Views of one exporter share a <see cref="ManagedBuffer"/> (CPython's
/// _PyManagedBufferObject), which holds the one export: the exporter's buffer is released
/// when the last view sharing it is released or dies. Invariant: a view never touches memory
/// once it or its managed buffer is released ("operation forbidden on released memoryview object").
/// </summary>
public sealed class PyMemoryView : PyObject, IBufferExporter
{
    public static readonly PyType Type = new("memoryview", TypeFlags.HasWeakrefs);

    ManagedBuffer? _mbuf;
    readonly BufferView _view;
    bool _released;
    int _exports;
    long _hash = -1;

    PyMemoryView(ManagedBuffer mbuf, BufferView view) : base(Type)
    {
        _mbuf = mbuf;
        _view = view;
        mbuf.Views++;
    }

    /// <summary>The shared export of one object's buffer.</summary>
    sealed class ManagedBuffer(PyObject obj, IBufferExporter exporter)
    {
        public PyObject? Obj = Py.NewRef(obj);
        public int Views;
        public bool Released;

        public void Release()
        {
            if (Released) return;
            Released = true;
            exporter.ReleaseBuffer();
            Py.Clear(ref Obj);
        }
    }

    /// <summary>PyMemoryView_FromObject.</summary>
    public static PyMemoryView FromObject(PyObject obj)
    {
        if (obj is PyMemoryView mv)
        {
            mv.CheckReleased();
            return new PyMemoryView(mv._mbuf!, mv._view.Clone());
        }
        if (obj is IBufferExporter exporter)
        {
            var view = exporter.GetBuffer(writable: false);
            var mbuf = new ManagedBuffer(obj, exporter);
            return new PyMemoryView(mbuf, view);
        }
        throw PyErr.TypeError($"memoryview: a bytes-like object is required, not '{obj.ob_type.ShortName}'");
    }

    bool IsReleased => _released || _mbuf is null || _mbuf.Released;

    void CheckReleased()
    {
        if (IsReleased) throw PyErr.ValueError("operation forbidden on released memoryview object");
    }

    /// <summary>memoryview.release(): BufferError while this view has exports of its own.</summary>
    public void Release()
    {
        if (_released) return;
        if (_exports > 0)
            throw new PyException(ExceptionTypes.BufferError, $"memoryview has {_exports} exported buffer{(_exports == 1 ? "" : "s")}");
        _released = true;
        var mbuf = _mbuf;
        if (mbuf is not null && --mbuf.Views == 0) mbuf.Release();
    }

    protected internal override void ReleaseReferences()
    {
        if (!_released)
        {
            _released = true;
            var mbuf = _mbuf;
            if (mbuf is not null && --mbuf.Views == 0) mbuf.Release();
        }
        _mbuf = null;
    }

    BufferView IBufferExporter.GetBuffer(bool writable)
    {
        CheckReleased();
        if (writable && _view.ReadOnly)
            throw new PyException(ExceptionTypes.BufferError, "memoryview: underlying buffer is not writable");
        _exports++;
        return _view.Clone();
    }

    void IBufferExporter.ReleaseBuffer() => _exports--;

    // ---- formats ----

    /// <summary>get_native_fmtchar: the item size of a native single-character format, or -1.</summary>
    static int NativeSize(string format, out char code)
    {
        string f = format.StartsWith('@') ? format[1..] : format;
        code = f.Length == 1 ? f[0] : '\0';
        if (f.Length != 1) return -1;
        return code switch
        {
            'c' or 'b' or 'B' or '?' => 1,
            'h' or 'H' or 'e' => 2,
            'i' or 'I' or 'f' => 4,
            'l' or 'L' or 'q' or 'Q' or 'n' or 'N' or 'd' or 'P' => 8,
            _ => -1,
        };
    }

    /// <summary>adjust_fmt: the format character ('@' allowed before it).</summary>
    char FormatChar()
    {
        string f = _view.Format.StartsWith('@') ? _view.Format[1..] : _view.Format;
        if (f.Length == 1) return f[0];
        throw new PyException(ExceptionTypes.NotImplementedError, $"memoryview: unsupported format {_view.Format}");
    }

    static PyObject Unpack(byte[] data, int at, char fmt)
    {
        var s = data.AsSpan(at);
        return fmt switch
        {
            'B' => PyInt.From(s[0]),
            'b' => PyInt.From((sbyte)s[0]),
            'h' => PyInt.From(BinaryPrimitives.ReadInt16LittleEndian(s)),
            'H' => PyInt.From(BinaryPrimitives.ReadUInt16LittleEndian(s)),
            'i' => PyInt.From(BinaryPrimitives.ReadInt32LittleEndian(s)),
            'I' => PyInt.From(BinaryPrimitives.ReadUInt32LittleEndian(s)),
            'l' or 'q' or 'n' => PyInt.From(BinaryPrimitives.ReadInt64LittleEndian(s)),
            'L' or 'Q' or 'N' or 'P' => PyInt.From(new System.Numerics.BigInteger(BinaryPrimitives.ReadUInt64LittleEndian(s))),
            'f' => PyFloat.From(BinaryPrimitives.ReadSingleLittleEndian(s)),
            'd' => PyFloat.From(BinaryPrimitives.ReadDoubleLittleEndian(s)),
            'e' => PyFloat.From((double)BinaryPrimitives.ReadHalfLittleEndian(s)),
            '?' => PyBool.From(s[0] != 0),
            'c' => PyBytes.Single(s[0]),
            _ => throw new PyException(ExceptionTypes.NotImplementedError, $"memoryview: format {fmt} not supported"),
        };
    }

    static PyException InvalidType(char fmt) => PyErr.TypeError($"memoryview: invalid type for format '{fmt}'");
    static PyException InvalidValue(char fmt) => PyErr.ValueError($"memoryview: invalid value for format '{fmt}'");

    /// <summary>pack_single with fix_error_int's translation of errors.</summary>
    void Pack(int at, char fmt, PyObject item)
    {
        var s = _view.Data.AsSpan(at);
        switch (fmt)
        {
            case 'b': case 'h': case 'i': case 'l': case 'q': case 'n':
            {
                long v = IntValue(item, fmt, out bool big);
                if (big) throw InvalidValue(fmt);
                CheckReleased();
                switch (fmt)
                {
                    case 'b': if (v < sbyte.MinValue || v > sbyte.MaxValue) throw InvalidValue(fmt); s[0] = (byte)(sbyte)v; break;
                    case 'h': if (v < short.MinValue || v > short.MaxValue) throw InvalidValue(fmt); BinaryPrimitives.WriteInt16LittleEndian(s, (short)v); break;
                    case 'i': if (v < int.MinValue || v > int.MaxValue) throw InvalidValue(fmt); BinaryPrimitives.WriteInt32LittleEndian(s, (int)v); break;
                    default: BinaryPrimitives.WriteInt64LittleEndian(s, v); break;
                }
                return;
            }
            case 'B': case 'H': case 'I': case 'L': case 'Q': case 'N': case 'P':
            {
                var idx = IndexOf(item, fmt);
                System.Numerics.BigInteger v = idx;
                if (v.Sign < 0 || v > ulong.MaxValue) throw InvalidValue(fmt);
                ulong u = (ulong)v;
                CheckReleased();
                switch (fmt)
                {
                    case 'B': if (u > byte.MaxValue) throw InvalidValue(fmt); s[0] = (byte)u; break;
                    case 'H': if (u > ushort.MaxValue) throw InvalidValue(fmt); BinaryPrimitives.WriteUInt16LittleEndian(s, (ushort)u); break;
                    case 'I': if (u > uint.MaxValue) throw InvalidValue(fmt); BinaryPrimitives.WriteUInt32LittleEndian(s, (uint)u); break;
                    default: BinaryPrimitives.WriteUInt64LittleEndian(s, u); break;
                }
                return;
            }
            case 'f': case 'd': case 'e':
            {
                double d;
                try { d = Py.AsDouble(item); }
                catch (PyException e) when (e.Matches(ExceptionTypes.TypeError))
                {
                    e.Release();
                    throw InvalidType(fmt);
                }
                CheckReleased();
                if (fmt == 'f') BinaryPrimitives.WriteSingleLittleEndian(s, (float)d);
                else if (fmt == 'd') BinaryPrimitives.WriteDoubleLittleEndian(s, d);
                else
                {
                    var h = (Half)d;
                    if (Half.IsInfinity(h) && !double.IsInfinity(d)) throw InvalidValue(fmt);
                    BinaryPrimitives.WriteHalfLittleEndian(s, h);
                }
                return;
            }
            case '?':
                s[0] = Py.IsTrue(item) ? (byte)1 : (byte)0;
                return;
            case 'c':
                if (item is not PyBytes b) throw InvalidType(fmt);
                if (b.Value.Length != 1) throw InvalidValue(fmt);
                s[0] = b.Value[0];
                return;
            default:
                throw new PyException(ExceptionTypes.NotImplementedError, $"memoryview: format {fmt} not supported");
        }
    }

    static System.Numerics.BigInteger IndexOf(PyObject item, char fmt)
    {
        if (item is PyInt i) return i.Value;
        if (item.ob_type.nb_index is null) throw InvalidType(fmt);
        return Py.AsBigInteger(item);
    }

    static long IntValue(PyObject item, char fmt, out bool big)
    {
        var v = IndexOf(item, fmt);
        big = v < long.MinValue || v > long.MaxValue;
        return big ? 0 : (long)v;
    }

    // ---- geometry ----

    int Lookup(int at, int dim, long index)
    {
        int n = _view.Shape[dim];
        if (index < 0) index += n;
        if (index < 0 || index >= n) throw PyErr.IndexError($"index out of bounds on dimension {dim + 1}");
        return (int)(at + index * _view.Strides[dim]);
    }

    static bool IsContiguousNDim1(BufferView v) => v.Shape[0] == 1 || v.Strides[0] == v.ItemSize;

    bool CContiguous => _view.NDim switch
    {
        0 => true,
        1 => IsContiguousNDim1(_view),
        _ => _view.IsCContiguous,
    };

    bool FContiguous => _view.NDim switch
    {
        0 => true,
        1 => IsContiguousNDim1(_view),
        _ => _view.IsFContiguous,
    };

    PyMemoryView NewView(BufferView view) => new(_mbuf!, view);

    static int Length(BufferView v)
    {
        long n = v.ItemSize;
        for (int d = 0; d < v.NDim; d++) n *= v.Shape[d];
        return (int)n;
    }

    /// <summary>The bytes of the view in C order.</summary>
    byte[] ToBytes(char order = 'C')
    {
        if (_view.NDim == 1 && !IsContiguousNDim1(_view))
        {
            var result = new byte[_view.Length];
            int at = _view.Offset;
            for (int i = 0; i < _view.Shape[0]; i++, at += _view.Strides[0])
                Array.Copy(_view.Data, at, result, i * _view.ItemSize, _view.ItemSize);
            return result;
        }
        return _view.ToBytes(order);
    }

    // ---- the type ----

    internal static void Setup(PyType t)
    {
        t.Doc = "Create a new memoryview object which references the given object.";
        t.Flags &= ~TypeFlags.BaseType;
        t.tp_new = (type, args, kw) =>
        {
            var a = new PyObject?[1];
            ArgParser.Parse("memoryview", args, kw, ["object"], 1, a);
            return FromObject(a[0]!);
        };
        t.tp_repr = o => PyStr.From($"<{(((PyMemoryView)o).IsReleased ? "released " : "")}memory at 0x{Py.Id(o):x}>");
        t.tp_hash = o => ((PyMemoryView)o).HashValue();
        t.tp_richcompare = Compare;
        t.tp_iter = o => ((PyMemoryView)o).Iter();
        t.sq_length = o => ((PyMemoryView)o).Len();
        t.mp_subscript = (o, key) => ((PyMemoryView)o).Subscript(key);
        t.sq_item = (o, i) => ((PyMemoryView)o).Item(i);
        t.mp_ass_subscript = (o, key, value) => ((PyMemoryView)o).AssSubscript(key, value);

        t.AddGetSet("obj", o => { var m = (PyMemoryView)o; m.CheckReleased(); return Py.NewRef(m._mbuf!.Obj ?? PyNone.Instance); }, null);
        t.AddGetSet("nbytes", o => { var m = (PyMemoryView)o; m.CheckReleased(); return PyInt.From(m._view.Length); }, null);
        t.AddGetSet("readonly", o => { var m = (PyMemoryView)o; m.CheckReleased(); return PyBool.From(m._view.ReadOnly); }, null);
        t.AddGetSet("itemsize", o => { var m = (PyMemoryView)o; m.CheckReleased(); return PyInt.From(m._view.ItemSize); }, null);
        t.AddGetSet("format", o => { var m = (PyMemoryView)o; m.CheckReleased(); return PyStr.From(m._view.Format); }, null);
        t.AddGetSet("ndim", o => { var m = (PyMemoryView)o; m.CheckReleased(); return PyInt.From(m._view.NDim); }, null);
        t.AddGetSet("shape", o => { var m = (PyMemoryView)o; m.CheckReleased(); return IntTuple(m._view.Shape, m._view.NDim); }, null);
        t.AddGetSet("strides", o => { var m = (PyMemoryView)o; m.CheckReleased(); return IntTuple(m._view.Strides, m._view.NDim); }, null);
        t.AddGetSet("suboffsets", o => { var m = (PyMemoryView)o; m.CheckReleased(); return PyTuple.Empty; }, null);
        t.AddGetSet("c_contiguous", o => { var m = (PyMemoryView)o; m.CheckReleased(); return PyBool.From(m.CContiguous); }, null);
        t.AddGetSet("f_contiguous", o => { var m = (PyMemoryView)o; m.CheckReleased(); return PyBool.From(m.FContiguous); }, null);
        t.AddGetSet("contiguous", o => { var m = (PyMemoryView)o; m.CheckReleased(); return PyBool.From(m.CContiguous || m.FContiguous); }, null);

        t.AddMethod("release", (PyObject self) => { ((PyMemoryView)self).Release(); return PyNone.Instance; });
        t.AddMethod("__enter__", (PyObject self) => { ((PyMemoryView)self).CheckReleased(); return Py.NewRef(self); });
        t.AddMethod("__exit__", (PyObject self, ReadOnlySpan<PyObject> a) => { ((PyMemoryView)self).Release(); return PyNone.Instance; });
        t.AddMethod(new MethodDef("tobytes", (PyObject self, ReadOnlySpan<PyObject> a, PyTuple? kw) =>
        {
            var m = (PyMemoryView)self;
            var v = new PyObject?[1];
            ArgParser.Parse("tobytes", a, kw, ["order"], 0, v);
            m.CheckReleased();
            char order = 'C';
            if (v[0] is not null and not PyNone)
            {
                string s = v[0] is PyStr ps ? ps.Value : throw PyErr.TypeError($"tobytes() argument 'order' must be str or None, not {v[0]!.ob_type.ShortName}");
                order = s switch
                {
                    "C" => 'C',
                    "F" => 'F',
                    "A" => 'A',
                    _ => throw PyErr.ValueError("order must be 'C', 'F' or 'A'"),
                };
            }
            if (order == 'A') order = m.CContiguous || !m.FContiguous ? 'C' : 'F';
            return PyBytes.From(m.ToBytes(order));
        }));
        t.AddMethod(new MethodDef("hex", (PyObject self, ReadOnlySpan<PyObject> a, PyTuple? kw) =>
        {
            var m = (PyMemoryView)self;
            m.CheckReleased();
            return BytesType.Hex(m.ToBytes(), a, kw);
        }));
        t.AddMethod("tolist", (PyObject self) => ((PyMemoryView)self).ToList());
        t.AddMethod(new MethodDef("cast", (PyObject self, ReadOnlySpan<PyObject> a, PyTuple? kw) =>
        {
            var v = new PyObject?[2];
            ArgParser.Parse("cast", a, kw, ["format", "shape"], 1, v);
            var format = SeqArgs.Str(v[0]!, "cast", "'format'");
            return ((PyMemoryView)self).Cast(format.Value, v[1]);
        }));
        t.AddMethod("toreadonly", (PyObject self) =>
        {
            var m = (PyMemoryView)self;
            m.CheckReleased();
            var view = m._view.Clone();
            view.ReadOnly = true;
            return m.NewView(view);
        });
        t.AddMethod("__buffer__", (PyObject self, PyObject flags) =>
        {
            SeqArgs.Ssize(flags);
            return FromObject(self);
        });
        t.AddClassMethod(new MethodDef("_from_flags", (PyObject cls, ReadOnlySpan<PyObject> a, PyTuple? kw) =>
        {
            var v = new PyObject?[2];
            ArgParser.Parse("_from_flags", a, kw, ["object", "flags"], 2, v);
            SeqArgs.Ssize(v[1]!);
            return FromObject(v[0]!);
        }));
        t.AddMethod("__release_buffer__", (PyObject self, PyObject view) =>
        {
            if (view is not PyMemoryView mv) throw PyErr.TypeError($"__release_buffer__() argument must be memoryview, not {view.ob_type.ShortName}");
            mv.Release();
            return PyNone.Instance;
        });
    }

    static PyTuple IntTuple(int[] values, int n)
    {
        if (n == 0) return PyTuple.Empty;
        var items = new PyObject[n];
        for (int i = 0; i < n; i++) items[i] = PyInt.From(values[i]);
        return PyTuple.Steal(items);
    }

    int Len()
    {
        CheckReleased();
        if (_view.NDim == 0) throw PyErr.TypeError("0-dim memory has no length");
        return _view.Shape[0];
    }

    PyObject Item(long index)
    {
        CheckReleased();
        char fmt = FormatChar();
        if (_view.NDim == 0) throw PyErr.TypeError("invalid indexing of 0-dim memory");
        if (_view.NDim == 1) return Unpack(_view.Data, Lookup(_view.Offset, 0, index), fmt);
        throw new PyException(ExceptionTypes.NotImplementedError, "multi-dimensional sub-views are not implemented");
    }

    static bool IsMultiIndex(PyObject key)
    {
        if (key is not PyTuple t) return false;
        foreach (var x in t.Items) if (x.ob_type.nb_index is null) return false;
        return true;
    }

    static bool IsMultiSlice(PyObject key)
    {
        if (key is not PyTuple t || t.Count == 0) return false;
        foreach (var x in t.Items) if (x is not PySlice) return false;
        return true;
    }

    int PointerFromTuple(PyTuple key)
    {
        int n = key.Count;
        if (n > _view.NDim) throw PyErr.TypeError($"cannot index {_view.NDim}-dimension view with {n}-element tuple");
        int at = _view.Offset;
        for (int d = 0; d < n; d++) at = Lookup(at, d, Py.AsSsize(key.Items[d], ExceptionTypes.IndexError));
        return at;
    }

    PyObject Subscript(PyObject key)
    {
        CheckReleased();
        if (_view.NDim == 0)
        {
            if (key is PyTuple { Count: 0 }) return Unpack(_view.Data, _view.Offset, FormatChar());
            if (key is PyEllipsis) return Py.NewRef(this);
            throw PyErr.TypeError("invalid indexing of 0-dim memory");
        }
        if (key.ob_type.nb_index is not null) return Item(Py.AsSsize(key, ExceptionTypes.IndexError));
        if (key is PySlice slice)
        {
            var view = _view.Clone();
            long count = slice.Indices(view.Shape[0], out long start, out long _, out long step);
            view.Offset = (int)(view.Offset + view.Strides[0] * start);
            view.Shape[0] = (int)count;
            view.Strides[0] = (int)(view.Strides[0] * step);
            view.Length = Length(view);
            return NewView(view);
        }
        if (IsMultiIndex(key))
        {
            char fmt = FormatChar();
            var tuple = (PyTuple)key;
            if (tuple.Count < _view.NDim) throw new PyException(ExceptionTypes.NotImplementedError, "sub-views are not implemented");
            return Unpack(_view.Data, PointerFromTuple(tuple), fmt);
        }
        if (IsMultiSlice(key)) throw new PyException(ExceptionTypes.NotImplementedError, "multi-dimensional slicing is not implemented");
        throw PyErr.TypeError("memoryview: invalid slice key");
    }

    void AssSubscript(PyObject key, PyObject? value)
    {
        CheckReleased();
        char fmt = FormatChar();
        if (_view.ReadOnly) throw PyErr.TypeError("cannot modify read-only memory");
        if (value is null) throw PyErr.TypeError("cannot delete memory");
        if (_view.NDim == 0)
        {
            if (key is PyEllipsis || key is PyTuple { Count: 0 }) { Pack(_view.Offset, fmt, value); return; }
            throw PyErr.TypeError("invalid indexing of 0-dim memory");
        }
        if (key.ob_type.nb_index is not null)
        {
            if (_view.NDim > 1) throw new PyException(ExceptionTypes.NotImplementedError, "sub-views are not implemented");
            long index = Py.AsSsize(key, ExceptionTypes.IndexError);
            Pack(Lookup(_view.Offset, 0, index), fmt, value);
            return;
        }
        if (key is PySlice slice && _view.NDim == 1)
        {
            if (value is not IBufferExporter exporter)
                throw PyErr.TypeError($"a bytes-like object is required, not '{value.ob_type.ShortName}'");
            var src = exporter.GetBuffer(writable: false);
            try
            {
                long count = slice.Indices(_view.Shape[0], out long start, out long _, out long step);
                if (!SameFormat(_view, src) || src.NDim != 1 || src.Shape[0] != count)
                    throw PyErr.ValueError("memoryview assignment: lvalue and rvalue have different structures");
                int size = _view.ItemSize;
                var items = new byte[count * size];
                for (int i = 0, at = src.Offset; i < count; i++, at += src.Strides[0]) Array.Copy(src.Data, at, items, i * size, size);
                long dest = _view.Offset + _view.Strides[0] * start;
                for (int i = 0; i < count; i++, dest += _view.Strides[0] * step) Array.Copy(items, i * size, _view.Data, dest, size);
            }
            finally { exporter.ReleaseBuffer(); }
            return;
        }
        if (IsMultiIndex(key))
        {
            var tuple = (PyTuple)key;
            if (tuple.Count < _view.NDim) throw new PyException(ExceptionTypes.NotImplementedError, "sub-views are not implemented");
            Pack(PointerFromTuple(tuple), fmt, value);
            return;
        }
        if (key is PySlice || IsMultiSlice(key))
            throw new PyException(ExceptionTypes.NotImplementedError, "memoryview slice assignments are currently restricted to ndim = 1");
        throw PyErr.TypeError("memoryview: invalid slice key");
    }

    static bool SameFormat(BufferView a, BufferView b)
    {
        string fa = a.Format.StartsWith('@') ? a.Format[1..] : a.Format;
        string fb = b.Format.StartsWith('@') ? b.Format[1..] : b.Format;
        return fa == fb && a.ItemSize == b.ItemSize;
    }

    PyObject ToList()
    {
        CheckReleased();
        char fmt = FormatChar();
        if (_view.NDim == 0) return Unpack(_view.Data, _view.Offset, fmt);
        return ToListRec(_view.Offset, 0, fmt);
    }

    PyList ToListRec(int at, int dim, char fmt)
    {
        int n = _view.Shape[dim];
        var list = new PyList(n);
        for (int i = 0; i < n; i++, at += _view.Strides[dim])
            list.AppendSteal(dim == _view.NDim - 1 ? Unpack(_view.Data, at, fmt) : ToListRec(at, dim + 1, fmt));
        return list;
    }

    PyObject Cast(string format, PyObject? shape)
    {
        CheckReleased();
        if (!CContiguous) throw PyErr.TypeError("memoryview: casts are restricted to C-contiguous views");
        if ((shape is not null || _view.NDim != 1) && Array.IndexOf(_view.Shape, 0, 0, _view.NDim) >= 0)
            throw PyErr.TypeError("memoryview: cannot cast view with zeros in shape or strides");
        int ndim = 1;
        PyObject[]? dims = null;
        if (shape is not null)
        {
            dims = shape switch
            {
                PyList l => l.AsSpan().ToArray(),
                PyTuple t => t.Items,
                _ => throw PyErr.TypeError("shape must be a list or a tuple"),
            };
            ndim = dims.Length;
            if (ndim > 64) throw PyErr.ValueError("memoryview: number of dimensions must not exceed 64");
            if (_view.NDim != 1 && ndim != 1) throw PyErr.TypeError("memoryview: cast must be 1D -> ND or ND -> 1D");
        }
        bool ascii = true;
        foreach (char c in format) if (c > 127) { ascii = false; break; }
        if (!ascii) throw PyUnicodeErrorException.Encode("ascii", format, 0, format.Length, "ordinal not in range(128)");
        int itemSize = NativeSize(format, out char destChar);
        if (itemSize < 0)
            throw PyErr.ValueError("memoryview: destination format must be a native single character format prefixed with an optional '@'");
        bool srcIsByte = NativeSize(_view.Format, out char srcChar) > 0 && srcChar is 'b' or 'B' or 'c';
        if (!srcIsByte && destChar is not ('b' or 'B' or 'c'))
            throw PyErr.TypeError("memoryview: cannot cast between two non-byte formats");
        if (_view.Length % itemSize != 0) throw PyErr.TypeError("memoryview: length is not a multiple of itemsize");
        var view = new BufferView
        {
            Data = _view.Data, Offset = _view.Offset, Length = _view.Length, ReadOnly = _view.ReadOnly,
            Format = format, ItemSize = itemSize, NDim = 1, Shape = [_view.Length / itemSize], Strides = [itemSize],
        };
        if (dims is not null)
        {
            view.NDim = ndim;
            view.Shape = new int[ndim];
            view.Strides = new int[ndim];
            long len = itemSize;
            for (int i = 0; i < ndim; i++)
            {
                if (dims[i] is not PyInt) throw PyErr.TypeError("memoryview.cast(): elements of shape must be integers");
                long x = Py.AsSsize(dims[i], ExceptionTypes.OverflowError);
                if (x <= 0) throw PyErr.ValueError("memoryview.cast(): elements of shape must be integers > 0");
                if (x > long.MaxValue / len) throw PyErr.ValueError("memoryview.cast(): product(shape) > SSIZE_MAX");
                len *= x;
                view.Shape[i] = (int)Math.Min(x, int.MaxValue);
            }
            if (ndim == 0) len = itemSize;
            long stride = itemSize;
            for (int i = ndim - 1; i >= 0; i--)
            {
                view.Strides[i] = (int)stride;
                stride *= view.Shape[i];
            }
            if (view.Length != len) throw PyErr.TypeError("memoryview: product(shape) * itemsize != buffer size");
        }
        return NewView(view);
    }

    long HashValue()
    {
        if (_hash != -1) return _hash;
        CheckReleased();
        if (!_view.ReadOnly) throw PyErr.ValueError("cannot hash writable memoryview object");
        if (NativeSize(_view.Format, out char c) < 0 || c is not ('B' or 'b' or 'c'))
            throw PyErr.ValueError("memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
        if (_mbuf!.Obj is { } obj) Py.Hash(obj);
        _hash = StrHashing.Hash(ToBytes());
        return _hash;
    }

    static PyObject Compare(PyObject a, PyObject b, CompareOp op)
    {
        if (op is not (CompareOp.Eq or CompareOp.Ne)) return PyNotImplemented.Instance;
        var v = (PyMemoryView)a;
        bool equal;
        if (v.IsReleased) equal = ReferenceEquals(a, b);
        else if (b is PyMemoryView w)
        {
            equal = w.IsReleased ? ReferenceEquals(a, b) : Equal(v._view, w._view);
        }
        else if (b is IBufferExporter exporter)
        {
            BufferView other;
            try { other = exporter.GetBuffer(writable: false); }
            catch (PyException e)
            {
                e.Release();
                return PyNotImplemented.Instance;
            }
            try { equal = Equal(v._view, other); }
            finally { exporter.ReleaseBuffer(); }
        }
        else return PyNotImplemented.Instance;
        return PyBool.From(equal == (op == CompareOp.Eq));
    }

    /// <summary>Same shape and element-wise equal values (unpacked, so NaN != NaN and 1 == 1.0).</summary>
    static bool Equal(BufferView p, BufferView q)
    {
        if (p.NDim != q.NDim) return false;
        for (int d = 0; d < p.NDim; d++)
        {
            if (p.Shape[d] != q.Shape[d]) return false;
            if (p.Shape[d] == 0) break;
        }
        NativeSize(p.Format, out char pf);
        NativeSize(q.Format, out char qf);
        if (p.NDim == 0) return ItemEqual(p.Data, p.Offset, pf, q.Data, q.Offset, qf);
        return EqualRec(p, p.Offset, pf, q, q.Offset, qf, 0);
    }

    static bool EqualRec(BufferView p, int pa, char pf, BufferView q, int qa, char qf, int dim)
    {
        for (int i = 0; i < p.Shape[dim]; i++, pa += p.Strides[dim], qa += q.Strides[dim])
        {
            bool eq = dim == p.NDim - 1 ? ItemEqual(p.Data, pa, pf, q.Data, qa, qf) : EqualRec(p, pa, pf, q, qa, qf, dim + 1);
            if (!eq) return false;
        }
        return true;
    }

    static bool ItemEqual(byte[] pd, int pa, char pf, byte[] qd, int qa, char qf)
    {
        if (pf == qf && pf is 'B' or 'b' or 'c' or '?') return pd[pa] == qd[qa];
        var x = Unpack(pd, pa, pf);
        var y = Unpack(qd, qa, qf);
        try { return Py.RichCompareBool(x, y, CompareOp.Eq); }
        finally { Py.Decref(x); Py.Decref(y); }
    }

    PyObject Iter()
    {
        if (_view.NDim == 0) throw PyErr.TypeError("invalid indexing of 0-dim memory");
        if (_view.NDim != 1) throw new PyException(ExceptionTypes.NotImplementedError, "multi-dimensional sub-views are not implemented");
        char fmt = FormatChar();
        return new PyMemoryIterator(this, fmt, Len());
    }

    /// <summary>memory_iterator: unpacks the items of a one-dimensional view.</summary>
    internal sealed class PyMemoryIterator : PyIteratorBase
    {
        public static readonly PyType IterType = new("memory_iterator", TypeFlags.None);
        PyMemoryView? _seq;
        readonly char _fmt;
        readonly int _length;
        int _index;

        public PyMemoryIterator(PyMemoryView seq, char fmt, int length) : base(IterType)
        {
            _seq = Py.NewRef(seq);
            _fmt = fmt;
            _length = length;
        }

        public override PyObject? Next()
        {
            var seq = _seq;
            if (seq is null) return null;
            if (_index < _length)
            {
                seq.CheckReleased();
                var v = seq._view;
                return Unpack(v.Data, v.Offset + v.Strides[0] * _index++, _fmt);
            }
            _seq = null;
            Py.Decref(seq);
            return null;
        }

        protected internal override void ReleaseReferences() => Py.Clear(ref _seq);
        protected internal override void Traverse(Action<PyObject> visit) { if (_seq is not null) visit(_seq); }
    }
}
