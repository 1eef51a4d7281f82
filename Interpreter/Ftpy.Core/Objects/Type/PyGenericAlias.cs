using System.Text;
using Ftpy.Runtime;

namespace Ftpy.Objects;

/// <summary>types.GenericAlias: list[int] and friends (PEP 585).</summary>
public sealed class PyGenericAlias : PyObject
{
    public static readonly PyType Type = new("types.GenericAlias");

    public PyObject Origin;
    public PyTuple Args;
    /// <summary>*tuple[int]: the unpacked form iteration yields (PEP 646).</summary>
    public readonly bool Starred;

    public PyGenericAlias(PyObject origin, PyTuple args, bool starred = false) : this(Type, origin, args, starred) { }

    /// <summary>An alias of type <paramref name="type"/> (a subclass such as collections.abc's Callable alias).</summary>
    public PyGenericAlias(PyType type, PyObject origin, PyTuple args, bool starred = false) : base(type)
    {
        Origin = Py.NewRef(origin);
        Args = Py.NewRef(args);
        Starred = starred;
        GcRegistry.Track(this);
    }

    /// <summary>Attributes a GenericAlias answers itself; every other name is looked up on the origin.</summary>
    static readonly HashSet<string> s_ownAttributes = new()
    {
        "__class__", "__bases__", "__origin__", "__args__", "__unpacked__", "__parameters__",
        "__typing_unpacked_tuple_args__", "__mro_entries__", "__reduce_ex__", "__reduce__", "__copy__", "__deepcopy__",
    };

    protected internal override bool IsGcContainer => true;

    public static PyObject Create(PyObject origin, PyObject arg)
    {
        var args = arg is PyTuple t ? Py.NewRef(t) : PyTuple.Create(arg);
        try { return new PyGenericAlias(origin, args); }
        finally { Py.Decref(args); }
    }

    internal static string ReprItem(PyObject o)
    {
        if (o is PyEllipsis) return "...";
        if (o is PyType t && o is not PyGenericAlias)
        {
            string module = TypeObject.ModuleName(t);
            string q = TypeObject.QualName(t);
            return module == "builtins" ? q : $"{module}.{q}";
        }
        if (o is PyList l)
        {
            var sb = new StringBuilder("[");
            for (int i = 0; i < l.Count; i++) { if (i > 0) sb.Append(", "); sb.Append(ReprItem(l[i])); }
            return sb.Append(']').ToString();
        }
        return Py.ReprString(o);
    }

    internal static void Setup(PyType t)
    {
        t.tp_new = (type, args, kw) =>
        {
            if (type == Type) ArgParser.NoKeywords("GenericAlias", kw);
            var pos = kw is null ? args : args[..(args.Length - kw.Count)];
            ArgParser.CheckPositional("GenericAlias", pos, 2, 2);
            var aliasArgs = pos[1] is PyTuple at ? Py.NewRef(at) : PyTuple.Create(pos[1]);
            try { return new PyGenericAlias(type, pos[0], aliasArgs); }
            finally { Py.Decref(aliasArgs); }
        };
        t.tp_repr = o =>
        {
            var g = (PyGenericAlias)o;
            var sb = new StringBuilder(g.Starred ? "*" : "").Append(ReprItem(g.Origin)).Append('[');
            if (g.Args.Count == 0) sb.Append("()");
            for (int i = 0; i < g.Args.Count; i++) { if (i > 0) sb.Append(", "); sb.Append(ReprItem(g.Args.Items[i])); }
            return PyStr.From(sb.Append(']').ToString());
        };
        t.tp_call = (self, args, kw) =>
        {
            var g = (PyGenericAlias)self;
            var r = Py.Call(g.Origin, args, kw);
            try { Py.SetAttr(r, "__orig_class__", self); }
            catch (PyException e) when (e.Matches(ExceptionTypes.AttributeError) || e.Matches(ExceptionTypes.TypeError)) { e.Release(); }
            return r;
        };
        t.tp_getattro = (o, name) =>
        {
            var g = (PyGenericAlias)o;
            if (!s_ownAttributes.Contains(name.Value)) return g.Origin.ob_type.tp_getattro!(g.Origin, name);
            return Py.GenericGetAttr(o, name);
        };
        t.tp_iter = o =>
        {
            var g = (PyGenericAlias)o;
            var starred = new PyGenericAlias(g.Origin, g.Args, starred: true);
            var items = PyTuple.Steal(new PyObject[] { starred });
            try { return Py.GetIter(items); }
            finally { Py.Decref(items); }
        };
        t.tp_hash = o => { var g = (PyGenericAlias)o; return Py.Hash(g.Origin) ^ Py.Hash(g.Args); };
        t.tp_richcompare = (a, b, op) =>
        {
            if (op is not (CompareOp.Eq or CompareOp.Ne) || b is not PyGenericAlias gb) return PyNotImplemented.Instance;
            var ga = (PyGenericAlias)a;
            bool eq = ga.Starred == gb.Starred && Py.RichCompareBool(ga.Origin, gb.Origin, CompareOp.Eq) && Py.RichCompareBool(ga.Args, gb.Args, CompareOp.Eq);
            return PyBool.From(eq == (op == CompareOp.Eq));
        };
        t.nb_binary[(int)BinaryOp.Or] = (a, b) => PyUnionType.Create(a, b);
        t.mp_subscript = (o, key) =>
        {
            var g = (PyGenericAlias)o;
            throw PyErr.TypeError($"{Py.ReprString(o)} is not a generic class");
        };
        t.AddGetter("__origin__", o => Py.NewRef(((PyGenericAlias)o).Origin));
        t.AddGetter("__args__", o => Py.NewRef(((PyGenericAlias)o).Args));
        t.AddGetter("__parameters__", o => PyTuple.Empty);
        t.AddGetter("__unpacked__", o => PyBool.From(((PyGenericAlias)o).Starred));
        t.AddMethod("__mro_entries__", (PyObject self, PyObject bases) => PyTuple.Create(((PyGenericAlias)self).Origin));
        t.AddMethod("__instancecheck__", (PyObject self, PyObject x) => throw PyErr.TypeError("isinstance() argument 2 cannot be a parameterized generic"));
        t.AddMethod("__subclasscheck__", (PyObject self, PyObject x) => throw PyErr.TypeError("issubclass() argument 2 cannot be a parameterized generic"));
        t.AddMethod("__reduce__", (PyObject self) =>
        {
            var g = (PyGenericAlias)self;
            return PyTuple.Steal(new PyObject[] { Py.NewRef(Type), PyTuple.Create(g.Origin, g.Args) });
        });
    }

