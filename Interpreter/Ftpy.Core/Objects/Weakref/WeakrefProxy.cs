using Ftpy.Runtime;

namespace Ftpy.Objects;

/// <summary>
/// weakref.ProxyType and weakref.CallableProxyType (Objects/weakrefobject.c's proxy_*): every
/// operation is forwarded to the referent, with proxies among the operands replaced by their
/// referents; once the referent is dead every operation raises ReferenceError. Proxies are
/// unhashable and cannot be created by calling their type.
/// Invariant: a forwarded operation holds a reference to the referent while it runs, so the
/// referent cannot die underneath it.
/// </summary>
static class WeakrefProxy
{
    internal static void SetupProxy(PyType t) => Setup(t, callable: false);
    internal static void SetupCallableProxy(PyType t) => Setup(t, callable: true);

    /// <summary>The live referent, as a new reference (proxy_checkref + Py_INCREF).</summary>
    static PyObject Referent(PyObject proxy)
    {
        var r = ((PyWeakref)proxy).Referent;
        if (r is null) throw new PyException(ExceptionTypes.ReferenceError, "weakly-referenced object no longer exists");
        return Py.NewRef(r);
    }

    /// <summary>UNWRAP: a proxy operand becomes its referent (new reference); anything else is returned with a new reference.</summary>
    static PyObject Unwrap(PyObject o) =>
        o is PyWeakref w && w.IsProxy ? Referent(o) : Py.NewRef(o);

    static PyObject Unary(PyObject proxy, Func<PyObject, PyObject> op)
    {
        var r = Referent(proxy);
        try { return op(r); }
        finally { Py.Decref(r); }
    }

    static PyObject Binary(PyObject a, PyObject b, Func<PyObject, PyObject, PyObject> op)
    {
        var ua = Unwrap(a);
        try
        {
            var ub = Unwrap(b);
            try { return op(ua, ub); }
            finally { Py.Decref(ub); }
        }
        finally { Py.Decref(ua); }
    }

    static void Setup(PyType t, bool callable)
    {
        t.Flags |= TypeFlags.DisallowInstantiation;
        t.Flags &= ~TypeFlags.BaseType;
        t.tp_repr = o =>
        {
            var w = (PyWeakref)o;
            if (w.Referent is null) return PyStr.From($"<weakproxy at 0x{Py.Id(o):x}; dead>");
            return PyStr.From($"<weakproxy at 0x{Py.Id(o):x}; {PyWeakref.Describe(w.Referent)}>");
        };
        t.tp_str = o => Unary(o, r => Py.Str(r));
        t.tp_hash = o => throw PyErr.TypeError($"unhashable type: '{o.ob_type.Name}'");
        t.tp_getattro = (o, name) => Unary(o, r => Py.GetAttr(r, name));
        t.tp_setattro = (o, name, value) =>
        {
            var r = Referent(o);
            try
            {
                if (value is null) Py.DelAttr(r, name);
                else Py.SetAttr(r, name, value);
            }
            finally { Py.Decref(r); }
        };
        t.tp_richcompare = (a, b, op) => Binary(a, b, (x, y) => Py.RichCompare(x, y, op));
        t.tp_iter = o => Unary(o, Py.GetIter);
        t.tp_iternext = o =>
        {
            var r = Referent(o);
            try
            {
                if (r.ob_type.tp_iternext is not { } next)
                    throw PyErr.TypeError($"Weakref proxy referenced a non-iterator '{r.ob_type.ShortName}' object");
                return next(r);
            }
            finally { Py.Decref(r); }
        };
        if (callable)
            t.tp_call = (o, args, kw) =>
            {
                var r = Referent(o);
                try { return Py.Call(r, args, kw); }
                finally { Py.Decref(r); }
            };
        for (int i = 0; i < t.nb_binary.Length; i++)
        {
            var op = (BinaryOp)i;
            t.nb_binary[i] = (a, b) => Binary(a, b, (x, y) => Py.BinaryOp(x, y, op));
        }
        t.nb_power_ternary = (a, b, c) =>
        {
            var uc = Unwrap(c);
            try { return Binary(a, b, (x, y) => Py.Power(x, y, uc)); }
            finally { Py.Decref(uc); }
        };
        t.nb_divmod = (a, b) => Binary(a, b, Py.DivMod);
        t.nb_negative = o => Unary(o, Py.Negative);
        t.nb_positive = o => Unary(o, Py.Positive);
        t.nb_absolute = o => Unary(o, Py.Absolute);
        t.nb_invert = o => Unary(o, Py.Invert);
        t.nb_int = o => Unary(o, r => Py.CallOneArg(PyInt.Type, r));
        t.nb_float = o => Unary(o, r => Py.CallOneArg(PyFloat.Type, r));
        t.nb_index = o => Unary(o, Py.Index);
        t.nb_bool = o =>
        {
            var r = Referent(o);
            try { return Py.IsTrue(r); }
            finally { Py.Decref(r); }
        };
        t.mp_length = o =>
        {
            var r = Referent(o);
            try { return Py.Length(r); }
            finally { Py.Decref(r); }
        };
        t.sq_contains = (o, item) =>
        {
            var r = Referent(o);
            try { return Py.Contains(r, item); }
            finally { Py.Decref(r); }
        };
        t.mp_subscript = (o, key) => Unary(o, r => Py.GetItem(r, key));
        t.mp_ass_subscript = (o, key, value) =>
        {
            var r = Referent(o);
            try
            {
                if (value is null) Py.DelItem(r, key);
                else Py.SetItem(r, key, value);
            }
            finally { Py.Decref(r); }
        };
        t.AddMethod("__bytes__", (PyObject self) => Unary(self, r => Py.CallMethod(r, "__bytes__")));
        t.AddMethod("__reversed__", (PyObject self) => Unary(self, r => Py.CallMethod(r, "__reversed__")));
    }
}

/// <summary>The builtin types whose instances can be weakly referenced (CPython's types with a
/// tp_weaklistoffset); heap types add __weakref__ unless their __slots__ leave it out.</summary>
static class WeakrefSupport
{
    internal static void Enable()
    {
        foreach (var t in new[]
        {
            PyType.Type, PyFunction.Type, PyMethod.Type, PyBuiltinFunction.Type, PyCode.Type,
            PySet.Type, PyFrozenSet.Type, PyModule.Type, PyGenerator.Type, PyGenericAlias.Type,
            PyFile.TextType, PyFile.BufferedReaderType, PyFile.BufferedWriterType, PyFile.BufferedRandomType,
            PyStdStream.Type,
        })
        {
            t.Flags |= TypeFlags.HasWeakrefs;
        }
    }
}
