using Ftpy.Runtime;

namespace Ftpy.Objects;

/// <summary>staticmethod(f): binding returns f unchanged.</summary>
public sealed class PyStaticMethod : PyObject
{
    public static readonly PyType Type = new("staticmethod");
    public PyObject Callable;
    internal PyDict? Dict;

    public PyStaticMethod(PyObject callable) : base(Type)
    {
        Callable = Py.NewRef(callable);
        GcRegistry.Track(this);
    }

    internal PyStaticMethod(PyType type) : base(type) { Callable = PyNone.Instance; GcRegistry.Track(this); }

    protected internal override bool IsGcContainer => true;
    internal override PyDict? GetInstanceDict(bool create) => create ? Dict ??= new PyDict() : Dict;

    internal static void Setup(PyType t)
    {
        t.tp_new = (type, args, kw) => new PyStaticMethod(type);
        t.tp_init = (self, args, kw) =>
        {
            if (kw is not null && kw.Count > 0) throw PyErr.TypeError("staticmethod() takes no keyword arguments");
            if (args.Length != 1) throw PyErr.TypeError($"staticmethod expected 1 argument, got {args.Length}");
            var sm = (PyStaticMethod)self;
            var old = sm.Callable;
            sm.Callable = Py.NewRef(args[0]);
            Py.Decref(old);
            FunctionAttributes.CopyWrapperAttributes(args[0], sm);
        };
        t.tp_descr_get = (d, obj, type) => Py.NewRef(((PyStaticMethod)d).Callable);
        t.tp_call = (self, args, kw) => Py.Call(((PyStaticMethod)self).Callable, args, kw);
        t.tp_getattro = Py.GenericGetAttr;
        t.tp_setattro = Py.GenericSetAttr;
        t.tp_repr = self => PyStr.From($"<staticmethod({Py.ReprString(((PyStaticMethod)self).Callable)})>");
        t.AddReadonlyMember("__func__", o => ((PyStaticMethod)o).Callable);
        t.AddReadonlyMember("__wrapped__", o => ((PyStaticMethod)o).Callable);
        t.AddGetter("__isabstractmethod__", o => IsAbstract(((PyStaticMethod)o).Callable));
        t.AddGetSet("__dict__", o => Py.NewRef(o.GetInstanceDict(true)!), null);
    }

    internal static PyObject IsAbstract(PyObject f)
    {
        var v = Py.LookupAttr(f, "__isabstractmethod__");
        if (v is null) return PyBool.False;
        try { return PyBool.From(Py.IsTrue(v)); }
        finally { Py.Decref(v); }
    }

    protected internal override void ReleaseReferences()
    {
        var c = Callable;
        Callable = PyNone.Instance;
        Py.Decref(c);
        Py.Clear(ref Dict);
    }

    protected internal override void Traverse(Action<PyObject> visit)
    {
        visit(Callable);
        if (Dict is not null) visit(Dict);
    }
}

/// <summary>classmethod(f): binding gives a method bound to the class.</summary>
public sealed class PyClassMethod : PyObject
{
    public static readonly PyType Type = new("classmethod");
    public PyObject Callable;
    internal PyDict? Dict;

    public PyClassMethod(PyObject callable) : base(Type)
    {
        Callable = Py.NewRef(callable);
        GcRegistry.Track(this);
    }

    internal PyClassMethod(PyType type) : base(type) { Callable = PyNone.Instance; GcRegistry.Track(this); }

    protected internal override bool IsGcContainer => true;
    internal override PyDict? GetInstanceDict(bool create) => create ? Dict ??= new PyDict() : Dict;

    internal static void Setup(PyType t)
    {
        t.tp_new = (type, args, kw) => new PyClassMethod(type);
        t.tp_init = (self, args, kw) =>
        {
            if (kw is not null && kw.Count > 0) throw PyErr.TypeError("classmethod() takes no keyword arguments");
            if (args.Length != 1) throw PyErr.TypeError($"classmethod expected 1 argument, got {args.Length}");
            var cm = (PyClassMethod)self;
            var old = cm.Callable;
            cm.Callable = Py.NewRef(args[0]);
            Py.Decref(old);
            FunctionAttributes.CopyWrapperAttributes(args[0], cm);
        };
        t.tp_descr_get = (d, obj, type) => new PyMethod(((PyClassMethod)d).Callable, type);
        t.tp_getattro = Py.GenericGetAttr;
        t.tp_setattro = Py.GenericSetAttr;
        t.tp_repr = self => PyStr.From($"<classmethod({Py.ReprString(((PyClassMethod)self).Callable)})>");
        t.AddReadonlyMember("__func__", o => ((PyClassMethod)o).Callable);
        t.AddReadonlyMember("__wrapped__", o => ((PyClassMethod)o).Callable);
        t.AddGetter("__isabstractmethod__", o => PyStaticMethod.IsAbstract(((PyClassMethod)o).Callable));
        t.AddGetSet("__dict__", o => Py.NewRef(o.GetInstanceDict(true)!), null);
    }

    protected internal override void ReleaseReferences()
    {
        var c = Callable;
        Callable = PyNone.Instance;
        Py.Decref(c);
        Py.Clear(ref Dict);
    }

    protected internal override void Traverse(Action<PyObject> visit)
    {
        visit(Callable);
        if (Dict is not null) visit(Dict);
    }
}
