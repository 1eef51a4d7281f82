namespace Ftpy.Objects;

/// <summary>
/// Readies every builtin type once per process (PyType_Ready for the static types): metatype,
/// bases and MRO, namespace, slots, wrapper descriptors for the slots each defines, and slots
/// inherited from the base. Builtin types, their namespaces and contents are immortal.
/// </summary>
public static class TypeSystem
{
    static readonly object s_lock = new();
    static volatile bool s_ready;

    sealed record Entry(PyType Type, PyType? Base, Action<PyType>? Setup, Func<PyType, PyObject>? Alloc);

    public static void EnsureInitialized(string? hashSeed = null)
    {
        if (s_ready) return;
        lock (s_lock)
        {
            if (s_ready) return;
            StrHashing.Initialize(hashSeed ?? Environment.GetEnvironmentVariable("PYTHONHASHSEED"));
            Initialize();
            s_ready = true;
        }
    }

    static List<Entry> Entries()
    {
        var o = PyBaseObject.Type;
        var list = new List<Entry>
        {
            new(o, null, PyBaseObject.Setup, null),
            new(PyType.Type, o, TypeObject.Setup, t => throw Runtime.PyErr.TypeError("use type() to create types")),
            new(PyNone.Type, o, SingletonTypes.SetupNone, null),
            new(PyNotImplemented.Type, o, SingletonTypes.SetupNotImplemented, null),
            new(PyEllipsis.Type, o, SingletonTypes.SetupEllipsis, null),
            new(PyInt.Type, o, IntType.Setup, t => new PyInt(t, System.Numerics.BigInteger.Zero)),
            new(PyBool.Type, PyInt.Type, IntType.SetupBool, null),
            new(PyFloat.Type, o, FloatType.Setup, t => new PyFloat(t, 0.0)),
            new(PyComplex.Type, o, ComplexType.Setup, t => new PyComplex(t, 0, 0)),
            new(PyStr.Type, o, StrType.Setup, t => new PyStr(t, "")),
            new(PyBytes.Type, o, BytesType.Setup, t => new PyBytes(t, Array.Empty<byte>())),
            new(PyByteArray.Type, o, ByteArrayType.Setup, t => new PyByteArray(t)),
            new(PyTuple.Type, o, TupleType.Setup, t => new PyTuple(t, Array.Empty<PyObject>())),
            new(PyList.Type, o, ListType.Setup, t => new PyList(t)),
            new(PyDict.Type, o, DictType.Setup, t => new PyDict(t)),
            new(PySet.Type, o, SetType.Setup, t => new PySet(t)),
            new(PyFrozenSet.Type, o, SetType.SetupFrozen, t => new PyFrozenSet(t)),
            new(PyRange.Type, o, PyRange.Setup, null),
            new(PySlice.Type, o, PySlice.Setup, null),
            new(PyMappingProxy.Type, o, PyMappingProxy.Setup, null),
            new(PyFunction.Type, o, FunctionType.Setup, null),
            new(PyMethod.Type, o, FunctionType.SetupMethod, null),
            new(PyCode.Type, o, CodeType.Setup, null),
            new(PyCell.Type, o, FunctionType.SetupCell, null),
            new(PyModule.Type, o, PyModule.Setup, t => new PyModule(t)),
            new(PyBuiltinFunction.Type, o, FunctionType.SetupBuiltin, null),
            new(PyMethodDescr.Type, o, DescriptorTypes.SetupMethodDescr, null),
            new(PyMethodDescr.ClassMethodDescrType, o, DescriptorTypes.SetupClassMethodDescr, null),
            new(PyWrapperDescr.Type, o, DescriptorTypes.SetupWrapperDescr, null),
            new(PyMethodWrapper.Type, o, DescriptorTypes.SetupMethodWrapper, null),
            new(PyGetSetDescr.Type, o, DescriptorTypes.SetupGetSet, null),
            new(PyMemberDescr.Type, o, DescriptorTypes.SetupMember, null),
            new(PyStaticMethod.Type, o, PyStaticMethod.Setup, null),
            new(PyClassMethod.Type, o, PyClassMethod.Setup, null),
            new(PyProperty.Type, o, PyProperty.Setup, t => new PyProperty(t)),
            new(PyFrameObject.Type, o, PyFrameObject.Setup, null),
            new(PyTraceback.Type, o, PyTraceback.Setup, null),
            new(PyGenerator.Type, o, GeneratorType.Setup, null),
            new(PyNamespace.Type, o, PyNamespace.Setup, t => new PyNamespace(t)),
            new(PyNamespace.ModuleSpecType, o, PyNamespace.Setup, null),
            new(PySuper.Type, o, PySuper.Setup, null),
            new(PyWeakref.Type, o, PyWeakref.Setup, null),
            new(PyUnionType.Type, o, PyUnionType.Setup, null),
            new(PyGenericAlias.Type, o, PyGenericAlias.Setup, null),
        };
        foreach (var t in IteratorTypes.All) list.Add(new(t.Type, o, t.Setup, null));
        foreach (var (type, baseType) in ExceptionTypes.Hierarchy)
            list.Add(new(type, baseType ?? o, ExceptionObjects.SetupFor(type), ExceptionObjects.AllocatorFor(type)));
        return list;
    }

