using Ftpy.Objects;
using Ftpy.Runtime;

namespace Ftpy.Modules;

/// <summary>The iterators that select, join or transform items of other iterators.</summary>
public static partial class ItertoolsModule
{
    internal static readonly PyType AccumulateType = new("itertools.accumulate");
    internal static readonly PyType BatchedType = new("itertools.batched");
    internal static readonly PyType ChainType = new("itertools.chain");
    internal static readonly PyType CompressType = new("itertools.compress");
    internal static readonly PyType DropWhileType = new("itertools.dropwhile");
    internal static readonly PyType TakeWhileType = new("itertools.takewhile");
    internal static readonly PyType FilterFalseType = new("itertools.filterfalse");
    internal static readonly PyType ISliceType = new("itertools.islice");
    internal static readonly PyType PairwiseType = new("itertools.pairwise");
    internal static readonly PyType StarMapType = new("itertools.starmap");
    internal static readonly PyType ZipLongestType = new("itertools.zip_longest");

    // ---- accumulate ----

    sealed class AccumulateIter : PyIteratorBase
    {
        PyObject? _it, _func, _total, _initial;

        public AccumulateIter(PyType t, PyObject it, PyObject? func, PyObject? initial) : base(t)
        {
            _it = it;
            _func = Py.XNewRef(func);
            _initial = Py.XNewRef(initial);
        }

        public override PyObject? Next()
        {
            if (_initial is not null)
            {
                var init = _initial;
                _initial = null;
                Py.XSetRef(ref _total, Py.NewRef(init));
                return init;
            }
            if (_it is null) return null;
            var val = Py.IterNext(_it);
            if (val is null) { Py.Clear(ref _it); return null; }
            if (_total is null)
            {
                _total = Py.NewRef(val);
                return val;
            }
            PyObject newTotal;
            try
            {
                newTotal = _func is null ? Py.BinaryOp(_total, val, BinaryOp.Add) : Py.Call(_func, _total, val);
            }
            finally { Py.Decref(val); }
            Py.XSetRef(ref _total, Py.NewRef(newTotal));
            return newTotal;
        }

        protected internal override void ReleaseReferences() { Py.Clear(ref _it); Py.Clear(ref _func); Py.Clear(ref _total); Py.Clear(ref _initial); }
        protected internal override void Traverse(Action<PyObject> visit)
        {
            if (_it is not null) visit(_it);
            if (_func is not null) visit(_func);
            if (_total is not null) visit(_total);
            if (_initial is not null) visit(_initial);
        }
    }

    static void SetupAccumulate(PyType t)
    {
        t.Doc = "Return series of accumulated sums (or other binary function results).";
        t.tp_new = (type, args, kw) =>
        {
            Span<PyObject?> a = new PyObject?[3];
            ClinicArgs.Parse("accumulate", args, kw, new[] { "iterable", "func", "initial" }, 1, a, kwOnlyStart: 2);
            var it = Py.GetIter(a[0]!);
            var func = a[1] is PyNone ? null : a[1];
            var initial = a[2] is PyNone ? null : a[2];
            return new AccumulateIter(type, it, func, initial);
        };
        SetupIter(t);
    }

    // ---- batched ----

    sealed class BatchedIter : PyIteratorBase
    {
        PyObject? _it;
        readonly int _n;
        readonly bool _strict;

        public BatchedIter(PyType t, PyObject it, int n, bool strict) : base(t) { _it = it; _n = n; _strict = strict; }

        public override PyObject? Next()
        {
            var it = _it;
            if (it is null) return null;
            var items = new PyObject[_n];
            int i = 0;
            try
            {
                for (; i < _n; i++)
                {
                    var x = Py.IterNext(it);
                    if (x is null) break;
                    items[i] = x;
                }
            }
            catch
            {
                for (int k = 0; k < i; k++) Py.Decref(items[k]);
                Py.Clear(ref _it);
                throw;
            }
            if (i == _n) return PyTuple.Steal(items);
            Py.Clear(ref _it);
            if (i == 0) return null;
            if (_strict)
            {
                for (int k = 0; k < i; k++) Py.Decref(items[k]);
                throw PyErr.ValueError("batched(): incomplete batch");
            }
            Array.Resize(ref items, i);
            return PyTuple.Steal(items);
        }

