namespace Ftpy.Objects;

/// <summary>
/// A Python function: code plus the environment it runs in (globals, builtins, defaults,
/// closure cells). Uses deferred reference counting (PEP 703): only the cycle collector frees it.
/// </summary>
public sealed class PyFunction : PyObject
{
    public static readonly PyType Type = new("function", TypeFlags.MethodDescriptor);

    public PyCode Code;
    public PyDict Globals;
    public PyDict Builtins;
    public PyStr Name, QualName;
    public PyTuple? Defaults;
    public PyDict? KwDefaults;
    public PyTuple? Closure;
    public PyObject Doc = PyNone.Instance;
    public PyObject Module = PyNone.Instance;
    public PyObject? Annotations;
    public PyDict? Dict;
    public PyTuple TypeParams = PyTuple.Empty;
    /// <summary>Bumped whenever code, defaults or kwdefaults change (func_version, a specializer guard).</summary>
    public uint Version;

    public PyFunction(PyCode code, PyDict globals, PyDict builtins, PyStr qualname) : base(Type)
    {
        Code = Py.NewRef(code);
        Globals = Py.NewRef(globals);
        Builtins = Py.NewRef(builtins);
        Name = PyStr.Intern(code.Name);
        QualName = Py.NewRef(qualname);
        // The compiler puts the docstring (or None) first in every function's constants.
        if (code.Consts.Length > 0 && code.Consts[0] is PyStr doc) Doc = Py.NewRef(doc);
        if (globals.GetItemBorrowed("__name__") is { } mod) Module = Py.NewRef(mod);
        Version = NextVersion();
        GcRegistry.Track(this);
        Py.SetDeferredRefcount(this);
    }

    static uint s_version;
    internal static uint NextVersion() => Interlocked.Increment(ref s_version);

    protected internal override bool IsGcContainer => true;

    internal override PyDict? GetInstanceDict(bool create) => create ? Dict ??= new PyDict() : Dict;

    internal override bool SetInstanceDict(PyDict dict)
    {
        Py.Incref(dict);
        Py.XSetRef(ref Dict, dict);
        return true;
    }

    protected internal override void ReleaseReferences()
    {
        Py.XDecref(Code); Code = null!;
        Py.XDecref(Globals); Globals = null!;
        Py.XDecref(Builtins); Builtins = null!;
        Py.XDecref(QualName); QualName = null!;
        var name = Name; Name = PyStr.Empty; Py.XDecref(name);
        Py.Clear(ref Defaults); Py.Clear(ref KwDefaults); Py.Clear(ref Closure);
        var doc = Doc; Doc = PyNone.Instance; Py.Decref(doc);
        var module = Module; Module = PyNone.Instance; Py.Decref(module);
        Py.Clear(ref Annotations); Py.Clear(ref Dict);
        var tp = TypeParams; TypeParams = PyTuple.Empty; Py.Decref(tp);
    }

    protected internal override void Traverse(Action<PyObject> visit)
    {
        visit(Code); visit(Globals); visit(Builtins); visit(Name); visit(QualName); visit(Doc); visit(Module); visit(TypeParams);
        if (Defaults is not null) visit(Defaults);
        if (KwDefaults is not null) visit(KwDefaults);
        if (Closure is not null) visit(Closure);
        if (Annotations is not null) visit(Annotations);
        if (Dict is not null) visit(Dict);
    }
}

/// <summary>A function bound to an instance (the "method" type); owns both references.</summary>
public sealed class PyMethod : PyObject
{
    public static readonly PyType Type = new("method", TypeFlags.None);

    public PyObject Func;
    public PyObject Self;

    public PyMethod(PyObject func, PyObject self) : base(Type)
    {
        Func = Py.NewRef(func);
        Self = Py.NewRef(self);
        GcRegistry.Track(this);
    }

    protected internal override bool IsGcContainer => true;

    protected internal override void ReleaseReferences()
    {
        var f = Func; var s = Self;
        Func = PyNone.Instance; Self = PyNone.Instance;
        Py.Decref(f); Py.Decref(s);
    }

    protected internal override void Traverse(Action<PyObject> visit)
    {
        visit(Func);
        visit(Self);
    }
}
