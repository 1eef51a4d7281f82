using Ftpy.Runtime;

namespace Ftpy.Objects;

/// <summary>enumerate, zip, map, filter and reversed: lazy iterators over other iterators.</summary>
public static class BuiltinIterators
{
    public static readonly PyType Enumerate = new("enumerate");
    public static readonly PyType Zip = new("zip");
    public static readonly PyType Map = new("map");
    public static readonly PyType Filter = new("filter");
    public static readonly PyType Reversed = new("reversed");

    public static IEnumerable<(PyType, Action<PyType>)> Types => new (PyType, Action<PyType>)[]
    {
        (Enumerate, SetupEnumerate), (Zip, SetupZip), (Map, SetupMap), (Filter, SetupFilter), (Reversed, SetupReversed),
    };

    sealed class EnumerateIter : PyIteratorBase
    {
        PyObject? _it;
        System.Numerics.BigInteger _index;
        public EnumerateIter(PyType t, PyObject it, System.Numerics.BigInteger start) : base(t) { _it = it; _index = start; }
        public override PyObject? Next()
        {
            if (_it is null) return null;
            var x = Py.IterNext(_it);
            if (x is null) { Py.Clear(ref _it); return null; }
            var i = PyInt.From(_index);
            _index++;
            return PyTuple.Steal(new PyObject[] { i, x });
        }
        protected internal override void ReleaseReferences() => Py.Clear(ref _it);
        protected internal override void Traverse(Action<PyObject> visit) { if (_it is not null) visit(_it); }
    }

    static void SetupEnumerate(PyType t)
    {
        t.Doc = "Return an enumerate object.";
        t.tp_new = (type, args, kw) =>
        {
            Span<PyObject?> a = new PyObject?[2];
            ArgParser.Parse("enumerate", args, kw, new[] { "iterable", "start" }, 1, a);
            var start = a[1] is null ? System.Numerics.BigInteger.Zero : Py.AsBigInteger(a[1]!);
            return new EnumerateIter(type, Py.GetIter(a[0]!), start);
        };
        PyIteratorBase.SetupIterator(t);
        t.AddClassMethod(new MethodDef("__class_getitem__", (PyObject cls, PyObject arg) => PyGenericAlias.Create(cls, arg)));
    }

    sealed class ZipIter : PyIteratorBase
    {
        PyObject[]? _its;
        readonly bool _strict;
        public ZipIter(PyType t, PyObject[] its, bool strict) : base(t) { _its = its; _strict = strict; }
        public override PyObject? Next()
        {
            var its = _its;
            if (its is null || its.Length == 0) return null;
            var items = new PyObject[its.Length];
            for (int i = 0; i < its.Length; i++)
            {
                var x = Py.IterNext(its[i]);
                if (x is null)
                {
                    for (int k = 0; k < i; k++) Py.Decref(items[k]);
                    if (_strict) CheckStrict(its, i);
                    Release();
                    return null;
                }
                items[i] = x;
            }
            return PyTuple.Steal(items);
        }
        static void CheckStrict(PyObject[] its, int exhausted)
        {
            if (exhausted > 0)
            {
                string which = exhausted == 1 ? "argument 2 is shorter than argument 1" : $"argument {exhausted + 1} is shorter than arguments 1-{exhausted}";
                throw PyErr.ValueError($"zip() {which}");
            }
            for (int i = 1; i < its.Length; i++)
            {
                var x = Py.IterNext(its[i]);
                if (x is not null)
                {
                    Py.Decref(x);
                    string which = i == 1 ? "argument 2 is longer than argument 1" : $"argument {i + 1} is longer than arguments 1-{i}";
                    throw PyErr.ValueError($"zip() {which}");
                }
            }
        }
        void Release()
        {
            var its = _its;
            _its = null;
            if (its is not null) foreach (var i in its) Py.Decref(i);
        }
        protected internal override void ReleaseReferences() => Release();
        protected internal override void Traverse(Action<PyObject> visit) { if (_its is not null) foreach (var i in _its) visit(i); }
    }

    static void SetupZip(PyType t)
    {
        t.tp_new = (type, args, kw) =>
        {
            int nkw = kw?.Count ?? 0;
            bool strict = false;
            for (int i = 0; i < nkw; i++)
            {
                string name = ((PyStr)kw!.Items[i]).Value;
                if (name != "strict") throw PyErr.TypeError($"zip() got an unexpected keyword argument '{name}'");
                strict = Py.IsTrue(args[args.Length - nkw + i]);
            }
            int n = args.Length - nkw;
            var its = new PyObject[n];
            for (int i = 0; i < n; i++)
            {
                try { its[i] = Py.GetIter(args[i]); }
                catch (PyException e) when (e.Matches(ExceptionTypes.TypeError))
                {
                    for (int k = 0; k < i; k++) Py.Decref(its[k]);
                    e.Release();
                    throw PyErr.TypeError($"'{args[i].ob_type.ShortName}' object is not iterable");
                }
            }
            return new ZipIter(type, its, strict);
        };
        PyIteratorBase.SetupIterator(t);
    }

