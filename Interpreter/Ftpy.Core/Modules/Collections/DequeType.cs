using Ftpy.Objects;
using Ftpy.Runtime;

namespace Ftpy.Modules;

/// <summary>The deque type's methods and slots, and its two iterator types.</summary>
public static class DequeType
{
    public static readonly PyType IteratorType = new("collections._deque_iterator", TypeFlags.None);
    public static readonly PyType ReverseIteratorType = new("collections._deque_reverse_iterator", TypeFlags.None);

    static PyDeque D(PyObject o) => (PyDeque)o;

    static PyException Mutated() => PyErr.RuntimeError("deque mutated during iteration");

    /// <summary>Walks a deque forwards or backwards; fails once the deque changes structurally.</summary>
    sealed class DequeIter : PyIteratorBase
    {
        PyDeque? _deque;
        readonly long _state;
        readonly bool _reverse;
        int _index;
        int _counter;

        public DequeIter(PyType t, PyDeque d, bool reverse) : base(t)
        {
            _deque = Py.NewRef(d);
            _state = d.State;
            _reverse = reverse;
            _counter = d.Count;
            _index = reverse ? d.Count - 1 : 0;
        }

        public override PyObject? Next()
        {
            var d = _deque;
            if (d is null) return null;
            if (d.State != _state)
            {
                _counter = 0;
                throw Mutated();
            }
            if (_counter == 0) return null;
            var item = Py.NewRef(d[_index]);
            _index += _reverse ? -1 : 1;
            _counter--;
            return item;
        }

        public override long LengthHint => _counter;

        protected internal override void ReleaseReferences() => Py.Clear(ref _deque);
        protected internal override void Traverse(Action<PyObject> visit) { if (_deque is not null) visit(_deque); }
    }

    internal static void SetupIterator(PyType t)
    {
        t.tp_iter = o => Py.NewRef(o);
        t.tp_iternext = o => ((PyIteratorBase)o).Next();
        t.AddMethod("__length_hint__", (PyObject self) => PyInt.From(((PyIteratorBase)self).LengthHint), "Private method returning an estimate of len(list(it)).");
    }

    /// <summary>maxlen argument: None, or an int (not merely an __index__ object) that is non-negative.</summary>
    static long MaxLenArg(PyObject? o)
    {
        if (o is null || o is PyNone) return -1;
        if (o is not PyInt) throw PyErr.TypeError("an integer is required");
        long v = ClinicArgs.AsSsize(o);
        if (v < 0) throw PyErr.ValueError("maxlen must be non-negative");
        return v;
    }

    public static void Extend(PyDeque d, PyObject iterable)
    {
        if (ReferenceEquals(iterable, d) || iterable is PyList || iterable is PyTuple)
        {
            var items = ReferenceEquals(iterable, d) ? d.Snapshot() : Py.ToList(iterable).ToArray();
            foreach (var x in items) d.AppendSteal(x);
            return;
        }
        var it = Py.GetIter(iterable);
        try
        {
            if (d.MaxLen == 0)
            {
                while (Py.IterNext(it) is { } x) Py.Decref(x);
                return;
            }
            var next = it.ob_type.tp_iternext!;
            while (next(it) is { } item) d.AppendSteal(item);
        }
        finally { Py.Decref(it); }
    }

    static void ExtendLeft(PyDeque d, PyObject iterable)
    {
        if (ReferenceEquals(iterable, d))
        {
            foreach (var x in d.Snapshot()) d.AppendLeftSteal(x);
            return;
        }
        var it = Py.GetIter(iterable);
        try
        {
            if (d.MaxLen == 0)
            {
                while (Py.IterNext(it) is { } x) Py.Decref(x);
                return;
            }
            while (Py.IterNext(it) is { } item) d.AppendLeftSteal(item);
        }
        finally { Py.Decref(it); }
    }

    /// <summary>deque.copy(): a new deque of the same type and maxlen (subclasses are called to build it).</summary>
    static PyObject Copy(PyDeque d)
    {
        if (d.ob_type == PyDeque.Type)
        {
            var n = new PyDeque(PyDeque.Type) { MaxLen = d.MaxLen };
            for (int i = 0; i < d.Count; i++) n.AppendSteal(Py.NewRef(d[i]));
            return n;
        }
        if (d.MaxLen < 0) return Py.CallOneArg(d.ob_type, d);
        var maxlen = PyInt.From(d.MaxLen);
        try { return Py.Call(d.ob_type, d, maxlen); }
        finally { Py.Decref(maxlen); }
    }

