using Ftpy.Objects.Text;
using Ftpy.Runtime;

namespace Ftpy.Objects;

/// <summary>The bytearray type: bytes' methods plus mutation, with CPython's rules for
/// resizing while a buffer is exported and its slice-assignment semantics.</summary>
public static class ByteArrayType
{
    static PyByteArray B(PyObject o) => (PyByteArray)o;

    static readonly string[] s_initNames = ["source", "encoding", "errors"];

    internal static void Setup(PyType t)
    {
        t.Doc = "bytearray(iterable_of_ints) -> bytearray\n"
            + "bytearray(string, encoding[, errors]) -> bytearray\n"
            + "bytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\n"
            + "bytearray(int) -> bytes array of size given by the parameter initialized with null bytes\n"
            + "bytearray() -> empty bytes array\n\n"
            + "Construct a mutable bytearray object from:\n"
            + "  - an iterable yielding integers in range(256)\n"
            + "  - a text string encoded using the specified encoding\n"
            + "  - a bytes or a buffer object\n"
            + "  - any object implementing the buffer API.\n"
            + "  - an integer";
        t.AddAttribute("__hash__", PyNone.Instance);
        t.tp_new = (type, args, kw) => ReferenceEquals(type, PyByteArray.Type) ? new PyByteArray() : new PyByteArray(type);
        t.tp_init = Init;
        t.tp_repr = o => PyStr.From(o.ob_type == PyByteArray.Type
            ? BytesRepr.Repr(B(o).Span, true)
            : $"{o.ob_type.ShortName}({BytesRepr.Repr(B(o).Span, false)})");
        t.tp_str = t.tp_repr;
        t.tp_richcompare = (a, b, op) =>
        {
            if (!BufferProtocol.TryGetBytes(b, out var other)) return PyNotImplemented.Instance;
            return BytesType.CompareResult(B(a).Span.SequenceCompareTo(other), op);
        };
        t.tp_iter = o => new PyBytesIterator(o);
        t.sq_length = o => B(o).Count;
        t.sq_contains = (o, x) => BytesType.Contains(B(o).Span, x);
        t.mp_subscript = BytesType.Subscript;
        t.sq_item = BytesType.Item;
        t.mp_ass_subscript = AssSubscript;
        t.sq_concat = (a, b) =>
        {
            if (!BufferProtocol.TryGetBytes(b, out var other)) throw PyErr.TypeError($"can't concat {b.ob_type.ShortName} to {a.ob_type.ShortName}");
            var self = B(a).Span;
            if ((long)self.Length + other.Length >= Array.MaxLength) throw PyErr.MemoryError("");
            var r = new byte[self.Length + other.Length];
            self.CopyTo(r);
            other.CopyTo(r.AsSpan(self.Length));
            return PyByteArray.From(r);
        };
        t.sq_inplace_concat = (a, b) =>
        {
            if (!BufferProtocol.TryGetBytes(b, out var other)) throw PyErr.TypeError($"can't concat {b.ob_type.ShortName} to {a.ob_type.ShortName}");
            var ba = B(a);
            int size = ba.Count;
            // CPython holds the operand's buffer while resizing, so b += b is a BufferError.
            if (ReferenceEquals(a, b) && other.Length > 0) ba.CheckResizableWithExport();
            if (other.Length > 0)
            {
                byte[] copy = other.ToArray();
                ba.Resize((long)size + copy.Length);
                copy.CopyTo(ba.Buffer, size);
            }
            return Py.NewRef(a);
        };
        t.sq_repeat = (o, n) => PyByteArray.From(BytesType.RepeatBytes(B(o).Span, n));
        t.sq_inplace_repeat = (o, n) =>
        {
            var ba = B(o);
            int size = ba.Count;
            if (n < 0) n = 0;
            if (n > 0 && size > long.MaxValue / n) throw PyErr.MemoryError("");
            long total = size * n;
            if (total == size) return Py.NewRef(o);
            var unit = ba.Span.ToArray();
            ba.Resize(total);
            for (long k = 1; k < n; k++) unit.CopyTo(ba.Buffer, k * size);
            return Py.NewRef(o);
        };
        t.nb_binary[(int)BinaryOp.Remainder] = (a, b) => a is PyByteArray ab ? BytesPercent.Format(ab.ToArray(), b, isByteArray: true) : PyNotImplemented.Instance;
        BytesType.AddCommonMethods(t);
        t.AddMethod("append", (PyObject self, PyObject x) =>
        {
            B(self).Append(BytesType.ByteValue(x));
            return PyNone.Instance;
        });
        t.AddMethod("extend", (PyObject self, PyObject x) => { Extend(B(self), x); return PyNone.Instance; });
        t.AddMethod("insert", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            ArgParser.CheckPositional("insert", a, 2, 2);
            var ba = B(self);
            long i = SeqArgs.Ssize(a[0]);
            byte value = BytesType.ByteValue(a[1]);
            int n = ba.Count;
            if (i < 0) { i += n; if (i < 0) i = 0; }
            if (i > n) i = n;
            ba.Resize(n + 1);
            Array.Copy(ba.Buffer, i, ba.Buffer, i + 1, n - i);
            ba.Buffer[i] = value;
            return PyNone.Instance;
        });
        t.AddMethod("pop", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            ArgParser.CheckPositional("pop", a, 0, 1);
            var ba = B(self);
            long i = a.Length == 0 ? -1 : SeqArgs.Ssize(a[0]);
            int n = ba.Count;
            if (n == 0) throw PyErr.IndexError("pop from empty bytearray");
            if (i < 0) i += n;
            if ((ulong)i >= (ulong)n) throw PyErr.IndexError("pop index out of range");
            ba.CheckResizable();
            byte v = ba.Buffer[i];
            Array.Copy(ba.Buffer, i + 1, ba.Buffer, i, n - i - 1);
            ba.Resize(n - 1);
            return PyInt.From(v);
        });
        t.AddMethod("remove", (PyObject self, PyObject x) =>
        {
            var ba = B(self);
            byte v = BytesType.ByteValue(x);
            int i = ba.Span.IndexOf(v);
            if (i < 0) throw PyErr.ValueError("value not found in bytearray");
            ba.CheckResizable();
            int n = ba.Count;
            Array.Copy(ba.Buffer, i + 1, ba.Buffer, i, n - i - 1);
            ba.Resize(n - 1);
            return PyNone.Instance;
        });
        t.AddMethod("clear", (PyObject self) => { B(self).Resize(0); return PyNone.Instance; });
        t.AddMethod("copy", (PyObject self) => PyByteArray.From(B(self).Span));
        t.AddMethod("reverse", (PyObject self) => { B(self).WritableSpan.Reverse(); return PyNone.Instance; });
        t.AddMethod("__alloc__", (PyObject self) => PyInt.From(B(self).Buffer.Length));
        t.AddMethod("__sizeof__", (PyObject self) => PyInt.From(56 + B(self).Buffer.Length));
        t.AddMethod("__reduce__", (PyObject self) => Reduce(self, 2));
        t.AddMethod("__reduce_ex__", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            ArgParser.CheckPositional("__reduce_ex__", a, 0, 1);
            return Reduce(self, a.Length > 0 ? (int)Py.AsLong(a[0]) : 0);
        });
        t.AddMethod("__release_buffer__", (PyObject self, PyObject view) =>
        {
            if (view is not PyMemoryView mv) throw PyErr.TypeError($"__release_buffer__() argument must be memoryview, not {view.ob_type.ShortName}");
            mv.Release();
            return PyNone.Instance;
        });
    }

    /// <summary>bytearray.__reduce__: (type, (text, 'latin-1') or (), state) — bytes itself from protocol 3 on.</summary>
    static PyObject Reduce(PyObject self, int protocol)
    {
        var state = Py.LookupAttr(self, PyStr.Intern("__dict__")) ?? PyNone.Instance;
        PyObject args;
        var data = B(self).Span;
        if (protocol < 3)
        {
            args = data.Length == 0 ? PyTuple.Empty
                : PyTuple.Steal([PyStr.From(System.Text.Encoding.Latin1.GetString(data)), PyStr.Intern("latin-1")]);
        }
        else args = data.Length == 0 ? PyTuple.Empty : PyTuple.Steal([PyBytes.From(data)]);
        return PyTuple.Steal([Py.NewRef(self.ob_type), args, state]);
    }

    static void Init(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var a = new PyObject?[3];
        ArgParser.Parse("bytearray", args, kw, s_initNames, 0, a);
        string? encoding = a[1] is null ? null : SeqArgs.CName(a[1]!, "bytearray", "'encoding'");
        string? errors = a[2] is null ? null : SeqArgs.CName(a[2]!, "bytearray", "'errors'");
        var ba = B(self);
        if (ba.Count != 0) ba.Resize(0);
        var arg = a[0];
        if (arg is null)
        {
            if (encoding is not null || errors is not null)
                throw PyErr.TypeError(encoding is not null ? "encoding without a string argument" : "errors without a string argument");
            return;
        }
        if (arg is PyStr s)
        {
            if (encoding is null) throw PyErr.TypeError("string argument without an encoding");
            ba.SetContents(StrCodecs.Encode(s.Value, encoding, errors ?? "strict"));
            return;
        }
        if (encoding is not null || errors is not null)
            throw PyErr.TypeError(encoding is not null ? "encoding without a string argument" : "errors without a string argument");
        if (arg.ob_type.nb_index is not null)
        {
            long count;
            bool isCount = true;
            count = 0;
            try { count = Py.AsSsize(arg, ExceptionTypes.OverflowError); }
            catch (PyException e) when (e.Matches(ExceptionTypes.TypeError))
            {
                e.Release();
                isCount = false;
            }
            if (isCount)
            {
                if (count < 0) throw PyErr.ValueError("negative count");
                if (count > 0) ba.Resize(count);
                return;
            }
        }
        if (BufferProtocol.TryGetBytes(arg, out var data))
        {
            ba.SetContents(data);
            return;
        }
        PyObject it;
        try { it = Py.GetIter(arg); }
        catch (PyException e) when (e.Matches(ExceptionTypes.TypeError))
        {
            e.Release();
            throw PyErr.TypeError($"cannot convert '{arg.ob_type.ShortName}' object to bytearray");
        }
        try
        {
            while (Py.IterNext(it) is { } item)
            {
                byte b;
                try { b = BytesType.ByteValue(item); }
                finally { Py.Decref(item); }
                ba.Append(b);
            }
        }
        finally { Py.Decref(it); }
    }

    /// <summary>bytearray.extend: a buffer is appended as is; otherwise an iterable of ints.</summary>
    static void Extend(PyByteArray ba, PyObject x)
    {
        if (BufferProtocol.TryGetBytes(x, out var data))
        {
            var copy = data.ToArray();
            ba.ReplaceRange(ba.Count, ba.Count, copy);
            return;
        }
        PyObject it;
        try { it = Py.GetIter(x); }
        catch (PyException e) when (e.Matches(ExceptionTypes.TypeError))
        {
            e.Release();
            throw PyErr.TypeError($"can't extend bytearray with {x.ob_type.ShortName}");
        }
        var collected = new ByteList();
        try
        {
            while (Py.IterNext(it) is { } item)
            {
                try { collected.Add(BytesType.ByteValue(item)); }
                catch (PyException e) when (e.Matches(ExceptionTypes.TypeError) && x is PyStr)
                {
                    e.Release();
                    throw PyErr.TypeError("expected iterable of integers; got: 'str'");
                }
                finally { Py.Decref(item); }
            }
        }
        finally { Py.Decref(it); }
        ba.ReplaceRange(ba.Count, ba.Count, collected.Span);
    }

    /// <summary>bytearray_ass_subscript.</summary>
    static void AssSubscript(PyObject o, PyObject key, PyObject? value)
    {
        var ba = B(o);
        long start, stop, step, sliceLength;
        if (key.ob_type.nb_index is not null)
        {
            long i = Py.AsSsize(key, ExceptionTypes.IndexError);
            int ival = value is null ? -1 : BytesType.ByteValue(value);
            if (i < 0) i += ba.Count;
            if (i < 0 || i >= ba.Count) throw PyErr.IndexError("bytearray index out of range");
            if (value is not null)
            {
                ba.Buffer[i] = (byte)ival;
                return;
            }
            start = i; stop = i + 1; step = 1; sliceLength = 1;
        }
        else if (key is PySlice slice)
        {
            sliceLength = slice.Indices(ba.Count, out start, out stop, out step);
        }
        else throw PyErr.TypeError($"bytearray indices must be integers or slices, not {key.ob_type.ShortName}");

        byte[] bytes;
        if (value is null) bytes = [];
        else if (ReferenceEquals(value, o) || value is not PyByteArray)
        {
            if (value is PyStr || IsNumber(value))
                throw PyErr.TypeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
            if (BufferProtocol.TryGetBytes(value, out var data)) bytes = data.ToArray();
            else bytes = BytesType.FromIterable(value, "bytearray", "byte must be in range(0, 256)");
        }
        else bytes = ((PyByteArray)value).ToArray();

        if ((step < 0 && start < stop) || (step > 0 && start > stop)) stop = start;
        if (step == 1)
        {
            ba.ReplaceRange((int)start, (int)stop, bytes);
            return;
        }
        if (bytes.Length == 0)
        {
            // Delete an extended slice (an empty value deletes too, as in CPython).
            ba.CheckResizable();
            if (sliceLength == 0) return;
            if (step < 0)
            {
                stop = start + 1;
                start = stop + step * (sliceLength - 1) - 1;
                step = -step;
            }
            var buf = ba.Buffer;
            int n = ba.Count;
            long cur = start;
            for (long k = 0; k < sliceLength; cur += step, k++)
            {
                long lim = step - 1;
                if (cur + step >= n) lim = n - cur - 1;
                Array.Copy(buf, cur + 1, buf, cur - k, lim);
            }
            cur = start + sliceLength * step;
            if (cur < n) Array.Copy(buf, cur, buf, cur - sliceLength, n - cur);
            ba.Resize(n - sliceLength);
            return;
        }
        if (bytes.Length != sliceLength)
            throw PyErr.ValueError($"attempt to assign bytes of size {bytes.Length} to extended slice of size {sliceLength}");
        for (long k = 0, j = start; k < sliceLength; k++, j += step) ba.Buffer[j] = bytes[k];
    }

    /// <summary>PyNumber_Check: int, float, complex or anything with __index__/__int__/__float__.</summary>
    static bool IsNumber(PyObject v) =>
        v.ob_type.nb_index is not null || v.ob_type.nb_int is not null || v.ob_type.nb_float is not null || v is PyComplex;
}
