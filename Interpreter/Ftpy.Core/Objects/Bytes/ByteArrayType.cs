using Ftpy.Objects.Text;
using Ftpy.Runtime;

namespace Ftpy.Objects;

/// <summary>The bytearray type: bytes' methods plus mutation.</summary>
public static class ByteArrayType
{
    static PyByteArray B(PyObject o) => (PyByteArray)o;

    internal static void Setup(PyType t)
    {
        t.Doc = "bytearray(iterable_of_ints) -> bytearray";
        t.AddAttribute("__hash__", PyNone.Instance);
        t.tp_new = (type, args, kw) => ReferenceEquals(type, PyByteArray.Type) ? new PyByteArray() : new PyByteArray(type);
        t.tp_init = (self, args, kw) => B(self).SetContents(BytesType.Construct(args, kw, "bytearray"));
        t.tp_repr = o => PyStr.From(o.ob_type == PyByteArray.Type
            ? BytesRepr.Repr(B(o).Span, true)
            : $"{o.ob_type.ShortName}({BytesRepr.Repr(B(o).Span, false)})");
        t.tp_str = t.tp_repr;
        t.tp_richcompare = (a, b, op) => BytesType.Compare(B(a).ToArray(), b, op);
        t.tp_iter = o => new PyBytesIterator(Array.Empty<byte>(), o);
        t.sq_length = o => B(o).Count;
        t.sq_contains = (o, x) => BytesType.Contains(B(o).Span, x);
        t.mp_subscript = (o, key) => BytesType.Subscript(B(o).ToArray(), key, "bytearray index out of range", b => { var r = new PyByteArray(); r.SetContents(b); return r; });
        t.mp_ass_subscript = AssSubscript;
        t.sq_concat = (a, b) =>
        {
            if (!BytesType.TryGetBytes(b, out var other)) throw PyErr.TypeError($"can't concat {b.ob_type.ShortName} to bytearray");
            var r = new PyByteArray();
            r.SetContents([.. B(a).Span, .. other]);
            return r;
        };
        t.sq_inplace_concat = (a, b) =>
        {
            if (!BytesType.TryGetBytes(b, out var other)) throw PyErr.TypeError($"can't concat {b.ob_type.ShortName} to bytearray");
            var ba = B(a);
            ba.SetContents([.. ba.Span, .. other]);
            return Py.NewRef(a);
        };
        t.sq_repeat = (o, n) => { var r = new PyByteArray(); r.SetContents(BytesType.Repeat(B(o).ToArray(), n)); return r; };
        t.sq_inplace_repeat = (o, n) => { B(o).SetContents(BytesType.Repeat(B(o).ToArray(), n)); return Py.NewRef(o); };
        t.nb_binary[(int)BinaryOp.Remainder] = (a, b) => a is PyByteArray ab ? BytesPercent.Format(ab.ToArray(), b, isByteArray: true) : PyNotImplemented.Instance;
        BytesType.AddCommonMethods(t, o => B(o).ToArray(), b => { var r = new PyByteArray(); r.SetContents(b); return r; });
        t.AddMethod("append", (PyObject self, PyObject x) =>
        {
            var ba = B(self);
            ba.SetContents([.. ba.Span, ByteValue(x)]);
            return PyNone.Instance;
        });
        t.AddMethod("extend", (PyObject self, PyObject x) =>
        {
            var ba = B(self);
            var add = BytesType.TryGetBytes(x, out var data) ? data : BytesType.Construct(new[] { x }, null, "bytearray");
            ba.SetContents([.. ba.Span, .. add]);
            return PyNone.Instance;
        });
        t.AddMethod("insert", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            ArgParser.CheckPositional("insert", a, 2, 2);
            var ba = B(self);
            long i = Py.AsSsize(a[0], null);
            int n = ba.Count;
            if (i < 0) { i += n; if (i < 0) i = 0; }
            if (i > n) i = n;
            var list = ba.ToArray().ToList();
            list.Insert((int)i, ByteValue(a[1]));
            ba.SetContents(list.ToArray());
            return PyNone.Instance;
        });
        t.AddMethod("pop", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            ArgParser.CheckPositional("pop", a, 0, 1);
            var ba = B(self);
            if (ba.Count == 0) throw PyErr.IndexError("pop from empty bytearray");
            long i = a.Length == 0 ? -1 : Py.AsSsize(a[0], ExceptionTypes.IndexError);
            if (i < 0) i += ba.Count;
            if ((ulong)i >= (ulong)ba.Count) throw PyErr.IndexError("pop index out of range");
            var list = ba.ToArray().ToList();
            byte v = list[(int)i];
            list.RemoveAt((int)i);
            ba.SetContents(list.ToArray());
            return PyInt.From(v);
        });
        t.AddMethod("remove", (PyObject self, PyObject x) =>
        {
            var ba = B(self);
            byte v = ByteValue(x);
            int i = ba.Span.IndexOf(v);
            if (i < 0) throw PyErr.ValueError("value not found in bytearray");
            var list = ba.ToArray().ToList();
            list.RemoveAt(i);
            ba.SetContents(list.ToArray());
            return PyNone.Instance;
        });
        t.AddMethod("clear", (PyObject self) => { B(self).SetContents(default); return PyNone.Instance; });
        t.AddMethod("copy", (PyObject self) => { var r = new PyByteArray(); r.SetContents(B(self).Span); return r; });
        t.AddMethod("reverse", (PyObject self) => { var a = B(self).ToArray(); Array.Reverse(a); B(self).SetContents(a); return PyNone.Instance; });
        t.AddClassMethod(new MethodDef("fromhex", (PyObject cls, PyObject s) =>
        {
            if (s is not PyStr str) throw PyErr.TypeError($"fromhex() argument must be str, not {s.ob_type.ShortName}");
            var r = new PyByteArray();
            r.SetContents(BytesHex.FromHex(str.Value));
            if (ReferenceEquals(cls, PyByteArray.Type)) return r;
            try { return Py.CallOneArg(cls, r); }
            finally { Py.Decref(r); }
        }));
    }

    static byte ByteValue(PyObject x)
    {
        if (x.ob_type.nb_index is null) throw PyErr.TypeError($"'{x.ob_type.ShortName}' object cannot be interpreted as an integer");
        long v = Py.AsLong(x);
        if (v < 0 || v > 255) throw PyErr.ValueError("byte must be in range(0, 256)");
        return (byte)v;
    }

    static void AssSubscript(PyObject o, PyObject key, PyObject? value)
    {
        var ba = B(o);
        var list = ba.ToArray().ToList();
        if (key is PySlice s)
        {
            long count = s.Indices(list.Count, out long start, out long stop, out long step);
            byte[] repl = value is null ? Array.Empty<byte>()
                : BytesType.TryGetBytes(value, out var d) ? d
                : value.ob_type.nb_index is not null ? throw PyErr.TypeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)")
                : BytesType.Construct(new[] { value }, null, "bytearray");
            if (step == 1)
            {
                if (stop < start) stop = start;
                list.RemoveRange((int)start, (int)(stop - start));
                list.InsertRange((int)start, repl);
            }
            else if (value is null)
            {
                var idx = new List<long>();
                for (long k = 0, j = start; k < count; k++, j += step) idx.Add(j);
                foreach (var j in idx.OrderByDescending(x => x)) list.RemoveAt((int)j);
            }
            else
            {
                if (repl.Length != count) throw PyErr.ValueError($"attempt to assign bytes of size {repl.Length} to extended slice of size {count}");
                for (long k = 0, j = start; k < count; k++, j += step) list[(int)j] = repl[k];
            }
            ba.SetContents(list.ToArray());
            return;
        }
        long i = Py.AsSsize(key, ExceptionTypes.IndexError);
        if (i < 0) i += list.Count;
        if ((ulong)i >= (ulong)list.Count) throw PyErr.IndexError("bytearray index out of range");
        if (value is null) list.RemoveAt((int)i);
        else list[(int)i] = ByteValue(value);
        ba.SetContents(list.ToArray());
    }
}
