using Ftpy.Objects;
using Ftpy.Runtime;

namespace Ftpy.Modules;

/// <summary>
/// _abc: the machinery behind abc.ABCMeta — computing __abstractmethods__, the registry of
/// virtual subclasses, and the positive/negative caches of issubclass answers.
/// Each ABC keeps an <see cref="AbcData"/> in its _abc_impl attribute. The sets hold classes by
/// identity without owning them (CPython keeps weak references); an entry whose class has died
/// is skipped and pruned. Sets are replaced copy-on-write, so readers need no lock.
/// </summary>
public static class AbcModule
{
    public static readonly PyType DataType = new("_abc._abc_data", TypeFlags.None);

    /// <summary>Bumped by every register(): negative caches older than it are stale.</summary>
    static long s_invalidationCounter;

    static readonly PyStr s_abcImpl = PyStr.Intern("_abc_impl");
    static readonly PyStr s_abstractMethods = PyStr.Intern("__abstractmethods__");
    static readonly PyStr s_isAbstract = PyStr.Intern("__isabstractmethod__");
    static readonly PyStr s_subclassHook = PyStr.Intern("__subclasshook__");
    static readonly PyStr s_subclassCheck = PyStr.Intern("__subclasscheck__");
    static readonly PyStr s_class = PyStr.Intern("__class__");
    static readonly PyStr s_tpflags = PyStr.Intern("__abc_tpflags__");

    /// <summary>An identity set of classes, replaced (never mutated) on change.</summary>
    sealed class ClassSet
    {
        public static readonly ClassSet Empty = new(Array.Empty<PyObject>());
        public readonly PyObject[] Items;
        ClassSet(PyObject[] items) { Items = items; }

        public bool Contains(PyObject o)
        {
            foreach (var x in Items) if (ReferenceEquals(x, o)) return true;
            return false;
        }

        public ClassSet With(PyObject o)
        {
            var live = Items.Where(x => !x.IsFreed).ToList();
            if (!live.Any(x => ReferenceEquals(x, o))) live.Add(o);
            return new ClassSet(live.ToArray());
        }
    }

    sealed class AbcData : PyObject
    {
        public ClassSet Registry = ClassSet.Empty, Cache = ClassSet.Empty, NegativeCache = ClassSet.Empty;
        public long NegativeCacheVersion;

        public AbcData() : base(DataType) { NegativeCacheVersion = Interlocked.Read(ref s_invalidationCounter); }

        public static void Add(ref ClassSet set, PyObject o)
        {
            while (true)
            {
                var old = Volatile.Read(ref set);
                if (old.Contains(o)) return;
                if (Interlocked.CompareExchange(ref set, old.With(o), old) == old) return;
            }
        }
    }

