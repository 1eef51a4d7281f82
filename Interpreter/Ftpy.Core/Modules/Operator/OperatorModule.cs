using Ftpy.Objects;
using Ftpy.Runtime;

namespace Ftpy.Modules;

/// <summary>
/// The operator module: the intrinsic operators as functions (each also under its dunder alias,
/// the same object), plus attrgetter, itemgetter and methodcaller.
/// </summary>
public static class OperatorModule
{
    static readonly (string Name, BinaryOp Op)[] s_binary =
    {
        ("add", BinaryOp.Add), ("and_", BinaryOp.And), ("floordiv", BinaryOp.FloorDivide), ("lshift", BinaryOp.LShift),
        ("matmul", BinaryOp.MatrixMultiply), ("mod", BinaryOp.Remainder), ("mul", BinaryOp.Multiply), ("or_", BinaryOp.Or),
        ("pow", BinaryOp.Power), ("rshift", BinaryOp.RShift), ("sub", BinaryOp.Subtract), ("truediv", BinaryOp.TrueDivide),
        ("xor", BinaryOp.Xor),
        ("iadd", BinaryOp.InplaceAdd), ("iand", BinaryOp.InplaceAnd), ("ifloordiv", BinaryOp.InplaceFloorDivide),
        ("ilshift", BinaryOp.InplaceLShift), ("imatmul", BinaryOp.InplaceMatrixMultiply), ("imod", BinaryOp.InplaceRemainder),
        ("imul", BinaryOp.InplaceMultiply), ("ior", BinaryOp.InplaceOr), ("ipow", BinaryOp.InplacePower),
        ("irshift", BinaryOp.InplaceRShift), ("isub", BinaryOp.InplaceSubtract), ("itruediv", BinaryOp.InplaceTrueDivide),
        ("ixor", BinaryOp.InplaceXor),
    };

    static readonly (string Name, CompareOp Op)[] s_compare =
    {
        ("lt", CompareOp.Lt), ("le", CompareOp.Le), ("eq", CompareOp.Eq), ("ne", CompareOp.Ne), ("ge", CompareOp.Ge), ("gt", CompareOp.Gt),
    };

    static readonly string[] s_all =
    {
        "abs", "add", "and_", "attrgetter", "call", "concat", "contains", "countOf", "delitem", "eq", "floordiv", "ge",
        "getitem", "gt", "iadd", "iand", "iconcat", "ifloordiv", "ilshift", "imatmul", "imod", "imul", "index", "indexOf",
        "inv", "invert", "ior", "ipow", "irshift", "is_", "is_not", "isub", "itemgetter", "itruediv", "ixor", "le",
        "length_hint", "lshift", "lt", "matmul", "methodcaller", "mod", "mul", "ne", "neg", "not_", "or_", "pos", "pow",
        "rshift", "setitem", "sub", "truediv", "truth", "xor",
    };

