using Ftpy.Objects;
using Ftpy.Runtime;

namespace Ftpy.Modules;

/// <summary>
/// _collections: deque, defaultdict, the _tuplegetter descriptor namedtuple uses for its fields,
/// and _count_elements (Counter's counting loop).
/// </summary>
public static class CollectionsModule
{
    public static PyModule Create(InterpreterState interp)
    {
        TypeSystem.ReadyStatic(PyDeque.Type, null, DequeType.Setup, t => new PyDeque(t));
        TypeSystem.ReadyStatic(DequeType.IteratorType, null, DequeType.SetupIterator);
        TypeSystem.ReadyStatic(DequeType.ReverseIteratorType, null, DequeType.SetupIterator);
        TypeSystem.ReadyStatic(PyDefaultDict.Type, PyDict.Type, DefaultDictType.Setup, t => new PyDefaultDict(t));
        TypeSystem.ReadyStatic(TupleGetter.Type, null, TupleGetter.Setup);
        var m = new PyModule("_collections");
        m.Dict.SetItem("__doc__", PyStr.From("High performance data structures.\n- deque:        ordered collection accessible from endpoints only\n- defaultdict:  dict subclass with a default value factory\n"));
        m.Add("deque", PyDeque.Type);
        m.Add("defaultdict", PyDefaultDict.Type);
        m.Add("_deque_iterator", DequeType.IteratorType);
        m.Add("_deque_reverse_iterator", DequeType.ReverseIteratorType);
        m.Add("_tuplegetter", TupleGetter.Type);
        m.AddFunction(new MethodDef("_count_elements", CountElements));
        return m;
    }

    /// <summary>_count_elements(mapping, iterable): mapping[x] = mapping.get(x, 0) + 1 for each x,
    /// straight on the dict when the mapping's get and __setitem__ are dict's own.</summary>
    static PyObject CountElements(PyObject module, ReadOnlySpan<PyObject> args)
    {
        ArgParser.CheckPositional("_count_elements", args, 2, 2);
        var mapping = args[0];
        var it = Py.GetIter(args[1]);
        try
        {
            var t = mapping.ob_type;
            bool fast = mapping is PyDict
                && ReferenceEquals(t.Lookup("get"), PyDict.Type.Dict.GetItemBorrowed("get"))
                && ReferenceEquals(t.Lookup("__setitem__"), PyDict.Type.Dict.GetItemBorrowed("__setitem__"));
            var one = PyInt.One;
            if (fast)
            {
                var d = (PyDict)mapping;
                while (Py.IterNext(it) is { } key)
                {
                    try
                    {
                        var old = d.GetItemBorrowed(key);
                        if (old is null) d.SetItem(key, one);
                        else
                        {
                            var nv = Py.BinaryOp(old, one, BinaryOp.Add);
                            try { d.SetItem(key, nv); }
                            finally { Py.Decref(nv); }
                        }
                    }
                    finally { Py.Decref(key); }
                }
            }
            else
            {
                var get = Py.GetAttr(mapping, "get");
                try
                {
                    while (Py.IterNext(it) is { } key)
                    {
                        try
                        {
                            var old = Py.Call(get, key, PyInt.Zero);
                            PyObject nv;
                            try { nv = Py.BinaryOp(old, one, BinaryOp.Add); }
                            finally { Py.Decref(old); }
                            try { Py.SetItem(mapping, key, nv); }
                            finally { Py.Decref(nv); }
                        }
                        finally { Py.Decref(key); }
                    }
                }
                finally { Py.Decref(get); }
            }
        }
        finally { Py.Decref(it); }
        return PyNone.Instance;
    }
}

/// <summary>_tuplegetter(index, doc): the read-only field descriptor of namedtuple classes.</summary>
public sealed class TupleGetter : PyObject
{
    public static readonly PyType Type = new("collections._tuplegetter");

    readonly long _index;
    PyObject? _doc;

    public TupleGetter(PyType t, long index, PyObject doc) : base(t)
    {
        _index = index;
        _doc = Py.NewRef(doc);
        GcRegistry.Track(this);
    }

    protected internal override bool IsGcContainer => true;
    protected internal override void ReleaseReferences() => Py.Clear(ref _doc);
    protected internal override void Traverse(Action<PyObject> visit) { if (_doc is not null) visit(_doc); }

    internal static void Setup(PyType t)
    {
        t.tp_new = (type, args, kw) =>
        {
            if (type == Type) ArgParser.NoKeywords("_tuplegetter", kw);
            var pos = ClinicArgs.Positional(args, kw);
            ArgParser.CheckPositional("_tuplegetter", pos, 2, 2);
            return new TupleGetter(type, ClinicArgs.AsSsize(pos[0]), pos[1]);
        };
        t.tp_descr_get = (self, obj, type) =>
        {
            var g = (TupleGetter)self;
            if (obj is null || obj is PyNone) return Py.NewRef(self);
            if (obj is not PyTuple tuple)
                throw PyErr.TypeError($"descriptor for index '{g._index}' for tuple subclasses doesn't apply to '{obj.ob_type.ShortName}' object");
            if (g._index < 0 || g._index >= tuple.Items.Length) throw PyErr.IndexError("tuple index out of range");
            return Py.NewRef(tuple.Items[g._index]);
        };
        t.tp_descr_set = (self, obj, value) =>
            throw PyErr.AttributeError(value is null ? "can't delete attribute" : "can't set attribute");
        t.tp_repr = self =>
        {
            var g = (TupleGetter)self;
            return PyStr.From($"{self.ob_type.ShortName}({g._index}, {Py.ReprString(g._doc ?? PyNone.Instance)})");
        };
        t.AddMethod("__reduce__", (PyObject self) =>
        {
            var g = (TupleGetter)self;
            return PyTuple.Steal(new PyObject[] { Py.NewRef(self.ob_type), PyTuple.Steal(new PyObject[] { PyInt.From(g._index), Py.NewRef(g._doc ?? PyNone.Instance) }) });
        });
        t.AddGetSet("__doc__", o => Py.NewRef(((TupleGetter)o)._doc ?? PyNone.Instance), (o, v) =>
        {
            var g = (TupleGetter)o;
            Py.XSetRef(ref g._doc, Py.XNewRef(v));
        });
    }
}
