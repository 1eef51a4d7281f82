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
        AddNew(m, "__doc__", PyStr.From("This module provides access to the mathematical functions\ndefined by the C standard."));
        AddNew(m, "pi", new PyFloat(MathFunctions.Pi));
        AddNew(m, "e", new PyFloat(MathFunctions.E));
        AddNew(m, "tau", new PyFloat(MathFunctions.Tau));
        AddNew(m, "inf", new PyFloat(MathFunctions.Inf));
        AddNew(m, "nan", new PyFloat(MathFunctions.Nan));
        AddFloatFunctions(m);
        AddIntegerFunctions(m);
        AddSequenceFunctions(m);
        return m;
    }

    /// <summary>Adds a new reference to the module, which takes it over.</summary>
    static void AddNew(PyModule m, string name, PyObject value)
    {
        m.Add(name, value);
        Py.Decref(value);
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

    static void Unary(PyModule m, string name, Func<double, double> f) =>
        m.AddFunction(new MethodDef(name, (PyObject self, PyObject x) => F(f(ToDouble(x))), Doc(name)));

    static void Binary(PyModule m, string name, Func<double, double, double> f) =>
        m.AddFunction(new MethodDef(name, (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            ArgParser.CheckPositional(name, a, 2, 2);
            double x = ToDouble(a[0]);
            double y = ToDouble(a[1]);
            return F(f(x, y));
        }, Doc(name)));

    static void AddFloatFunctions(PyModule m)
    {
        Unary(m, "acos", MathFunctions.Acos);
        Unary(m, "acosh", MathFunctions.Acosh);
        Unary(m, "asin", MathFunctions.Asin);
        Unary(m, "asinh", MathFunctions.Asinh);
        Unary(m, "atan", MathFunctions.Atan);
        Unary(m, "atanh", MathFunctions.Atanh);
        Unary(m, "cbrt", MathFunctions.Cbrt);
        Unary(m, "cos", MathFunctions.Cos);
        Unary(m, "cosh", MathFunctions.Cosh);
        Unary(m, "erf", MathFunctions.Erf);
        Unary(m, "erfc", MathFunctions.Erfc);
        Unary(m, "exp", MathFunctions.Exp);
        Unary(m, "exp2", MathFunctions.Exp2);
        Unary(m, "expm1", MathFunctions.Expm1);
        Unary(m, "fabs", MathFunctions.Fabs);
        Unary(m, "gamma", MathFunctions.Gamma);
        Unary(m, "lgamma", MathFunctions.Lgamma);
        Unary(m, "log1p", MathFunctions.Log1p);
        Unary(m, "sin", MathFunctions.Sin);
        Unary(m, "sinh", MathFunctions.Sinh);
        Unary(m, "sqrt", MathFunctions.Sqrt);
        Unary(m, "tan", MathFunctions.Tan);
        Unary(m, "tanh", MathFunctions.Tanh);
        Unary(m, "degrees", MathFunctions.Degrees);
        Unary(m, "radians", MathFunctions.Radians);
        Unary(m, "ulp", MathFunctions.Ulp);

        Binary(m, "atan2", MathFunctions.Atan2);
        Binary(m, "copysign", MathFunctions.Copysign);
        Binary(m, "fmod", MathFunctions.Fmod);
        Binary(m, "pow", MathFunctions.Pow);
        Binary(m, "remainder", MathFunctions.Remainder);

        m.AddFunction(new MethodDef("fma", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            ArgParser.CheckPositional("fma", a, 3, 3);
            double x = ToDouble(a[0]), y = ToDouble(a[1]), z = ToDouble(a[2]);
            return F(MathFunctions.Fma(x, y, z));
        }, Doc("fma")));

        m.AddFunction(new MethodDef("isfinite", (PyObject self, PyObject x) => PyBool.From(double.IsFinite(ToDouble(x))), Doc("isfinite")));
        m.AddFunction(new MethodDef("isinf", (PyObject self, PyObject x) => PyBool.From(double.IsInfinity(ToDouble(x))), Doc("isinf")));
        m.AddFunction(new MethodDef("isnan", (PyObject self, PyObject x) => PyBool.From(double.IsNaN(ToDouble(x))), Doc("isnan")));

        m.AddFunction(new MethodDef("ceil", (PyObject self, PyObject x) => Rounding(x, "__ceil__", System.Math.Ceiling), Doc("ceil")));
        m.AddFunction(new MethodDef("floor", (PyObject self, PyObject x) => Rounding(x, "__floor__", System.Math.Floor), Doc("floor")));
        m.AddFunction(new MethodDef("trunc", (PyObject self, PyObject x) =>
        {
            if (x.ob_type == PyFloat.Type) return Int(IntConvert.FromDouble(((PyFloat)x).Value));
            var trunc = x.ob_type.Lookup("__trunc__") ?? throw PyErr.TypeError($"type {x.ob_type.Name} doesn't define __trunc__ method");
            return Py.CallBoundDescriptor(trunc, x, default);
        }, Doc("trunc")));

        m.AddFunction(new MethodDef("frexp", (PyObject self, PyObject x) =>
        {
            var (mantissa, exponent) = MathFunctions.Frexp(ToDouble(x));
            return PyTuple.Steal(new PyObject[] { F(mantissa), PyInt.From(exponent) });
        }, Doc("frexp")));
        m.AddFunction(new MethodDef("ldexp", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            ArgParser.CheckPositional("ldexp", a, 2, 2);
            double x = ToDouble(a[0]);
            if (a[1] is not PyInt i) throw PyErr.TypeError("Expected an int as second argument to ldexp.");
            return F(MathFunctions.Ldexp(x, i.Value));
        }, Doc("ldexp")));
        m.AddFunction(new MethodDef("modf", (PyObject self, PyObject x) =>
        {
            var (fraction, integer) = MathFunctions.Modf(ToDouble(x));
            return PyTuple.Steal(new PyObject[] { F(fraction), F(integer) });
        }, Doc("modf")));

        m.AddFunction(new MethodDef("log", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            ArgParser.CheckPositional("log", a, 1, 2);
            double num = Log(a[0], MathFunctions.Log, MathFunctions.Log);
            if (a.Length == 1) return F(num);
            double den = Log(a[1], MathFunctions.Log, MathFunctions.Log);
            return F(MathFunctions.LogWithBase(num, den));
        }, Doc("log")));
        m.AddFunction(new MethodDef("log2", (PyObject self, PyObject x) => F(Log(x, MathFunctions.Log2, MathFunctions.Log2)), Doc("log2")));
        m.AddFunction(new MethodDef("log10", (PyObject self, PyObject x) => F(Log(x, MathFunctions.Log10, MathFunctions.Log10)), Doc("log10")));

        m.AddFunction(new MethodDef("isclose", (PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw) =>
        {
            Span<PyObject?> v = new PyObject?[4];
            ArgParser.Parse("isclose", args, kw, new[] { "a", "b", "rel_tol", "abs_tol" }, 2, v, kwOnlyStart: 2);
            double a = ToDouble(v[0]!), b = ToDouble(v[1]!);
            double relTol = v[2] is null ? 1e-09 : ToDouble(v[2]!);
            double absTol = v[3] is null ? 0.0 : ToDouble(v[3]!);
            return PyBool.From(MathFunctions.IsClose(a, b, relTol, absTol));
        }, Doc("isclose")));
        m.AddFunction(new MethodDef("nextafter", (PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw) =>
        {
            Span<PyObject?> v = new PyObject?[3];
            ArgParser.Parse("nextafter", args, kw, new[] { "x", "y", "steps" }, 2, v, posOnly: 2, kwOnlyStart: 2);
            double x = ToDouble(v[0]!), y = ToDouble(v[1]!);
            if (v[2] is null or PyNone) return F(MathFunctions.NextAfter(x, y));
            var steps = Py.AsBigInteger(v[2]!);
            return F(MathFunctions.NextAfter(x, y, steps));
        }, Doc("nextafter")));
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
