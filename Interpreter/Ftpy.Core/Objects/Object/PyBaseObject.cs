using Ftpy.Runtime;

namespace Ftpy.Objects;

/// <summary>A bare <c>object()</c> instance; also the home of the <c>object</c> type's slots and methods.</summary>
public sealed class PyBaseObject : PyObject
{
    public static readonly PyType Type = new("object");

    public PyBaseObject() : base(Type) { }

    internal static void Setup(PyType t)
    {
        t.Doc = "The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n";
        t.tp_new = ObjectNewFunc;
        t.tp_init = ObjectInitFunc;
        t.tp_repr = ObjectRepr;
        t.tp_str = o => Py.Repr(o);
        t.tp_hash = Py.IdentityHash;
        t.tp_richcompare = ObjectRichCompare;
        t.tp_getattro = Py.GenericGetAttr;
        t.tp_setattro = Py.GenericSetAttr;
        t.AddGetSet("__class__", o => Py.NewRef(o.ob_type), SetClass);
        t.AddMethod("__format__", (PyObject self, PyObject spec) =>
        {
            if (spec is not PyStr s) throw PyErr.TypeError($"__format__() argument must be str, not {spec.ob_type.ShortName}");
            if (s.Value.Length > 0) throw PyErr.TypeError($"unsupported format string passed to {self.ob_type.ShortName}.__format__");
            return Py.Str(self);
        });
        t.AddMethod("__sizeof__", (PyObject self) => PyInt.From(16));
        t.AddMethod("__dir__", (PyObject self) => ObjectDir.Dir(self));
        t.AddMethod("__reduce_ex__", (PyObject self, PyObject protocol) => CopyReg.ReduceEx(self, Py.AsInt(protocol)));
        t.AddMethod("__reduce__", (PyObject self) => CopyReg.ReduceEx(self, 0));
        t.AddMethod("__getstate__", (PyObject self) => CopyReg.GetState(self));
        t.AddClassMethod(new MethodDef("__init_subclass__", (PyObject cls) => PyNone.Instance));
        t.AddClassMethod(new MethodDef("__subclasshook__", (PyObject cls, PyObject sub) => PyNotImplemented.Instance));
    }

    internal static readonly NewFunc ObjectNewFunc = ObjectNew;
    internal static readonly InitFunc ObjectInitFunc = ObjectInit;

    /// <summary>object.__new__: extra arguments are an error unless a subclass overrides __init__ (and not __new__).</summary>
    static PyObject ObjectNew(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (args.Length > 0)
        {
            if (type.tp_new != ObjectNewFunc)
                throw PyErr.TypeError("object.__new__() takes exactly one argument (the type to instantiate)");
            if (type.tp_init == ObjectInitFunc)
                throw PyErr.TypeError($"{type.Name}() takes no arguments");
        }
        if (type.HasFlag(TypeFlags.Abstract)) throw AbstractInstantiation(type);
        if (type.AllocInstance is { } alloc) return alloc(type);
        if (ReferenceEquals(type, Type)) return new PyBaseObject();
        throw PyErr.TypeError($"object.__new__({type.ShortName}) is not safe, use {type.SolidBase.ShortName}.__new__()");
    }

    /// <summary>object.__init__: extra arguments are an error unless a subclass overrides __new__ (and not __init__).</summary>
    static void ObjectInit(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (args.Length == 0) return;
        var type = self.ob_type;
        if (type.tp_init != ObjectInitFunc)
            throw PyErr.TypeError("object.__init__() takes exactly one argument (the instance to initialize)");
        if (type.tp_new == ObjectNewFunc)
            throw PyErr.TypeError($"{type.Name}.__init__() takes exactly one argument (the instance to initialize)");
    }

    static PyException AbstractInstantiation(PyType type)
    {
        var names = new List<string>();
        if (type.Dict.GetItemBorrowed("__abstractmethods__") is { } am)
        {
            foreach (var n in Py.Iterate(am)) { names.Add(Py.StrString(n)); Py.Decref(n); }
        }
        names.Sort(string.CompareOrdinal);
        string list = string.Join(", ", names.Select(n => $"'{n}'"));
        string method = names.Count == 1 ? "method" : "methods";
        return PyErr.TypeError($"Can't instantiate abstract class {type.ShortName} without an implementation for abstract {method} {list}");
    }

    static PyObject ObjectRepr(PyObject self)
    {
        var type = self.ob_type;
        string module = TypeObject.ModuleName(type);
        string qual = TypeObject.QualName(type);
        string name = module is "builtins" or "" ? qual : $"{module}.{qual}";
        return PyStr.From($"<{name} object at 0x{Py.Id(self):x}>");
    }

    static PyObject ObjectRichCompare(PyObject self, PyObject other, CompareOp op)
    {
        switch (op)
        {
            case CompareOp.Eq:
                return ReferenceEquals(self, other) ? PyBool.True : PyNotImplemented.Instance;
            case CompareOp.Ne:
                if (self.ob_type.tp_richcompare is not { } cmp) return PyNotImplemented.Instance;
                var r = cmp(self, other, CompareOp.Eq);
                if (ReferenceEquals(r, PyNotImplemented.Instance)) return r;
                try { return Py.Not(r); }
                finally { Py.Decref(r); }
            default:
                return PyNotImplemented.Instance;
        }
    }

    static void SetClass(PyObject self, PyObject? value)
    {
        if (value is null) throw PyErr.TypeError("can't delete __class__ attribute");
        if (value is not PyType newType)
            throw PyErr.TypeError($"__class__ must be set to a class, not '{value.ob_type.ShortName}' object");
        var old = self.ob_type;
        bool modules = newType.IsSubtype(PyModule.Type) && old.IsSubtype(PyModule.Type);
        if (!modules && (!newType.IsHeapType || !old.IsHeapType))
            throw PyErr.TypeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
        // compatible_for_assignment: the same C# layout, the same __slots__, both with or without __dict__.
        if (!ReferenceEquals(newType.SolidBase, old.SolidBase)
            || !newType.SlotNames.AsSpan().SequenceEqual(old.SlotNames)
            || !modules && newType.HasFlag(TypeFlags.HasInstanceDict) != old.HasFlag(TypeFlags.HasInstanceDict))
            throw PyErr.TypeError($"__class__ assignment: '{newType.Name}' object layout differs from '{old.Name}'");
        Py.Incref(newType);
        self.ob_type = newType;
        Py.Decref(old);
    }
}