    public static PyModule Create(InterpreterState interp)
    {
        TypeSystem.ReadyStatic(DataType, null, t => { t.tp_new = null; });
        var m = new PyModule("_abc");
        m.Dict.SetItem("__doc__", PyStr.From("Module contains faster C implementation of abc.ABCMeta"));
        m.AddFunction(new MethodDef("get_cache_token", (PyObject self) => PyInt.From(Interlocked.Read(ref s_invalidationCounter)),
            "Returns the current ABC cache token.\n\nThe token is an opaque object (supporting equality testing) identifying the\ncurrent version of the ABC cache for virtual subclasses. The token changes\nwith every call to register() on any ABC."));
        m.AddFunction(new MethodDef("_abc_init", (PyObject self, PyObject cls) => { Init(cls); return PyNone.Instance; }, "Internal ABC helper for class set-up. Should be never used outside abc module."));
        m.AddFunction(new MethodDef("_abc_register", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            ArgParser.CheckPositional("_abc_register", a, 2, 2);
            return Register(a[0], a[1]);
        }, "Internal ABC helper for subclasss registration. Should be never used outside abc module."));
        m.AddFunction(new MethodDef("_abc_instancecheck", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            ArgParser.CheckPositional("_abc_instancecheck", a, 2, 2);
            return InstanceCheck(a[0], a[1]);
        }, "Internal ABC helper for instance checks. Should be never used outside abc module."));
        m.AddFunction(new MethodDef("_abc_subclasscheck", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            ArgParser.CheckPositional("_abc_subclasscheck", a, 2, 2);
            return PyBool.From(SubclassCheck(a[0], a[1]));
        }, "Internal ABC helper for subclasss checks. Should be never used outside abc module."));
        m.AddFunction(new MethodDef("_get_dump", (PyObject self, PyObject cls) =>
        {
            var d = GetImpl(cls);
            return PyTuple.Steal(new PyObject[] { WeakSet(d.Registry), WeakSet(d.Cache), WeakSet(d.NegativeCache), PyInt.From(d.NegativeCacheVersion) });
        }, "Internal ABC helper for cache and registry debugging.\n\nReturn shallow copies of registry, of both caches, and\nnegative cache version. Don't call this function directly,\ninstead use ABC._dump_registry() for a nice repr."));
        m.AddFunction(new MethodDef("_reset_registry", (PyObject self, PyObject cls) =>
        {
            GetImpl(cls).Registry = ClassSet.Empty;
            return PyNone.Instance;
        }, "Internal ABC helper to reset registry of a given class.\n\nShould be only used by refleak.py"));
        m.AddFunction(new MethodDef("_reset_caches", (PyObject self, PyObject cls) =>
        {
            var d = GetImpl(cls);
            d.Cache = ClassSet.Empty;
            d.NegativeCache = ClassSet.Empty;
            return PyNone.Instance;
        }, "Internal ABC helper to reset both caches of a given class.\n\nShould be only used by refleak.py"));
        return m;
    }

    static PyObject WeakSet(ClassSet s)
    {
        var set = new PySet();
        foreach (var x in s.Items)
        {
            if (x.IsFreed) continue;
            var r = PyWeakref.NewRef(PyWeakref.Type, x, null);
            try { set.Add(r); }
            finally { Py.Decref(r); }
        }
        return set;
    }

    static AbcData GetImpl(PyObject cls)
    {
        var impl = Py.LookupAttr(cls, s_abcImpl);
        if (impl is AbcData d)
        {
            Py.Decref(impl);
            return d;
        }
        if (impl is not null) Py.Decref(impl);
        throw PyErr.TypeError("_abc_impl is set to a wrong type");
    }

    static bool IsAbstract(PyObject o)
    {
        var v = Py.LookupAttr(o, s_isAbstract);
        if (v is null) return false;
        try { return Py.IsTrue(v); }
        finally { Py.Decref(v); }
    }

    /// <summary>Sets cls.__abstractmethods__ from its namespace and its bases' abstract names.</summary>
    static void ComputeAbstractMethods(PyObject cls)
    {
        var abstracts = new PySet();
        try
        {
            var ns = Py.GetAttr(cls, "__dict__");
            try
            {
                var items = Py.CallMethod(ns, "items");
                try
                {
                    foreach (var pair in Py.Iterate(items))
                    {
                        try
                        {
                            if (pair is not PyTuple t || t.Count != 2) throw PyErr.TypeError("items() returned item which is not a 2-tuple");
                            if (IsAbstract(t.Items[1])) abstracts.Add(t.Items[0]);
                        }
                        finally { Py.Decref(pair); }
                    }
                }
                finally { Py.Decref(items); }
            }
            finally { Py.Decref(ns); }
            var bases = Py.GetAttr(cls, "__bases__");
            try
            {
                if (bases is not PyTuple bt) throw PyErr.TypeError("__bases__ is not tuple");
                foreach (var b in bt.Items)
                {
                    var baseAbstracts = Py.LookupAttr(b, s_abstractMethods);
                    if (baseAbstracts is null) continue;
                    try
                    {
                        foreach (var key in Py.Iterate(baseAbstracts))
                        {
                            try
                            {
                                if (key is not PyStr ks) continue;
                                var value = Py.LookupAttr(cls, ks);
                                if (value is null) continue;
                                try { if (IsAbstract(value)) abstracts.Add(key); }
                                finally { Py.Decref(value); }
                            }
                            finally { Py.Decref(key); }
                        }
                    }
                    finally { Py.Decref(baseAbstracts); }
                }
            }
            finally { Py.Decref(bases); }
            var frozen = PyFrozenSet.FromSet(abstracts);
            try { Py.SetAttr(cls, s_abstractMethods, frozen); }
            finally { Py.Decref(frozen); }
        }
        finally { Py.Decref(abstracts); }
    }

    static void Init(PyObject cls)
    {
        ComputeAbstractMethods(cls);
        var data = new AbcData();
        try { Py.SetAttr(cls, s_abcImpl, data); }
        finally { Py.Decref(data); }
        if (cls is PyType t && t.Dict.GetItemBorrowed(s_tpflags) is { } flags)
        {
            // Collection flags for pattern matching are not modelled; the marker is consumed as CPython does.
            if (flags is not PyInt) throw PyErr.TypeError("__abc_tpflags__ must be an int");
            t.Dict.DelItem(s_tpflags);
            t.Modified();
        }
    }

    static PyObject Register(PyObject cls, PyObject subclass)
    {
        if (subclass is not PyType) throw PyErr.TypeError("Can only register classes");
        if (Py.IsSubclass(subclass, cls)) return Py.NewRef(subclass);
        if (Py.IsSubclass(cls, subclass)) throw PyErr.RuntimeError("Refusing to create an inheritance cycle");
        var impl = GetImpl(cls);
        AbcData.Add(ref impl.Registry, subclass);
        Interlocked.Increment(ref s_invalidationCounter);
        return Py.NewRef(subclass);
    }

    static PyObject CallSubclassCheck(PyObject cls, PyObject sub)
    {
        var m = Py.GetAttr(cls, s_subclassCheck);
        try { return Py.CallOneArg(m, sub); }
        finally { Py.Decref(m); }
    }

    static PyObject InstanceCheck(PyObject cls, PyObject instance)
    {
        var impl = GetImpl(cls);
        var subclass = Py.GetAttr(instance, s_class);
        try
        {
            if (impl.Cache.Contains(subclass)) return PyBool.True;
            var subtype = instance.ob_type;
            if (ReferenceEquals(subtype, subclass))
            {
                if (impl.NegativeCacheVersion == Interlocked.Read(ref s_invalidationCounter) && impl.NegativeCache.Contains(subclass))
                    return PyBool.False;
                return CallSubclassCheck(cls, subclass);
            }
            var result = CallSubclassCheck(cls, subclass);
            bool ok;
            try { ok = Py.IsTrue(result); }
            catch { Py.Decref(result); throw; }
            if (ok) return result;
            Py.Decref(result);
            return CallSubclassCheck(cls, subtype);
        }
        finally { Py.Decref(subclass); }
    }

    static bool SubclassCheck(PyObject cls, PyObject subclass)
    {
        if (subclass is not PyType subType) throw PyErr.TypeError("issubclass() arg 1 must be a class");
        var impl = GetImpl(cls);
        if (impl.Cache.Contains(subclass)) return true;
        long counter = Interlocked.Read(ref s_invalidationCounter);
        if (impl.NegativeCacheVersion < counter)
        {
            impl.NegativeCache = ClassSet.Empty;
            impl.NegativeCacheVersion = counter;
        }
        else if (impl.NegativeCache.Contains(subclass)) return false;

        var hook = Py.GetAttr(cls, s_subclassHook);
        PyObject ok;
        try { ok = Py.CallOneArg(hook, subclass); }
        finally { Py.Decref(hook); }
        try
        {
            if (ReferenceEquals(ok, PyBool.True)) { AbcData.Add(ref impl.Cache, subclass); return true; }
            if (ReferenceEquals(ok, PyBool.False)) { AbcData.Add(ref impl.NegativeCache, subclass); return false; }
            if (!ReferenceEquals(ok, PyNotImplemented.Instance))
                throw PyErr.AssertionError("__subclasshook__ must return either False, True, or NotImplemented");
        }
        finally { Py.Decref(ok); }

        foreach (var t in subType.MroArray)
        {
            if (ReferenceEquals(t, cls)) { AbcData.Add(ref impl.Cache, subclass); return true; }
        }
        foreach (var rkey in impl.Registry.Items)
        {
            if (rkey.IsFreed) continue;
            if (Py.IsSubclass(subclass, rkey)) { AbcData.Add(ref impl.Cache, subclass); return true; }
        }
        var subclasses = Py.CallMethod(cls, "__subclasses__");
        try
        {
            var list = Py.ToList(subclasses);
            try
            {
                foreach (var scls in list)
                {
                    if (Py.IsSubclass(subclass, scls)) { AbcData.Add(ref impl.Cache, subclass); return true; }
                }
            }
            finally { foreach (var scls in list) Py.Decref(scls); }
        }
        finally { Py.Decref(subclasses); }
        AbcData.Add(ref impl.NegativeCache, subclass);
        return false;
    }
}