    sealed class MapIter : PyIteratorBase
    {
        PyObject? _func;
        PyObject[]? _its;
        public MapIter(PyType t, PyObject func, PyObject[] its) : base(t) { _func = Py.NewRef(func); _its = its; }
        public override PyObject? Next()
        {
            var its = _its;
            if (its is null) return null;
            var args = new PyObject[its.Length];
            for (int i = 0; i < its.Length; i++)
            {
                var x = Py.IterNext(its[i]);
                if (x is null)
                {
                    for (int k = 0; k < i; k++) Py.Decref(args[k]);
                    Release();
                    return null;
                }
                args[i] = x;
            }
            try { return Py.Call(_func!, args); }
            catch (PyException e) when (e.Matches(ExceptionTypes.StopIteration))
            {
                // A StopIteration raised by the function ends the iteration (CPython's
                // consumers treat it as exhaustion of map_next).
                e.Release();
                return null;
            }
            finally { foreach (var a in args) Py.Decref(a); }
        }
        void Release()
        {
            var its = _its;
            _its = null;
            if (its is not null) foreach (var i in its) Py.Decref(i);
            Py.Clear(ref _func);
        }
        protected internal override void ReleaseReferences() => Release();
        protected internal override void Traverse(Action<PyObject> visit)
        {
            if (_func is not null) visit(_func);
            if (_its is not null) foreach (var i in _its) visit(i);
        }
    }

    static void SetupMap(PyType t)
    {
        t.tp_new = (type, args, kw) =>
        {
            if (type == Map) ArgParser.NoKeywords("map", kw);
            if (args.Length < 2) throw PyErr.TypeError("map() must have at least two arguments.");
            var its = new PyObject[args.Length - 1];
            for (int i = 1; i < args.Length; i++) its[i - 1] = Py.GetIter(args[i]);
            return new MapIter(type, args[0], its);
        };
        PyIteratorBase.SetupIterator(t);
    }

    sealed class FilterIter : PyIteratorBase
    {
        PyObject? _func;
        PyObject? _it;
        public FilterIter(PyType t, PyObject func, PyObject it) : base(t) { _func = Py.NewRef(func); _it = it; }
        public override PyObject? Next()
        {
            if (_it is null) return null;
            while (Py.IterNext(_it) is { } x)
            {
                bool keep;
                try
                {
                    if (_func is PyNone || _func is PyBool && false) keep = Py.IsTrue(x);
                    else if (ReferenceEquals(_func, PyBool.Type)) keep = Py.IsTrue(x);
                    else
                    {
                        var r = Py.CallOneArg(_func!, x);
                        try { keep = Py.IsTrue(r); }
                        finally { Py.Decref(r); }
                    }
                }
                catch { Py.Decref(x); throw; }
                if (keep) return x;
                Py.Decref(x);
            }
            Py.Clear(ref _it);
            Py.Clear(ref _func);
            return null;
        }
        protected internal override void ReleaseReferences() { Py.Clear(ref _it); Py.Clear(ref _func); }
        protected internal override void Traverse(Action<PyObject> visit)
        {
            if (_func is not null) visit(_func);
            if (_it is not null) visit(_it);
        }
    }

    static void SetupFilter(PyType t)
    {
        t.tp_new = (type, args, kw) =>
        {
            if (type == Filter) ArgParser.NoKeywords("filter", kw);
            ArgParser.CheckPositional("filter", args, 2, 2);
            return new FilterIter(type, args[0], Py.GetIter(args[1]));
        };
        PyIteratorBase.SetupIterator(t);
    }

    sealed class ReversedIter : PyIteratorBase
    {
        PyObject? _seq;
        long _index;
        public ReversedIter(PyType t, PyObject seq, long n) : base(t) { _seq = Py.NewRef(seq); _index = n - 1; }
        public override PyObject? Next()
        {
            if (_seq is null) return null;
            if (_index >= 0)
            {
                try
                {
                    var item = _seq.ob_type.sq_item!(_seq, _index);
                    _index--;
                    return item;
                }
                catch (PyException e) when (e.Matches(ExceptionTypes.IndexError) || e.Matches(ExceptionTypes.StopIteration))
                {
                    e.Release();
                }
            }
            _index = -1;
            Py.Clear(ref _seq);
            return null;
        }
        public override long LengthHint => _seq is null ? 0 : _index + 1;
        protected internal override void ReleaseReferences() => Py.Clear(ref _seq);
        protected internal override void Traverse(Action<PyObject> visit) { if (_seq is not null) visit(_seq); }
    }

    static void SetupReversed(PyType t)
    {
        t.tp_new = (type, args, kw) =>
        {
            if (type == Reversed) ArgParser.NoKeywords("reversed", kw);
            ArgParser.CheckPositional("reversed", args, 1, 1);
            var seq = args[0];
            var rev = seq.ob_type.Lookup("__reversed__");
            if (rev is PyNone) throw PyErr.TypeError($"'{seq.ob_type.ShortName}' object is not reversible");
            if (rev is not null) return Py.CallBoundDescriptor(rev, seq, default);
            if (seq.ob_type.sq_item is null || seq is PyDict || (seq.ob_type.sq_length ?? seq.ob_type.mp_length) is null)
                throw PyErr.TypeError($"'{seq.ob_type.ShortName}' object is not reversible");
            long n = Py.Length(seq);
            return new ReversedIter(type, seq, n);
        };
        PyIteratorBase.SetupIterator(t);
    }
}
