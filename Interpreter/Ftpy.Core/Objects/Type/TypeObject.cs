using Ftpy.Runtime;

namespace Ftpy.Objects;

/// <summary>The slots and methods of <c>type</c> itself: calling a type, attribute lookup on
/// classes (metatype data descriptors, then the MRO, then other metatype attributes), and
/// class attribute assignment keeping slots and caches in step.</summary>
public static class TypeObject
{
    static readonly PyStr s_module = PyStr.Intern("__module__");
    static readonly PyStr s_qualname = PyStr.Intern("__qualname__");
    static readonly PyStr s_doc = PyStr.Intern("__doc__");

    internal static void Setup(PyType t)
    {
        t.Doc = "type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type";
        t.tp_call = TypeCall;
        t.tp_getattro = TypeGetAttr;
        t.tp_setattro = TypeSetAttr;
        t.tp_repr = TypeRepr;
        t.tp_new = TypeCreation.TypeNew;
        t.tp_init = (self, args, kw) =>
        {
            int npos = args.Length - (kw?.Count ?? 0);
            if (npos != 1 && npos != 3) throw PyErr.TypeError("type.__init__() takes 1 or 3 arguments");
        };
        t.nb_binary[(int)BinaryOp.Or] = (a, b) => PyUnionType.Create(a, b);
        t.AddGetSet("__name__", o => PyStr.From(((PyType)o).ShortName), SetName);
        t.AddGetSet("__qualname__", o => PyStr.From(QualName((PyType)o)), SetQualName);
        t.AddGetSet("__module__", o => GetModule((PyType)o), SetModule);
        t.AddGetSet("__bases__", o => Py.NewRef(((PyType)o).Bases), SetBases);
        t.AddGetter("__base__", o => Py.NewRef((PyObject?)((PyType)o).Base ?? PyNone.Instance));
        t.AddGetter("__mro__", o => Py.NewRef(((PyType)o).Mro));
        t.AddGetter("__dict__", o => new PyMappingProxy(((PyType)o).Dict));
        t.AddGetSet("__doc__", GetDoc, (o, v) => SetSpecial((PyType)o, "__doc__", v));
        t.AddGetSet("__abstractmethods__", GetAbstractMethods, SetAbstractMethods);
        t.AddGetSet("__annotations__", GetAnnotations, (o, v) => SetSpecial((PyType)o, "__annotations__", v));
        t.AddGetter("__basicsize__", o => PyInt.From(16));
        t.AddGetter("__flags__", o => PyInt.From((long)((PyType)o).Flags));
        t.AddGetter("__text_signature__", o => PyNone.Instance);
        t.AddGetSet("__type_params__", o => ((PyType)o).Dict.GetItem(PyStr.Intern("__type_params__")) ?? PyTuple.Empty,
            (o, v) => SetSpecial((PyType)o, "__type_params__", v));
        t.AddMethod("mro", (PyObject self) =>
        {
            var type = (PyType)self;
            var bases = new List<PyType>();
            foreach (var b in type.Bases.Items) bases.Add((PyType)b);
            var list = new PyList();
            foreach (var m in Mro.Compute(type, bases)) list.Append(m);
            return list;
        });
        t.AddMethod("__subclasses__", (PyObject self) =>
        {
            var list = new PyList();
            foreach (var s in ((PyType)self).Subclasses()) list.Append(s);
            return list;
        });
        t.AddMethod("__instancecheck__", (PyObject self, PyObject inst) => PyBool.From(Py.RecursiveIsInstance(inst, self)));
        t.AddMethod("__subclasscheck__", (PyObject self, PyObject sub) => PyBool.From(Py.RecursiveIsSubclass(sub, self)));
        t.AddMethod("__dir__", (PyObject self) => ObjectDir.TypeDir((PyType)self));
        t.AddMethod("__sizeof__", (PyObject self) => PyInt.From(400));
        t.AddClassMethod(new MethodDef("__prepare__", (PyObject cls, ReadOnlySpan<PyObject> args, PyTuple? kw) => new PyDict()));
    }

    public static string QualName(PyType t) => t.QualName?.Value ?? t.ShortName;

    public static string ModuleName(PyType t)
    {
        if (t.IsHeapType)
        {
            var m = t.Dict.GetItemBorrowed(s_module);
            return m is PyStr s ? s.Value : "builtins";
        }
        int dot = t.Name.LastIndexOf('.');
        return dot < 0 ? "builtins" : t.Name[..dot];
    }