    static int CheckedIndex(PyDeque d, PyObject key)
    {
        if (key.ob_type.nb_index is null)
            throw PyErr.TypeError($"sequence index must be integer, not '{key.ob_type.ShortName}'");
        long i = Py.AsSsize(key, ExceptionTypes.IndexError);
        if (i < 0) i += d.Count;
        if (i < 0 || i >= d.Count) throw PyErr.IndexError("deque index out of range");
        return (int)i;
    }

    static void InplaceRepeat(PyDeque d, long n)
    {
        int size = d.Count;
        if (n <= 0 || size == 0) { d.Clear(); return; }
        if (n == 1) return;
        var items = d.Snapshot();
        try
        {
            long extra = (n - 1) * (long)size;
            long skip = 0;
            if (d.MaxLen >= 0 && extra > d.MaxLen) skip = extra - d.MaxLen;
            for (long j = skip; j < extra; j++) d.AppendSteal(Py.NewRef(items[(int)(j % size)]));
        }
        finally { foreach (var x in items) Py.Decref(x); }
    }

    static PyObject RichCompare(PyObject v, PyObject w, CompareOp op)
    {
        if (v is not PyDeque a || w is not PyDeque b) return PyNotImplemented.Instance;
        int na = a.Count, nb = b.Count;
        if (na != nb && (op == CompareOp.Eq || op == CompareOp.Ne)) return PyBool.From(op == CompareOp.Ne);
        var ia = new DequeIter(IteratorType, a, false);
        var ib = new DequeIter(IteratorType, b, false);
        try
        {
            while (true)
            {
                var x = ia.Next();
                var y = x is null ? null : ib.Next();
                if (x is null || y is null)
                {
                    if (x is not null) Py.Decref(x);
                    break;
                }
                try
                {
                    if (!Py.RichCompareBool(x, y, CompareOp.Eq))
                    {
                        if (op == CompareOp.Eq) return PyBool.False;
                        if (op == CompareOp.Ne) return PyBool.True;
                        return Py.RichCompare(x, y, op);
                    }
                }
                finally { Py.Decref(x); Py.Decref(y); }
            }
        }
        finally { Py.Decref(ia); Py.Decref(ib); }
        bool r = op switch
        {
            CompareOp.Lt => na < nb,
            CompareOp.Le => na <= nb,
            CompareOp.Eq => na == nb,
            CompareOp.Ne => na != nb,
            CompareOp.Gt => na > nb,
            _ => na >= nb,
        };
        return PyBool.From(r);
    }

    static string Repr(PyObject o)
    {
        var d = D(o);
        if (ReprGuard.Enter(d)) return "[...]";
        try
        {
            var list = PyList.Steal(d.Snapshot(), d.Count);
            try
            {
                string items = Py.ReprString(list);
                return d.MaxLen >= 0 ? $"{d.ob_type.ShortName}({items}, maxlen={d.MaxLen})" : $"{d.ob_type.ShortName}({items})";
            }
            finally { Py.Decref(list); }
        }
        finally { ReprGuard.Leave(d); }
    }