        protected internal override void ReleaseReferences() => Py.Clear(ref _it);
        protected internal override void Traverse(Action<PyObject> visit) { if (_it is not null) visit(_it); }
    }

    static void SetupBatched(PyType t)
    {
        t.Doc = "Batch data into tuples of length n. The last batch may be shorter than n.";
        t.tp_new = (type, args, kw) =>
        {
            Span<PyObject?> a = new PyObject?[3];
            ClinicArgs.Parse("batched", args, kw, new[] { "iterable", "n", "strict" }, 2, a, kwOnlyStart: 2);
            long n = ClinicArgs.AsSsize(a[1]!);
            bool strict = a[2] is not null && Py.IsTrue(a[2]!);
            if (n < 1) throw PyErr.ValueError("n must be at least one");
            if (n > int.MaxValue) throw PyErr.MemoryError("");
            return new BatchedIter(type, Py.GetIter(a[0]!), (int)n, strict);
        };
        SetupIter(t);
    }

    // ---- chain ----

    sealed class ChainIter : PyIteratorBase
    {
        PyObject? _source, _active;

        public ChainIter(PyType t, PyObject source) : base(t) { _source = source; }

        public override PyObject? Next()
        {
            while (true)
            {
                if (_active is null)
                {
                    if (_source is null) return null;
                    var iterable = Py.IterNext(_source);
                    if (iterable is null) { Py.Clear(ref _source); return null; }
                    try { _active = Py.GetIter(iterable); }
                    catch { Py.Clear(ref _source); throw; }
                    finally { Py.Decref(iterable); }
                }
                var item = Py.IterNext(_active);
                if (item is not null) return item;
                Py.Clear(ref _active);
            }
        }

        protected internal override void ReleaseReferences() { Py.Clear(ref _source); Py.Clear(ref _active); }
        protected internal override void Traverse(Action<PyObject> visit)
        {
            if (_source is not null) visit(_source);
            if (_active is not null) visit(_active);
        }
    }

    static void SetupChain(PyType t)
    {
        t.Doc = "Return a chain object whose .__next__() method returns elements from the\nfirst iterable until it is exhausted, then elements from the next\niterable, until all of the iterables are exhausted.";
        t.tp_new = (type, args, kw) =>
        {
            NoKeywordsFor(ChainType, type, "chain", kw);
            var tuple = PyTuple.Create(ClinicArgs.Positional(args, kw));
            try { return new ChainIter(type, Py.GetIter(tuple)); }
            finally { Py.Decref(tuple); }
        };
        SetupIter(t);
        t.AddClassMethod(new MethodDef("from_iterable", (PyObject cls, PyObject iterable) =>
        {
            var source = Py.GetIter(iterable);
            return new ChainIter((PyType)cls, source);
        }, "Alternative chain() constructor taking a single iterable argument that evaluates lazily."));
        t.AddClassMethod(new MethodDef("__class_getitem__", (PyObject cls, PyObject arg) => PyGenericAlias.Create(cls, arg)));
    }

    // ---- compress ----

    sealed class CompressIter : PyIteratorBase
    {
        PyObject? _data, _selectors;

        public CompressIter(PyType t, PyObject data, PyObject selectors) : base(t) { _data = data; _selectors = selectors; }

