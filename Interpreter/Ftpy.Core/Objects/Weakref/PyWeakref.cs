using Ftpy.Runtime;

namespace Ftpy.Objects;

/// <summary>The weak references to one object (tp_weaklist). Invariant: every entry's referent is
/// the owning object until it dies; then all entries are cleared before any callback runs.</summary>
public sealed class WeakrefList
{
    internal readonly List<PyWeakref> Refs = new();

    internal static void ClearAndCallback(PyObject o)
    {
        var list = o.ob_weakrefs;
        if (list is null) return;
        o.ob_weakrefs = null;
        var refs = list.Refs.ToArray();
        foreach (var r in refs) r.Referent = null;
        foreach (var r in refs)
        {
            var cb = r.Callback;
            if (cb is null || r.IsFreed) continue;
            r.Callback = null;
            Py.Incref(r);
            try
            {
                Py.Decref(Py.CallOneArg(cb, r));
            }
            catch (PyException e)
            {
                Unraisable.Write(e, "Exception ignored while calling weakref callback ", cb);
            }
            finally
            {
                Py.Decref(cb);
                Py.Decref(r);
            }
        }
    }

    /// <summary>The first weakref (weakref.ref without callback comes first) for __weakref__.</summary>
    internal static PyObject FirstWeakref(PyObject o)
    {
        var list = o.ob_weakrefs;
        if (list is null || list.Refs.Count == 0) return PyNone.Instance;
        return Py.NewRef(list.Refs[0]);
    }
}

/// <summary>weakref.ref: a reference that does not keep its referent alive.</summary>
public sealed class PyWeakref : PyObject
{
    public static readonly PyType Type = new("weakref.ReferenceType");

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

    /// <summary>ref(obj, callback): reuses an existing callback-less ref when possible, as CPython does.</summary>
    public static PyWeakref Create(PyType type, PyObject obj, PyObject? callback)
    {
        if (!obj.ob_type.HasFlag(TypeFlags.HasWeakrefs))
            throw PyErr.TypeError($"cannot create weak reference to '{obj.ob_type.ShortName}' object");
        var list = obj.ob_weakrefs ??= new WeakrefList();
        if (callback is null && ReferenceEquals(type, Type))
        {
            foreach (var r in list.Refs)
                if (r.Callback is null && r.ob_type == Type) return Py.NewRef(r);
        }
        var w = new PyWeakref(type, obj, callback);
        if (callback is null) list.Refs.Insert(0, w); else list.Refs.Add(w);
        return w;
    }

    internal static void Setup(PyType t)
    {
        t.tp_new = (type, args, kw) =>
        {
            ArgParser.CheckPositional("__new__", args, 1, 2);
            var cb = args.Length > 1 && args[1] is not PyNone ? args[1] : null;
            return Create(type, args[0], cb);
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
            if (op is not (CompareOp.Eq or CompareOp.Ne) || b is not PyWeakref wb) return PyNotImplemented.Instance;
            var wa = (PyWeakref)a;
            if (wa.Referent is null || wb.Referent is null)
                return PyBool.From(ReferenceEquals(a, b) == (op == CompareOp.Eq));
            return Py.RichCompare(wa.Referent, wb.Referent, op);
        };
        t.tp_repr = o =>
        {
            var w = (PyWeakref)o;
            if (w.Referent is null) return PyStr.From($"<weakref at 0x{Py.Id(o):x}; dead>");
            return PyStr.From($"<weakref at 0x{Py.Id(o):x}; to '{w.Referent.ob_type.Name}' at 0x{Py.Id(w.Referent):x}>");
        };
        t.AddGetter("__callback__", o => Py.NewRef(((PyWeakref)o).Callback ?? PyNone.Instance));
        t.AddClassMethod(new MethodDef("__class_getitem__", (PyObject cls, PyObject arg) => PyGenericAlias.Create(cls, arg)));
    }

    protected internal override void ReleaseReferences()
    {
        if (Referent?.ob_weakrefs is { } list) list.Refs.Remove(this);
        Referent = null;
        Py.Clear(ref Callback);
    }

    protected internal override void Traverse(Action<PyObject> visit)
    {
        if (Callback is not null) visit(Callback);
    }
}
