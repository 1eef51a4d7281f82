using Ftpy.Runtime;

namespace Ftpy.Objects;

/// <summary>A module: a namespace dict with a name. Uses deferred reference counting.</summary>
public class PyModule : PyObject
{
    public static readonly PyType Type = new("module");

    public PyDict Dict;
    static readonly PyStr s_name = PyStr.Intern("__name__");

    /// <summary>Modules implemented in C# (sys, builtins, math): their repr says "(built-in)".</summary>
    internal readonly bool IsBuiltin;

    public PyModule(string name) : base(Type)
    {
        IsBuiltin = true;
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
            if (vals[0] is not PyStr) throw PyErr.TypeError($"module() argument 'name' must be str, not {vals[0]!.ob_type.Name}");
            m.Dict.SetItem(s_name, vals[0]!);
            m.Dict.SetItem("__doc__", vals[1] ?? PyNone.Instance);
            m.Dict.SetItem("__package__", PyNone.Instance);
            m.Dict.SetItem("__loader__", PyNone.Instance);
            m.Dict.SetItem("__spec__", PyNone.Instance);
        };
        t.tp_repr = o => PyStr.From(Repr((PyModule)o));
        t.AddReadonlyMember("__dict__", o => ((PyModule)o).Dict);
        t.AddGetSet("__annotations__", o =>
        {
            var d = ((PyModule)o).Dict;
            if (d.GetItemBorrowed("__annotations__") is { } a) return Py.NewRef(a);
            var fresh = new PyDict();
            d.SetItem("__annotations__", fresh);
            return fresh;
        }, (o, v) =>
        {
            var d = ((PyModule)o).Dict;
            if (v is not null) d.SetItem("__annotations__", v);
            else if (!d.DelItem("__annotations__")) throw PyErr.AttributeError("__annotations__");
        });
        t.AddMethod("__dir__", (PyObject self) =>
        {
            var m = (PyModule)self;
            if (m.Dict.GetItemBorrowed("__dir__") is { } custom) return Py.CallNoArgs(custom);
            var list = new PyList();
            foreach (var kv in m.Dict.Items()) list.Append(kv.Key);
            return list;
        });
    }

    /// <summary>importlib's _module_repr: from __spec__ when there is one, else from __name__,
    /// __file__ and __loader__.</summary>
    static string Repr(PyModule m)
    {
        var spec = m.Dict.GetItemBorrowed("__spec__");
        if (spec is not null and not PyNone)
        {
            var specName = Py.LookupAttr(spec, "name");
            var origin = Py.LookupAttr(spec, "origin");
            var loader = Py.LookupAttr(spec, "loader");
            var hasLocation = Py.LookupAttr(spec, "has_location");
            try
            {
                string name = specName is null or PyNone ? "'?'" : Py.ReprString(specName);
                if (origin is null or PyNone)
                    return loader is null or PyNone ? $"<module {name}>" : $"<module {name} ({Py.ReprString(loader)})>";
                if (hasLocation is not null && Py.IsTrue(hasLocation)) return $"<module {name} from {Py.ReprString(origin)}>";
                return $"<module {name} ({Py.StrString(origin)})>";
            }
            finally { Py.XDecref(specName); Py.XDecref(origin); Py.XDecref(loader); Py.XDecref(hasLocation); }
        }
        var nameObj = m.Dict.GetItemBorrowed(s_name);
        string n = nameObj is null ? "'?'" : Py.ReprString(nameObj);
        if (m.Dict.GetItemBorrowed("__file__") is { } file) return $"<module {n} from {Py.ReprString(file)}>";
        if (m.IsBuiltin) return $"<module {n} (built-in)>";
        var ldr = m.Dict.GetItemBorrowed("__loader__");
        return ldr is null or PyNone ? $"<module {n}>" : $"<module {n} ({Py.ReprString(ldr)})>";
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