        public override PyObject? Next()
        {
            if (_data is null || _selectors is null) return null;
            while (true)
            {
                var datum = Py.IterNext(_data);
                if (datum is null) { Done(); return null; }
                var selector = Py.IterNext(_selectors!);
                if (selector is null) { Py.Decref(datum); Done(); return null; }
                bool ok;
                try { ok = Py.IsTrue(selector); }
                catch { Py.Decref(datum); throw; }
                finally { Py.Decref(selector); }
                if (ok) return datum;
                Py.Decref(datum);
            }
        }

        void Done() { Py.Clear(ref _data); Py.Clear(ref _selectors); }
        protected internal override void ReleaseReferences() => Done();
        protected internal override void Traverse(Action<PyObject> visit)
        {
            if (_data is not null) visit(_data);
            if (_selectors is not null) visit(_selectors);
        }
    }

    static void SetupCompress(PyType t)
    {
        t.Doc = "Return data elements corresponding to true selector elements.";
        t.tp_new = (type, args, kw) =>
        {
            Span<PyObject?> a = new PyObject?[2];
            ClinicArgs.Parse("compress", args, kw, new[] { "data", "selectors" }, 2, a);
            var data = Py.GetIter(a[0]!);
            PyObject selectors;
            try { selectors = Py.GetIter(a[1]!); }
            catch { Py.Decref(data); throw; }
            return new CompressIter(type, data, selectors);
        };
        SetupIter(t);
    }

    // ---- dropwhile / takewhile / filterfalse ----

    static bool CallPredicate(PyObject predicate, PyObject item)
    {
        var r = Py.CallOneArg(predicate, item);
        try { return Py.IsTrue(r); }
        finally { Py.Decref(r); }
    }

    sealed class DropWhileIter : PyIteratorBase
    {
        PyObject? _func, _it;
        bool _started;

        public DropWhileIter(PyType t, PyObject func, PyObject it) : base(t) { _func = Py.NewRef(func); _it = it; }

        public override PyObject? Next()
        {
            if (_it is null) return null;
            while (true)
            {
                var item = Py.IterNext(_it);
                if (item is null) { Py.Clear(ref _it); return null; }
                if (_started) return item;
                bool ok;
                try { ok = CallPredicate(_func!, item); }
                catch { Py.Decref(item); throw; }
                if (!ok) { _started = true; return item; }
                Py.Decref(item);
            }
        }

        protected internal override void ReleaseReferences() { Py.Clear(ref _func); Py.Clear(ref _it); }
        protected internal override void Traverse(Action<PyObject> visit)
        {
            if (_func is not null) visit(_func);
            if (_it is not null) visit(_it);
        }
    }

    static void SetupDropWhile(PyType t)
    {
        t.Doc = "Drop items from the iterable while predicate(item) is true.\n\nAfterwards, return every element until the iterable is exhausted.";
        t.tp_new = (type, args, kw) =>
        {
            NoKeywordsFor(DropWhileType, type, "dropwhile", kw);
            var pos = ClinicArgs.Positional(args, kw);
            ArgParser.CheckPositional("dropwhile", pos, 2, 2);
            return new DropWhileIter(type, pos[0], Py.GetIter(pos[1]));
        };
        SetupIter(t);
    }

    sealed class TakeWhileIter : PyIteratorBase
    {
        PyObject? _func, _it;

        public TakeWhileIter(PyType t, PyObject func, PyObject it) : base(t) { _func = Py.NewRef(func); _it = it; }

        public override PyObject? Next()
        {
            if (_it is null) return null;
            var item = Py.IterNext(_it);
            if (item is null) { Py.Clear(ref _it); return null; }
            bool ok;
            try { ok = CallPredicate(_func!, item); }
            catch { Py.Decref(item); throw; }
            if (ok) return item;
            Py.Decref(item);
            Py.Clear(ref _it);
            return null;
        }

        protected internal override void ReleaseReferences() { Py.Clear(ref _func); Py.Clear(ref _it); }
        protected internal override void Traverse(Action<PyObject> visit)
        {
            if (_func is not null) visit(_func);
            if (_it is not null) visit(_it);
        }
    }

