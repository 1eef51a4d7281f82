using Ftpy.Runtime;

namespace Ftpy.Objects;

/// <summary>type(name, bases, dict): creating heap types (type_new): metaclass and layout checks,
/// __slots__, the MRO, slot dispatchers, __set_name__ and __init_subclass__.</summary>
public static class TypeCreation
{
    static readonly PyStr s_slots = PyStr.Intern("__slots__");
    static readonly PyStr s_qualname = PyStr.Intern("__qualname__");
    static readonly PyStr s_module = PyStr.Intern("__module__");
    static readonly PyStr s_name = PyStr.Intern("__name__");
    static readonly PyStr s_doc = PyStr.Intern("__doc__");
    static readonly PyStr s_dict = PyStr.Intern("__dict__");
    static readonly PyStr s_weakref = PyStr.Intern("__weakref__");
    static readonly PyStr s_eq = PyStr.Intern("__eq__");
    static readonly PyStr s_hash = PyStr.Intern("__hash__");
    static readonly PyStr s_classcell = PyStr.Intern("__classcell__");

    internal static PyObject TypeNew(PyType metatype, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        int nkw = kwnames?.Count ?? 0;
        int npos = args.Length - nkw;
        if (npos != 3) throw PyErr.TypeError($"type.__new__() takes exactly 3 arguments ({npos} given)");
        if (args[0] is not PyStr name)
            throw PyErr.TypeError($"type.__new__() argument 1 must be str, not {args[0].ob_type.Name}");
        if (args[1] is not PyTuple bases)
            throw PyErr.TypeError($"type.__new__() argument 2 must be tuple, not {args[1].ob_type.Name}");
        if (args[2] is not PyDict ns)
            throw PyErr.TypeError($"type.__new__() argument 3 must be dict, not {args[2].ob_type.Name}");
        if (bases.Count > 0)
        {
            foreach (var b in bases.Items)
            {
                if (b is PyType) continue;
                if (Py.LookupAttr(b, "__mro_entries__") is { } me)
                {
                    Py.Decref(me);
                    throw PyErr.TypeError("type() doesn't support MRO entry resolution; use types.new_class()");
                }
            }
            // The most derived metaclass wins; one with its own __new__ creates the class instead.
            var winner = CalculateMetaclass(metatype, bases);
            if (!ReferenceEquals(winner, metatype))
            {
                if (winner.tp_new != PyType.Type.tp_new) return winner.tp_new!(winner, args, kwnames);
                metatype = winner;
            }
        }
        // Keyword arguments go to __init_subclass__, not here.
        var kwargs = new List<(PyStr, PyObject)>();
        for (int i = 0; i < nkw; i++) kwargs.Add(((PyStr)kwnames!.Items[i], args[npos + i]));
        return Create(metatype, name.Value, bases, ns, kwargs);
    }

    /// <summary>The most derived metaclass among <paramref name="meta"/> and the bases' types.</summary>
    public static PyType CalculateMetaclass(PyType meta, PyTuple bases)
    {
        var winner = meta;
        foreach (var b in bases.Items)
        {
            var bt = b.ob_type;
            if (winner.IsSubtype(bt)) continue;
            if (bt.IsSubtype(winner)) { winner = bt; continue; }
            throw PyErr.TypeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
        }
        return winner;
    }

    /// <summary>The base whose instance layout the new type extends (best_base).</summary>
    public static PyType BestBase(IReadOnlyList<PyType> bases)
    {
        PyType? best = null, bestSolid = null;
        foreach (var b in bases)
        {
            if (!b.HasFlag(TypeFlags.BaseType))
                throw PyErr.TypeError($"type '{b.Name}' is not an acceptable base type");
            var solid = LayoutBase(b);
            if (bestSolid is null) { best = b; bestSolid = solid; }
            else if (bestSolid.IsSubtype(solid)) { }
            else if (solid.IsSubtype(bestSolid)) { best = b; bestSolid = solid; }
            else throw PyErr.TypeError("multiple bases have instance lay-out conflict");
        }
        return best ?? PyBaseObject.Type;
    }

    /// <summary>solid_base: the nearest class (or builtin layout) that added instance storage;
    /// a heap class adds storage when it declares non-empty __slots__.</summary>
    static PyType LayoutBase(PyType t)
    {
        while (t.IsHeapType)
        {
            var b = t.Base!;
            if (t.SlotNames.Length > b.SlotNames.Length) return t;
            t = b;
        }
        return t.SolidBase;
    }

