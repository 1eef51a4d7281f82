using System.Numerics;
using Ftpy.Objects.Numbers;
using Ftpy.Runtime;

namespace Ftpy.Objects;

/// <summary>The float type: IEEE arithmetic with Python's rules (via the numeric core), exact
/// comparison with ints, CPython's repr and hashing, and the float methods.</summary>
public static class FloatType
{
    /// <summary>A float operand as a double: floats, and ints converted exactly (OverflowError if too big).</summary>
    static bool ToDouble(PyObject o, out double d)
    {
        switch (o)
        {
            case PyFloat f: d = f.Value; return true;
            case PyInt i: d = i.IsBig ? IntConvert.ToDouble(i.Big) : i.Small; return true;
            default: d = 0; return false;
        }
    }

    static PyObject Binary(PyObject a, PyObject b, Func<double, double, double> op) =>
        ToDouble(a, out double x) && ToDouble(b, out double y) ? PyFloat.From(op(x, y)) : PyNotImplemented.Instance;

    internal static void Setup(PyType t)
    {
        t.Doc = "Convert a string or number to a floating-point number, if possible.";
        t.tp_new = FloatNew;
        t.tp_repr = o => PyStr.From(FloatRepr.Repr(((PyFloat)o).Value));
        t.tp_hash = o => NumericHash.Hash(((PyFloat)o).Value, Py.IdentityHash(o));
        t.tp_richcompare = Compare;
        t.nb_bool = o => ((PyFloat)o).Value != 0.0;
        t.nb_float = o => o.ob_type == PyFloat.Type ? Py.NewRef(o) : PyFloat.From(((PyFloat)o).Value);
        t.nb_int = o => PyInt.From(IntType.ConvertToInt(o is PyFloat f && f.ob_type != PyFloat.Type ? PyFloat.From(f.Value) : o));
        t.nb_negative = o => PyFloat.From(-((PyFloat)o).Value);
        t.nb_positive = o => PyFloat.From(((PyFloat)o).Value);
        t.nb_absolute = o => PyFloat.From(Math.Abs(((PyFloat)o).Value));
        t.nb_binary[(int)BinaryOp.Add] = (a, b) => Binary(a, b, FloatArith.Add);
        t.nb_binary[(int)BinaryOp.Subtract] = (a, b) => Binary(a, b, FloatArith.Subtract);
        t.nb_binary[(int)BinaryOp.Multiply] = (a, b) => Binary(a, b, FloatArith.Multiply);
        t.nb_binary[(int)BinaryOp.TrueDivide] = (a, b) =>
        {
            if (!ToDouble(a, out double x) || !ToDouble(b, out double y)) return PyNotImplemented.Instance;
            if (y == 0.0) throw PyErr.ZeroDivisionError("float division by zero");
            return PyFloat.From(FloatArith.TrueDivide(x, y));
        };
        t.nb_binary[(int)BinaryOp.FloorDivide] = (a, b) =>
        {
            if (!ToDouble(a, out double x) || !ToDouble(b, out double y)) return PyNotImplemented.Instance;
            if (y == 0.0) throw PyErr.ZeroDivisionError("float floor division by zero");
            return PyFloat.From(FloatArith.FloorDivide(x, y));
        };
        t.nb_binary[(int)BinaryOp.Remainder] = (a, b) =>
        {
            if (!ToDouble(a, out double x) || !ToDouble(b, out double y)) return PyNotImplemented.Instance;
            if (y == 0.0) throw PyErr.ZeroDivisionError("float modulo by zero");
            return PyFloat.From(FloatArith.Modulo(x, y));
        };
        t.nb_divmod = (a, b) =>
        {
            if (!ToDouble(a, out double x) || !ToDouble(b, out double y)) return PyNotImplemented.Instance;
            if (y == 0.0) throw PyErr.ZeroDivisionError("float divmod()");
            var (q, r) = FloatArith.DivMod(x, y);
            return PyTuple.Steal(new PyObject[] { PyFloat.From(q), PyFloat.From(r) });
        };
        t.nb_binary[(int)BinaryOp.Power] = (a, b) => Pow(a, b, PyNone.Instance);
        t.nb_power_ternary = Pow;

        t.AddGetter("real", o => PyFloat.From(((PyFloat)o).Value));
        t.AddGetter("imag", o => PyFloat.From(0.0));
        t.AddMethod("conjugate", (PyObject self) => PyFloat.From(((PyFloat)self).Value));
        t.AddMethod("is_integer", (PyObject self) => PyBool.From(IntConvert.IsInteger(((PyFloat)self).Value)));
        t.AddMethod("as_integer_ratio", (PyObject self) =>
        {
            double v = ((PyFloat)self).Value;
            if (double.IsInfinity(v)) throw PyErr.OverflowError("cannot convert Infinity to integer ratio");
            if (double.IsNaN(v)) throw PyErr.ValueError("cannot convert NaN to integer ratio");
            var (n, d) = IntConvert.AsIntegerRatio(v);
            return PyTuple.Steal(new PyObject[] { PyInt.From(n), PyInt.From(d) });
        });
        t.AddMethod("hex", (PyObject self) => PyStr.From(FloatHex.ToHex(((PyFloat)self).Value)));
        t.AddClassMethod(new MethodDef("fromhex", (PyObject cls, PyObject s) =>
        {
            if (s is not PyStr str) throw PyErr.TypeError($"bad argument type for built-in operation");
            var f = PyFloat.From(FloatHex.FromHex(str.Value));
            if (ReferenceEquals(cls, PyFloat.Type)) return f;
            try { return Py.CallOneArg(cls, f); }
            finally { Py.Decref(f); }
        }));
        t.AddMethod("__trunc__", (PyObject self) => PyInt.From(FloatArith.Trunc(((PyFloat)self).Value)));
        t.AddMethod("__floor__", (PyObject self) => PyInt.From(CheckedIntegral(((PyFloat)self).Value, Math.Floor)));
        t.AddMethod("__ceil__", (PyObject self) => PyInt.From(CheckedIntegral(((PyFloat)self).Value, Math.Ceiling)));
        t.AddMethod("__round__", (PyObject self, ReadOnlySpan<PyObject> args) =>
        {
            ArgParser.CheckPositional("__round__", args, 0, 1);
            double v = ((PyFloat)self).Value;
            if (args.Length == 0 || args[0] is PyNone)
            {
                if (double.IsNaN(v)) throw PyErr.ValueError("cannot convert float NaN to integer");
                if (double.IsInfinity(v)) throw PyErr.OverflowError("cannot convert float infinity to integer");
                return PyInt.From(FloatRound.Round(v));
            }
            long nd = Py.AsSsize(args[0], null);
            return PyFloat.From(FloatRound.Round(v, nd));
        });
        t.AddMethod("__getnewargs__", (PyObject self) => PyTuple.Steal(new PyObject[] { PyFloat.From(((PyFloat)self).Value) }));
        t.AddMethod("__format__", (PyObject self, PyObject spec) =>
        {
            if (spec is not PyStr s) throw PyErr.TypeError($"__format__() argument must be str, not {spec.ob_type.ShortName}");
            if (s.Value.Length == 0) return Py.Str(self);
            return PyStr.From(FloatFormat.Format(((PyFloat)self).Value, FormatSpec.Parse(s.Value, self.ob_type.ShortName)));
        });
        t.AddClassMethod(new MethodDef("__getformat__", (PyObject cls, PyObject typestr) =>
        {
            string s = typestr is PyStr ps ? ps.Value : throw PyErr.TypeError("__getformat__() argument must be str");
            if (s is not ("double" or "float")) throw PyErr.ValueError("__getformat__() argument 1 must be 'double' or 'float'");
            return PyStr.From("IEEE, little-endian");
        }));
        NumberDocs.Apply(t, NumberDocs.Float);
    }