    static void SetupTakeWhile(PyType t)
    {
        t.Doc = "Return successive entries from an iterable as long as the predicate evaluates to true for each entry.";
        t.tp_new = (type, args, kw) =>
        {
            NoKeywordsFor(TakeWhileType, type, "takewhile", kw);
            var pos = ClinicArgs.Positional(args, kw);
            ArgParser.CheckPositional("takewhile", pos, 2, 2);
            return new TakeWhileIter(type, pos[0], Py.GetIter(pos[1]));
        };
        SetupIter(t);
    }

    sealed class FilterFalseIter : PyIteratorBase
    {
        PyObject? _func, _it;

        public FilterFalseIter(PyType t, PyObject func, PyObject it) : base(t) { _func = Py.NewRef(func); _it = it; }

        public override PyObject? Next()
        {
            if (_it is null) return null;
            while (true)
            {
                var item = Py.IterNext(_it);
                if (item is null) { Py.Clear(ref _it); return null; }
                bool ok;
                try
                {
                    ok = _func is PyNone || ReferenceEquals(_func, PyBool.Type) ? Py.IsTrue(item) : CallPredicate(_func!, item);
                }
                catch { Py.Decref(item); throw; }
                if (!ok) return item;
                Py.Decref(item);
            }
        }

        protected internal override void ReleaseReferences() { Py.Clear(ref _func); Py.Clear(ref _it); }
        protected internal override void Traverse(Action<PyObject> visit)
        {
            if (_func is not null) visit(_func);
            if (_it is not null) visit(_it);
        }
    }

    static void SetupFilterFalse(PyType t)
    {
        t.Doc = "Return those items of iterable for which function(item) is false.\n\nIf function is None, return the items that are false.";
        t.tp_new = (type, args, kw) =>
        {
            NoKeywordsFor(FilterFalseType, type, "filterfalse", kw);
            var pos = ClinicArgs.Positional(args, kw);
            ArgParser.CheckPositional("filterfalse", pos, 2, 2);
            return new FilterFalseIter(type, pos[0], Py.GetIter(pos[1]));
        };
        SetupIter(t);
    }

    // ---- islice ----

    sealed class ISliceIter : PyIteratorBase
    {
        PyObject? _it;
        long _next, _stop, _cnt;
        readonly long _step;

        public ISliceIter(PyType t, PyObject it, long start, long stop, long step) : base(t)
        {
            _it = it;
            _next = start;
            _stop = stop;
            _step = step;
        }

        public override PyObject? Next()
        {
            var it = _it;
            if (it is null) return null;
            while (_cnt < _next)
            {
                var skipped = Py.IterNext(it);
                if (skipped is null) { Py.Clear(ref _it); return null; }
                Py.Decref(skipped);
                _cnt++;
            }
            if (_stop != -1 && _cnt >= _stop) { Py.Clear(ref _it); return null; }
            var item = Py.IterNext(it);
            if (item is null) { Py.Clear(ref _it); return null; }
            _cnt++;
            long old = _next;
            _next += _step;
            if (_next < old || (_stop != -1 && _next > _stop)) _next = _stop;
            return item;
        }

        protected internal override void ReleaseReferences() => Py.Clear(ref _it);
        protected internal override void Traverse(Action<PyObject> visit) { if (_it is not null) visit(_it); }
    }

    /// <summary>An islice bound: None (the default) or a non-negative index; any other value is the given ValueError.</summary>
    static long ISliceArg(PyObject? o, long none, string message)
    {
        if (o is null || o is PyNone) return none;
        long v;
        try { v = Py.AsSsize(o, ExceptionTypes.OverflowError); }
        catch (PyException e) when (e.Matches(ExceptionTypes.TypeError) || e.Matches(ExceptionTypes.OverflowError))
        {
            e.Release();
            throw PyErr.ValueError(message);
        }
        if (v < 0) throw PyErr.ValueError(message);
        return v;
    }

