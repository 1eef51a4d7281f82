using Ftpy.Runtime;

namespace Ftpy.Objects;

/// <summary>A module: a namespace dict with a name. Uses deferred reference counting.</summary>
public class PyModule : PyObject
{
    public static readonly PyType Type = new("module");

    public PyDict Dict;
    static readonly PyStr s_name = PyStr.Intern("__name__");

    public PyModule(string name) : base(Type)
    {
        Dict = new PyDict();
        var nameStr = PyStr.From(name);
        Dict.SetItem(s_name, nameStr);
        Py.Decref(nameStr);
        Dict.SetItem("__doc__", PyNone.Instance);
        Dict.SetItem("__package__", PyNone.Instance);
        Dict.SetItem("__loader__", PyNone.Instance);
        Dict.SetItem("__spec__", PyNone.Instance);
        GcRegistry.Track(this);
        Py.SetDeferredRefcount(this);
    }

    internal PyModule(PyType type) : base(type)
    {
        Dict = new PyDict();
        GcRegistry.Track(this);
        Py.SetDeferredRefcount(this);
    }

    protected internal override bool IsGcContainer => true;

    public string Name => Dict.GetItemBorrowed(s_name) is PyStr s ? s.Value : "?";

    internal string NameForMessages => Dict.GetItemBorrowed(s_name) is PyStr s ? s.Value : "?";

    internal override PyDict? GetInstanceDict(bool create) => Dict;

    public void Add(string name, PyObject value) => Dict.SetItem(name, value);

    /// <summary>Adds a builtin function to the module.</summary>
    public void AddFunction(MethodDef def) => Dict.SetItem(def.Name, new PyBuiltinFunction(def, Name));

    public void AddFunction(string name, NoArgsMethod body) => AddFunction(new MethodDef(name, body));
    public void AddFunction(string name, OneArgMethod body) => AddFunction(new MethodDef(name, body));
    public void AddFunction(string name, FastMethod body) => AddFunction(new MethodDef(name, body));
    public void AddFunction(string name, FastKwMethod body) => AddFunction(new MethodDef(name, body));

    internal static void Setup(PyType t)
    {
        t.tp_getattro = ModuleGetAttr;
        t.tp_setattro = Py.GenericSetAttr;
        t.tp_new = (type, args, kw) => new PyModule(type);
        t.tp_init = (self, args, kw) =>
        {
            Span<PyObject?> vals = new PyObject?[2];
            ArgParser.Parse("module", args, kw, new[] { "name", "doc" }, 1, vals);
            var m = (PyModule)self;
            if (vals[0] is not PyStr) throw PyErr.TypeError($"module.__init__() argument 'name' must be str, not {vals[0]!.ob_type.ShortName}");
            m.Dict.SetItem(s_name, vals[0]!);
            m.Dict.SetItem("__doc__", vals[1] ?? PyNone.Instance);
            m.Dict.SetItem("__package__", PyNone.Instance);
            m.Dict.SetItem("__loader__", PyNone.Instance);
            m.Dict.SetItem("__spec__", PyNone.Instance);
        };
        t.tp_repr = o =>
        {
            var m = (PyModule)o;
            var file = m.Dict.GetItemBorrowed("__file__");
            if (file is PyStr f) return PyStr.From($"<module '{m.Name}' from '{f.Value}'>");
            return PyStr.From($"<module '{m.Name}' (built-in)>");
        };
        t.AddGetter("__dict__", o => Py.NewRef(((PyModule)o).Dict));
        t.AddMethod("__dir__", (PyObject self) =>
        {
            var m = (PyModule)self;
            if (m.Dict.GetItemBorrowed("__dir__") is { } custom) return Py.CallNoArgs(custom);
            var list = new PyList();
            foreach (var kv in m.Dict.Items()) list.Append(kv.Key);
            return list;
        });
    }

    /// <summary>Generic lookup, then the module's __getattr__ (PEP 562).</summary>
    static PyObject? ModuleGetAttr(PyObject o, PyStr name)
    {
        var v = Py.GenericGetAttr(o, name);
        if (v is not null) return v;
        var m = (PyModule)o;
        if (m.Dict.GetItemBorrowed("__getattr__") is { } getattr)
            return Py.CallOneArg(getattr, name);
        return null;
    }

    protected internal override void ReleaseReferences()
    {
        var d = Dict;
        Dict = null!;
        if (d is not null) Py.Decref(d);
    }

    protected internal override void Traverse(Action<PyObject> visit)
    {
        if (Dict is not null) visit(Dict);
    }
}
