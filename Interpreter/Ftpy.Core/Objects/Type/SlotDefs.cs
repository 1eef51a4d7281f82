using Ftpy.Runtime;

namespace Ftpy.Objects;

/// <summary>
/// The table linking slots to dunder names (CPython's slotdefs): builtin types get wrapper
/// descriptors for the slots they define (<see cref="AddWrappers"/>), and heap types get their
/// slots set from the dunders found along the MRO (<see cref="UpdateHeapSlots"/>): the builtin
/// slot itself when the dunder found is that slot's own wrapper, the generic dispatcher of
/// <see cref="HeapSlots"/> otherwise.
/// </summary>
static class SlotDefs
{
    static void CheckArgs(string name, ReadOnlySpan<PyObject> args, PyTuple? kwnames, int n)
    {
        if (kwnames is not null && kwnames.Count > 0) throw PyErr.TypeError($"wrapper {name}() takes no keyword arguments");
        if (args.Length != n)
            throw PyErr.TypeError($"expected {n} argument{(n == 1 ? "" : "s")}, got {args.Length}");
    }

    static void Wrap(PyType t, string name, string slotName, Delegate slot, FastKwMethod body)
    {
        var key = PyStr.Intern(name);
        if (t.Dict.ContainsKey(key)) return;
        t.Dict.SetItem(key, new PyWrapperDescr(t, name, body, slot, slotName));
    }