    internal static void SetMro(PyType t, List<PyType> mro)
    {
        var tuple = PyTuple.Create(mro.Select(m => (PyObject)m).ToArray());
        var old = t.Mro;
        t.Mro = tuple;
        t.MroArray = mro.ToArray();
        Py.XDecref(old);
        t.Modified();
    }

    public static PyType Create(PyType metatype, string name, PyTuple bases, PyDict ns, List<(PyStr, PyObject)> kwargs)
    {
        if (name.Contains('\0')) throw PyErr.ValueError("type name must not contain null characters");
        if (bases.Count == 0) bases = PyTuple.Create(PyBaseObject.Type);
        else Py.Incref(bases);
        var baseList = new List<PyType>();
        PyType best;
        try
        {
            foreach (var b in bases.Items)
            {
                if (b is not PyType bt) throw PyErr.TypeError("bases must be types");
                baseList.Add(bt);
            }
            best = BestBase(baseList);
        }
        catch { Py.Decref(bases); throw; }
        var solid = best.SolidBase;

        var type = new PyType(metatype, name);
        try
        {
            type.Bases = bases;
            type.Base = best;
            type.SolidBase = solid;
            type.Dict = ns.Copy();
            type.Flags |= solid.Flags & TypeFlags.FastSubclassMask;
            if (best.HasFlag(TypeFlags.HasWeakrefs)) type.Flags |= TypeFlags.HasWeakrefs;

            if (type.Dict.Pop(s_qualname) is { } q)
            {
                if (q is not PyStr qs) { Py.Decref(q); throw PyErr.TypeError($"type __qualname__ must be a str, not {q.ob_type.ShortName}"); }
                type.QualName = qs;
            }
            else type.QualName = PyStr.Intern(name);

            if (!type.Dict.ContainsKey(s_module))
            {
                var frame = ThreadState.Current.CurrentFrame;
                if (frame?.Globals.GetItemBorrowed(s_name) is { } modName) type.Dict.SetItem(s_module, modName);
            }
            if (!type.Dict.ContainsKey(s_doc)) type.Dict.SetItem(s_doc, PyNone.Instance);

            ApplySlots(type, baseList);

            // __new__ is implicitly a staticmethod; __init_subclass__ and __class_getitem__ classmethods.
            WrapImplicit(type, "__new__", f => new PyStaticMethod(f));
            WrapImplicit(type, "__init_subclass__", f => new PyClassMethod(f));
            WrapImplicit(type, "__class_getitem__", f => new PyClassMethod(f));

            // Defining __eq__ without __hash__ makes instances unhashable.
            if (type.Dict.ContainsKey(s_eq) && !type.Dict.ContainsKey(s_hash))
                type.Dict.SetItem(s_hash, PyNone.Instance);

            var mro = ComputeMro(type, metatype, baseList);
            SetMro(type, mro);
            if (!type.HasFlag(TypeFlags.HasInstanceDict) && baseList.Any(b => b.HasFlag(TypeFlags.HasInstanceDict)))
                type.Flags |= TypeFlags.HasInstanceDict;
            type.AllocInstance = MakeAllocator(type, solid);
            SlotDefs.UpdateHeapSlots(type);
            foreach (var b in baseList) b.AddSubclass(type);
            if (type.Dict.Pop(s_classcell) is { } cell)
            {
                if (cell is not PyCell c) { Py.Decref(cell); throw PyErr.TypeError($"__classcell__ must be a nonlocal cell, not {cell.ob_type}"); }
                c.Set(type);
                Py.Decref(cell);
            }
            GcRegistry.Track(type);
            Py.SetDeferredRefcount(type);
        }
        catch
        {
            Py.Decref(type);
            throw;
        }
        try
        {
            SetNames(type);
            InitSubclass(type, kwargs);
        }
        catch
        {
            Py.Decref(type);
            throw;
        }
        return type;
    }

    internal static List<PyType> ComputeMro(PyType type, PyType metatype, List<PyType> bases)
    {
        if (!ReferenceEquals(metatype, PyType.Type) && metatype.Lookup("mro") is { } mroMethod
            && !(mroMethod is PyMethodDescr md && ReferenceEquals(md.Owner, PyType.Type)))
        {
            // A metaclass overriding mro(): use its result (after the standard MRO so lookups work meanwhile).
            SetMro(type, Mro.Compute(type, bases));
            var r = Py.CallBoundDescriptor(mroMethod, type, default);
            try
            {
                var list = new List<PyType>();
                foreach (var item in Py.ToList(r))
                {
                    if (item is not PyType it) { Py.Decref(item); throw PyErr.TypeError($"mro() returned a non-class ('{item.ob_type.ShortName}')"); }
                    list.Add(it);
                    Py.Decref(item);
                }
                return list;
            }
            finally { Py.Decref(r); }
        }
        return Mro.Compute(type, bases);
    }

