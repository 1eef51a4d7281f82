using System.Numerics;
using Ftpy.Objects;
using Ftpy.Objects.Numbers;
using Ftpy.Runtime;

namespace Ftpy.Modules.Math;

/// <summary>
/// The math module: argument conversion as CPython's mathmodule.c does it (exact floats and
/// ints first, then __float__/__index__; __ceil__/__floor__/__trunc__ dispatch; ints of any
/// size for log and the integer functions) around the pure functions of
/// <see cref="MathFunctions"/>.
/// </summary>
public static partial class MathModule
{
    public static PyModule Create(InterpreterState interp)
    {
        var m = new PyModule("math");
        m.Add("__doc__", PyStr.From("This module provides access to the mathematical functions\ndefined by the C standard."));
        m.Add("pi", new PyFloat(MathFunctions.Pi));
        m.Add("e", new PyFloat(MathFunctions.E));
        m.Add("tau", new PyFloat(MathFunctions.Tau));
        m.Add("inf", new PyFloat(MathFunctions.Inf));
        m.Add("nan", new PyFloat(MathFunctions.Nan));
        AddFloatFunctions(m);
        AddIntegerFunctions(m);
        AddSequenceFunctions(m);
        return m;
    }

    /// <summary>ASSIGN_DOUBLE: exact floats and ints directly, anything else through PyFloat_AsDouble.</summary>
    internal static double ToDouble(PyObject o)
    {
        if (o.ob_type == PyFloat.Type) return ((PyFloat)o).Value;
        if (o.ob_type == PyInt.Type)
        {
            var i = (PyInt)o;
            return i.IsBig ? IntConvert.ToDouble(i.Big) : i.Small;
        }
        return Py.AsDouble(o);
    }

    static PyFloat F(double v) => new(v);

    static PyObject Int(BigInteger v) => PyInt.From(v);

    static void Unary(PyModule m, string name, Func<double, double> f, string doc) =>
        m.AddFunction(new MethodDef(name, (PyObject self, PyObject x) => F(f(ToDouble(x))), doc));

    static void Binary(PyModule m, string name, Func<double, double, double> f, string doc) =>
        m.AddFunction(new MethodDef(name, (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            ArgParser.CheckPositional(name, a, 2, 2);
            double x = ToDouble(a[0]);
            double y = ToDouble(a[1]);
            return F(f(x, y));
        }, doc));