    /// <summary>Adds wrapper descriptors for every slot <paramref name="t"/> itself defines (add_operators).</summary>
    public static void AddWrappers(PyType t)
    {
        if (t.tp_repr is { } repr) Wrap(t, "__repr__", "tp_repr", repr, (s, a, k) => { CheckArgs("__repr__", a, k, 0); return repr(s); });
        if (t.tp_str is { } str) Wrap(t, "__str__", "tp_str", str, (s, a, k) => { CheckArgs("__str__", a, k, 0); return str(s); });
        if (t.tp_hash is { } hash) Wrap(t, "__hash__", "tp_hash", hash, (s, a, k) => { CheckArgs("__hash__", a, k, 0); return PyInt.From(hash(s)); });
        if (t.tp_call is { } call) Wrap(t, "__call__", "tp_call", call, (s, a, k) => call(s, a, k));
        if (t.tp_iter is { } iter) Wrap(t, "__iter__", "tp_iter", iter, (s, a, k) => { CheckArgs("__iter__", a, k, 0); return iter(s); });
        if (t.tp_iternext is { } next) Wrap(t, "__next__", "tp_iternext", next, (s, a, k) =>
        {
            CheckArgs("__next__", a, k, 0);
            return next(s) ?? throw ExceptionObjects.StopIterationFromThread();
        });
        if (t.tp_getattro is { } getattr) Wrap(t, "__getattribute__", "tp_getattro", getattr, (s, a, k) =>
        {
            CheckArgs("__getattribute__", a, k, 1);
            var name = a[0] as PyStr ?? throw PyErr.TypeError($"attribute name must be string, not '{a[0].ob_type.ShortName}'");
            return getattr(s, name) ?? throw Py.NoAttribute(s, name);
        });
        if (t.tp_setattro is { } setattr)
        {
            Wrap(t, "__setattr__", "tp_setattro", setattr, (s, a, k) =>
            {
                CheckArgs("__setattr__", a, k, 2);
                var name = a[0] as PyStr ?? throw PyErr.TypeError($"attribute name must be string, not '{a[0].ob_type.ShortName}'");
                Hackcheck(s, setattr, "__setattr__");
                setattr(s, name, a[1]);
                return PyNone.Instance;
            });
            Wrap(t, "__delattr__", "tp_setattro", setattr, (s, a, k) =>
            {
                CheckArgs("__delattr__", a, k, 1);
                var name = a[0] as PyStr ?? throw PyErr.TypeError($"attribute name must be string, not '{a[0].ob_type.ShortName}'");
                Hackcheck(s, setattr, "__delattr__");
                setattr(s, name, null);
                return PyNone.Instance;
            });
        }
        if (t.tp_richcompare is { } cmp)
        {
            for (int i = 0; i < 6; i++)
            {
                var op = (CompareOp)i;
                string name = HeapSlots.CompareNames[i].Value;
                Wrap(t, name, "tp_richcompare", cmp, (s, a, k) => { CheckArgs(name, a, k, 1); return cmp(s, a[0], op); });
            }
        }
        if (t.tp_descr_get is { } dget) Wrap(t, "__get__", "tp_descr_get", dget, (s, a, k) =>
        {
            if (a.Length < 1 || a.Length > 2) throw PyErr.TypeError($"expected 1 or 2 arguments, got {a.Length}");
            var obj = a[0] is PyNone ? null : a[0];
            var type = a.Length > 1 && a[1] is not PyNone ? a[1] : null;
            if (obj is null && type is null) throw PyErr.TypeError("__get__(None, None) is invalid");
            return dget(s, obj, type ?? obj!.ob_type);
        });
        if (t.tp_descr_set is { } dset)
        {
            Wrap(t, "__set__", "tp_descr_set", dset, (s, a, k) => { CheckArgs("__set__", a, k, 2); dset(s, a[0], a[1]); return PyNone.Instance; });
            Wrap(t, "__delete__", "tp_descr_set", dset, (s, a, k) => { CheckArgs("__delete__", a, k, 1); dset(s, a[0], null); return PyNone.Instance; });
        }
        if (t.tp_init is { } init) Wrap(t, "__init__", "tp_init", init, (s, a, k) => { init(s, a, k); return PyNone.Instance; });
        if (t.tp_finalize is { } fin) Wrap(t, "__del__", "tp_finalize", fin, (s, a, k) => { CheckArgs("__del__", a, k, 0); fin(s); return PyNone.Instance; });
        if (t.tp_new is not null && !t.Dict.ContainsKey(PyStr.Intern("__new__")))
        {
            var def = new MethodDef("__new__", (PyObject self, ReadOnlySpan<PyObject> a, PyTuple? k) => TpNewWrapper(t, a, k));
            var sm = new PyStaticMethod(new PyBuiltinFunction(def, t, $"{t.ShortName}.__new__"));
            Py.SetImmortal(sm);
            t.Dict.SetItem(PyStr.Intern("__new__"), sm);
        }
        for (int i = 0; i < 26; i++)
        {
            if (t.nb_binary[i] is not { } f) continue;
            string slotName = "nb_" + i;
            if (i < 13)
            {
                string n = BinaryOpInfo.Name((BinaryOp)i);
                if (i == (int)BinaryOp.Power && t.nb_power_ternary is { } tern)
                {
                    Wrap(t, "__pow__", slotName, f, (s, a, k) => PowWrapper(tern, s, a, k, reflected: false));
                    Wrap(t, "__rpow__", slotName, f, (s, a, k) => PowWrapper(tern, s, a, k, reflected: true));
                    continue;
                }
                Wrap(t, $"__{n}__", slotName, f, (s, a, k) => { CheckArgs($"__{n}__", a, k, 1); return f(s, a[0]); });
                Wrap(t, $"__r{n}__", slotName, f, (s, a, k) => { CheckArgs($"__r{n}__", a, k, 1); return f(a[0], s); });
            }
            else
            {
                string n = "__i" + BinaryOpInfo.Name((BinaryOp)i) + "__";
                Wrap(t, n, slotName, f, (s, a, k) => { CheckArgs(n, a, k, 1); return f(s, a[0]); });
            }
        }
        if (t.nb_divmod is { } dm)
        {
            Wrap(t, "__divmod__", "nb_divmod", dm, (s, a, k) => { CheckArgs("__divmod__", a, k, 1); return dm(s, a[0]); });
            Wrap(t, "__rdivmod__", "nb_divmod", dm, (s, a, k) => { CheckArgs("__rdivmod__", a, k, 1); return dm(a[0], s); });
        }
        AddUnary(t, "__neg__", "nb_negative", t.nb_negative);
        AddUnary(t, "__pos__", "nb_positive", t.nb_positive);
        AddUnary(t, "__abs__", "nb_absolute", t.nb_absolute);
        AddUnary(t, "__invert__", "nb_invert", t.nb_invert);
        AddUnary(t, "__int__", "nb_int", t.nb_int);
        AddUnary(t, "__float__", "nb_float", t.nb_float);
        AddUnary(t, "__index__", "nb_index", t.nb_index);
        if (t.nb_bool is { } b) Wrap(t, "__bool__", "nb_bool", b, (s, a, k) => { CheckArgs("__bool__", a, k, 0); return PyBool.From(b(s)); });
        var len = t.mp_length ?? t.sq_length;
        if (len is not null) Wrap(t, "__len__", "len", len, (s, a, k) => { CheckArgs("__len__", a, k, 0); return PyInt.From(len(s)); });
        if (t.mp_subscript is { } sub) Wrap(t, "__getitem__", "getitem", sub, (s, a, k) => { CheckArgs("__getitem__", a, k, 1); return sub(s, a[0]); });
        else if (t.sq_item is { } item) Wrap(t, "__getitem__", "getitem", item, (s, a, k) =>
        {
            CheckArgs("__getitem__", a, k, 1);
            long i = Py.AsSsize(a[0], ExceptionTypes.IndexError);
            if (i < 0 && len is not null) i += len(s);
            return item(s, i);
        });
        if (t.mp_ass_subscript is { } ass)
        {
            Wrap(t, "__setitem__", "mp_ass_subscript", ass, (s, a, k) => { CheckArgs("__setitem__", a, k, 2); ass(s, a[0], a[1]); return PyNone.Instance; });
            Wrap(t, "__delitem__", "mp_ass_subscript", ass, (s, a, k) => { CheckArgs("__delitem__", a, k, 1); ass(s, a[0], null); return PyNone.Instance; });
        }
        if (t.sq_contains is { } contains) Wrap(t, "__contains__", "sq_contains", contains, (s, a, k) => { CheckArgs("__contains__", a, k, 1); return PyBool.From(contains(s, a[0])); });
        if (t.sq_concat is { } concat)
            Wrap(t, "__add__", "sq_concat", concat, (s, a, k) => { CheckArgs("__add__", a, k, 1); return concat(s, a[0]); });
        if (t.sq_inplace_concat is { } iconcat)
            Wrap(t, "__iadd__", "sq_inplace_concat", iconcat, (s, a, k) => { CheckArgs("__iadd__", a, k, 1); return iconcat(s, a[0]); });
        if (t.sq_repeat is { } repeat)
        {
            Wrap(t, "__mul__", "sq_repeat", repeat, (s, a, k) => { CheckArgs("__mul__", a, k, 1); return RepeatWrapper(repeat, s, a[0]); });
            Wrap(t, "__rmul__", "sq_repeat", repeat, (s, a, k) => { CheckArgs("__rmul__", a, k, 1); return RepeatWrapper(repeat, s, a[0]); });
        }
        if (t.sq_inplace_repeat is { } irepeat)
            Wrap(t, "__imul__", "sq_inplace_repeat", irepeat, (s, a, k) => { CheckArgs("__imul__", a, k, 1); return RepeatWrapper(irepeat, s, a[0]); });
    }