    protected internal override void ReleaseReferences()
    {
        var o = Origin; var a = Args;
        Origin = PyNone.Instance; Args = PyTuple.Empty;
        Py.Decref(o); Py.Decref(a);
    }

    protected internal override void Traverse(Action<PyObject> visit) { visit(Origin); visit(Args); }
}

/// <summary>types.UnionType: int | str (PEP 604).</summary>
public sealed class PyUnionType : PyObject
{
    public static readonly PyType Type = new("types.UnionType");
    public PyTuple Args;

    PyUnionType(PyTuple args) : base(Type)
    {
        Args = Py.NewRef(args);
        GcRegistry.Track(this);
    }

    protected internal override bool IsGcContainer => true;

    static bool IsUnionable(PyObject o) => o is PyNone || o is PyType || o is PyGenericAlias || o is PyUnionType;

    public static PyObject Create(PyObject a, PyObject b)
    {
        if (!IsUnionable(a) || !IsUnionable(b)) return PyNotImplemented.Instance;
        var items = new List<PyObject>();
        void Add(PyObject x)
        {
            if (x is PyUnionType u) { foreach (var i in u.Args.Items) Add(i); return; }
            if (x is PyNone) x = PyNone.Type;
            foreach (var existing in items) if (ReferenceEquals(existing, x) || (x is PyGenericAlias && Py.Equal(existing, x))) return;
            items.Add(x);
        }
        Add(a);
        Add(b);
        if (items.Count == 1) return Py.NewRef(items[0]);
        var args = PyTuple.Create(items.ToArray());
        try { return new PyUnionType(args); }
        finally { Py.Decref(args); }
    }

    internal static void Setup(PyType t)
    {
        t.tp_repr = o =>
        {
            var u = (PyUnionType)o;
            return PyStr.From(string.Join(" | ", u.Args.Items.Select(x => x == PyNone.Type ? "None" : PyGenericAlias.ReprItem(x))));
        };
        t.nb_binary[(int)BinaryOp.Or] = (a, b) => Create(a, b);
        t.tp_hash = o =>
        {
            var f = new PyFrozenSet();
            foreach (var x in ((PyUnionType)o).Args.Items) f.Add(x);
            try { return Py.Hash(f); }
            finally { Py.Decref(f); }
        };
        t.tp_richcompare = (a, b, op) =>
        {
            if (op is not (CompareOp.Eq or CompareOp.Ne) || b is not PyUnionType ub) return PyNotImplemented.Instance;
            var ua = (PyUnionType)a;
            bool eq = ua.Args.Count == ub.Args.Count && ua.Args.Items.All(x => ub.Args.Items.Any(y => Py.Equal(x, y)));
            return PyBool.From(eq == (op == CompareOp.Eq));
        };
        t.AddGetter("__args__", o => Py.NewRef(((PyUnionType)o).Args));
        t.AddGetter("__parameters__", o => PyTuple.Empty);
        t.mp_subscript = (o, key) => throw PyErr.TypeError($"{Py.ReprString(o)} is not a generic class");
        t.AddMethod("__instancecheck__", (PyObject self, PyObject x) =>
        {
            foreach (var a in ((PyUnionType)self).Args.Items)
            {
                if (a is PyGenericAlias) throw PyErr.TypeError("isinstance() argument 2 cannot be a parameterized generic");
                if (Py.IsInstance(x, a)) return PyBool.True;
            }
            return PyBool.False;
        });
        t.AddMethod("__subclasscheck__", (PyObject self, PyObject x) =>
        {
            foreach (var a in ((PyUnionType)self).Args.Items)
            {
                if (a is PyGenericAlias) throw PyErr.TypeError("issubclass() argument 2 cannot be a parameterized generic");
                if (Py.IsSubclass(x, a)) return PyBool.True;
            }
            return PyBool.False;
        });
    }

    protected internal override void ReleaseReferences()
    {
        var a = Args;
        Args = PyTuple.Empty;
        Py.Decref(a);
    }

    protected internal override void Traverse(Action<PyObject> visit) => visit(Args);
}
