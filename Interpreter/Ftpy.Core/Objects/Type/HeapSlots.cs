using Ftpy.Runtime;

namespace Ftpy.Objects;

/// <summary>
/// Slot functions of heap types (CPython's slot_* functions): each looks the dunder method up on
/// the object's type and calls it. Installed by <see cref="SlotDefs.UpdateHeapSlots"/>.
/// Each delegate below is a single shared instance, so "does this type use the generic
/// dispatcher for slot X" is a reference comparison (as CPython compares function pointers).
/// </summary>
static class HeapSlots
{
    static readonly PyStr s_repr = PyStr.Intern("__repr__"), s_str = PyStr.Intern("__str__"),
        s_hash = PyStr.Intern("__hash__"), s_call = PyStr.Intern("__call__"), s_iter = PyStr.Intern("__iter__"),
        s_next = PyStr.Intern("__next__"), s_get = PyStr.Intern("__get__"), s_set = PyStr.Intern("__set__"),
        s_delete = PyStr.Intern("__delete__"), s_init = PyStr.Intern("__init__"), s_new = PyStr.Intern("__new__"),
        s_del = PyStr.Intern("__del__"), s_len = PyStr.Intern("__len__"), s_getitem = PyStr.Intern("__getitem__"),
        s_setitem = PyStr.Intern("__setitem__"), s_delitem = PyStr.Intern("__delitem__"),
        s_contains = PyStr.Intern("__contains__"), s_bool = PyStr.Intern("__bool__"), s_index = PyStr.Intern("__index__"),
        s_int = PyStr.Intern("__int__"), s_float = PyStr.Intern("__float__"), s_neg = PyStr.Intern("__neg__"),
        s_pos = PyStr.Intern("__pos__"), s_abs = PyStr.Intern("__abs__"), s_invert = PyStr.Intern("__invert__"),
        s_getattribute = PyStr.Intern("__getattribute__"), s_getattr = PyStr.Intern("__getattr__"),
        s_setattr = PyStr.Intern("__setattr__"), s_delattr = PyStr.Intern("__delattr__"),
        s_pow = PyStr.Intern("__pow__"), s_rpow = PyStr.Intern("__rpow__");

    internal static readonly PyStr[] CompareNames =
    {
        PyStr.Intern("__lt__"), PyStr.Intern("__le__"), PyStr.Intern("__eq__"),
        PyStr.Intern("__ne__"), PyStr.Intern("__gt__"), PyStr.Intern("__ge__"),
    };

    internal static readonly PyStr[] BinaryNames = new PyStr[26];
    internal static readonly PyStr[] ReflectedNames = new PyStr[13];

    static HeapSlots()
    {
        for (int i = 0; i < 13; i++)
        {
            string n = BinaryOpInfo.Name((BinaryOp)i);
            BinaryNames[i] = PyStr.Intern($"__{n}__");
            ReflectedNames[i] = PyStr.Intern($"__r{n}__");
            BinaryNames[i + 13] = PyStr.Intern($"__i{n}__");
        }
        for (int i = 0; i < 26; i++)
        {
            int op = i;
            Binary[i] = i < 13 ? (a, b) => BinaryFull(a, b, op) : (a, b) => CallOrNotImplemented(a, BinaryNames[op], b);
        }
    }

    /// <summary>Calls type(self).name(self, *args); null when the type has no such attribute.</summary>
    static PyObject? CallMaybe(PyObject self, PyStr name, ReadOnlySpan<PyObject> args) =>
        Py.CallSpecialMethod(self, name, args);

    /// <summary>vectorcall_method: a missing dunder is AttributeError(name).</summary>
    static PyObject CallRequired(PyObject self, PyStr name, ReadOnlySpan<PyObject> args) =>
        Py.CallSpecialMethod(self, name, args) ?? throw new PyException(ExceptionTypes.AttributeError, name.Value);