    static PyObject RepeatWrapper(SeqItemFunc repeat, PyObject s, PyObject n)
    {
        if (n.ob_type.nb_index is null) return PyNotImplemented.Instance;
        return repeat(s, Py.AsSsize(n, ExceptionTypes.OverflowError));
    }

    static PyObject PowWrapper(TernaryFunc tern, PyObject s, ReadOnlySpan<PyObject> a, PyTuple? k, bool reflected)
    {
        if (a.Length < 1 || a.Length > 2) throw PyErr.TypeError($"expected 1 or 2 arguments, got {a.Length}");
        var mod = a.Length == 2 ? a[1] : PyNone.Instance;
        return reflected ? tern(a[0], s, mod) : tern(s, a[0], mod);
    }

    static void AddUnary(PyType t, string name, string slotName, UnaryFunc? f)
    {
        if (f is null) return;
        Wrap(t, name, slotName, f, (s, a, k) => { CheckArgs(name, a, k, 0); return f(s); });
    }

    /// <summary>hackcheck: X.__setattr__(obj, ...) must not jump over a builtin setattr that
    /// obj's type (or a builtin base between it and X) defines, e.g. object.__setattr__(int, ...).</summary>
    static void Hackcheck(PyObject self, SetAttrFunc func, string what)
    {
        var type = self.ob_type;
        var mro = type.MroArray;
        // The (base) type that defined the type's slot function; Python classes never define their own.
        PyType defining = type;
        for (int i = mro.Length - 1; i >= 0; i--)
        {
            var b = mro[i];
            if (b.tp_setattro == HeapSlots.SetAttr) continue;
            if (b.tp_setattro == type.tp_setattro) { defining = b; break; }
        }
        for (PyType? b = defining; b is not null; b = b.Base)
        {
            if (b.tp_setattro == func) return;
            if (b.tp_setattro != HeapSlots.SetAttr)
                throw PyErr.TypeError($"can't apply this {what} to {type.Name} object");
        }
    }

