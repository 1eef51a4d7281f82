using Ftpy.Runtime;

namespace Ftpy.Objects;

/// <summary>
/// The weak references to one object (tp_weaklist), in CPython's order: the basic ref (an exact
/// weakref.ref without callback) first, then the basic proxy, then every other reference, the
/// newest first. Invariant: every entry's referent is the owning object until it dies; when it
/// dies all entries are cleared before any callback runs, and callbacks run in list order.
/// </summary>
public sealed class WeakrefList
{
    internal readonly List<PyWeakref> Refs = new();

    /// <summary>The reusable callback-less ref and proxy at the head of the list (get_basic_refs).</summary>
    internal (PyWeakref? basicRef, PyWeakref? basicProxy) Basic()
    {
        PyWeakref? r = null, p = null;
        int i = 0;
        if (i < Refs.Count && Refs[i].IsBasicRef) r = Refs[i++];
        if (i < Refs.Count && Refs[i].IsBasicProxy) p = Refs[i];
        return (r, p);
    }

    /// <summary>Adds <paramref name="w"/> where CPython's insert_head / insert_after would.</summary>
    internal void Insert(PyWeakref w)
    {
        var (r, p) = Basic();
        if (w.IsBasicRef) Refs.Insert(0, w);
        else if (w.IsBasicProxy) Refs.Insert(r is null ? 0 : 1, w);
        else Refs.Insert((r is null ? 0 : 1) + (p is null ? 0 : 1), w);
    }

    /// <summary>PyObject_ClearWeakRefs: <paramref name="o"/> is dying; clear every weak reference to
    /// it, then call the callbacks of those that are still alive.</summary>
    internal static void ClearAndCallback(PyObject o)
    {
        var list = o.ob_weakrefs;
        if (list is null) return;
        o.ob_weakrefs = null;
        var refs = list.Refs.ToArray();
        list.Refs.Clear();
        var pending = new List<PyWeakref>(refs.Length);
        foreach (var r in refs)
        {
            r.Referent = null;
            if (r.Callback is not null && !r.IsFreed && r.RefCount > 0)
            {
                Py.Incref(r);
                pending.Add(r);
            }
        }
        foreach (var r in pending)
        {
            InvokeCallback(r);
            Py.Decref(r);
        }
    }

    /// <summary>handle_callback: calls the weakref's callback once with the weakref; errors are unraisable.</summary>
    internal static void InvokeCallback(PyWeakref r)
    {
        var cb = r.Callback;
        if (cb is null) return;
        r.Callback = null;
        try
        {
            Py.Decref(Py.CallOneArg(cb, r));
        }
        catch (PyException e)
        {
            Unraisable.Write(e, "Exception ignored in: ", cb);
        }
        finally
        {
            Py.Decref(cb);
        }
    }

    /// <summary>The value of __weakref__: the first weak reference, or None.</summary>
    internal static PyObject FirstWeakref(PyObject o)
    {
        var list = o.ob_weakrefs;
        if (list is null || list.Refs.Count == 0) return PyNone.Instance;
        return Py.NewRef(list.Refs[0]);
    }

    /// <summary>_weakref.getweakrefcount(o).</summary>
    internal static int Count(PyObject o) => o.ob_weakrefs?.Refs.Count ?? 0;
}

/// <summary>
/// A weak reference: weakref.ref (<see cref="Type"/>, subclassable), weakref.ProxyType and
/// weakref.CallableProxyType (<see cref="ProxyType"/>, <see cref="CallableProxyType"/>). It does
/// not keep its referent alive; when the referent dies, <see cref="Referent"/> becomes null and
/// the callback (owned) is called once with this object.
/// </summary>
public sealed class PyWeakref : PyObject
{
    public static readonly PyType Type = new("weakref.ReferenceType");
    public static readonly PyType ProxyType = new("weakref.ProxyType", TypeFlags.None);
    public static readonly PyType CallableProxyType = new("weakref.CallableProxyType", TypeFlags.None);

    /// <summary>The referent (not counted), or null once it died or the reference was cleared.</summary>
    internal PyObject? Referent;
    internal PyObject? Callback;
    long _hash = -1;

    PyWeakref(PyType type, PyObject referent, PyObject? callback) : base(type)
    {
        Referent = referent;
        Callback = Py.XNewRef(callback);
        GcRegistry.Track(this);
    }

    protected internal override bool IsGcContainer => true;

    internal bool IsProxy => ReferenceEquals(ob_type, ProxyType) || ReferenceEquals(ob_type, CallableProxyType);
    internal bool IsBasicRef => Callback is null && ReferenceEquals(ob_type, Type);
    internal bool IsBasicProxy => Callback is null && IsProxy;