    static void SetupISlice(PyType t)
    {
        t.Doc = "islice(iterable, stop) --> islice object\nislice(iterable, start, stop[, step]) --> islice object\n\nReturn an iterator whose next() method returns selected values from an\niterable.  If start is specified, will skip all preceding elements;\notherwise, start defaults to zero.  Step defaults to one.  If\nspecified as another value, step determines how many values are\nskipped between successive calls.  Works like a slice() on a list\nbut returns an iterator.";
        t.tp_new = (type, args, kw) =>
        {
            NoKeywordsFor(ISliceType, type, "islice", kw);
            var pos = ClinicArgs.Positional(args, kw);
            ArgParser.CheckPositional("islice", pos, 2, 4);
            const string stopMsg = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
            const string startMsg = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
            long start = 0, stop, step = 1;
            if (pos.Length == 2)
            {
                stop = ISliceArg(pos[1], -1, stopMsg);
            }
            else
            {
                start = ISliceArg(pos[1], 0, startMsg);
                stop = ISliceArg(pos[2], -1, stopMsg);
                if (pos.Length == 4)
                {
                    if (pos[3] is not PyNone)
                    {
                        long s;
                        try { s = Py.AsSsize(pos[3], ExceptionTypes.OverflowError); }
                        catch (PyException e) when (e.Matches(ExceptionTypes.TypeError) || e.Matches(ExceptionTypes.OverflowError))
                        {
                            e.Release();
                            s = -1;
                        }
                        if (s < 1) throw PyErr.ValueError("Step for islice() must be a positive integer or None.");
                        step = s;
                    }
                }
            }
            return new ISliceIter(type, Py.GetIter(pos[0]), start, stop, step);
        };
        SetupIter(t);
    }

    // ---- pairwise ----

    sealed class PairwiseIter : PyIteratorBase
    {
        PyObject? _it, _old;

        public PairwiseIter(PyType t, PyObject it) : base(t) { _it = it; }

        public override PyObject? Next()
        {
            var it = _it;
            if (it is null) return null;
            if (_old is null)
            {
                _old = Py.IterNext(it);
                if (_old is null) { Py.Clear(ref _it); return null; }
            }
            var old = Py.NewRef(_old);
            PyObject? nw;
            try { nw = Py.IterNext(it); }
            catch { Py.Decref(old); throw; }
            if (nw is null)
            {
                Py.Decref(old);
                Py.Clear(ref _it);
                Py.Clear(ref _old);
                return null;
            }
            Py.XSetRef(ref _old, Py.NewRef(nw));
            return PyTuple.Steal(new[] { old, nw });
        }

        protected internal override void ReleaseReferences() { Py.Clear(ref _it); Py.Clear(ref _old); }
        protected internal override void Traverse(Action<PyObject> visit)
        {
            if (_it is not null) visit(_it);
            if (_old is not null) visit(_old);
        }
    }

    static void SetupPairwise(PyType t)
    {
        t.Doc = "Return an iterator of overlapping pairs taken from the input iterator.\n\n    s -> (s0,s1), (s1,s2), (s2, s3), ...";
        t.tp_new = (type, args, kw) =>
        {
            NoKeywordsFor(PairwiseType, type, "pairwise", kw);
            var pos = ClinicArgs.Positional(args, kw);
            ArgParser.CheckPositional("pairwise", pos, 1, 1);
            return new PairwiseIter(type, Py.GetIter(pos[0]));
        };
        SetupIter(t);
    }

    // ---- starmap ----

    sealed class StarMapIter : PyIteratorBase
    {
        PyObject? _func, _it;

        public StarMapIter(PyType t, PyObject func, PyObject it) : base(t) { _func = Py.NewRef(func); _it = it; }