    static PyObject CallOrNotImplemented(PyObject self, PyStr name, PyObject arg) =>
        Py.CallSpecialMethod(self, name, new ReadOnlySpan<PyObject>(ref arg)) ?? PyNotImplemented.Instance;

    public static readonly UnaryFunc Repr = self => CallRequired(self, s_repr, default);
    public static readonly UnaryFunc Str = self => CallRequired(self, s_str, default);

    public static readonly HashFunc Hash = self =>
    {
        var descr = self.ob_type.Lookup(s_hash);
        if (descr is null || descr is PyNone) throw Py.Unhashable(self);
        var r = Py.CallBoundDescriptor(descr, self, default);
        try
        {
            if (r is not PyInt i) throw PyErr.TypeError("__hash__ method should return an integer");
            long h = i.IsBig ? Numbers.NumericHash.Hash(i.Big) : i.Small;
            return h == -1 ? -2 : h;
        }
        finally { Py.Decref(r); }
    };

    public static readonly RichCompareFunc RichCompare = (self, other, op) =>
    {
        var descr = self.ob_type.Lookup(CompareNames[(int)op]);
        if (descr is null) return PyNotImplemented.Instance;
        return Py.CallBoundDescriptor(descr, self, new ReadOnlySpan<PyObject>(ref other));
    };

    /// <summary>slot_tp_getattr_hook: __getattribute__ (the generic one directly when not overridden),
    /// then __getattr__ when the attribute is missing.</summary>
    public static readonly GetAttrFunc GetAttrHook = (self, name) =>
    {
        var type = self.ob_type;
        var getattribute = type.Lookup(s_getattribute);
        var getattr = type.Lookup(s_getattr);
        PyObject? result;
        if (getattribute is null || (getattribute is PyWrapperDescr w && ReferenceEquals(w.Owner, PyBaseObject.Type)))
        {
            if (getattr is null) return Py.GenericGetAttr(self, name);
            try { result = Py.GenericGetAttr(self, name); }
            catch (PyException e) when (e.Matches(ExceptionTypes.AttributeError))
            {
                // slot_tp_getattr_hook: an AttributeError from a descriptor also falls back to __getattr__.
                e.Release();
                result = null;
            }
            if (result is not null) return result;
        }
        else
        {
            try
            {
                PyObject nameObj = name;
                return Py.CallBoundDescriptor(getattribute, self, new ReadOnlySpan<PyObject>(ref nameObj));
            }
            catch (PyException e) when (getattr is not null && e.Matches(ExceptionTypes.AttributeError))
            {
                e.Release();
            }
        }
        PyObject n = name;
        return Py.CallBoundDescriptor(getattr!, self, new ReadOnlySpan<PyObject>(ref n));
    };

    public static readonly SetAttrFunc SetAttr = (self, name, value) =>
    {
        PyObject r;
        PyObject nameObj = name;
        if (value is null) r = CallRequired(self, s_delattr, new ReadOnlySpan<PyObject>(ref nameObj));
        else r = CallRequired(self, s_setattr, new PyObject[] { name, value });
        Py.Decref(r);
    };

    public static readonly VectorcallFunc Call = (self, args, kwnames) =>
    {
        var descr = self.ob_type.Lookup(s_call) ?? throw Py.NotCallable(self);
        return Py.CallBoundDescriptor(descr, self, args, kwnames);
    };

    public static readonly UnaryFunc Iter = self =>
    {
        var descr = self.ob_type.Lookup(s_iter);
        if (descr is null || descr is PyNone) throw PyErr.TypeError($"'{self.ob_type.ShortName}' object is not iterable");
        return Py.CallBoundDescriptor(descr, self, default);
    };

    /// <summary>__next__; StopIteration means exhaustion (null), its value kept for yield from.</summary>
    public static readonly IterNextFunc IterNext = self =>
    {
        try
        {
            return CallRequired(self, s_next, default);
        }
        catch (PyException e) when (e.Matches(ExceptionTypes.StopIteration))
        {
            ThreadState.Current.SetStopIterationValue(e);
            return null;
        }
    };

