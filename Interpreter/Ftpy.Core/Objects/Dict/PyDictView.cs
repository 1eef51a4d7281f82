using System.Text;
using Ftpy.Runtime;

namespace Ftpy.Objects;

/// <summary>dict.keys()/values()/items(): live views; keys and items views are set-like.</summary>
public sealed class PyDictView : PyObject
{
    public static readonly PyType KeysType = new("dict_keys", TypeFlags.None);
    public static readonly PyType ValuesType = new("dict_values", TypeFlags.None);
    public static readonly PyType ItemsType = new("dict_items", TypeFlags.None);

    public PyDict Dict;
    public readonly DictIterKind Kind;

    public PyDictView(PyDict d, DictIterKind kind) : base(kind switch
    {
        DictIterKind.Keys => KeysType,
        DictIterKind.Values => ValuesType,
        _ => ItemsType,
    })
    {
        Dict = Py.NewRef(d);
        Kind = kind;
        GcRegistry.Track(this);
    }

    protected internal override bool IsGcContainer => true;

    internal static void Setup(PyType t)
    {
        bool setLike = t != ValuesType;
        t.tp_iter = o => { var v = (PyDictView)o; return new PyDictIterator(v.Dict, v.Kind, reverse: false); };
        t.sq_length = o => ((PyDictView)o).Dict.Count;
        t.tp_repr = o =>
        {
            var v = (PyDictView)o;
            if (ReprGuard.Enter(o)) return PyStr.From("...");
            try
            {
                var list = PySequenceOf(v);
                try { return PyStr.From($"{o.ob_type.ShortName}({Py.ReprString(list)})"); }
                finally { Py.Decref(list); }
            }
            finally { ReprGuard.Leave(o); }
        };
        t.AddMethod("__reversed__", (PyObject self) => { var v = (PyDictView)self; return new PyDictIterator(v.Dict, v.Kind, reverse: true); });
        t.AddGetter("mapping", o => new PyMappingProxy(((PyDictView)o).Dict));
        if (t == ValuesType) return;
        t.sq_contains = (o, x) =>
        {
            var v = (PyDictView)o;
            if (v.Kind == DictIterKind.Keys) return v.Dict.ContainsKey(x);
            if (x is not PyTuple pair || pair.Count != 2) return false;
            var value = v.Dict.GetItemBorrowed(pair.Items[0]);
            if (value is null) return false;
            Py.Incref(value);
            try { return Py.RichCompareBool(value, pair.Items[1], CompareOp.Eq); }
            finally { Py.Decref(value); }
        };
        t.tp_richcompare = (a, b, op) =>
        {
            if (b is not (PyDictView { Kind: not DictIterKind.Values } or PySet)) return PyNotImplemented.Instance;
            var sa = ToSet(a); var sb = ToSet(b);
            try { return Py.RichCompare(sa, sb, op); }
            finally { Py.Decref(sa); Py.Decref(sb); }
        };
        t.AddAttribute("__hash__", PyNone.Instance);
        foreach (var op in new[] { BinaryOp.Or, BinaryOp.And, BinaryOp.Subtract, BinaryOp.Xor })
        {
            var captured = op;
            t.nb_binary[(int)op] = (a, b) =>
            {
                PySet sa;
                try { sa = ToSet(a); }
                catch (PyException e) when (e.Matches(ExceptionTypes.TypeError)) { e.Release(); return PyNotImplemented.Instance; }
                try
                {
                    PyObject sb;
                    try { sb = ToSet(b); }
                    catch (PyException e) when (e.Matches(ExceptionTypes.TypeError)) { e.Release(); return PyNotImplemented.Instance; }
                    try { return Py.BinaryOp(sa, sb, captured); }
                    finally { Py.Decref(sb); }
                }
                finally { Py.Decref(sa); }
            };
        }
        t.AddMethod("isdisjoint", (PyObject self, PyObject other) =>
        {
            var s = ToSet(self);
            try
            {
                foreach (var x in Py.Iterate(other))
                {
                    try { if (s.Contains(x)) return PyBool.False; }
                    finally { Py.Decref(x); }
                }
                return PyBool.True;
            }
            finally { Py.Decref(s); }
        });
    }