    /// <summary>weakref.ref(obj[, callback]) with type <paramref name="type"/> (ref or a subclass):
    /// a callback-less exact ref is shared, as in CPython.</summary>
    public static PyWeakref NewRef(PyType type, PyObject obj, PyObject? callback)
    {
        CheckSupportsWeakrefs(obj);
        var list = obj.ob_weakrefs ??= new WeakrefList();
        if (callback is null && ReferenceEquals(type, Type) && list.Basic().basicRef is { } basic)
            return Py.NewRef(basic);
        var w = new PyWeakref(type, obj, callback);
        list.Insert(w);
        return w;
    }

    /// <summary>weakref.proxy(obj[, callback]): a CallableProxyType for callables; a callback-less proxy is shared.</summary>
    public static PyWeakref NewProxy(PyObject obj, PyObject? callback)
    {
        CheckSupportsWeakrefs(obj);
        var list = obj.ob_weakrefs ??= new WeakrefList();
        if (callback is null && list.Basic().basicProxy is { } basic) return Py.NewRef(basic);
        var type = obj.ob_type.tp_call is not null ? CallableProxyType : ProxyType;
        var w = new PyWeakref(type, obj, callback);
        list.Insert(w);
        return w;
    }

    static void CheckSupportsWeakrefs(PyObject obj)
    {
        if (!obj.ob_type.HasFlag(TypeFlags.HasWeakrefs))
            throw PyErr.TypeError($"cannot create weak reference to '{obj.ob_type.ShortName}' object");
    }

    /// <summary>_PyWeakref_ClearRef: detaches this reference from its referent without calling the callback.</summary>
    internal void ClearReferent()
    {
        var referent = Referent;
        if (referent is null) return;
        Referent = null;
        referent.ob_weakrefs?.Refs.Remove(this);
    }

    protected internal override void ReleaseReferences()
    {
        ClearReferent();
        Py.Clear(ref Callback);
    }

    protected internal override void Traverse(Action<PyObject> visit)
    {
        if (Callback is not null) visit(Callback);
    }

    internal static string Describe(PyObject referent)
    {
        string s = $"to '{referent.ob_type.Name}' at 0x{Py.Id(referent):x}";
        var name = LookupName(referent);
        return name is null ? s : $"{s} ({name})";
    }

    /// <summary>The referent's __name__ when it is a str (weakref_repr shows it).</summary>
    static string? LookupName(PyObject referent)
    {
        PyObject? name;
        try { name = Py.LookupAttr(referent, "__name__"); }
        catch (PyException e) { e.Release(); return null; }
        if (name is null) return null;
        try { return name is PyStr s ? s.Value : null; }
        finally { Py.Decref(name); }
    }

    internal static void Setup(PyType t)
    {
        t.tp_new = (type, args, kw) =>
        {
            ArgParser.NoKeywords("ref", kw);
            ArgParser.CheckPositional("__new__", args, 1, 2);
            var cb = args.Length > 1 && args[1] is not PyNone ? args[1] : null;
            return NewRef(type, args[0], cb);
        };
        t.tp_init = (self, args, kw) => { };
        t.tp_call = (self, args, kw) =>
        {
            ArgParser.NoKeywords("weakref", kw);
            ArgParser.CheckPositional("weakref", args, 0, 0);
            return Py.NewRef(((PyWeakref)self).Referent ?? PyNone.Instance);
        };
        t.tp_hash = o =>
        {
            var w = (PyWeakref)o;
            if (w._hash != -1) return w._hash;
            if (w.Referent is null) throw PyErr.TypeError("weak object has gone away");
            return w._hash = Py.Hash(w.Referent);
        };
        t.tp_richcompare = (a, b, op) =>
        {
            if (op is not (CompareOp.Eq or CompareOp.Ne) || b is not PyWeakref wb || wb.IsProxy) return PyNotImplemented.Instance;
            var wa = (PyWeakref)a;
            if (wa.Referent is null || wb.Referent is null)
                return PyBool.From(ReferenceEquals(a, b) == (op == CompareOp.Eq));
            var ra = Py.NewRef(wa.Referent);
            var rb = Py.NewRef(wb.Referent);
            try { return Py.RichCompare(ra, rb, op); }
            finally { Py.Decref(ra); Py.Decref(rb); }
        };
        t.tp_repr = o =>
        {
            var w = (PyWeakref)o;
            if (w.Referent is null) return PyStr.From($"<weakref at 0x{Py.Id(o):x}; dead>");
            return PyStr.From($"<weakref at 0x{Py.Id(o):x}; {Describe(w.Referent)}>");
        };
        t.AddGetter("__callback__", o => Py.NewRef(((PyWeakref)o).Callback ?? PyNone.Instance));
        t.AddClassMethod(new MethodDef("__class_getitem__", (PyObject cls, PyObject arg) => PyGenericAlias.Create(cls, arg)));
        WeakrefSupport.Enable();
    }
}