    public static readonly DescrGetFunc DescrGet = (self, obj, type) =>
    {
        var descr = self.ob_type.Lookup(s_get);
        if (descr is null) return Py.NewRef(self);
        return Py.CallBoundDescriptor(descr, self, new PyObject[] { obj ?? PyNone.Instance, type });
    };

    public static readonly DescrSetFunc DescrSet = (self, obj, value) =>
    {
        PyObject r = value is null
            ? CallRequired(self, s_delete, new ReadOnlySpan<PyObject>(ref obj))
            : CallRequired(self, s_set, new PyObject[] { obj, value });
        Py.Decref(r);
    };

    public static readonly InitFunc Init = (self, args, kwnames) =>
    {
        var descr = self.ob_type.Lookup(s_init)!;
        var r = Py.CallBoundDescriptor(descr, self, args, kwnames);
        if (r is not PyNone)
        {
            string tn = r.ob_type.ShortName;
            Py.Decref(r);
            throw PyErr.TypeError($"__init__() should return None, not '{tn}'");
        }
    };

    public static readonly NewFunc New = (type, args, kwnames) =>
    {
        var func = type.Lookup(s_new) ?? throw PyErr.TypeError($"cannot create '{type.Name}' instances");
        // __new__ is a staticmethod: unwrap and call with the type prepended.
        PyObject callable = func is PyStaticMethod sm ? sm.Callable : func;
        var all = new PyObject[args.Length + 1];
        all[0] = type;
        args.CopyTo(all.AsSpan(1));
        return Py.Call(callable, all, kwnames);
    };

    public static readonly FinalizeFunc Finalize = self =>
    {
        var r = CallMaybe(self, s_del, default);
        if (r is not null) Py.Decref(r);
    };

    /// <summary>slot_sq_length: __len__'s result through __index__, checked non-negative.</summary>
    public static readonly LenFunc Length = self =>
    {
        var r = CallRequired(self, s_len, default);
        PyInt i;
        try { i = Py.Index(r); }
        finally { Py.Decref(r); }
        try
        {
            if (i.IsBig ? i.Big.Sign < 0 : i.Small < 0) throw PyErr.ValueError("__len__() should return >= 0");
            if (i.IsBig) throw PyErr.OverflowError("cannot fit 'int' into an index-sized integer");
            return i.Small;
        }
        finally { Py.Decref(i); }
    };

    public static readonly BinaryFunc GetItem = (self, key) => CallRequired(self, s_getitem, new ReadOnlySpan<PyObject>(ref key));

    public static readonly SeqItemFunc SeqItem = (self, index) =>
    {
        PyObject i = PyInt.From(index);
        try { return CallRequired(self, s_getitem, new ReadOnlySpan<PyObject>(ref i)); }
        finally { Py.Decref(i); }
    };

    public static readonly AssSubscriptFunc SetItem = (self, key, value) =>
    {
        PyObject r = value is null
            ? CallRequired(self, s_delitem, new ReadOnlySpan<PyObject>(ref key))
            : CallRequired(self, s_setitem, new PyObject[] { key, value });
        Py.Decref(r);
    };

    public static readonly ContainsFunc Contains = (self, item) =>
    {
        var descr = self.ob_type.Lookup(s_contains);
        if (descr is PyNone) throw PyErr.TypeError($"'{self.ob_type.ShortName}' object is not a container");
        if (descr is null) return Py.ContainsByIteration(self, item);
        var r = Py.CallBoundDescriptor(descr, self, new ReadOnlySpan<PyObject>(ref item));
        try { return Py.IsTrue(r); }
        finally { Py.Decref(r); }
    };


    public static readonly BoolFunc Bool = self =>
    {
        var r = CallRequired(self, s_bool, default);
        if (r is PyBool b) return b.IsTrue;
        string tn = r.ob_type.ShortName;
        Py.Decref(r);
        throw PyErr.TypeError($"__bool__ should return bool, returned {tn}");
    };