    static PyObject GetModule(PyType t)
    {
        if (t.IsHeapType)
        {
            var m = t.Dict.GetItemBorrowed(s_module);
            if (m is null) throw PyErr.AttributeError("__module__");
            return Py.NewRef(m);
        }
        return PyStr.From(ModuleName(t));
    }

    static PyObject GetDoc(PyObject o)
    {
        var t = (PyType)o;
        if (!t.IsHeapType) return t.Doc is null ? PyNone.Instance : PyStr.From(t.Doc);
        var d = t.Dict.GetItemBorrowed(s_doc);
        if (d is null) return PyNone.Instance;
        if (d.ob_type.tp_descr_get is { } get) return get(d, null, t);
        return Py.NewRef(d);
    }

    static void CheckSettable(PyType t, string name)
    {
        if (!t.IsHeapType) throw PyErr.TypeError($"cannot set '{name}' attribute of immutable type '{t.Name}'");
    }

    static void SetSpecial(PyType t, string name, PyObject? v)
    {
        CheckSettable(t, name);
        if (v is null)
        {
            if (!t.Dict.DelItem(name)) throw PyErr.AttributeError(name);
        }
        else t.Dict.SetItem(name, v);
        t.Modified();
    }

    static void SetName(PyObject o, PyObject? v)
    {
        var t = (PyType)o;
        CheckSettable(t, "__name__");
        if (v is null) throw PyErr.TypeError("cannot delete '__name__' attribute of immutable type");
        if (v is not PyStr s) throw PyErr.TypeError($"can only assign string to {t.ShortName}.__name__, not '{v.ob_type.ShortName}'");
        t.Name = s.Value;
    }

    static void SetQualName(PyObject o, PyObject? v)
    {
        var t = (PyType)o;
        CheckSettable(t, "__qualname__");
        if (v is not PyStr s) throw PyErr.TypeError($"can only assign string to {t.ShortName}.__qualname__, not '{v?.ob_type.ShortName ?? "NoneType"}'");
        var old = t.QualName;
        t.QualName = Py.NewRef(s);
        Py.XDecref(old);
    }

    static void SetModule(PyObject o, PyObject? v) => SetSpecial((PyType)o, "__module__", v);

    static void SetBases(PyObject o, PyObject? v)
    {
        var t = (PyType)o;
        CheckSettable(t, "__bases__");
        if (v is not PyTuple tuple || tuple.Count == 0)
            throw PyErr.TypeError($"can only assign non-empty tuple to {t.ShortName}.__bases__, not {v?.ob_type.ShortName ?? "NoneType"}");
        var bases = new List<PyType>();
        foreach (var b in tuple.Items)
        {
            if (b is not PyType bt) throw PyErr.TypeError($"{t.ShortName}.__bases__ must be tuple of classes, not '{b.ob_type.ShortName}'");
            if (bt.IsSubtype(t)) throw PyErr.TypeError("a __bases__ item causes an inheritance cycle");
            bases.Add(bt);
        }
        var mro = Mro.Compute(t, bases);
        foreach (var b in t.Bases.Items) ((PyType)b).RemoveSubclass(t);
        var oldBases = t.Bases;
        t.Bases = Py.NewRef(tuple);
        Py.Decref(oldBases);
        t.Base = TypeCreation.BestBase(bases);
        TypeCreation.SetMro(t, mro);
        foreach (var b in bases) b.AddSubclass(t);
        RefreshSlotsRecursively(t);
    }

    static PyObject GetAbstractMethods(PyObject o)
    {
        var t = (PyType)o;
        var v = ReferenceEquals(t, PyType.Type) ? null : t.Dict.GetItemBorrowed("__abstractmethods__");
        if (v is null) throw PyErr.AttributeError("__abstractmethods__");
        return Py.NewRef(v);
    }

    static void SetAbstractMethods(PyObject o, PyObject? v)
    {
        var t = (PyType)o;
        bool abs = v is not null && Py.IsTrue(v);
        if (v is null)
        {
            if (!t.Dict.DelItem("__abstractmethods__")) throw PyErr.AttributeError("__abstractmethods__");
        }
        else t.Dict.SetItem("__abstractmethods__", v);
        if (abs) t.Flags |= TypeFlags.Abstract; else t.Flags &= ~TypeFlags.Abstract;
        t.Modified();
    }