    static void AddFloatFunctions(PyModule m)
    {
        Unary(m, "acos", MathFunctions.Acos, "Return the arc cosine (measured in radians) of x.\n\nThe result is between 0 and pi.");
        Unary(m, "acosh", MathFunctions.Acosh, "Return the inverse hyperbolic cosine of x.");
        Unary(m, "asin", MathFunctions.Asin, "Return the arc sine (measured in radians) of x.\n\nThe result is between -pi/2 and pi/2.");
        Unary(m, "asinh", MathFunctions.Asinh, "Return the inverse hyperbolic sine of x.");
        Unary(m, "atan", MathFunctions.Atan, "Return the arc tangent (measured in radians) of x.\n\nThe result is between -pi/2 and pi/2.");
        Unary(m, "atanh", MathFunctions.Atanh, "Return the inverse hyperbolic tangent of x.");
        Unary(m, "cbrt", MathFunctions.Cbrt, "Return the cube root of x.");
        Unary(m, "cos", MathFunctions.Cos, "Return the cosine of x (measured in radians).");
        Unary(m, "cosh", MathFunctions.Cosh, "Return the hyperbolic cosine of x.");
        Unary(m, "erf", MathFunctions.Erf, "Error function at x.");
        Unary(m, "erfc", MathFunctions.Erfc, "Complementary error function at x.");
        Unary(m, "exp", MathFunctions.Exp, "Return e raised to the power of x.");
        Unary(m, "exp2", MathFunctions.Exp2, "Return 2 raised to the power of x.");
        Unary(m, "expm1", MathFunctions.Expm1, "Return exp(x)-1.\n\nThis function avoids the loss of precision involved in the direct evaluation of exp(x)-1 for small x.");
        Unary(m, "fabs", MathFunctions.Fabs, "Return the absolute value of the float x.");
        Unary(m, "gamma", MathFunctions.Gamma, "Gamma function at x.");
        Unary(m, "lgamma", MathFunctions.Lgamma, "Natural logarithm of absolute value of Gamma function at x.");
        Unary(m, "log1p", MathFunctions.Log1p, "Return the natural logarithm of 1+x (base e).\n\nThe result is computed in a way which is accurate for x near zero.");
        Unary(m, "sin", MathFunctions.Sin, "Return the sine of x (measured in radians).");
        Unary(m, "sinh", MathFunctions.Sinh, "Return the hyperbolic sine of x.");
        Unary(m, "sqrt", MathFunctions.Sqrt, "Return the square root of x.");
        Unary(m, "tan", MathFunctions.Tan, "Return the tangent of x (measured in radians).");
        Unary(m, "tanh", MathFunctions.Tanh, "Return the hyperbolic tangent of x.");
        Unary(m, "degrees", MathFunctions.Degrees, "Convert angle x from radians to degrees.");
        Unary(m, "radians", MathFunctions.Radians, "Convert angle x from degrees to radians.");
        Unary(m, "ulp", MathFunctions.Ulp, "Return the value of the least significant bit of the float x.");

        Binary(m, "atan2", MathFunctions.Atan2, "Return the arc tangent (measured in radians) of y/x.\n\nUnlike atan(y/x), the signs of both x and y are considered.");
        Binary(m, "copysign", MathFunctions.Copysign, "Return a float with the magnitude (absolute value) of x but the sign of y.\n\nOn platforms that support signed zeros, copysign(1.0, -0.0)\nreturns -1.0.\n");
        Binary(m, "fmod", MathFunctions.Fmod, "Return fmod(x, y), according to platform C.\n\nx % y may differ.");
        Binary(m, "pow", MathFunctions.Pow, "Return x**y (x to the power of y).");
        Binary(m, "remainder", MathFunctions.Remainder, "Difference between x and the closest integer multiple of y.\n\nReturn x - n*y where n*y is the closest integer multiple of y.\nIn the case where x is exactly halfway between two multiples of\ny, the nearest even value of n is used. The result is always exact.");

        m.AddFunction(new MethodDef("fma", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            ArgParser.CheckPositional("fma", a, 3, 3);
            double x = ToDouble(a[0]), y = ToDouble(a[1]), z = ToDouble(a[2]);
            return F(MathFunctions.Fma(x, y, z));
        }, "Fused multiply-add operation.\n\nCompute (x * y) + z with a single round."));

        m.AddFunction(new MethodDef("isfinite", (PyObject self, PyObject x) => PyBool.From(double.IsFinite(ToDouble(x))),
            "Return True if x is neither an infinity nor a NaN, and False otherwise."));
        m.AddFunction(new MethodDef("isinf", (PyObject self, PyObject x) => PyBool.From(double.IsInfinity(ToDouble(x))),
            "Return True if x is a positive or negative infinity, and False otherwise."));
        m.AddFunction(new MethodDef("isnan", (PyObject self, PyObject x) => PyBool.From(double.IsNaN(ToDouble(x))),
            "Return True if x is a NaN (not a number), and False otherwise."));

        m.AddFunction(new MethodDef("ceil", (PyObject self, PyObject x) => Rounding(x, "__ceil__", System.Math.Ceiling),
            "Return the ceiling of x as an Integral.\n\nThis is the smallest integer >= x."));
        m.AddFunction(new MethodDef("floor", (PyObject self, PyObject x) => Rounding(x, "__floor__", System.Math.Floor),
            "Return the floor of x as an Integral.\n\nThis is the largest integer <= x."));
        m.AddFunction(new MethodDef("trunc", (PyObject self, PyObject x) =>
        {
            if (x.ob_type == PyFloat.Type) return Int(IntConvert.FromDouble(((PyFloat)x).Value));
            var trunc = x.ob_type.Lookup("__trunc__") ?? throw PyErr.TypeError($"type {x.ob_type.Name} doesn't define __trunc__ method");
            return Py.CallBoundDescriptor(trunc, x, default);
        }, "Truncates the Real x to the nearest Integral toward 0.\n\nUses the __trunc__ magic method."));

