using Ftpy.Objects;
using Ftpy.Runtime;

namespace Ftpy.Modules;

/// <summary>
/// functools._lru_cache_wrapper(user_function, maxsize, typed, cache_info_type): the callable
/// lru_cache returns. Keys are made as CPython makes them (a lone int or str argument is its own
/// key; otherwise a tuple of the arguments, a keyword marker and the keyword items, plus the
/// argument types when typed). With a bound, the cache maps keys to links kept in a list in
/// recency order, the first being the least recently used.
/// </summary>
public sealed class LruCacheWrapper : PyObject
{
    public static readonly PyType Type = new("functools._lru_cache_wrapper", TypeFlags.HasInstanceDict | TypeFlags.HasWeakrefs);

    /// <summary>Separates positional arguments from keyword items in a key (a process-wide singleton).</summary>
    static readonly PyObject s_kwdMark = MakeMark();

    static PyObject MakeMark()
    {
        var o = new PyInstance(PyBaseObject.Type);
        Py.SetImmortal(o);
        return o;
    }

    sealed class Link : PyObject
    {
        public readonly LinkedListNode<Link> Node;
        public PyObject? Key, Result;

        public Link() : base(PyBaseObject.Type) { Node = new LinkedListNode<Link>(this); }

        protected internal override void ReleaseReferences() { Py.Clear(ref Key); Py.Clear(ref Result); }
    }

    PyObject? _func;
    PyObject? _cacheInfoType;
    readonly long _maxSize;
    readonly bool _typed;
    PyDict? _cache;
    readonly LinkedList<Link> _order = new();
    long _hits, _misses;
    PyDict? _dict;

    LruCacheWrapper(PyType t, PyObject func, long maxSize, bool typed, PyObject cacheInfoType) : base(t)
    {
        _func = Py.NewRef(func);
        _maxSize = maxSize;
        _typed = typed;
        _cacheInfoType = Py.NewRef(cacheInfoType);
        _cache = new PyDict();
        GcRegistry.Track(this);
    }

    protected internal override bool IsGcContainer => true;

    internal override PyDict? GetInstanceDict(bool create)
    {
        if (_dict is null && create) _dict = new PyDict();
        return _dict;
    }

    internal override bool SetInstanceDict(PyDict dict)
    {
        Py.Incref(dict);
        Py.XSetRef(ref _dict, dict);
        return true;
    }

    PyObject MakeKey(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        int nkw = kwnames?.Count ?? 0;
        int npos = args.Length - nkw;
        if (!_typed && nkw == 0)
        {
            if (npos == 1)
            {
                var k = args[0];
                if (k.ob_type == PyStr.Type || k.ob_type == PyInt.Type) return Py.NewRef(k);
            }
            return PyTuple.Create(args);
        }
        int size = npos + (nkw > 0 ? 1 + 2 * nkw : 0) + (_typed ? npos + nkw : 0);
        var items = new PyObject[size];
        int n = 0;
        for (int i = 0; i < npos; i++) items[n++] = Py.NewRef(args[i]);
        if (nkw > 0)
        {
            items[n++] = s_kwdMark;
            for (int i = 0; i < nkw; i++)
            {
                items[n++] = Py.NewRef(kwnames!.Items[i]);
                items[n++] = Py.NewRef(args[npos + i]);
            }
        }
        if (_typed)
        {
            for (int i = 0; i < npos; i++) items[n++] = Py.NewRef(args[i].ob_type);
            for (int i = 0; i < nkw; i++) items[n++] = Py.NewRef(args[npos + i].ob_type);
        }
        return PyTuple.Steal(items);
    }

    PyObject CallUncached(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        _misses++;
        return Py.Call(_func!, args, kwnames);
    }

    PyObject CallUnbounded(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var key = MakeKey(args, kwnames);
        try
        {
            long hash = Py.Hash(key);
            var cache = _cache!;
            var hit = cache.GetItemBorrowed(key);
            if (hit is not null)
            {
                _hits++;
                return Py.NewRef(hit);
            }
            _misses++;
            var result = Py.Call(_func!, args, kwnames);
            try { cache.SetItemKnownHash(key, hash, result); }
            catch { Py.Decref(result); throw; }
            return result;
        }
        finally { Py.Decref(key); }
    }