    static PyList PySequenceOf(PyDictView v)
    {
        var list = new PyList();
        ListType.Extend(list, v);
        return list;
    }

    static PySet ToSet(PyObject o)
    {
        var s = new PySet();
        try { s.Update(o); }
        catch { Py.Decref(s); throw; }
        return s;
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

/// <summary>types.MappingProxyType: a read-only view of a mapping (a class's __dict__).</summary>
public sealed class PyMappingProxy : PyObject
{
    public static readonly PyType Type = new("mappingproxy", TypeFlags.None);
    public PyObject Mapping;

    public PyMappingProxy(PyObject mapping) : base(Type)
    {
        Mapping = Py.NewRef(mapping);
        GcRegistry.Track(this);
    }

    protected internal override bool IsGcContainer => true;

    internal static void Setup(PyType t)
    {
        t.tp_new = (type, args, kw) =>
        {
            Span<PyObject?> a = new PyObject?[1];
            ArgParser.Parse("mappingproxy", args, kw, new[] { "mapping" }, 1, a);
            var m = a[0]!;
            if (m is PyList or PyTuple || m.ob_type.mp_subscript is null)
                throw PyErr.TypeError($"mappingproxy() argument must be a mapping, not {m.ob_type.ShortName}");
            return new PyMappingProxy(m);
        };
        t.mp_subscript = (o, k) => Py.GetItem(((PyMappingProxy)o).Mapping, k);
        t.mp_length = o => Py.Length(((PyMappingProxy)o).Mapping);
        t.sq_contains = (o, k) => Py.Contains(((PyMappingProxy)o).Mapping, k);
        t.tp_iter = o => Py.GetIter(((PyMappingProxy)o).Mapping);
        t.tp_repr = o => PyStr.From($"mappingproxy({Py.ReprString(((PyMappingProxy)o).Mapping)})");
        t.tp_str = o => Py.Str(((PyMappingProxy)o).Mapping);
        t.tp_richcompare = (a, b, op) => Py.RichCompare(((PyMappingProxy)a).Mapping, b, op);
        t.nb_binary[(int)BinaryOp.Or] = (a, b) =>
        {
            var left = a is PyMappingProxy pa ? pa.Mapping : a;
            var right = b is PyMappingProxy pb ? pb.Mapping : b;
            return Py.BinaryOp(left, right, BinaryOp.Or);
        };
        t.AddMethod("get", (PyObject self, ReadOnlySpan<PyObject> a) => Py.CallMethod(((PyMappingProxy)self).Mapping, "get", a));
        t.AddMethod("keys", (PyObject self) => Py.CallMethod(((PyMappingProxy)self).Mapping, "keys"));
        t.AddMethod("values", (PyObject self) => Py.CallMethod(((PyMappingProxy)self).Mapping, "values"));
        t.AddMethod("items", (PyObject self) => Py.CallMethod(((PyMappingProxy)self).Mapping, "items"));
        t.AddMethod("copy", (PyObject self) => Py.CallMethod(((PyMappingProxy)self).Mapping, "copy"));
        t.AddMethod("__reversed__", (PyObject self) =>
        {
            var m = ((PyMappingProxy)self).Mapping;
            var r = Py.LookupAttr(PyStr.Intern("__reversed__").Value is { } n ? m : m, "__reversed__");
            if (r is null) throw PyErr.TypeError($"'{m.ob_type.ShortName}' object is not reversible");
            try { return Py.CallNoArgs(r); }
            finally { Py.Decref(r); }
        });
    }

    protected internal override void ReleaseReferences()
    {
        var m = Mapping;
        Mapping = PyNone.Instance;
        Py.Decref(m);
    }

    protected internal override void Traverse(Action<PyObject> visit) => visit(Mapping);
}
