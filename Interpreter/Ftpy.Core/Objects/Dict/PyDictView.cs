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
        t.sq_contains = (o, x) => ViewContains((PyDictView)o, x);
        t.tp_richcompare = RichCompare;
        t.AddAttribute("__hash__", PyNone.Instance);
        t.nb_binary[(int)BinaryOp.Or] = (a, b) =>
        {
            var r = ToSet(a);
            try { SetType.UpdateInternal(r, b); }
            catch { Py.Decref(r); throw; }
            return r;
        };
        t.nb_binary[(int)BinaryOp.And] = Intersect;
        t.nb_binary[(int)BinaryOp.Subtract] = (a, b) => SetMethodOnCopy(a, b, "difference_update");
        t.nb_binary[(int)BinaryOp.Xor] = (a, b) => SetMethodOnCopy(a, b, "symmetric_difference_update");
        t.AddMethod("isdisjoint", (PyObject self, PyObject other) => PyBool.From(IsDisjoint(self, other)),
            "Return True if the view and the given iterable have a null intersection.");
    }

    static bool IsSetView(PyObject o) => o is PyDictView { Kind: not DictIterKind.Values };

    /// <summary>dictview_richcompare: sizes first, then every item of one side in the other.</summary>
    static PyObject RichCompare(PyObject a, PyObject b, CompareOp op)
    {
        if (b is not PySet && !IsSetView(b)) return PyNotImplemented.Instance;
        long la = Py.Length(a), lb = Py.Length(b);
        bool ok = op switch
        {
            CompareOp.Eq or CompareOp.Ne => la == lb && AllContainedIn(a, b),
            CompareOp.Lt => la < lb && AllContainedIn(a, b),
            CompareOp.Le => la <= lb && AllContainedIn(a, b),
            CompareOp.Gt => la > lb && AllContainedIn(b, a),
            _ => la >= lb && AllContainedIn(b, a),
        };
        if (op == CompareOp.Ne) ok = !(la == lb && AllContainedIn(a, b));
        return PyBool.From(ok);
    }

    static bool AllContainedIn(PyObject self, PyObject other)
    {
        var it = Py.GetIter(self);
        try
        {
            while (Py.IterNext(it) is { } x)
            {
                try { if (!Py.Contains(other, x)) return false; }
                finally { Py.Decref(x); }
            }
            return true;
        }
        finally { Py.Decref(it); }
    }

    /// <summary>dictviews_to_set: a new set of the view's items (the operand may be any iterable when the view is on the right).</summary>
    static PySet ToSet(PyObject o)
    {
        var source = o is PyDictView { Kind: DictIterKind.Keys } v && v.Dict.ob_type == PyDict.Type ? v.Dict : o;
        var s = new PySet();
        try { SetType.UpdateInternal(s, source); }
        catch { Py.Decref(s); throw; }
        return s;
    }

    static PyObject SetMethodOnCopy(PyObject a, PyObject b, string method)
    {
        var r = ToSet(a);
        try
        {
            Py.Decref(Py.CallMethod(r, method, b));
        }
        catch { Py.Decref(r); throw; }
        return r;
    }

    static bool ViewContains(PyDictView v, PyObject x)
    {
        if (v.Kind == DictIterKind.Keys) return v.Dict.ContainsKey(x);
        if (x is not PyTuple pair || pair.Count != 2) return false;
        var key = pair.Items[0];
        var value = v.Dict.GetItemBorrowed(key);
        if (value is null) return false;
        Py.Incref(value);
        try { return Py.RichCompareBool(value, pair.Items[1], CompareOp.Eq); }
        finally { Py.Decref(value); }
    }

    /// <summary>_PyDictView_Intersect.</summary>
    static PyObject Intersect(PyObject a, PyObject b)
    {
        PyObject self = a, other = b;
        if (!IsSetView(self)) (self, other) = (other, self);
        long lenSelf = Py.Length(self);
        if (other.ob_type == PySet.Type && lenSelf <= Py.Length(other))
            return Py.CallMethod(other, "intersection", self);
        if (IsSetView(other) && Py.Length(other) > lenSelf) (self, other) = (other, self);
        var view = (PyDictView)self;
        var result = new PySet();
        try
        {
            var it = Py.GetIter(other);
            try
            {
                while (Py.IterNext(it) is { } key)
                {
                    try { if (ViewContains(view, key)) result.Add(key); }
                    finally { Py.Decref(key); }
                }
            }
            finally { Py.Decref(it); }
        }
        catch { Py.Decref(result); throw; }
        return result;
    }

    /// <summary>dictviews_isdisjoint: iterates the smaller side when the other is set-like.</summary>
    static bool IsDisjoint(PyObject self, PyObject other)
    {
        if (ReferenceEquals(self, other)) return Py.Length(self) == 0;
        if (other is PySet || IsSetView(other))
        {
            if (Py.Length(other) > Py.Length(self)) (self, other) = (other, self);
        }
        var it = Py.GetIter(other);
        try
        {
            while (Py.IterNext(it) is { } x)
            {
                try { if (Py.Contains(self, x)) return false; }
                finally { Py.Decref(x); }
            }
            return true;
        }
        finally { Py.Decref(it); }
    }

    static PyList PySequenceOf(PyDictView v)
    {
        var list = new PyList();
        ListType.Extend(list, v);
        return list;
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