    static void WrapImplicit(PyType type, string name, Func<PyObject, PyObject> wrap)
    {
        var key = PyStr.Intern(name);
        if (type.Dict.GetItemBorrowed(key) is PyFunction f)
        {
            var wrapped = wrap(f);
            type.Dict.SetItem(key, wrapped);
            Py.Decref(wrapped);
        }
    }

    /// <summary>__slots__: named members, optional __dict__/__weakref__, name mangling and conflicts.</summary>
    static void ApplySlots(PyType type, List<PyType> bases)
    {
        var baseSlots = new List<string>(type.Base!.SlotNames);

        var slotsObj = type.Dict.GetItemBorrowed(s_slots);
        if (slotsObj is null)
        {
            type.Flags |= TypeFlags.HasInstanceDict | TypeFlags.HasWeakrefs;
            type.SlotNames = baseSlots.ToArray();
            // A metaclass inherits type's own __dict__ (the class namespace), as type's
            // tp_dictoffset is already set in CPython.
            AddDictDescriptors(type, dict: !bases.Any(b => b.HasFlag(TypeFlags.HasInstanceDict) || b.IsSubtype(PyType.Type)), weakref: true);
            return;
        }
        var names = new List<string>();
        bool wantDict = false, wantWeakref = false;
        var items = slotsObj is PyStr single ? new List<PyObject> { Py.NewRef(single) } : Py.ToList(slotsObj);
        try
        {
            if (items.Count > 0 && IsVarSized(type.Base))
                throw PyErr.TypeError($"nonempty __slots__ not supported for subtype of '{type.Base.Name}'");
            foreach (var item in items)
            {
                if (item is not PyStr s) throw PyErr.TypeError($"__slots__ items must be strings, not '{item.ob_type.ShortName}'");
                if (!IsIdentifier(s.Value)) throw PyErr.TypeError("__slots__ must be identifiers");
                if (s.Value == "__dict__")
                {
                    if (wantDict || bases.Any(b => b.HasFlag(TypeFlags.HasInstanceDict)))
                        throw PyErr.TypeError("__dict__ slot disallowed: we already got one");
                    wantDict = true;
                    continue;
                }
                if (s.Value == "__weakref__")
                {
                    if (wantWeakref || bases.Any(b => b.HasFlag(TypeFlags.HasWeakrefs) && b.IsHeapType))
                        throw PyErr.TypeError("__weakref__ slot disallowed: we already got one");
                    wantWeakref = true;
                    continue;
                }
                string mangled = Mangle(type.ShortName, s.Value);
                if (type.Dict.ContainsKey(PyStr.Intern(mangled)))
                    throw PyErr.ValueError($"'{s.Value}' in __slots__ conflicts with class variable");
                names.Add(mangled);
            }
        }
        finally
        {
            foreach (var item in items) Py.Decref(item);
        }
        names.Sort(string.CompareOrdinal);
        var all = new List<string>(baseSlots);
        foreach (var n in names)
        {
            var descr = new PyMemberDescr(type, n, all.Count);
            type.Dict.SetItem(PyStr.Intern(n), descr);
            Py.Decref(descr);
            all.Add(n);
        }
        type.SlotNames = all.ToArray();
        if (wantDict) type.Flags |= TypeFlags.HasInstanceDict;
        if (wantWeakref) type.Flags |= TypeFlags.HasWeakrefs;
        AddDictDescriptors(type, wantDict, wantWeakref);
    }

    /// <summary>Types whose instances end in variable-size storage (tp_itemsize != 0): their
    /// subtypes cannot add __slots__ members.</summary>
    static bool IsVarSized(PyType t) =>
        t.IsSubtype(PyInt.Type) || t.IsSubtype(PyTuple.Type) || t.IsSubtype(PyBytes.Type) || t.IsSubtype(PyType.Type);

    static void AddDictDescriptors(PyType type, bool dict, bool weakref)
    {
        if (dict && !type.Dict.ContainsKey(s_dict))
        {
            var d = new PyGetSetDescr(type, "__dict__", InstanceDictGet, InstanceDictSet);
            type.Dict.SetItem(s_dict, d);
        }
        if (weakref && !type.Dict.ContainsKey(s_weakref) && !type.Base!.MroArray.Any(b => b.IsHeapType && b.Dict.ContainsKey(s_weakref)))
        {
            var w = new PyGetSetDescr(type, "__weakref__", o => WeakrefList.FirstWeakref(o), null);
            type.Dict.SetItem(s_weakref, w);
        }
    }