        m.AddFunction(new MethodDef("frexp", (PyObject self, PyObject x) =>
        {
            var (mantissa, exponent) = MathFunctions.Frexp(ToDouble(x));
            return PyTuple.Steal(new PyObject[] { F(mantissa), PyInt.From(exponent) });
        }, "Return the mantissa and exponent of x, as pair (m, e).\n\nm is a float and e is an int, such that x = m * 2.**e.\nIf x is 0, m and e are both 0.  Else 0.5 <= abs(m) < 1.0."));
        m.AddFunction(new MethodDef("ldexp", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            ArgParser.CheckPositional("ldexp", a, 2, 2);
            double x = ToDouble(a[0]);
            if (a[1] is not PyInt i) throw PyErr.TypeError("Expected an int as second argument to ldexp.");
            return F(MathFunctions.Ldexp(x, i.Value));
        }, "Return x * (2**i).\n\nThis is essentially the inverse of frexp()."));
        m.AddFunction(new MethodDef("modf", (PyObject self, PyObject x) =>
        {
            var (fraction, integer) = MathFunctions.Modf(ToDouble(x));
            return PyTuple.Steal(new PyObject[] { F(fraction), F(integer) });
        }, "Return the fractional and integer parts of x.\n\nBoth results carry the sign of x and are floats."));

        m.AddFunction(new MethodDef("log", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            ArgParser.CheckPositional("log", a, 1, 2);
            double num = Log(a[0], MathFunctions.Log, MathFunctions.Log);
            if (a.Length == 1) return F(num);
            double den = Log(a[1], MathFunctions.Log, MathFunctions.Log);
            return F(MathFunctions.LogWithBase(num, den));
        }, "log(x, [base=math.e])\nReturn the logarithm of x to the given base.\n\nIf the base is not specified, returns the natural logarithm (base e) of x."));
        m.AddFunction(new MethodDef("log2", (PyObject self, PyObject x) => F(Log(x, MathFunctions.Log2, MathFunctions.Log2)),
            "Return the base 2 logarithm of x."));
        m.AddFunction(new MethodDef("log10", (PyObject self, PyObject x) => F(Log(x, MathFunctions.Log10, MathFunctions.Log10)),
            "Return the base 10 logarithm of x."));

        m.AddFunction(new MethodDef("isclose", (PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw) =>
        {
            Span<PyObject?> v = new PyObject?[4];
            ArgParser.Parse("isclose", args, kw, new[] { "a", "b", "rel_tol", "abs_tol" }, 2, v, kwOnlyStart: 2);
            double a = ToDouble(v[0]!), b = ToDouble(v[1]!);
            double relTol = v[2] is null ? 1e-09 : ToDouble(v[2]!);
            double absTol = v[3] is null ? 0.0 : ToDouble(v[3]!);
            return PyBool.From(MathFunctions.IsClose(a, b, relTol, absTol));
        }, "Determine whether two floating-point numbers are close in value."));
        m.AddFunction(new MethodDef("nextafter", (PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw) =>
        {
            Span<PyObject?> v = new PyObject?[3];
            ArgParser.Parse("nextafter", args, kw, new[] { "x", "y", "steps" }, 2, v, posOnly: 2, kwOnlyStart: 2);
            double x = ToDouble(v[0]!), y = ToDouble(v[1]!);
            if (v[2] is null or PyNone) return F(MathFunctions.NextAfter(x, y));
            var steps = Py.AsBigInteger(v[2]!);
            return F(MathFunctions.NextAfter(x, y, steps));
        }, "Return the floating-point value the given number of steps after x towards y.\n\nIf steps is not specified or is None, it defaults to 1.\n\nRaises a TypeError, if x or y is not a double, or if steps is not an integer.\nRaises ValueError if steps is negative."));
    }

    /// <summary>math.ceil / math.floor: exact floats directly, else the type's __ceil__/__floor__, else via float.</summary>
    static PyObject Rounding(PyObject x, string method, Func<double, double> round)
    {
        if (x.ob_type != PyFloat.Type)
        {
            var special = x.ob_type.Lookup(method);
            if (special is not null) return Py.CallBoundDescriptor(special, x, default);
        }
        return Int(IntConvert.FromDouble(round(ToDouble(x))));
    }

    /// <summary>loghelper: ints of any size (bool and subclasses included) by value, anything else as a float.</summary>
    static double Log(PyObject x, Func<BigInteger, double> ofInt, Func<double, double> ofFloat)
    {
        if (x is PyInt i) return i.IsBig ? ofInt(i.Big) : i.Small > 0 ? ofFloat(i.Small) : throw MathFunctions.DomainError();
        return ofFloat(ToDouble(x));
    }
}