    static void Initialize()
    {
        var entries = Entries();
        var typeType = PyType.Type;
        foreach (var e in entries)
        {
            e.Type.ob_type = typeType;
            var d = new PyDict();
            Py.SetImmortal(d);
            e.Type.Dict = d;
        }
        foreach (var e in entries)
        {
            var t = e.Type;
            t.Base = e.Base;
            t.Bases = e.Base is null ? PyTuple.Empty : PyTuple.ImmortalOf(new PyObject[] { e.Base });
            var mro = new List<PyObject> { t };
            if (e.Base is not null) mro.AddRange(e.Base.MroArray);
            t.MroArray = mro.Cast<PyType>().ToArray();
            t.Mro = PyTuple.ImmortalOf(mro.ToArray());
            t.SolidBase = e.Alloc is null && e.Base is not null && e.Base != PyBaseObject.Type ? e.Base.SolidBase : t;
            if (e.Alloc is not null) { t.AllocInstance = e.Alloc; t.SolidBase = t; }
            if (e.Base is not null) t.Flags |= e.Base.Flags & TypeFlags.FastSubclassMask;
            t.Flags |= TypeFlags.Ready;
        }
        foreach (var e in entries) e.Setup?.Invoke(e.Type);
        foreach (var e in entries)
        {
            SlotDefs.AddWrappers(e.Type);
            if (e.Base is not null) InheritSlots(e.Type, e.Base);
            if (e.Type.Doc is not null && !e.Type.Dict.ContainsKey(PyStr.Intern("__doc__")))
                e.Type.Dict.SetItem("__doc__", PyStr.Intern(e.Type.Doc));
            foreach (var kv in e.Type.Dict.Items()) Py.SetImmortal(kv.Value);
            if (e.Base is not null) e.Base.AddSubclass(e.Type);
        }
    }

    /// <summary>
    /// PyType_Ready for a static type that a builtin module defines, done the first time any
    /// interpreter imports the module (so startup pays nothing for it). Idempotent and thread-safe.
    /// </summary>
    public static void ReadyStatic(PyType t, PyType? baseType, Action<PyType>? setup, Func<PyType, PyObject>? alloc = null)
    {
        EnsureInitialized();
        if (t.HasFlag(TypeFlags.Ready)) return;
        lock (s_lock)
        {
            if (t.HasFlag(TypeFlags.Ready)) return;
            var b = baseType ?? PyBaseObject.Type;
            t.ob_type = PyType.Type;
            var d = new PyDict();
            Py.SetImmortal(d);
            t.Dict = d;
            t.Base = b;
            t.Bases = PyTuple.ImmortalOf(new PyObject[] { b });
            var mro = new List<PyObject> { t };
            mro.AddRange(b.MroArray);
            t.MroArray = mro.Cast<PyType>().ToArray();
            t.Mro = PyTuple.ImmortalOf(mro.ToArray());
            if (alloc is not null) { t.AllocInstance = alloc; t.SolidBase = t; }
            else t.SolidBase = b == PyBaseObject.Type ? t : b.SolidBase;
            t.Flags |= b.Flags & TypeFlags.FastSubclassMask;
            setup?.Invoke(t);
            SlotDefs.AddWrappers(t);
            InheritSlots(t, b);
            if (t.Doc is not null && !t.Dict.ContainsKey(PyStr.Intern("__doc__")))
                t.Dict.SetItem("__doc__", PyStr.Intern(t.Doc));
            foreach (var kv in t.Dict.Items()) Py.SetImmortal(kv.Value);
            b.AddSubclass(t);
            t.Flags |= TypeFlags.Ready;
        }
    }

    /// <summary>Copies every slot the type leaves empty from its base (inherit_slots).</summary>
    static void InheritSlots(PyType t, PyType b)
    {
        t.tp_repr ??= b.tp_repr;
        t.tp_str ??= b.tp_str;
        // Hash and rich comparison are inherited together, and only when the type overrides neither.
        if (t.tp_richcompare is null && t.tp_hash is null
            && !t.Dict.ContainsKey(PyStr.Intern("__eq__")) && !t.Dict.ContainsKey(PyStr.Intern("__hash__")))
        {
            t.tp_richcompare = b.tp_richcompare;
            t.tp_hash = b.tp_hash;
        }
        t.tp_getattro ??= b.tp_getattro;
        t.tp_setattro ??= b.tp_setattro;
        t.tp_call ??= b.tp_call;
        t.tp_iter ??= b.tp_iter;
        t.tp_iternext ??= b.tp_iternext;
        t.tp_descr_get ??= b.tp_descr_get;
        t.tp_descr_set ??= b.tp_descr_set;
        t.tp_init ??= b.tp_init;
        if (t.tp_new is null && !t.HasFlag(TypeFlags.DisallowInstantiation)) t.tp_new = b.tp_new;
        t.tp_finalize ??= b.tp_finalize;
        for (int i = 0; i < t.nb_binary.Length; i++) t.nb_binary[i] ??= b.nb_binary[i];
        t.nb_power_ternary ??= b.nb_power_ternary;
        t.nb_divmod ??= b.nb_divmod;
        t.nb_negative ??= b.nb_negative;
        t.nb_positive ??= b.nb_positive;
        t.nb_absolute ??= b.nb_absolute;
        t.nb_invert ??= b.nb_invert;
        t.nb_int ??= b.nb_int;
        t.nb_float ??= b.nb_float;
        t.nb_index ??= b.nb_index;
        t.nb_bool ??= b.nb_bool;
        t.sq_length ??= b.sq_length;
        t.mp_length ??= b.mp_length;
        t.sq_concat ??= b.sq_concat;
        t.sq_inplace_concat ??= b.sq_inplace_concat;
        t.sq_item ??= b.sq_item;
        t.sq_repeat ??= b.sq_repeat;
        t.sq_inplace_repeat ??= b.sq_inplace_repeat;
        t.sq_contains ??= b.sq_contains;
        t.mp_subscript ??= b.mp_subscript;
        t.mp_ass_subscript ??= b.mp_ass_subscript;
        if (b.HasFlag(TypeFlags.HasInstanceDict)) t.Flags |= TypeFlags.HasInstanceDict;
    }
}