    static PyObject InstanceDictGet(PyObject o)
    {
        var d = o.GetInstanceDict(create: true) ?? throw PyErr.AttributeError("This object has no __dict__");
        return Py.NewRef(d);
    }

    static void InstanceDictSet(PyObject o, PyObject? v)
    {
        if (v is null)
        {
            // Deleting __dict__ leaves the instance with a fresh empty one on next use.
            var fresh = new PyDict();
            try { if (!o.SetInstanceDict(fresh)) throw PyErr.AttributeError("This object has no __dict__"); }
            finally { Py.Decref(fresh); }
            return;
        }
        if (v is not PyDict d) throw PyErr.TypeError($"__dict__ must be set to a dictionary, not a '{v.ob_type.ShortName}'");
        if (!o.SetInstanceDict(d)) throw PyErr.AttributeError("This object has no __dict__");
    }

    static Func<PyType, PyObject> MakeAllocator(PyType type, PyType solid)
    {
        if (ReferenceEquals(solid, PyBaseObject.Type)) return t => new PyInstance(t);
        return solid.AllocInstance ?? (t => throw PyErr.TypeError($"cannot create '{t.Name}' instances"));
    }

    /// <summary>Private name mangling (_Py_Mangle): __x in class C becomes _C__x.</summary>
    public static string Mangle(string className, string name)
    {
        if (!name.StartsWith("__", StringComparison.Ordinal) || name.EndsWith("__", StringComparison.Ordinal) || name.Contains('.'))
            return name;
        string stripped = className.TrimStart('_');
        if (stripped.Length == 0) return name;
        return "_" + stripped + name;
    }

    static bool IsIdentifier(string s)
    {
        if (s.Length == 0 || !(char.IsLetter(s[0]) || s[0] == '_')) return false;
        foreach (char c in s) if (!(char.IsLetterOrDigit(c) || c == '_')) return false;
        return true;
    }

    /// <summary>Calls __set_name__(owner, name) on every attribute that has it (PEP 487).</summary>
    static void SetNames(PyType type)
    {
        var snapshot = type.Dict.Items();
        foreach (var (k, v) in snapshot.Select(kv => (kv.Key, kv.Value)))
        {
            Py.Incref(k); Py.Incref(v);
            try
            {
                var setName = v.ob_type.Lookup("__set_name__");
                if (setName is null) continue;
                try
                {
                    var r = Py.CallBoundDescriptor(setName, v, new PyObject[] { type, k });
                    Py.Decref(r);
                }
                catch (PyException e)
                {
                    ExceptionObjects.AddNote(e.Value, $"Error calling __set_name__ on '{v.ob_type.ShortName}' instance '{Py.StrString(k)}' in '{type.ShortName}'");
                    throw;
                }
            }
            finally { Py.Decref(k); Py.Decref(v); }
        }
    }

    /// <summary>super(type, type).__init_subclass__(**kwargs).</summary>
    static void InitSubclass(PyType type, List<(PyStr, PyObject)> kwargs)
    {
        PyType? next = type.MroArray.Length > 1 ? type.MroArray[1] : null;
        if (next is null) return;
        PyObject? func = null;
        for (int i = 1; i < type.MroArray.Length; i++)
        {
            func = type.MroArray[i].Dict.GetItemBorrowed("__init_subclass__");
            if (func is not null) break;
        }
        if (func is null) return;
        // super(type, type).__init_subclass__: the descriptor sees no instance, only the class.
        PyObject bound;
        if (func.ob_type.tp_descr_get is { } get) bound = get(func, null, type);
        else bound = Py.NewRef(func);
        try
        {
            var args = new PyObject[kwargs.Count];
            var names = new PyObject[kwargs.Count];
            for (int i = 0; i < kwargs.Count; i++) { args[i] = kwargs[i].Item2; names[i] = Py.NewRef(kwargs[i].Item1); }
            var kwnames = kwargs.Count == 0 ? null : PyTuple.Steal(names);
            try
            {
                var r = Py.Call(bound, args, kwnames);
                Py.Decref(r);
            }
            finally { Py.XDecref(kwnames); }
        }
        finally { Py.Decref(bound); }
    }
}
