using System.Text;
using Ftpy.Runtime;

namespace Ftpy.Objects;

/// <summary>The list type: mutable sequence protocol, slice assignment, sorting and the list methods.</summary>
public static class ListType
{
    static PyList L(PyObject o) => (PyList)o;

    internal static void Setup(PyType t)
    {
        t.Doc = "Built-in mutable sequence.";
        t.AddAttribute("__hash__", PyNone.Instance);
        t.tp_new = (type, args, kw) => ReferenceEquals(type, PyList.Type) ? new PyList() : new PyList(type);
        t.tp_init = (self, args, kw) =>
        {
            ArgParser.NoKeywords("list", kw);
            ArgParser.CheckPositional("list", args, 0, 1);
            var l = L(self);
            Clear(l);
            if (args.Length == 1) Extend(l, args[0]);
        };
        t.tp_repr = Repr;
        t.tp_richcompare = (a, b, op) => b is PyList lb ? SequenceCompare.CompareLists(L(a), lb, op) : PyNotImplemented.Instance;
        t.tp_iter = o => new PyListIterator(L(o));
        t.sq_length = o => L(o).Count;
        t.sq_contains = (o, item) =>
        {
            var l = L(o);
            for (int i = 0; i < l.Count; i++)
            {
                var x = l[i];
                Py.Incref(x);
                try { if (Py.RichCompareBool(x, item, CompareOp.Eq)) return true; }
                finally { Py.Decref(x); }
            }
            return false;
        };
        t.sq_item = (o, i) =>
        {
            var l = L(o);
            if (i < 0) i += l.Count;
            if ((ulong)i >= (ulong)l.Count) throw PyErr.IndexError("list index out of range");
            return Py.NewRef(l[(int)i]);
        };
        t.mp_subscript = Subscript;
        t.mp_ass_subscript = AssSubscript;
        t.sq_concat = (a, b) =>
        {
            if (b is not PyList lb) throw PyErr.TypeError($"can only concatenate list (not \"{b.ob_type.ShortName}\") to list");
            var la = L(a);
            var r = new PyList(la.Count + lb.Count);
            foreach (var x in la.AsSpan()) r.Append(x);
            foreach (var x in lb.AsSpan()) r.Append(x);
            return r;
        };
        t.sq_inplace_concat = (a, b) => { Extend(L(a), b); return Py.NewRef(a); };
        t.sq_repeat = (o, n) =>
        {
            var l = L(o);
            int size = l.Count;
            if (n <= 0 || size == 0) return new PyList();
            int total = RepeatedSize(size, n);
            var items = PyList.NewItems(total);
            Array.Copy(l._items, items, size);
            for (int i = 0; i < size; i++) for (long k = 0; k < n; k++) Py.Incref(items[i]!);
            for (int filled = size; filled < total; filled *= 2) Array.Copy(items, 0, items, filled, Math.Min(filled, total - filled));
            return PyList.Steal(items, total);
        };
        t.sq_inplace_repeat = (o, n) =>
        {
            var l = L(o);
            int size = l.Count;
            if (n < 1) { Clear(l); return Py.NewRef(o); }
            if (n == 1 || size == 0) return Py.NewRef(o);
            int total = RepeatedSize(size, n);
            var items = PyList.NewItems(total);
            Array.Copy(l._items, items, size);
            for (int i = 0; i < size; i++) for (long k = 1; k < n; k++) Py.Incref(items[i]!);
            for (int filled = size; filled < total; filled *= 2) Array.Copy(items, 0, items, filled, Math.Min(filled, total - filled));
            l._items = items;
            l._size = total;
            return Py.NewRef(o);
        };

        t.AddMethod("append", (PyObject self, PyObject x) => { L(self).Append(x); return PyNone.Instance; });
        t.AddMethod("extend", (PyObject self, PyObject x) => { Extend(L(self), x); return PyNone.Instance; });
        t.AddMethod("insert", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            if (a.Length != 2) throw PyErr.TypeError($"insert expected 2 arguments, got {a.Length}");
            var l = L(self);
            long i = Py.AsSsizeT(a[0]);
            int n = l.Count;
            if (i < 0) { i += n; if (i < 0) i = 0; }
            if (i > n) i = n;
            Insert(l, (int)i, a[1]);
            return PyNone.Instance;
        });
        t.AddMethod("pop", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            ArgParser.CheckPositional("pop", a, 0, 1);
            var l = L(self);
            long i = a.Length == 0 ? -1 : Py.AsSsizeT(a[0]);
            if (l.Count == 0) throw PyErr.IndexError("pop from empty list");
            if (i < 0) i += l.Count;
            if ((ulong)i >= (ulong)l.Count) throw PyErr.IndexError("pop index out of range");
            var v = l._items[i]!;
            Array.Copy(l._items, i + 1, l._items, i, l._size - i - 1);
            l._items[--l._size] = null;
            return v;
        });
        t.AddMethod("remove", (PyObject self, PyObject x) =>
        {
            var l = L(self);
            for (int i = 0; i < l.Count; i++)
            {
                var item = l[i];
                Py.Incref(item);
                bool eq;
                try { eq = Py.RichCompareBool(item, x, CompareOp.Eq); }
                finally { Py.Decref(item); }
                if (eq)
                {
                    if (i < l.Count) DeleteRange(l, i, 1);
                    return PyNone.Instance;
                }
            }
            throw PyErr.ValueError("list.remove(x): x not in list");
        });
        t.AddMethod("index", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            ArgParser.CheckPositional("index", a, 1, 3);
            var l = L(self);
            var (start, stop) = SequenceCompare.IndexBounds(a, l.Count);
            for (long i = start; i < stop && i < l.Count; i++)
            {
                var item = l[(int)i];
                Py.Incref(item);
                try { if (Py.RichCompareBool(item, a[0], CompareOp.Eq)) return PyInt.From(i); }
                finally { Py.Decref(item); }
            }
            throw PyErr.ValueError($"{Py.ReprString(a[0])} is not in list");
        });
        t.AddMethod("count", (PyObject self, PyObject x) =>
        {
            var l = L(self);
            long c = 0;
            for (int i = 0; i < l.Count; i++)
            {
                var item = l[i];
                if (ReferenceEquals(item, x)) { c++; continue; }
                Py.Incref(item);
                try { if (Py.RichCompareBool(item, x, CompareOp.Eq)) c++; }
                finally { Py.Decref(item); }
            }
            return PyInt.From(c);
        });
        t.AddMethod("clear", (PyObject self) => { Clear(L(self)); return PyNone.Instance; });
        t.AddMethod("copy", (PyObject self) => PyList.Create(L(self).AsSpan()));
        t.AddMethod("reverse", (PyObject self) => { var l = L(self); Array.Reverse(l._items, 0, l._size); return PyNone.Instance; });
        t.AddMethod(new MethodDef("sort", (PyObject self, ReadOnlySpan<PyObject> a, PyTuple? kw) =>
        {
            Span<PyObject?> v = new PyObject?[2];
            ArgParser.Parse("sort", a, kw, s_sortKeywords, 0, v, kwOnlyStart: 0);
            ListSort.Sort(L(self), v[0] is PyNone ? null : v[0], v[1] is not null && Py.IsTrue(v[1]!));
            return PyNone.Instance;
        }));
        t.AddMethod("__reversed__", (PyObject self) => new PyListReverseIterator(L(self)));
        t.AddMethod("__sizeof__", (PyObject self) => PyInt.From(40 + 8 * L(self)._items.Length));
        t.AddClassMethod(new MethodDef("__class_getitem__", (PyObject cls, PyObject arg) => PyGenericAlias.Create(cls, arg)));
    }

    internal static readonly string[] s_sortKeywords = { "key", "reverse" };

    /// <summary>The size of a list repeated n times; MemoryError past what an array can hold.</summary>
    static int RepeatedSize(int size, long n)
    {
        if (n > Array.MaxLength / size) throw PyErr.MemoryError("");
        return (int)(size * n);
    }

    static PyObject Repr(PyObject o)
    {
        var l = L(o);
        if (l.Count == 0) return PyStr.Intern("[]");
        if (ReprGuard.Enter(o)) return PyStr.Intern("[...]");
        try
        {
            var sb = new StringBuilder("[");
            for (int i = 0; i < l.Count; i++)
            {
                if (i > 0) sb.Append(", ");
                var item = l[i];
                Py.Incref(item);
                try { sb.Append(Py.ReprString(item)); }
                finally { Py.Decref(item); }
            }
            return PyStr.From(sb.Append(']').ToString());
        }
        finally { ReprGuard.Leave(o); }
    }

    public static void Extend(PyList l, PyObject iterable)
    {
        if (iterable is PyList src && (src.ob_type == PyList.Type || ReferenceEquals(src, l)) || iterable is PyTuple { ob_type: var tt } && tt == PyTuple.Type)
        {
            // A snapshot of the source (l.extend(l) reads the items l had before).
            PyObject?[] items;
            int n;
            if (iterable is PyTuple t) { items = t.Items; n = items.Length; }
            else { items = ((PyList)iterable)._items; n = ((PyList)iterable)._size; }
            if (n == 0) return;
            if (l._size + n > l._items.Length) l.Grow(l._size + n);
            var dst = l._items;
            int size = l._size;
            for (int i = 0; i < n; i++) dst[size + i] = Py.NewRef(items[i]!);
            l._size = size + n;
            return;
        }
        var it = Py.GetIter(iterable);
        try
        {
            while (Py.IterNext(it) is { } x) l.AppendSteal(x);
        }
        finally { Py.Decref(it); }
    }

    static void Insert(PyList l, int i, PyObject x)
    {
        if (l._size == l._items.Length) l.Grow(l._size + 1);
        Array.Copy(l._items, i, l._items, i + 1, l._size - i);
        l._items[i] = Py.NewRef(x);
        l._size++;
    }

    public static void Clear(PyList l)
    {
        var items = l._items;
        int n = l._size;
        l._items = Array.Empty<PyObject?>();
        l._size = 0;
        for (int i = 0; i < n; i++) if (items[i] is { } o) Py.Decref(o);
    }

    /// <summary>Removes items [i, i+n), releasing them after the list is consistent again.</summary>
    static void DeleteRange(PyList l, int i, int n)
    {
        var removed = new PyObject[n];
        Array.Copy(l._items, i, removed, 0, n);
        Array.Copy(l._items, i + n, l._items, i, l._size - i - n);
        for (int k = l._size - n; k < l._size; k++) l._items[k] = null;
        l._size -= n;
        foreach (var o in removed) Py.Decref(o);
    }

    static PyObject Subscript(PyObject o, PyObject key)
    {
        var l = L(o);
        if (key is PySlice slice)
        {
            long n = slice.Indices(l.Count, out long start, out long _, out long step);
            var r = new PyList((int)n);
            for (long k = 0, j = start; k < n; k++, j += step) r.Append(l[(int)j]);
            return r;
        }
        if (key.ob_type.nb_index is null) throw PyErr.TypeError($"list indices must be integers or slices, not {key.ob_type.ShortName}");
        long i = Py.AsSsize(key, ExceptionTypes.IndexError);
        if (i < 0) i += l.Count;
        if ((ulong)i >= (ulong)l.Count) throw PyErr.IndexError("list index out of range");
        return Py.NewRef(l[(int)i]);
    }

    static void AssSubscript(PyObject o, PyObject key, PyObject? value)
    {
        var l = L(o);
        if (key is PySlice slice)
        {
            AssignSlice(l, slice, value);
            return;
        }
        if (key.ob_type.nb_index is null) throw PyErr.TypeError($"list indices must be integers or slices, not {key.ob_type.ShortName}");
        long i = Py.AsSsize(key, ExceptionTypes.IndexError);
        if (i < 0) i += l.Count;
        if ((ulong)i >= (ulong)l.Count) throw PyErr.IndexError(value is null ? "list assignment index out of range" : "list assignment index out of range");
        if (value is null) DeleteRange(l, (int)i, 1);
        else l.SetItem((int)i, value);
    }

    /// <summary>PySequence_Fast: the items of an iterable (new references), a TypeError from iter() replaced by <paramref name="message"/>.</summary>
    static List<PyObject> SequenceFast(PyList self, PyObject value, string message)
    {
        if (ReferenceEquals(value, self))
        {
            var copy = new List<PyObject>(self.Count);
            foreach (var x in self.AsSpan()) copy.Add(Py.NewRef(x));
            return copy;
        }
        if (value is PyList or PyTuple) return Py.ToList(value);
        PyObject it;
        try { it = Py.GetIter(value); }
        catch (PyException e) when (e.Matches(ExceptionTypes.TypeError))
        {
            e.Release();
            throw PyErr.TypeError(message);
        }
        var items = new List<PyObject>();
        try
        {
            while (Py.IterNext(it) is { } x) items.Add(x);
        }
        catch
        {
            foreach (var x in items) Py.Decref(x);
            throw;
        }
        finally { Py.Decref(it); }
        return items;
    }

    static void AssignSlice(PyList l, PySlice slice, PyObject? value)
    {
        // PySlice_Unpack first (its errors win), then the new items, then the bounds against the current size.
        slice.Unpack(out long start, out long stop, out long step);
        if (value is null)
        {
            long count = PySlice.Adjust(l.Count, ref start, ref stop, step);
            if (count <= 0) return;
            if (step == 1) { DeleteRange(l, (int)start, (int)count); return; }
            if (step < 0)
            {
                start = start + step * (count - 1);
                step = -step;
            }
            var removed = new PyObject[count];
            var items = l._items;
            int n = l._size;
            int dst = (int)start;
            for (long k = 0, src = start; k < count; k++, src += step)
            {
                removed[k] = items[src]!;
                long end = Math.Min(src + step, n);
                for (long j = src + 1; j < end; j++) items[dst++] = items[j];
            }
            for (int j = dst; j < n; j++) items[j] = null;
            l._size = dst;
            foreach (var x in removed) Py.Decref(x);
            return;
        }
        // The new items are taken before any change (a[:] = a works).
        List<PyObject> newItems = SequenceFast(l, value, "must assign iterable to extended slice");
        long slicelength = PySlice.Adjust(l.Count, ref start, ref stop, step);
        if (step == 1)
        {
            if (stop < start) stop = start;
            int oldCount = (int)(stop - start);
            var removed = PyList.NewItems(oldCount);
            Array.Copy(l._items, start, removed, 0, oldCount);
            int newSize = l._size - oldCount + newItems.Count;
            if (newSize <= l._items.Length && newItems.Count <= oldCount)
            {
                // Shrinking or same size: shift in place, clearing the freed tail.
                var items = l._items;
                for (int k = 0; k < newItems.Count; k++) items[start + k] = newItems[k];
                Array.Copy(items, stop, items, start + newItems.Count, l._size - stop);
                for (int k = newSize; k < l._size; k++) items[k] = null;
            }
            else
            {
                var items = PyList.NewItems(Math.Max(newSize, 4));
                Array.Copy(l._items, 0, items, 0, start);
                for (int k = 0; k < newItems.Count; k++) items[start + k] = newItems[k];
                Array.Copy(l._items, stop, items, start + newItems.Count, l._size - stop);
                l._items = items;
            }
            l._size = newSize;
            foreach (var x in removed) Py.Decref(x!);
            return;
        }
        if (newItems.Count != slicelength)
        {
            foreach (var x in newItems) Py.Decref(x);
            throw PyErr.ValueError($"attempt to assign sequence of size {newItems.Count} to extended slice of size {slicelength}");
        }
        var old = new PyObject[slicelength];
        for (long k = 0, j = start; k < slicelength; k++, j += step)
        {
            old[k] = l._items[j]!;
            l._items[j] = newItems[(int)k];
        }
        foreach (var x in old) Py.Decref(x);
    }
}