    static PyObject GetAnnotations(PyObject o)
    {
        var t = (PyType)o;
        var v = t.Dict.GetItemBorrowed("__annotations__");
        if (v is not null)
        {
            if (v.ob_type.tp_descr_get is { } get) return get(v, null, t);
            return Py.NewRef(v);
        }
        if (!t.IsHeapType) throw PyErr.AttributeError($"type object '{t.ShortName}' has no attribute '__annotations__'");
        var d = new PyDict();
        t.Dict.SetItem("__annotations__", d);
        return d;
    }

    /// <summary>type.__call__: type(x), or tp_new then tp_init when the result is an instance.</summary>
    static PyObject TypeCall(PyObject callable, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var type = (PyType)callable;
        if (ReferenceEquals(type, PyType.Type) && args.Length == 1 && (kwnames is null || kwnames.Count == 0))
            return Py.NewRef(args[0].ob_type);
        var newf = type.tp_new ?? throw PyErr.TypeError($"cannot create '{type.Name}' instances");
        int npos = args.Length - (kwnames?.Count ?? 0);
        if (ReferenceEquals(type, PyType.Type) && npos != 3 && npos != 1)
            throw PyErr.TypeError("type() takes 1 or 3 arguments");
        var obj = newf(type, args, kwnames);
        if (!obj.ob_type.IsSubtype(type)) return obj;
        var init = obj.ob_type.tp_init;
        if (init is not null)
        {
            try { init(obj, args, kwnames); }
            catch { Py.Decref(obj); throw; }
        }
        return obj;
    }

    static PyObject TypeRepr(PyObject o)
    {
        var t = (PyType)o;
        string module = ModuleName(t);
        string qual = QualName(t);
        return PyStr.From(module == "builtins" ? $"<class '{qual}'>" : $"<class '{module}.{qual}'>");
    }

    /// <summary>type_getattro: metatype data descriptors, then the class's MRO (binding with
    /// obj=None), then the metatype's other attributes. Null when missing.</summary>
    internal static PyObject? TypeGetAttr(PyObject o, PyStr name)
    {
        var type = (PyType)o;
        var meta = type.ob_type;
        var metaAttr = meta.Lookup(name);
        DescrGetFunc? metaGet = null;
        if (metaAttr is not null)
        {
            metaGet = metaAttr.ob_type.tp_descr_get;
            if (metaGet is not null && metaAttr.ob_type.tp_descr_set is not null)
            {
                Py.Incref(metaAttr);
                try { return metaGet(metaAttr, type, meta); }
                finally { Py.Decref(metaAttr); }
            }
        }
        var attr = type.Lookup(name);
        if (attr is not null)
        {
            var localGet = attr.ob_type.tp_descr_get;
            if (localGet is not null)
            {
                Py.Incref(attr);
                try { return localGet(attr, null, type); }
                finally { Py.Decref(attr); }
            }
            return Py.NewRef(attr);
        }
        if (metaGet is not null)
        {
            Py.Incref(metaAttr!);
            try { return metaGet(metaAttr!, type, meta); }
            finally { Py.Decref(metaAttr!); }
        }
        return metaAttr is null ? null : Py.NewRef(metaAttr);
    }

    /// <summary>type_setattro: only heap types may change; dunder changes re-derive slots of the
    /// type and all subclasses; every change invalidates lookup caches.</summary>
    static void TypeSetAttr(PyObject o, PyStr name, PyObject? value)
    {
        var type = (PyType)o;
        if (!type.IsHeapType)
            throw PyErr.TypeError($"cannot set '{name.Value}' attribute of immutable type '{type.Name}'");
        var meta = type.ob_type;
        var metaAttr = meta.Lookup(name);
        if (metaAttr is not null && metaAttr.ob_type.tp_descr_set is { } set)
        {
            set(metaAttr, type, value);
            return;
        }
        var key = PyStr.Intern(name);
        if (value is null)
        {
            if (!type.Dict.DelItem(key))
                throw ExceptionObjects.AttributeErrorFor($"type object '{type.ShortName}' has no attribute '{name.Value}'", type, name);
        }
        else type.Dict.SetItem(key, value);
        type.Modified();
        if (name.Value.StartsWith("__", StringComparison.Ordinal) && name.Value.EndsWith("__", StringComparison.Ordinal))
            RefreshSlotsRecursively(type);
    }

    static void RefreshSlotsRecursively(PyType type)
    {
        SlotDefs.UpdateHeapSlots(type);
        foreach (var sub in type.Subclasses())
            if (sub.IsHeapType) RefreshSlotsRecursively(sub);
    }
}