    static BigInteger CheckedIntegral(double v, Func<double, double> f)
    {
        if (double.IsNaN(v)) throw PyErr.ValueError("cannot convert float NaN to integer");
        if (double.IsInfinity(v)) throw PyErr.OverflowError("cannot convert float infinity to integer");
        return IntConvert.FromDouble(f(v));
    }

    static PyObject Compare(PyObject a, PyObject b, CompareOp op)
    {
        double x = ((PyFloat)a).Value;
        int? c;
        switch (b)
        {
            case PyFloat f:
                double y = f.Value;
                return PyBool.From(op switch
                {
                    CompareOp.Lt => x < y, CompareOp.Le => x <= y, CompareOp.Eq => x == y,
                    CompareOp.Ne => x != y, CompareOp.Gt => x > y, _ => x >= y,
                });
            case PyInt i:
                c = i.IsBig ? FloatCompare.Compare(x, i.Big) : FloatCompare.Compare(x, i.Small);
                break;
            default:
                return PyNotImplemented.Instance;
        }
        if (c is null) return PyBool.From(op == CompareOp.Ne);
        int v = c.Value;
        return PyBool.From(op switch
        {
            CompareOp.Lt => v < 0, CompareOp.Le => v <= 0, CompareOp.Eq => v == 0,
            CompareOp.Ne => v != 0, CompareOp.Gt => v > 0, _ => v >= 0,
        });
    }