    internal static void Setup(PyType t)
    {
        t.Doc = "A list-like sequence optimized for data accesses near its endpoints.";
        t.AddAttribute("__hash__", PyNone.Instance);
        t.tp_new = (type, args, kw) => new PyDeque(type);
        t.tp_init = (self, args, kw) =>
        {
            Span<PyObject?> a = new PyObject?[2];
            ClinicArgs.Parse("deque", args, kw, new[] { "iterable", "maxlen" }, 0, a);
            var d = D(self);
            d.MaxLen = MaxLenArg(a[1]);
            if (d.Count > 0) d.Clear();
            if (a[0] is not null) Extend(d, a[0]!);
        };
        t.tp_repr = o => PyStr.From(Repr(o));
        t.tp_iter = o => new DequeIter(IteratorType, D(o), false);
        t.tp_richcompare = RichCompare;
        t.sq_length = o => D(o).Count;
        t.sq_item = (o, i) =>
        {
            var d = D(o);
            if (i < 0 || i >= d.Count) throw PyErr.IndexError("deque index out of range");
            return Py.NewRef(d[(int)i]);
        };
        t.mp_ass_subscript = (o, key, value) =>
        {
            var d = D(o);
            int i = CheckedIndex(d, key);
            if (value is null) Py.Decref(d.RemoveAt(i));
            else d.SetItemSteal(i, Py.NewRef(value));
        };
        t.sq_contains = (o, x) =>
        {
            var d = D(o);
            long state = d.State;
            for (int i = 0; i < d.Count; i++)
            {
                var item = Py.NewRef(d[i]);
                bool eq;
                try { eq = Py.RichCompareBool(item, x, CompareOp.Eq); }
                finally { Py.Decref(item); }
                if (d.State != state) throw Mutated();
                if (eq) return true;
            }
            return false;
        };
        t.sq_concat = (a, b) =>
        {
            if (b is not PyDeque) throw PyErr.TypeError($"can only concatenate {a.ob_type.ShortName} (not \"{b.ob_type.ShortName}\") to {a.ob_type.ShortName}");
            var n = Copy(D(a));
            try { Extend(D(n), b); }
            catch { Py.Decref(n); throw; }
            return n;
        };
        t.sq_repeat = (o, n) =>
        {
            var c = Copy(D(o));
            try { InplaceRepeat(D(c), n); }
            catch { Py.Decref(c); throw; }
            return c;
        };
        t.sq_inplace_concat = (a, b) => { Extend(D(a), b); return Py.NewRef(a); };
        t.sq_inplace_repeat = (o, n) => { InplaceRepeat(D(o), n); return Py.NewRef(o); };

        t.AddMethod("append", (PyObject self, PyObject x) => { D(self).AppendSteal(Py.NewRef(x)); return PyNone.Instance; }, "Add an element to the right side of the deque.");
        t.AddMethod("appendleft", (PyObject self, PyObject x) => { D(self).AppendLeftSteal(Py.NewRef(x)); return PyNone.Instance; }, "Add an element to the left side of the deque.");
        t.AddMethod("pop", (PyObject self) => D(self).PopRight() ?? throw PyErr.IndexError("pop from an empty deque"), "Remove and return the rightmost element.");
        t.AddMethod("popleft", (PyObject self) => D(self).PopLeft() ?? throw PyErr.IndexError("pop from an empty deque"), "Remove and return the leftmost element.");
        t.AddMethod("extend", (PyObject self, PyObject x) => { Extend(D(self), x); return PyNone.Instance; }, "Extend the right side of the deque with elements from the iterable.");
        t.AddMethod("extendleft", (PyObject self, PyObject x) => { ExtendLeft(D(self), x); return PyNone.Instance; }, "Extend the left side of the deque with elements from the iterable.");
        t.AddMethod("clear", (PyObject self) => { D(self).Clear(); return PyNone.Instance; }, "Remove all elements from the deque.");
        t.AddMethod("copy", (PyObject self) => Copy(D(self)), "Return a shallow copy of a deque.");
        t.AddMethod("__copy__", (PyObject self) => Copy(D(self)), "Return a shallow copy of a deque.");
        t.AddMethod("reverse", (PyObject self) => { D(self).Reverse(); return PyNone.Instance; }, "Reverse *IN PLACE*.");
        t.AddMethod("rotate", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            ArgParser.CheckPositional("rotate", a, 0, 1);
            long n = a.Length == 0 ? 1 : ClinicArgs.AsSsize(a[0]);
            D(self).Rotate(n);
            return PyNone.Instance;
        }, "Rotate the deque n steps to the right.  If n is negative, rotates left.");
        t.AddMethod("insert", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            ArgParser.CheckPositional("insert", a, 2, 2);
            var d = D(self);
            long index = ClinicArgs.AsSsize(a[0]);
            if (d.MaxLen >= 0 && d.Count >= d.MaxLen) throw PyErr.IndexError("deque already at its maximum size");
            int n = d.Count;
            if (index < 0) { index += n; if (index < 0) index = 0; }
            if (index > n) index = n;
            d.InsertSteal((int)index, Py.NewRef(a[1]));
            return PyNone.Instance;
        }, "Insert value before index.");
        t.AddMethod("index", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            ArgParser.CheckPositional("index", a, 1, 3);
            var d = D(self);
            long n = d.Count;
            long start = a.Length > 1 ? SliceIndex(a[1]) : 0;
            long stop = a.Length > 2 ? SliceIndex(a[2]) : long.MaxValue;
            if (start < 0) { start += n; if (start < 0) start = 0; }
            if (stop < 0) { stop += n; if (stop < 0) stop = 0; }
            if (stop > n) stop = n;
            if (start > stop) start = stop;
            long state = d.State;
            for (long i = start; i < stop && i < d.Count; i++)
            {
                var item = Py.NewRef(d[(int)i]);
                bool eq;
                try { eq = Py.RichCompareBool(item, a[0], CompareOp.Eq); }
                finally { Py.Decref(item); }
                if (eq) return PyInt.From(i);
                if (d.State != state) throw Mutated();
            }
            throw PyErr.ValueError($"{Py.ReprString(a[0])} is not in deque");
        }, "Return first index of value.\n\nRaises ValueError if the value is not present.");
        t.AddMethod("count", (PyObject self, PyObject x) =>
        {
            var d = D(self);
            long state = d.State;
            long count = 0;
            for (int i = 0; i < d.Count; i++)
            {
                var item = Py.NewRef(d[i]);
                bool eq;
                try { eq = Py.RichCompareBool(item, x, CompareOp.Eq); }
                finally { Py.Decref(item); }
                if (d.State != state) throw Mutated();
                if (eq) count++;
            }
            return PyInt.From(count);
        }, "Return number of occurrences of value.");
        t.AddMethod("remove", (PyObject self, PyObject x) =>
        {
            var d = D(self);
            long state = d.State;
            for (int i = 0; i < d.Count; i++)
            {
                var item = Py.NewRef(d[i]);
                bool eq;
                try { eq = Py.RichCompareBool(item, x, CompareOp.Eq); }
                finally { Py.Decref(item); }
                if (d.State != state) throw PyErr.IndexError("deque mutated during remove().");
                if (eq)
                {
                    Py.Decref(d.RemoveAt(i));
                    return PyNone.Instance;
                }
            }
            throw PyErr.ValueError($"{Py.ReprString(x)} is not in deque");
        }, "Remove first occurrence of value.");
        t.AddMethod("__reversed__", (PyObject self) => new DequeIter(ReverseIteratorType, D(self), true), "Return a reverse iterator over the deque.");
        t.AddMethod("__sizeof__", (PyObject self) => PyInt.From(64 + 8 * (long)D(self).Count), "Size of the deque in memory, in bytes.");
        t.AddMethod("__reduce__", (PyObject self) =>
        {
            var d = D(self);
            PyObject state = PyNone.Instance;
            var dict = d.GetInstanceDict(false);
            if (dict is not null && dict.Count > 0) state = dict.Copy();
            PyObject args = d.MaxLen < 0 ? PyTuple.Empty : PyTuple.Steal(new PyObject[] { PyTuple.Empty, PyInt.From(d.MaxLen) });
            var it = new DequeIter(IteratorType, d, false);
            return PyTuple.Steal(new PyObject[] { Py.NewRef(d.ob_type), args, state, it });
        }, "Return state information for pickling.");
        t.AddGetter("maxlen", o => D(o).MaxLen < 0 ? PyNone.Instance : PyInt.From(D(o).MaxLen));
        t.AddClassMethod(new MethodDef("__class_getitem__", (PyObject cls, PyObject arg) => PyGenericAlias.Create(cls, arg), "See PEP 585"));
    }

    /// <summary>A start/stop argument of index() (_PyEval_SliceIndexNotNone): clamped to the long range.</summary>
    static long SliceIndex(PyObject o)
    {
        if (o.ob_type.nb_index is null) throw PyErr.TypeError("slice indices must be integers or have an __index__ method");
        return Py.AsSsize(o, null);
    }
}
