using System.Text;
using Ftpy.Runtime;

namespace Ftpy.Objects;

/// <summary>An object that is just an attribute namespace: types.SimpleNamespace, and the
/// ModuleSpec and sys.flags-like records the runtime builds.</summary>
public sealed class PyNamespace : PyObject
{
    public static readonly PyType Type = new("types.SimpleNamespace", TypeFlags.BaseType | TypeFlags.HasInstanceDict);
    public static readonly PyType ModuleSpecType = new("ModuleSpec", TypeFlags.HasInstanceDict);

    internal PyDict Dict;

    public PyNamespace(PyType type) : base(type)
    {
        Dict = new PyDict();
        GcRegistry.Track(this);
    }

    protected internal override bool IsGcContainer => true;

    internal override PyDict? GetInstanceDict(bool create) => Dict;

    internal override bool SetInstanceDict(PyDict dict)
    {
        Py.Incref(dict);
        var old = Dict;
        Dict = dict;
        Py.Decref(old);
        return true;
    }

    internal static void Setup(PyType t)
    {
        t.tp_new = (type, args, kw) => new PyNamespace(type);
        t.tp_init = (self, args, kw) =>
        {
            int nkw = kw?.Count ?? 0;
            int npos = args.Length - nkw;
            if (npos > 1) throw PyErr.TypeError($"SimpleNamespace expected at most 1 argument, got {npos}");
            var ns = (PyNamespace)self;
            if (npos == 1)
            {
                var mapping = args[0];
                if (mapping is PyDict md) { foreach (var kv in md.Items()) SetChecked(ns, kv.Key, kv.Value); }
                else
                {
                    foreach (var pair in Py.Iterate(mapping))
                    {
                        var items = Py.ToList(pair);
                        Py.Decref(pair);
                        try
                        {
                            if (items.Count != 2) throw PyErr.ValueError($"dictionary update sequence element has length {items.Count}; 2 is required");
                            SetChecked(ns, items[0], items[1]);
                        }
                        finally { foreach (var x in items) Py.Decref(x); }
                    }
                }
            }
            for (int i = 0; i < nkw; i++) ns.Dict.SetItem(kw!.Items[i], args[npos + i]);
        };
        t.tp_getattro = Py.GenericGetAttr;
        t.tp_setattro = Py.GenericSetAttr;
        t.tp_repr = Repr;
        t.tp_richcompare = (a, b, op) =>
        {
            if (op is not (CompareOp.Eq or CompareOp.Ne) || b is not PyNamespace nb || a is not PyNamespace na)
                return PyNotImplemented.Instance;
            return Py.RichCompare(na.Dict, nb.Dict, op);
        };
        t.AddGetter("__dict__", o => Py.NewRef(((PyNamespace)o).Dict));
    }

    static void SetChecked(PyNamespace ns, PyObject key, PyObject value)
    {
        if (key is not PyStr) throw PyErr.TypeError($"keywords must be strings, not '{key.ob_type.ShortName}'");
        ns.Dict.SetItem(key, value);
    }

    static PyObject Repr(PyObject o)
    {
        var ns = (PyNamespace)o;
        string name = ns.ob_type == Type ? "namespace" : ns.ob_type.ShortName;
        if (ReprGuard.Enter(o)) return PyStr.From(name + "(...)");
        try
        {
            var sb = new StringBuilder(name).Append('(');
            bool first = true;
            foreach (var kv in ns.Dict.Items())
            {
                if (kv.Key is not PyStr k) continue;
                if (!first) sb.Append(", ");
                first = false;
                sb.Append(k.Value).Append('=').Append(Py.ReprString(kv.Value));
            }
            return PyStr.From(sb.Append(')').ToString());
        }
        finally { ReprGuard.Leave(o); }
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

/// <summary>The module spec set on imported modules (a minimal importlib.machinery.ModuleSpec).</summary>
public static class ModuleSpec
{
    public static PyObject Create(string name, string? origin, string? packageDir)
    {
        var spec = new PyNamespace(PyNamespace.ModuleSpecType);
        var d = spec.Dict;
        SetStr(d, "name", name);
        if (origin is null) d.SetItem("origin", PyNone.Instance);
        else SetStr(d, "origin", origin);
        d.SetItem("loader", PyNone.Instance);
        d.SetItem("has_location", PyBool.From(origin is not null));
        d.SetItem("cached", PyNone.Instance);
        if (packageDir is not null)
        {
            var l = PyList.Steal(new PyObject?[] { PyStr.From(packageDir) }, 1);
            d.SetItem("submodule_search_locations", l);
            Py.Decref(l);
            SetStr(d, "parent", name);
        }
        else
        {
            d.SetItem("submodule_search_locations", PyNone.Instance);
            int dot = name.LastIndexOf('.');
            SetStr(d, "parent", dot < 0 ? "" : name[..dot]);
        }
        return spec;
    }

    static void SetStr(PyDict d, string key, string value)
    {
        var v = PyStr.From(value);
        d.SetItem(key, v);
        Py.Decref(v);
    }
}