    PyObject CallBounded(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var key = MakeKey(args, kwnames);
        try
        {
            long hash = Py.Hash(key);
            var cache = _cache!;
            if (cache.GetItemBorrowed(key) is Link hit)
            {
                _order.Remove(hit.Node);
                _order.AddLast(hit.Node);
                _hits++;
                return Py.NewRef(hit.Result!);
            }
            _misses++;
            var result = Py.Call(_func!, args, kwnames);
            // The call may have cached this key itself (recursion) or cleared the cache.
            if (cache.GetItemBorrowed(key) is not null || _cache is null) return result;
            Link link;
            if (cache.Count < _maxSize || _order.Count == 0)
            {
                link = new Link { Key = Py.NewRef(key), Result = Py.NewRef(result) };
            }
            else
            {
                // Reuse the least recently used link; taking it out of the cache hands us the cache's reference.
                link = _order.First!.Value;
                _order.RemoveFirst();
                var oldKey = link.Key!;
                var oldResult = link.Result!;
                link.Key = Py.NewRef(key);
                link.Result = Py.NewRef(result);
                cache.Pop(oldKey);
                Py.Decref(oldKey);
                Py.Decref(oldResult);
            }
            cache.SetItemKnownHash(key, hash, link);
            Py.Decref(link);
            _order.AddLast(link.Node);
            return result;
        }
        finally { Py.Decref(key); }
    }

    void Clear()
    {
        var cache = _cache;
        if (cache is null) return;
        _order.Clear();
        _hits = _misses = 0;
        cache.Clear();
    }

    protected internal override void ReleaseReferences()
    {
        Clear();
        Py.Clear(ref _cache);
        Py.Clear(ref _func);
        Py.Clear(ref _cacheInfoType);
        Py.Clear(ref _dict);
    }

    protected internal override void Traverse(Action<PyObject> visit)
    {
        if (_func is not null) visit(_func);
        if (_cacheInfoType is not null) visit(_cacheInfoType);
        if (_cache is not null) visit(_cache);
        if (_dict is not null) visit(_dict);
        foreach (var l in _order)
        {
            if (l.Key is not null) visit(l.Key);
            if (l.Result is not null) visit(l.Result);
        }
    }

    internal static void Setup(PyType t)
    {
        t.Doc = "Create a cached callable that wraps another function.\n\nuser_function:      the function being cached\n\nmaxsize:  0         for no caching\n          None      for unlimited cache size\n          n         for a bounded cache\n\ntyped:    False     cache f(3) and f(3.0) as identical calls\n          True      cache f(3) and f(3.0) as distinct calls\n\ncache_info_type:    namedtuple class with the fields:\n                        hits misses currsize maxsize\n";
        t.tp_new = (type, args, kw) =>
        {
            Span<PyObject?> a = new PyObject?[4];
            ClinicArgs.Parse("_lru_cache_wrapper", args, kw, new[] { "user_function", "maxsize", "typed", "cache_info_type" }, 4, a);
            var func = a[0]!;
            if (func.ob_type.tp_call is null) throw PyErr.TypeError("the first argument must be callable");
            long maxSize;
            if (a[1] is PyNone) maxSize = -1;
            else if (a[1]!.ob_type.nb_index is not null)
            {
                maxSize = Py.AsSsize(a[1]!, ExceptionTypes.OverflowError);
                if (maxSize < 0) maxSize = 0;
            }
            else throw PyErr.TypeError("maxsize should be integer or None");
            return new LruCacheWrapper(type, func, maxSize, Py.IsTrue(a[2]!), a[3]!);
        };
        t.tp_call = (self, args, kw) =>
        {
            var w = (LruCacheWrapper)self;
            if (w._maxSize == 0) return w.CallUncached(args, kw);
            return w._maxSize < 0 ? w.CallUnbounded(args, kw) : w.CallBounded(args, kw);
        };
        t.tp_descr_get = (self, obj, type) => obj is null || obj is PyNone ? Py.NewRef(self) : new PyMethod(self, obj);
        t.AddMethod("cache_info", (PyObject self) =>
        {
            var w = (LruCacheWrapper)self;
            var maxsize = w._maxSize < 0 ? (PyObject)PyNone.Instance : PyInt.From(w._maxSize);
            var items = new PyObject[] { PyInt.From(w._hits), PyInt.From(w._misses), maxsize, PyInt.From(w._cache?.Count ?? 0) };
            try { return Py.Call(w._cacheInfoType!, items); }
            finally { foreach (var x in items) Py.Decref(x); }
        }, "Report cache statistics");
        t.AddMethod("cache_clear", (PyObject self) => { ((LruCacheWrapper)self).Clear(); return PyNone.Instance; }, "Clear the cache and cache statistics");
        t.AddMethod("__reduce__", (PyObject self) => Py.GetAttr(self, "__qualname__"));
        t.AddMethod("__copy__", (PyObject self) => Py.NewRef(self));
        t.AddMethod("__deepcopy__", (PyObject self, PyObject memo) => Py.NewRef(self));
        t.AddGetSet("__dict__", o => Py.NewRef(o.GetInstanceDict(true)!), (o, v) =>
        {
            if (v is null) throw PyErr.TypeError("cannot delete __dict__");
            if (v is not PyDict d) throw PyErr.TypeError($"__dict__ must be set to a dictionary, not a '{v.ob_type.ShortName}'");
            o.SetInstanceDict(d);
        });
    }
}