    static PyObject Pow(PyObject a, PyObject b, PyObject c)
    {
        if (c is not PyNone) throw PyErr.TypeError("pow() 3rd argument not allowed unless all arguments are integers");
        if (!ToDouble(a, out double x) || !ToDouble(b, out double y)) return PyNotImplemented.Instance;
        if (!FloatArith.TryPow(x, y, out double r))
        {
            // A negative base to a fractional power is complex (Python 3).
            return PyComplex.From(ComplexArith.Pow(new Complex(x, 0), new Complex(y, 0)));
        }
        return PyFloat.From(r);
    }

    static PyObject FloatNew(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        ArgParser.NoKeywords("float", kw);
        ArgParser.CheckPositional("float", args, 0, 1);
        double v = args.Length == 0 ? 0.0 : ConvertToDouble(args[0]);
        return ReferenceEquals(type, PyFloat.Type) ? PyFloat.From(v) : new PyFloat(type, v);
    }

    /// <summary>float(x): __float__, __index__, or parsing str/bytes.</summary>
    public static double ConvertToDouble(PyObject o)
    {
        switch (o)
        {
            case PyFloat f: return f.Value;
            case PyStr s: return FloatParse.Parse(s.Value, Py.ReprString(s));
            case PyBytes or PyByteArray:
            {
                var data = BytesType.BytesFromObject(o);
                return FloatParse.Parse(System.Text.Encoding.Latin1.GetString(data), Text.BytesRepr.Repr(data, o is PyByteArray));
            }
        }
        var t = o.ob_type;
        if (t.nb_float is { } nf)
        {
            var r = nf(o);
            try
            {
                if (r is PyFloat rf) return rf.Value;
                throw PyErr.TypeError($"{t.ShortName}.__float__ returned non-float (type {r.ob_type.ShortName})");
            }
            finally { Py.Decref(r); }
        }
        if (t.nb_index is not null) return Py.AsDouble(o);
        // PyFloat_FromString accepts any other buffer object; errors show the object's own repr.
        if (BufferProtocol.TryGetBytes(o, out var buffer))
        {
            string text = System.Text.Encoding.Latin1.GetString(buffer);
            return FloatParse.Parse(text, Py.ReprString(o));
        }
        throw PyErr.TypeError($"float() argument must be a string or a real number, not '{t.ShortName}'");
    }
}
