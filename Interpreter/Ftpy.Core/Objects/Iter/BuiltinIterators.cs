using System.Numerics;
using Ftpy.Runtime;

namespace Ftpy.Objects;

/// <summary>enumerate, zip, map, filter and reversed: lazy iterators over other iterators
/// (bltinmodule.c / enumobject.c), with their pickling methods.</summary>
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

    static PyObject ClassGetItem(PyObject cls, PyObject arg) => PyGenericAlias.Create(cls, arg);

    sealed class EnumerateIter : PyIteratorBase
    {
        PyObject? _it;
        long _index;
        BigInteger? _bigIndex;

        public EnumerateIter(PyType t, PyObject it, BigInteger start) : base(t)
        {
            _it = it;
            if (start >= long.MinValue && start < long.MaxValue) _index = (long)start;
            else _bigIndex = start;
        }

        public override PyObject? Next()
        {
            if (_it is null) return null;
            var x = Py.IterNext(_it);
            if (x is null) return null;
            PyObject i;
            if (_bigIndex is null && _index < long.MaxValue) i = PyInt.From(_index++);
            else
            {
                var b = _bigIndex ?? _index;
                i = PyInt.From(b);
                _bigIndex = b + 1;
            }
            return PyTuple.Steal(new PyObject[] { i, x });
        }

        protected override PyObject Reduce()
        {
            PyObject index = _bigIndex is { } b ? PyInt.From(b) : PyInt.From(_index);
            return PyTuple.Steal(new PyObject[] { Py.NewRef(ob_type), PyTuple.Steal(new[] { Py.NewRef(_it ?? PyTuple.Empty), index }) });
        }

        protected internal override void ReleaseReferences() => Py.Clear(ref _it);
        protected internal override void Traverse(Action<PyObject> visit) { if (_it is not null) visit(_it); }
    }

    static readonly string[] s_enumerateNames = { "iterable", "start" };

    static void SetupEnumerate(PyType t)
    {
        t.Doc = "Return an enumerate object.\n\n  iterable\n    an object supporting iteration\n\n"
            + "The enumerate object yields pairs containing a count (from start, which\n"
            + "defaults to zero) and a value yielded by the iterable argument.\n\n"
            + "enumerate is useful for obtaining an indexed list:\n    (0, seq[0]), (1, seq[1]), (2, seq[2]), ...";
        t.tp_new = (type, args, kw) =>
        {
            int nkw = kw?.Count ?? 0;
            int npos = args.Length - nkw;
            if (npos > 2) throw PyErr.TypeError($"enumerate() takes at most 2 arguments ({args.Length} given)");
            PyObject? iterable = npos > 0 ? args[0] : null, start = npos > 1 ? args[1] : null;
            for (int i = 0; i < nkw; i++)
            {
                string k = ((PyStr)kw!.Items[i]).Value;
                var v = args[npos + i];
                if (k == "iterable" && iterable is null) iterable = v;
                else if (k == "start" && start is null) start = v;
                else if (k is "iterable" or "start")
                    throw PyErr.TypeError($"argument for enumerate() given by name ('{k}') and position ({Array.IndexOf(s_enumerateNames, k) + 1})");
                else throw PyErr.TypeError($"'{k}' is an invalid keyword argument for enumerate()");
            }
            if (iterable is null) throw PyErr.TypeError("enumerate() missing required argument 'iterable'");
            BigInteger s = BigInteger.Zero;
            if (start is not null)
            {
                if (start.ob_type.nb_index is null) throw PyErr.TypeError($"'{start.ob_type.ShortName}' object cannot be interpreted as an integer");
                s = Py.AsBigInteger(start);
            }
            return new EnumerateIter(type, Py.GetIter(iterable), s);
        };
        PyIteratorBase.SetupIterator(t);
        PyIteratorBase.AddReduce(t);
        t.AddClassMethod(new MethodDef("__class_getitem__", (PyObject cls, PyObject arg) => ClassGetItem(cls, arg), "See PEP 585"));
    }

    sealed class ZipIter : PyIteratorBase
    {
        readonly PyObject[] _its;
        bool _strict;

        public ZipIter(PyType t, PyObject[] its, bool strict) : base(t) { _its = its; _strict = strict; }

        public override PyObject? Next()
        {
            var its = _its;
            if (its.Length == 0) return null;
            var items = new PyObject[its.Length];
            for (int i = 0; i < its.Length; i++)
            {
                var x = Py.IterNext(its[i]);
                if (x is null)
                {
                    for (int k = 0; k < i; k++) Py.Decref(items[k]);
                    if (_strict) CheckStrict(its, i);
                    return null;
                }
                items[i] = x;
            }
            return PyTuple.Steal(items);
        }

        /// <summary>zip(strict=True): iterator <paramref name="exhausted"/> ended; every other one must end too.</summary>
        static void CheckStrict(PyObject[] its, int exhausted)
        {
            if (exhausted > 0)
            {
                string plural = exhausted == 1 ? " " : "s 1-";
                throw PyErr.ValueError($"zip() argument {exhausted + 1} is shorter than argument{plural}{exhausted}");
            }
            for (int i = 1; i < its.Length; i++)
            {
                var x = Py.IterNext(its[i]);
                if (x is not null)
                {
                    Py.Decref(x);
                    string plural = i == 1 ? " " : "s 1-";
                    throw PyErr.ValueError($"zip() argument {i + 1} is longer than argument{plural}{i}");
                }
            }
        }

        protected override PyObject Reduce()
        {
            var args = PyTuple.Create(_its);
            return _strict
                ? PyTuple.Steal(new PyObject[] { Py.NewRef(ob_type), args, PyBool.True })
                : PyTuple.Steal(new PyObject[] { Py.NewRef(ob_type), args });
        }

        protected override void SetState(PyObject state) => _strict = Py.IsTrue(state);

        protected internal override void ReleaseReferences()
        {
            for (int i = 0; i < _its.Length; i++)
            {
                var it = _its[i];
                _its[i] = null!;
                if (it is not null) Py.Decref(it);
            }
        }

        protected internal override void Traverse(Action<PyObject> visit)
        {
            foreach (var i in _its) if (i is not null) visit(i);
        }
    }

    static void SetupZip(PyType t)
    {
        t.Doc = "The zip object yields n-length tuples, where n is the number of iterables\n"
            + "passed as positional arguments to zip().  The i-th element in every tuple\n"
            + "comes from the i-th iterable argument to zip().  This continues until the\n"
            + "shortest argument is exhausted.\n\n"
            + "If strict is true and one of the arguments is exhausted before the others,\n"
            + "raise a ValueError.\n\n"
            + "   >>> list(zip('abcdefg', range(3), range(4)))\n   [('a', 0, 0), ('b', 1, 1), ('c', 2, 2)]";
        t.tp_new = (type, args, kw) =>
        {
            int nkw = kw?.Count ?? 0;
            bool strict = false;
            for (int i = 0; i < nkw; i++)
            {
                string name = ((PyStr)kw!.Items[i]).Value;
                if (name != "strict") throw ArgParser.UnexpectedKeyword("zip", name, new[] { "strict" });
                strict = Py.IsTrue(args[args.Length - nkw + i]);
            }
            int n = args.Length - nkw;
            var its = new PyObject[n];
            for (int i = 0; i < n; i++)
            {
                try { its[i] = Py.GetIter(args[i]); }
                catch
                {
                    for (int k = 0; k < i; k++) Py.Decref(its[k]);
                    throw;
                }
            }
            return new ZipIter(type, its, strict);
        };
        PyIteratorBase.SetupIterator(t);
        PyIteratorBase.AddReduce(t);
        PyIteratorBase.AddSetState(t);
    }

    sealed class MapIter : PyIteratorBase
    {
        PyObject? _func;
        readonly PyObject[] _its;

        public MapIter(PyType t, PyObject func, PyObject[] its) : base(t) { _func = Py.NewRef(func); _its = its; }

        public override PyObject? Next()
        {
            var its = _its;
            var args = its.Length <= 4 ? new PyObject[its.Length] : new PyObject[its.Length];
            for (int i = 0; i < its.Length; i++)
            {
                var x = Py.IterNext(its[i]);
                if (x is null)
                {
                    for (int k = 0; k < i; k++) Py.Decref(args[k]);
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

        protected override PyObject Reduce()
        {
            var items = new PyObject[_its.Length + 1];
            items[0] = Py.NewRef(_func!);
            for (int i = 0; i < _its.Length; i++) items[i + 1] = Py.NewRef(_its[i]);
            return PyTuple.Steal(new PyObject[] { Py.NewRef(ob_type), PyTuple.Steal(items) });
        }

        protected internal override void ReleaseReferences()
        {
            for (int i = 0; i < _its.Length; i++)
            {
                var it = _its[i];
                _its[i] = null!;
                if (it is not null) Py.Decref(it);
            }
            Py.Clear(ref _func);
        }

        protected internal override void Traverse(Action<PyObject> visit)
        {
            if (_func is not null) visit(_func);
            foreach (var i in _its) if (i is not null) visit(i);
        }
    }

    static void SetupMap(PyType t)
    {
        t.Doc = "Make an iterator that computes the function using arguments from\n"
            + "each of the iterables.  Stops when the shortest iterable is exhausted.";
        t.tp_new = (type, args, kw) =>
        {
            if (type == Map) ArgParser.NoKeywords("map", kw);
            int n = args.Length - (kw?.Count ?? 0);
            if (n < 2) throw PyErr.TypeError("map() must have at least two arguments.");
            var its = new PyObject[n - 1];
            for (int i = 1; i < n; i++)
            {
                try { its[i - 1] = Py.GetIter(args[i]); }
                catch
                {
                    for (int k = 0; k < i - 1; k++) Py.Decref(its[k]);
                    throw;
                }
            }
            return new MapIter(type, args[0], its);
        };
        PyIteratorBase.SetupIterator(t);
        PyIteratorBase.AddReduce(t);
    }

    sealed class FilterIter : PyIteratorBase
    {
        PyObject? _func;
        PyObject? _it;

        public FilterIter(PyType t, PyObject func, PyObject it) : base(t) { _func = Py.NewRef(func); _it = it; }

        public override PyObject? Next()
        {
            var it = _it!;
            bool plain = _func is PyNone || ReferenceEquals(_func, PyBool.Type);
            while (Py.IterNext(it) is { } x)
            {
                bool keep;
                try
                {
                    if (plain) keep = Py.IsTrue(x);
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
            return null;
        }

        protected override PyObject Reduce() =>
            PyTuple.Steal(new PyObject[] { Py.NewRef(ob_type), PyTuple.Create(_func!, _it!) });

        protected internal override void ReleaseReferences() { Py.Clear(ref _it); Py.Clear(ref _func); }

        protected internal override void Traverse(Action<PyObject> visit)
        {
            if (_func is not null) visit(_func);
            if (_it is not null) visit(_it);
        }
    }

    static void SetupFilter(PyType t)
    {
        t.Doc = "Return an iterator yielding those items of iterable for which function(item)\n"
            + "is true. If function is None, return the items that are true.";
        t.tp_new = (type, args, kw) =>
        {
            if (type == Filter) ArgParser.NoKeywords("filter", kw);
            int n = args.Length - (kw?.Count ?? 0);
            ArgParser.CheckPositional("filter", args[..n], 2, 2);
            return new FilterIter(type, args[0], Py.GetIter(args[1]));
        };
        PyIteratorBase.SetupIterator(t);
        PyIteratorBase.AddReduce(t);
    }

    sealed class ReversedIter : PyIteratorBase
    {
        PyObject? _seq;
        long _index;

        public ReversedIter(PyType t, PyObject seq, long n) : base(t) { _seq = Py.NewRef(seq); _index = n - 1; }

        public override PyObject? Next()
        {
            var seq = _seq;
            if (seq is null) return null;
            if (_index >= 0)
            {
                try
                {
                    var item = seq.ob_type.sq_item!(seq, _index);
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

        public override long LengthHint
        {
            get
            {
                if (_seq is null) return 0;
                long size = Py.Length(_seq);
                long position = _index + 1;
                return size < position ? 0 : position;
            }
        }

        protected override PyObject Reduce() => _seq is { } seq
            ? PyTuple.Steal(new PyObject[] { Py.NewRef(ob_type), PyTuple.Create(seq), PyInt.From(_index) })
            : PyTuple.Steal(new PyObject[] { Py.NewRef(ob_type), PyTuple.Create(PyTuple.Empty) });

        protected override void SetState(PyObject state)
        {
            long index = Py.AsSsizeT(state);
            if (_seq is null) return;
            long n = Py.Length(_seq);
            if (index < -1) index = -1;
            else if (index > n - 1) index = n - 1;
            _index = index;
        }

        protected internal override void ReleaseReferences() => Py.Clear(ref _seq);
        protected internal override void Traverse(Action<PyObject> visit) { if (_seq is not null) visit(_seq); }
    }

    static void SetupReversed(PyType t)
    {
        t.Doc = "Return a reverse iterator over the values of the given sequence.";
        t.tp_new = (type, args, kw) =>
        {
            if (type == Reversed) ArgParser.NoKeywords("reversed", kw);
            int npos = args.Length - (kw?.Count ?? 0);
            ArgParser.CheckPositional("reversed", args[..npos], 1, 1);
            var seq = args[0];
            var rev = seq.ob_type.Lookup("__reversed__");
            if (rev is PyNone) throw PyErr.TypeError($"'{seq.ob_type.ShortName}' object is not reversible");
            if (rev is not null) return Py.CallBoundDescriptor(rev, seq, default);
            if (seq.ob_type.sq_item is null || seq is PyDict)
                throw PyErr.TypeError($"'{seq.ob_type.ShortName}' object is not reversible");
            long n;
            if (seq.ob_type.sq_length is { } len) n = len(seq);
            else if (seq.ob_type.mp_length is not null) throw PyErr.TypeError($"{seq.ob_type.ShortName} is not a sequence");
            else throw PyErr.TypeError($"object of type '{seq.ob_type.ShortName}' has no len()");
            return new ReversedIter(type, seq, n);
        };
        PyIteratorBase.SetupIterator(t);
        PyIteratorBase.AddLengthHint(t);
        PyIteratorBase.AddReduce(t);
        PyIteratorBase.AddSetState(t);
    }
}
