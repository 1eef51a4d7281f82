using System.Numerics;
using Ftpy.Objects.Numbers;
using Ftpy.Runtime;

namespace Ftpy.Objects;

/// <summary>Python complex.</summary>
public sealed class PyComplex : PyObject
{
    public static readonly PyType Type = new("complex");
    public readonly Complex Value;

    public PyComplex(Complex v) : base(Type) { Value = v; }
    internal PyComplex(PyType type, double re, double im) : base(type) { Value = new Complex(re, im); }

    public static PyComplex From(double re, double im) => new(new Complex(re, im));
    public static PyComplex From(Complex c) => new(c);
}

public static class ComplexType
{
    static bool ToComplex(PyObject o, out Complex c)
    {
        switch (o)
        {
            case PyComplex pc: c = pc.Value; return true;
            case PyFloat f: c = new Complex(f.Value, 0); return true;
            case PyInt i: c = new Complex(i.IsBig ? IntConvert.ToDouble(i.Big) : i.Small, 0); return true;
            default: c = default; return false;
        }
    }

    static PyObject Binary(PyObject a, PyObject b, Func<Complex, Complex, Complex> op) =>
        ToComplex(a, out var x) && ToComplex(b, out var y) ? PyComplex.From(op(x, y)) : PyNotImplemented.Instance;

    internal static void Setup(PyType t)
    {
        t.Doc = "Create a complex number from a string or numbers.";
        t.tp_new = ComplexNew;
        t.tp_repr = o => PyStr.From(ComplexFormat.Repr(((PyComplex)o).Value));
        t.tp_hash = o => NumericHash.Hash(((PyComplex)o).Value, Py.IdentityHash(o));
        t.tp_richcompare = (a, b, op) =>
        {
            if (op is not (CompareOp.Eq or CompareOp.Ne)) return PyNotImplemented.Instance;
            var x = ((PyComplex)a).Value;
            bool eq;
            switch (b)
            {
                case PyComplex c: eq = x == c.Value; break;
                case PyFloat f: eq = x.Imaginary == 0 && x.Real == f.Value; break;
                case PyInt i: eq = x.Imaginary == 0 && (i.IsBig ? FloatCompare.Equal(x.Real, i.Big) : FloatCompare.Compare(x.Real, i.Small) == 0); break;
                default: return PyNotImplemented.Instance;
            }
            return PyBool.From(eq == (op == CompareOp.Eq));
        };
        t.nb_bool = o => ((PyComplex)o).Value != Complex.Zero;
        t.nb_negative = o => PyComplex.From(ComplexArith.Negate(((PyComplex)o).Value));
        t.nb_positive = o => PyComplex.From(((PyComplex)o).Value);
        t.nb_absolute = o => new PyFloat(ComplexArith.Abs(((PyComplex)o).Value));
        t.nb_binary[(int)BinaryOp.Add] = (a, b) => Binary(a, b, ComplexArith.Add);
        t.nb_binary[(int)BinaryOp.Subtract] = (a, b) => Binary(a, b, ComplexArith.Subtract);
        t.nb_binary[(int)BinaryOp.Multiply] = (a, b) => Binary(a, b, ComplexArith.Multiply);
        t.nb_binary[(int)BinaryOp.TrueDivide] = (a, b) => Binary(a, b, ComplexArith.Divide);
        t.nb_binary[(int)BinaryOp.Power] = (a, b) => Binary(a, b, ComplexArith.Pow);
        t.nb_power_ternary = (a, b, c) =>
        {
            if (c is not PyNone) throw PyErr.ValueError("complex modulo");
            return Binary(a, b, ComplexArith.Pow);
        };
        t.AddGetter("real", o => new PyFloat(((PyComplex)o).Value.Real));
        t.AddGetter("imag", o => new PyFloat(((PyComplex)o).Value.Imaginary));
        t.AddMethod("conjugate", (PyObject self) => PyComplex.From(Complex.Conjugate(((PyComplex)self).Value)));
        t.AddMethod("__getnewargs__", (PyObject self) =>
        {
            var v = ((PyComplex)self).Value;
            return PyTuple.Steal(new PyObject[] { new PyFloat(v.Real), new PyFloat(v.Imaginary) });
        });
        t.AddMethod("__complex__", (PyObject self) => PyComplex.From(((PyComplex)self).Value));
        t.AddMethod("__format__", (PyObject self, PyObject spec) =>
        {
            if (spec is not PyStr s) throw PyErr.TypeError($"__format__() argument must be str, not {spec.ob_type.ShortName}");
            if (s.Value.Length == 0) return Py.Str(self);
            return PyStr.From(ComplexFormat.Format(((PyComplex)self).Value, FormatSpec.Parse(s.Value, "complex")));
        });
    }

    static PyObject ComplexNew(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> a = new PyObject?[2];
        ArgParser.Parse("complex", args, kw, new[] { "real", "imag" }, 0, a);
        Complex v;
        if (a[0] is PyStr s)
        {
            if (a[1] is not null) throw PyErr.TypeError("complex() can't take second arg if first is a string");
            v = ComplexParse.Parse(s.Value);
        }
        else
        {
            if (a[1] is PyStr) throw PyErr.TypeError("complex() second arg can't be a string");
            Complex re = a[0] is null ? Complex.Zero : Convert(a[0]!, "first");
            Complex im = a[1] is null ? Complex.Zero : Convert(a[1]!, "second");
            v = new Complex(re.Real - im.Imaginary, re.Imaginary + im.Real);
            if (a[1] is null) v = re;
        }
        return ReferenceEquals(type, PyComplex.Type) ? PyComplex.From(v) : new PyComplex(type, v.Real, v.Imaginary);
    }

    static Complex Convert(PyObject o, string which)
    {
        if (o is PyComplex c) return c.Value;
        var m = o.ob_type.Lookup("__complex__");
        if (m is not null)
        {
            var r = Py.CallBoundDescriptor(m, o, default);
            try
            {
                if (r is PyComplex rc) return rc.Value;
                throw PyErr.TypeError($"__complex__ returned non-complex (type {r.ob_type.ShortName})");
            }
            finally { Py.Decref(r); }
        }
        if (o.ob_type.nb_float is not null || o.ob_type.nb_index is not null) return new Complex(Py.AsDouble(o), 0);
        throw PyErr.TypeError($"complex() {which} argument must be a string or a number, not '{o.ob_type.ShortName}'");
    }
}