        public override PyObject? Next()
        {
            if (_it is null) return null;
            var args = Py.IterNext(_it);
            if (args is null) { Py.Clear(ref _it); return null; }
            try
            {
                if (args is PyTuple tuple && args.ob_type == PyTuple.Type) return Py.Call(_func!, tuple.Items);
                var items = Py.ToList(args);
                try { return Py.Call(_func!, items.ToArray()); }
                finally { foreach (var x in items) Py.Decref(x); }
            }
            finally { Py.Decref(args); }
        }

        protected internal override void ReleaseReferences() { Py.Clear(ref _func); Py.Clear(ref _it); }
        protected internal override void Traverse(Action<PyObject> visit)
        {
            if (_func is not null) visit(_func);
            if (_it is not null) visit(_it);
        }
    }

    static void SetupStarMap(PyType t)
    {
        t.Doc = "Return an iterator whose values are returned from the function evaluated with an argument tuple taken from the given sequence.";
        t.tp_new = (type, args, kw) =>
        {
            NoKeywordsFor(StarMapType, type, "starmap", kw);
            var pos = ClinicArgs.Positional(args, kw);
            ArgParser.CheckPositional("starmap", pos, 2, 2);
            return new StarMapIter(type, pos[0], Py.GetIter(pos[1]));
        };
        SetupIter(t);
    }

    // ---- zip_longest ----

    sealed class ZipLongestIter : PyIteratorBase
    {
        readonly PyObject?[] _its;
        PyObject? _fill;
        int _active;

        public ZipLongestIter(PyType t, PyObject?[] its, PyObject fill) : base(t)
        {
            _its = its;
            _fill = Py.NewRef(fill);
            _active = its.Length;
        }

        public override PyObject? Next()
        {
            int n = _its.Length;
            if (n == 0 || _active == 0) return null;
            var items = new PyObject[n];
            for (int i = 0; i < n; i++)
            {
                var it = _its[i];
                PyObject? item;
                if (it is null) item = Py.NewRef(_fill!);
                else
                {
                    try { item = Py.IterNext(it); }
                    catch
                    {
                        for (int k = 0; k < i; k++) Py.Decref(items[k]);
                        _active = 0;
                        throw;
                    }
                    if (item is null)
                    {
                        _active--;
                        if (_active == 0)
                        {
                            for (int k = 0; k < i; k++) Py.Decref(items[k]);
                            Release();
                            return null;
                        }
                        item = Py.NewRef(_fill!);
                        _its[i] = null;
                        Py.Decref(it);
                    }
                }
                items[i] = item;
            }
            return PyTuple.Steal(items);
        }

        void Release()
        {
            for (int i = 0; i < _its.Length; i++) Py.Clear(ref _its[i]);
        }

        protected internal override void ReleaseReferences() { Release(); Py.Clear(ref _fill); }
        protected internal override void Traverse(Action<PyObject> visit)
        {
            foreach (var it in _its) if (it is not null) visit(it);
            if (_fill is not null) visit(_fill);
        }
    }

    static void SetupZipLongest(PyType t)
    {
        t.Doc = "Return a zip_longest object whose .__next__() method returns a tuple where\nthe i-th element comes from the i-th iterable argument.";
        t.tp_new = (type, args, kw) =>
        {
            PyObject fill = PyNone.Instance;
            if (kw is not null && kw.Count > 0)
            {
                if (kw.Count != 1 || ((PyStr)kw.Items[0]).Value != "fillvalue")
                    throw PyErr.TypeError("zip_longest() got an unexpected keyword argument");
                fill = args[^1];
            }
            var pos = ClinicArgs.Positional(args, kw);
            var its = new PyObject?[pos.Length];
            for (int i = 0; i < pos.Length; i++)
            {
                try { its[i] = Py.GetIter(pos[i]); }
                catch
                {
                    for (int k = 0; k < i; k++) Py.Decref(its[k]!);
                    throw;
                }
            }
            return new ZipLongestIter(type, its, fill);
        };
        SetupIter(t);
    }
}