    public static PyModule Create(InterpreterState interp)
    {
        TypeSystem.ReadyStatic(Getters.AttrGetterType, null, Getters.SetupAttrGetter);
        TypeSystem.ReadyStatic(Getters.ItemGetterType, null, Getters.SetupItemGetter);
        TypeSystem.ReadyStatic(Getters.MethodCallerType, null, Getters.SetupMethodCaller);
        var m = new PyModule("operator");
        m.Dict.SetItem("__doc__", PyStr.From("Operator interface.\n\nThis module exports a set of functions implemented in C corresponding\nto the intrinsic operators of Python.  For example, operator.add(x, y)\nis equivalent to the expression x+y.  The function names are those\nused for special methods; variants without leading and trailing\n'__' are also provided for convenience."));

        // Each function is also bound to its dunder alias (the same object) unless alias is false.
        void Add(MethodDef def, bool alias = true)
        {
            var f = new PyBuiltinFunction(def, "operator");
            m.Dict.SetItem(def.Name, f);
            if (alias) m.Dict.SetItem($"__{def.Name.TrimEnd('_')}__", f);
        }

        foreach (var (name, op) in s_binary)
        {
            var o = op;
            Add(new MethodDef(name, (PyObject self, ReadOnlySpan<PyObject> a) =>
            {
                ArgParser.CheckPositional(name, a, 2, 2);
                return Py.BinaryOp(a[0], a[1], o);
            }, $"Same as a {BinaryOpInfo.Symbol(o)} b."));
        }
        foreach (var (name, op) in s_compare)
        {
            var o = op;
            Add(new MethodDef(name, (PyObject self, ReadOnlySpan<PyObject> a) =>
            {
                ArgParser.CheckPositional(name, a, 2, 2);
                return Py.RichCompare(a[0], a[1], o);
            }, $"Same as a {Py.Symbol(o)} b."));
        }
        Add(new MethodDef("not_", (PyObject self, PyObject a) => Py.Not(a), "Same as not a."));
        Add(new MethodDef("truth", (PyObject self, PyObject a) => PyBool.From(Py.IsTrue(a)), "Return True if a is true, False otherwise."), alias: false);
        Add(new MethodDef("is_", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            ArgParser.CheckPositional("is_", a, 2, 2);
            return PyBool.From(ReferenceEquals(a[0], a[1]));
        }, "Same as a is b."), alias: false);
        Add(new MethodDef("is_not", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            ArgParser.CheckPositional("is_not", a, 2, 2);
            return PyBool.From(!ReferenceEquals(a[0], a[1]));
        }, "Same as a is not b."), alias: false);
        Add(new MethodDef("abs", (PyObject self, PyObject a) => Py.Absolute(a), "Same as abs(a)."));
        Add(new MethodDef("neg", (PyObject self, PyObject a) => Py.Negative(a), "Same as -a."));
        Add(new MethodDef("pos", (PyObject self, PyObject a) => Py.Positive(a), "Same as +a."));
        Add(new MethodDef("inv", (PyObject self, PyObject a) => Py.Invert(a), "Same as ~a."));
        Add(new MethodDef("invert", (PyObject self, PyObject a) => Py.Invert(a), "Same as ~a."));
        Add(new MethodDef("index", (PyObject self, PyObject a) =>
        {
            var r = Py.Index(a);
            if (r.ob_type == PyInt.Type) return r;
            // A bool (or other int subclass) answers with its exact int value.
            var exact = PyInt.From(r.Value);
            Py.Decref(r);
            return exact;
        }, "Same as a.__index__()"));
        Add(new MethodDef("concat", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            ArgParser.CheckPositional("concat", a, 2, 2);
            return Concat(a[0], a[1], inplace: false);
        }, "Same as a + b, for a and b sequences."));
        Add(new MethodDef("iconcat", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            ArgParser.CheckPositional("iconcat", a, 2, 2);
            return Concat(a[0], a[1], inplace: true);
        }, "Same as a += b, for a and b sequences."));
        Add(new MethodDef("contains", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            ArgParser.CheckPositional("contains", a, 2, 2);
            return PyBool.From(Py.Contains(a[0], a[1]));
        }, "Same as b in a (note reversed operands)."));
        Add(new MethodDef("countOf", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            ArgParser.CheckPositional("countOf", a, 2, 2);
            long n = 0;
            foreach (var x in Py.Iterate(a[0]))
            {
                try { if (Py.RichCompareBool(x, a[1], CompareOp.Eq)) n++; }
                finally { Py.Decref(x); }
            }
            return PyInt.From(n);
        }, "Return the number of items in a which are, or which equal, b."), alias: false);
        Add(new MethodDef("indexOf", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            ArgParser.CheckPositional("indexOf", a, 2, 2);
            long i = 0;
            var it = Py.GetIter(a[0]);
            try
            {
                while (Py.IterNext(it) is { } x)
                {
                    bool eq;
                    try { eq = Py.RichCompareBool(x, a[1], CompareOp.Eq); }
                    finally { Py.Decref(x); }
                    if (eq) return PyInt.From(i);
                    i++;
                }
            }
            finally { Py.Decref(it); }
            throw PyErr.ValueError("sequence.index(x): x not in sequence");
        }, "Return the first index of b in a."), alias: false);
        Add(new MethodDef("getitem", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            ArgParser.CheckPositional("getitem", a, 2, 2);
            return Py.GetItem(a[0], a[1]);
        }, "Same as a[b]."));
        Add(new MethodDef("setitem", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            ArgParser.CheckPositional("setitem", a, 3, 3);
            Py.SetItem(a[0], a[1], a[2]);
            return PyNone.Instance;
        }, "Same as a[b] = c."));
        Add(new MethodDef("delitem", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            ArgParser.CheckPositional("delitem", a, 2, 2);
            Py.DelItem(a[0], a[1]);
            return PyNone.Instance;
        }, "Same as del a[b]."));
        Add(new MethodDef("length_hint", LengthHint, "Return an estimate of the number of items in obj.\n\nThis is useful for presizing containers when building from an iterable.\n\nIf the object supports len(), the result will be exact.\nOtherwise, it may over- or under-estimate by an arbitrary amount.\nThe result will be an integer >= 0."), alias: false);
        Add(new MethodDef("call", (PyObject self, ReadOnlySpan<PyObject> a, PyTuple? kw) =>
        {
            int npos = a.Length - (kw?.Count ?? 0);
            if (npos < 1) throw PyErr.TypeError("call() missing 1 required positional argument: 'obj'");
            return Py.Call(a[0], a[1..], kw);
        }, "Same as obj(*args, **kwargs)."));
        m.Add("attrgetter", Getters.AttrGetterType);
        m.Add("itemgetter", Getters.ItemGetterType);
        m.Add("methodcaller", Getters.MethodCallerType);
        var all = PyList.Create(s_all.Select(s => (PyObject)PyStr.Intern(s)).ToArray());
        m.Add("__all__", all);
        Py.Decref(all);
        return m;
    }

    static bool IsSequence(PyObject o) => o.ob_type.sq_item is not null && o is not PyDict;

    /// <summary>PySequence_Concat / PySequence_InPlaceConcat.</summary>
    static PyObject Concat(PyObject a, PyObject b, bool inplace)
    {
        var t = a.ob_type;
        if (inplace && t.sq_inplace_concat is { } ic) return ic(a, b);
        if (t.sq_concat is { } c) return c(a, b);
        if (IsSequence(a) && IsSequence(b))
        {
            var r = TryNumberAdd(a, b, inplace);
            if (r is not null) return r;
        }
        throw PyErr.TypeError($"'{t.Name}' object can't be concatenated");
    }

    static PyObject? TryNumberAdd(PyObject a, PyObject b, bool inplace)
    {
        if (inplace && a.ob_type.nb_binary[(int)BinaryOp.InplaceAdd] is { } iadd)
        {
            var r = iadd(a, b);
            if (!ReferenceEquals(r, PyNotImplemented.Instance)) return r;
        }
        var sa = a.ob_type.nb_binary[(int)BinaryOp.Add];
        var sb = b.ob_type.nb_binary[(int)BinaryOp.Add];
        if (sa is not null)
        {
            var r = sa(a, b);
            if (!ReferenceEquals(r, PyNotImplemented.Instance)) return r;
        }
        if (sb is not null && sb != sa)
        {
            var r = sb(a, b);
            if (!ReferenceEquals(r, PyNotImplemented.Instance)) return r;
        }
        return null;
    }

    static PyObject LengthHint(PyObject self, ReadOnlySpan<PyObject> a)
    {
        ArgParser.CheckPositional("length_hint", a, 1, 2);
        long def = a.Length > 1 ? ClinicArgs.AsSsize(a[1]) : 0;
        var o = a[0];
        var t = o.ob_type;
        if (t.sq_length is not null || t.mp_length is not null)
        {
            try { return PyInt.From(Py.Length(o)); }
            catch (PyException e) when (e.Matches(ExceptionTypes.TypeError)) { e.Release(); }
        }
        var hint = t.Lookup("__length_hint__");
        if (hint is null) return PyInt.From(def);
        PyObject result;
        try { result = Py.CallBoundDescriptor(hint, o, ReadOnlySpan<PyObject>.Empty); }
        catch (PyException e) when (e.Matches(ExceptionTypes.TypeError))
        {
            e.Release();
            return PyInt.From(def);
        }
        try
        {
            if (ReferenceEquals(result, PyNotImplemented.Instance)) return PyInt.From(def);
            if (result is not PyInt ri) throw PyErr.TypeError($"__length_hint__ must be an integer, not {result.ob_type.Name}");
            long v = ClinicArgs.AsSsize(ri);
            if (v < 0) throw PyErr.ValueError("__length_hint__() should return >= 0");
            return PyInt.From(v);
        }
        finally { Py.Decref(result); }
    }
}
