using Ftpy.Objects;
using Ftpy.Runtime;

namespace Ftpy.Modules;

/// <summary>collections.defaultdict: a dict whose __missing__ stores and returns default_factory().</summary>
public sealed class PyDefaultDict : PyDict
{
    public static new readonly PyType Type = new("collections.defaultdict", TypeFlags.BaseType | TypeFlags.DictSubclass);

    internal PyObject? DefaultFactory;

    public PyDefaultDict(PyType type) : base(type) { }

    /// <summary>__missing__: KeyError without a factory, else factory() stored under key (a new reference).</summary>
    public PyObject Missing(PyObject key)
    {
        var factory = DefaultFactory;
        if (factory is null) throw ExceptionObjects.KeyErrorFor(key);
        Py.Incref(factory);
        PyObject value;
        try { value = Py.CallNoArgs(factory); }
        finally { Py.Decref(factory); }
        try { Py.SetItem(this, key, value); }
        catch { Py.Decref(value); throw; }
        return value;
    }

    protected internal override void ReleaseReferences()
    {
        Py.Clear(ref DefaultFactory);
        base.ReleaseReferences();
    }

    protected internal override void Traverse(Action<PyObject> visit)
    {
        if (DefaultFactory is not null) visit(DefaultFactory);
        base.Traverse(visit);
    }
}

public static class DefaultDictType
{
    static PyDefaultDict DD(PyObject o) => (PyDefaultDict)o;

    /// <summary>type(dd)(dd.default_factory, arg): how copy() and | build their result.</summary>
    static PyObject NewLike(PyDefaultDict dd, PyObject arg)
    {
        var factory = dd.DefaultFactory ?? (PyObject)PyNone.Instance;
        return Py.Call(dd.ob_type, factory, arg);
    }

    static PyObject Or(PyObject left, PyObject right)
    {
        PyDefaultDict self;
        PyObject other;
        if (left is PyDefaultDict l) { self = l; other = right; }
        else if (right is PyDefaultDict r) { self = r; other = left; }
        else return PyNotImplemented.Instance;
        if (other is not PyDict) return PyNotImplemented.Instance;
        var n = NewLike(self, left);
        try
        {
            if (n is PyDict nd) DictOps.UpdateFromObject(nd, right, "update");
            else Py.Decref(Py.CallMethod(n, "update", right));
            return n;
        }
        catch { Py.Decref(n); throw; }
    }

    internal static void Setup(PyType t)
    {
        t.Doc = "defaultdict(default_factory=None, /, [...]) --> dict with default factory\n\nThe default factory is called without arguments to produce\na new value when a key is not present, in __getitem__ only.\nA defaultdict compares equal to a dict with the same items.\nAll remaining arguments are treated the same as if they were\npassed to the dict constructor, including keyword arguments.\n";
        t.tp_new = (type, args, kw) => new PyDefaultDict(type);
        t.tp_init = (self, args, kw) =>
        {
            var dd = DD(self);
            int npos = args.Length - (kw?.Count ?? 0);
            PyObject? factory = null;
            var rest = args;
            if (npos > 0)
            {
                factory = args[0];
                if (factory is PyNone) factory = null;
                else if (factory.ob_type.tp_call is null) throw PyErr.TypeError("first argument must be callable or None");
                rest = args[1..];
            }
            Py.XSetRef(ref dd.DefaultFactory, Py.XNewRef(factory));
            PyDict.Type.tp_init!(self, rest, kw);
        };
        t.mp_subscript = (o, key) =>
        {
            var d = (PyDict)o;
            var v = d.GetItemBorrowed(key);
            if (v is not null) return Py.NewRef(v);
            if (o.ob_type == PyDefaultDict.Type) return DD(o).Missing(key);
            var missing = o.ob_type.Lookup("__missing__");
            if (missing is not null) return Py.CallBoundDescriptor(missing, o, new ReadOnlySpan<PyObject>(ref key));
            throw ExceptionObjects.KeyErrorFor(key);
        };
        t.tp_repr = o =>
        {
            var dd = DD(o);
            var baseRepr = PyDict.Type.tp_repr!(o);
            try
            {
                string factory;
                var f = dd.DefaultFactory;
                if (f is null) factory = "None";
                else if (ReprGuard.Enter(f)) factory = "...";
                else
                {
                    try { factory = Py.ReprString(f); }
                    finally { ReprGuard.Leave(f); }
                }
                return PyStr.From($"{o.ob_type.ShortName}({factory}, {((PyStr)baseRepr).Value})");
            }
            finally { Py.Decref(baseRepr); }
        };
        t.nb_binary[(int)BinaryOp.Or] = Or;
        t.AddMethod("__missing__", (PyObject self, PyObject key) => DD(self).Missing(key),
            "__missing__(key) # Called by __getitem__ for missing key; pseudo-code:\n  if self.default_factory is None: raise KeyError((key,))\n  self[key] = value = self.default_factory()\n  return value\n");
        t.AddMethod("copy", (PyObject self) => NewLike(DD(self), self), "D.copy() -> a shallow copy of D.");
        t.AddMethod("__copy__", (PyObject self) => NewLike(DD(self), self), "D.copy() -> a shallow copy of D.");
        t.AddMethod("__reduce__", (PyObject self) =>
        {
            var dd = DD(self);
            var args = dd.DefaultFactory is null ? PyTuple.Empty : PyTuple.Create(dd.DefaultFactory);
            var items = Py.CallMethod(self, "items");
            PyObject it;
            try { it = Py.GetIter(items); }
            finally { Py.Decref(items); }
            return PyTuple.Steal(new PyObject[] { Py.NewRef(self.ob_type), args, PyNone.Instance, PyNone.Instance, it });
        }, "Return state information for pickling.");
        t.AddGetSet("default_factory", o => Py.NewRef(DD(o).DefaultFactory ?? (PyObject)PyNone.Instance), (o, v) =>
        {
            var dd = DD(o);
            Py.XSetRef(ref dd.DefaultFactory, v is null || v is PyNone ? null : Py.NewRef(v));
        });
        t.AddClassMethod(new MethodDef("__class_getitem__", (PyObject cls, PyObject arg) => PyGenericAlias.Create(cls, arg), "See PEP 585"));
    }
}