    /// <summary>T.__new__(S, ...): S must be a subtype of T (tp_new_wrapper).</summary>
    static PyObject TpNewWrapper(PyType t, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (args.Length < 1) throw PyErr.TypeError($"{t.Name}.__new__(): not enough arguments");
        if (args[0] is not PyType sub)
            throw PyErr.TypeError($"{t.Name}.__new__(X): X is not a type object ({args[0].ob_type.Name})");
        if (!sub.IsSubtype(t))
            throw PyErr.TypeError($"{t.Name}.__new__({sub.Name}): {sub.Name} is not a subtype of {t.Name}");
        // The most derived base not using a Python __new__ must share this type's tp_new:
        // object.__new__(dict) would make a dict without dict's own setup.
        PyType? staticBase = sub;
        while (staticBase is not null && staticBase.tp_new == HeapSlots.New) staticBase = staticBase.Base;
        if (staticBase is not null && staticBase.tp_new != t.tp_new)
            throw PyErr.TypeError($"{t.Name}.__new__({sub.Name}) is not safe, use {staticBase.Name}.__new__()");
        return t.tp_new!(sub, args[1..], kwnames);
    }

    static PyObject? Find(PyType t, string name) => t.Lookup(PyStr.Intern(name));

    /// <summary>The builtin slot a found dunder stands for, when it is a wrapper of <paramref name="slotName"/>; else null.</summary>
    static T? Builtin<T>(PyObject? found, string slotName) where T : Delegate =>
        found is PyWrapperDescr w && w.SlotName == slotName && w.Slot is T slot ? slot : null;

    /// <summary>The slot for one dunder: null when absent, the builtin slot when it is that slot's wrapper, else the dispatcher.</summary>
    static T? Pick<T>(PyType t, string name, string slotName, T dispatcher) where T : Delegate
    {
        var found = Find(t, name);
        if (found is null) return null;
        return Builtin<T>(found, slotName) ?? dispatcher;
    }

