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
        t.Doc = "Create a complex number from a string or numbers.\n\nIf a string is given, parse it as a complex number.\nIf a single number is given, convert it to a complex number.\nIf the 'real' or 'imag' arguments are given, create a complex number\nwith the specified real and imaginary components.";
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
        t.nb_absolute = o => PyFloat.From(ComplexArith.Abs(((PyComplex)o).Value));
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
        // Read-only T_DOUBLE members in CPython (so assignment says "readonly attribute").
        t.Dict.SetItem(PyStr.Intern("real"), new PyMemberDescr(t, "real", o => PyFloat.From(((PyComplex)o).Value.Real), null, getterReturnsNew: true));
        t.Dict.SetItem(PyStr.Intern("imag"), new PyMemberDescr(t, "imag", o => PyFloat.From(((PyComplex)o).Value.Imaginary), null, getterReturnsNew: true));
        t.AddMethod("conjugate", (PyObject self) => PyComplex.From(Complex.Conjugate(((PyComplex)self).Value)));
        t.AddMethod("__getnewargs__", (PyObject self) =>
        {
            var v = ((PyComplex)self).Value;
            return PyTuple.Steal(new PyObject[] { PyFloat.From(v.Real), PyFloat.From(v.Imaginary) });
        });
        t.AddMethod("__complex__", (PyObject self) => PyComplex.From(((PyComplex)self).Value));
        t.AddMethod("__format__", (PyObject self, PyObject spec) =>
        {
            if (spec is not PyStr s) throw PyErr.TypeError($"__format__() argument must be str, not {spec.ob_type.ShortName}");
            if (s.Value.Length == 0) return Py.Str(self);
            return PyStr.From(ComplexFormat.Format(((PyComplex)self).Value, FormatSpec.Parse(s.Value, "complex")));
        });
        NumberDocs.Apply(t, NumberDocs.Complex);
    }

    /// <summary>complex(real=0, imag=0) as CPython's complex_new.</summary>
    static PyObject ComplexNew(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> a = new PyObject?[2];
        ArgParser.Parse("complex", args, kw, new[] { "real", "imag" }, 0, a);
        var r = a[0];
        var i = a[1];
        if (r is PyStr s)
        {
            if (i is not null) throw PyErr.TypeError("complex() can't take second arg if first is a string");
            return Make(type, ComplexParse.Parse(s.Value));
        }
        if (i is PyStr) throw PyErr.TypeError("complex() second arg can't be a string");
        if (r is null && i is null) return Make(type, Complex.Zero);
        if (r is not null && r.ob_type == PyComplex.Type && i is null && ReferenceEquals(type, PyComplex.Type)) return Py.NewRef(r);

        double crReal = 0, crImag = 0, ciReal = 0, ciImag = 0;
        bool crIsComplex = false, ciIsComplex = false;
        if (r is not null)
        {
            if (TryComplexSpecial(r, out var special))
            {
                crReal = special.Real;
                crImag = special.Imaginary;
                crIsComplex = true;
            }
            else if (r is PyComplex rc)
            {
                crReal = rc.Value.Real;
                crImag = rc.Value.Imaginary;
                crIsComplex = true;
            }
            else
            {
                if (r.ob_type.nb_float is null && r.ob_type.nb_index is null)
                    throw PyErr.TypeError($"complex() first argument must be a string or a number, not '{r.ob_type.ShortName}'");
                crReal = Py.AsDouble(r);
            }
        }
        if (i is null) ciReal = crImag;
        else if (i is PyComplex ic)
        {
            ciReal = ic.Value.Real;
            ciImag = ic.Value.Imaginary;
            ciIsComplex = true;
        }
        else
        {
            if (i.ob_type.nb_float is null && i.ob_type.nb_index is null)
                throw PyErr.TypeError($"complex() second argument must be a number, not '{i.ob_type.ShortName}'");
            ciReal = Py.AsDouble(i);
        }
        // Only a complex argument has an imaginary part to fold in; a real one keeps its signed zero.
        if (ciIsComplex) crReal -= ciImag;
        if (crIsComplex && i is not null) ciReal += crImag;
        return ReferenceEquals(type, PyComplex.Type) ? PyComplex.From(crReal, ciReal) : new PyComplex(type, crReal, ciReal);
    }

    static PyObject Make(PyType type, Complex v) =>
        ReferenceEquals(type, PyComplex.Type) ? PyComplex.From(v) : new PyComplex(type, v.Real, v.Imaginary);

    /// <summary>try_complex_special_method: __complex__ of the type, which must return a complex.</summary>
    static bool TryComplexSpecial(PyObject o, out Complex value)
    {
        value = default;
        var m = o.ob_type.Lookup("__complex__");
        if (m is null) return false;
        var r = Py.CallBoundDescriptor(m, o, default);
        try
        {
            if (r is PyComplex rc)
            {
                value = rc.Value;
                return true;
            }
            throw PyErr.TypeError($"__complex__ returned non-complex (type {r.ob_type.ShortName})");
        }
        finally { Py.Decref(r); }
    }

    /// <summary>A complex operand's value (PyComplex_AsCComplex): complex, __complex__, then float().</summary>
    public static Complex AsComplex(PyObject o)
    {
        if (o is PyComplex c) return c.Value;
        if (TryComplexSpecial(o, out var v)) return v;
        return new Complex(Py.AsDouble(o), 0);
    }
}