    public static readonly UnaryFunc Index = self => CallRequired(self, s_index, default);
    public static readonly UnaryFunc Int = self => CallRequired(self, s_int, default);
    public static readonly UnaryFunc Float = self => CallRequired(self, s_float, default);
    public static readonly UnaryFunc Negative = self => CallRequired(self, s_neg, default);
    public static readonly UnaryFunc Positive = self => CallRequired(self, s_pos, default);
    public static readonly UnaryFunc Absolute = self => CallRequired(self, s_abs, default);
    public static readonly UnaryFunc Invert = self => CallRequired(self, s_invert, default);

    public static readonly BinaryFunc[] Binary = new BinaryFunc[26];

    /// <summary>SLOT1BINFULL: a's __op__, b's __rop__, with the subclass-first rule.</summary>
    static PyObject BinaryFull(PyObject a, PyObject b, int op)
    {
        var slot = Binary[op];
        var ta = a.ob_type; var tb = b.ob_type;
        bool doOther = !ReferenceEquals(ta, tb) && tb.nb_binary[op] == slot;
        if (ta.nb_binary[op] == slot)
        {
            if (doOther && tb.IsSubtype(ta) && IsOverloaded(ta, tb, ReflectedNames[op]))
            {
                var r = CallOrNotImplemented(b, ReflectedNames[op], a);
                if (!ReferenceEquals(r, PyNotImplemented.Instance)) return r;
                doOther = false;
            }
            var x = CallOrNotImplemented(a, BinaryNames[op], b);
            if (!ReferenceEquals(x, PyNotImplemented.Instance) || ReferenceEquals(ta, tb)) return x;
        }
        if (doOther) return CallOrNotImplemented(b, ReflectedNames[op], a);
        return PyNotImplemented.Instance;
    }

    /// <summary>True when <paramref name="sub"/> defines <paramref name="name"/> differently from <paramref name="baseType"/>.</summary>
    static bool IsOverloaded(PyType baseType, PyType sub, PyStr name)
    {
        var b = sub.Lookup(name);
        if (b is null) return false;
        var a = baseType.Lookup(name);
        return !ReferenceEquals(a, b);
    }

    static readonly PyStr s_divmod = PyStr.Intern("__divmod__"), s_rdivmod = PyStr.Intern("__rdivmod__");

    /// <summary>__divmod__/__rdivmod__ with the same forward/reflected rules as the binary operators.</summary>
    public static readonly BinaryFunc DivMod = (a, b) =>
    {
        var ta = a.ob_type; var tb = b.ob_type;
        bool doOther = !ReferenceEquals(ta, tb) && tb.nb_divmod == DivMod;
        if (ta.nb_divmod == DivMod)
        {
            if (doOther && tb.IsSubtype(ta) && IsOverloaded(ta, tb, s_rdivmod))
            {
                var r = CallOrNotImplemented(b, s_rdivmod, a);
                if (!ReferenceEquals(r, PyNotImplemented.Instance)) return r;
                doOther = false;
            }
            var x = CallOrNotImplemented(a, s_divmod, b);
            if (!ReferenceEquals(x, PyNotImplemented.Instance) || ReferenceEquals(ta, tb)) return x;
        }
        if (doOther) return CallOrNotImplemented(b, s_rdivmod, a);
        return PyNotImplemented.Instance;
    };

    public static readonly TernaryFunc Power = (a, b, c) =>
    {
        if (ReferenceEquals(c, PyNone.Instance)) return Binary[(int)BinaryOp.Power](a, b);
        if (a.ob_type.nb_power_ternary == Power)
        {
            var r = Py.CallSpecialMethod(a, s_pow, new PyObject[] { b, c });
            return r ?? PyNotImplemented.Instance;
        }
        return PyNotImplemented.Instance;
    };
}