    /// <summary>Sets every slot of heap type <paramref name="t"/> from the dunders along its MRO (fixup_slot_dispatchers).</summary>
    public static void UpdateHeapSlots(PyType t)
    {
        t.tp_repr = Pick(t, "__repr__", "tp_repr", HeapSlots.Repr);
        t.tp_str = Pick(t, "__str__", "tp_str", HeapSlots.Str);
        var hash = Find(t, "__hash__");
        t.tp_hash = hash is null || hash is PyNone ? null : Builtin<HashFunc>(hash, "tp_hash") ?? HeapSlots.Hash;
        t.tp_call = Pick(t, "__call__", "tp_call", HeapSlots.Call);
        t.tp_iter = Pick(t, "__iter__", "tp_iter", HeapSlots.Iter);
        t.tp_iternext = Pick(t, "__next__", "tp_iternext", HeapSlots.IterNext);

        var getattribute = Find(t, "__getattribute__");
        var getattr = Find(t, "__getattr__");
        t.tp_getattro = getattr is null && Builtin<GetAttrFunc>(getattribute, "tp_getattro") is { } ga ? ga : HeapSlots.GetAttrHook;
        var setattr = Builtin<SetAttrFunc>(Find(t, "__setattr__"), "tp_setattro");
        var delattr = Builtin<SetAttrFunc>(Find(t, "__delattr__"), "tp_setattro");
        t.tp_setattro = setattr is not null && setattr == delattr ? setattr : HeapSlots.SetAttr;

        RichCompareFunc? compare = null;
        bool any = false, generic = false;
        foreach (var n in HeapSlots.CompareNames)
        {
            var f = t.Lookup(n);
            if (f is null) continue;
            any = true;
            var b = Builtin<RichCompareFunc>(f, "tp_richcompare");
            if (b is null || (compare is not null && b != compare)) generic = true;
            compare ??= b;
        }
        t.tp_richcompare = !any ? null : generic ? HeapSlots.RichCompare : compare;

        t.tp_descr_get = Pick(t, "__get__", "tp_descr_get", HeapSlots.DescrGet);
        var set = Find(t, "__set__");
        var del = Find(t, "__delete__");
        t.tp_descr_set = set is null && del is null ? null
            : Builtin<DescrSetFunc>(set, "tp_descr_set") is { } bs && (del is null || Builtin<DescrSetFunc>(del, "tp_descr_set") == bs) ? bs
            : HeapSlots.DescrSet;
        t.tp_init = Pick(t, "__init__", "tp_init", HeapSlots.Init);
        var newf = Find(t, "__new__");
        t.tp_new = newf is PyStaticMethod { Callable: PyBuiltinFunction { Self: PyType owner } } && !owner.IsHeapType && owner.tp_new is { } ownerNew
            ? ownerNew : HeapSlots.New;
        t.tp_finalize = Pick(t, "__del__", "tp_finalize", HeapSlots.Finalize);

        for (int i = 0; i < 26; i++)
        {
            string slotName = "nb_" + i;
            var f = t.Lookup(HeapSlots.BinaryNames[i]);
            var r = i < 13 ? t.Lookup(HeapSlots.ReflectedNames[i]) : null;
            if (f is null && r is null) { t.nb_binary[i] = null; continue; }
            var bf = Builtin<BinaryFunc>(f, slotName);
            var br = Builtin<BinaryFunc>(r, slotName);
            bool fromSequence = f is PyWrapperDescr fw && fw.SlotName.StartsWith("sq_", StringComparison.Ordinal);
            bool rFromSequence = r is PyWrapperDescr rw && rw.SlotName.StartsWith("sq_", StringComparison.Ordinal);
            if ((f is null || fromSequence) && (r is null || rFromSequence)) t.nb_binary[i] = null;
            else if (bf is not null && (r is null || br == bf)) t.nb_binary[i] = bf;
            else if (bf is null && f is null && br is not null) t.nb_binary[i] = br;
            else t.nb_binary[i] = HeapSlots.Binary[i];
        }
        var pow = Find(t, "__pow__");
        var rpow = Find(t, "__rpow__");
        t.nb_power_ternary = pow is null && rpow is null ? null
            : t.nb_binary[(int)BinaryOp.Power] == HeapSlots.Binary[(int)BinaryOp.Power] ? HeapSlots.Power
            : NearestBuiltin(t)?.nb_power_ternary;
        {
            var dm = t.Lookup(PyStr.Intern("__divmod__"));
            var rdm = t.Lookup(PyStr.Intern("__rdivmod__"));
            var bdm = Builtin<BinaryFunc>(dm, "nb_divmod");
            t.nb_divmod = dm is null && rdm is null ? null
                : bdm is not null && (rdm is null || Builtin<BinaryFunc>(rdm, "nb_divmod") == bdm) ? bdm
                : HeapSlots.DivMod;
        }
        t.nb_negative = Pick(t, "__neg__", "nb_negative", HeapSlots.Negative);
        t.nb_positive = Pick(t, "__pos__", "nb_positive", HeapSlots.Positive);
        t.nb_absolute = Pick(t, "__abs__", "nb_absolute", HeapSlots.Absolute);
        t.nb_invert = Pick(t, "__invert__", "nb_invert", HeapSlots.Invert);
        t.nb_int = Pick(t, "__int__", "nb_int", HeapSlots.Int);
        t.nb_float = Pick(t, "__float__", "nb_float", HeapSlots.Float);
        t.nb_index = Pick(t, "__index__", "nb_index", HeapSlots.Index);
        t.nb_bool = Pick(t, "__bool__", "nb_bool", HeapSlots.Bool);

        var len = Find(t, "__len__");
        if (len is null) { t.mp_length = t.sq_length = null; }
        else if (len is PyWrapperDescr { SlotName: "len" } lw) { t.mp_length = lw.Owner.mp_length; t.sq_length = lw.Owner.sq_length; }
        else { t.mp_length = t.sq_length = HeapSlots.Length; }

        var getitem = Find(t, "__getitem__");
        if (getitem is null) { t.mp_subscript = null; t.sq_item = null; }
        else if (getitem is PyWrapperDescr { SlotName: "getitem" } gw) { t.mp_subscript = gw.Owner.mp_subscript; t.sq_item = gw.Owner.sq_item; }
        else { t.mp_subscript = HeapSlots.GetItem; t.sq_item = HeapSlots.SeqItem; }

        var setitem = Find(t, "__setitem__");
        var delitem = Find(t, "__delitem__");
        t.mp_ass_subscript = setitem is null && delitem is null ? null
            : Builtin<AssSubscriptFunc>(setitem, "mp_ass_subscript") is { } bset && (delitem is null || Builtin<AssSubscriptFunc>(delitem, "mp_ass_subscript") == bset) ? bset
            : HeapSlots.SetItem;
        t.sq_contains = Pick(t, "__contains__", "sq_contains", HeapSlots.Contains);

        t.sq_concat = Builtin<BinaryFunc>(Find(t, "__add__"), "sq_concat");
        t.sq_inplace_concat = Builtin<BinaryFunc>(Find(t, "__iadd__"), "sq_inplace_concat");
        t.sq_repeat = Builtin<SeqItemFunc>(Find(t, "__mul__"), "sq_repeat");
        t.sq_inplace_repeat = Builtin<SeqItemFunc>(Find(t, "__imul__"), "sq_inplace_repeat");
    }

    static PyType? NearestBuiltin(PyType t)
    {
        foreach (var b in t.MroArray) if (!b.IsHeapType) return b;
        return null;
    }
}
