using System.Numerics;
using Ftpy.Objects;
using Ftpy.Runtime;

namespace Ftpy.Modules.Math;

/// <summary>math's integer functions: every argument goes through __index__ (floats are refused).</summary>
public static partial class MathModule
{
    static void AddIntegerFunctions(PyModule m)
    {
        m.AddFunction(new MethodDef("factorial", (PyObject self, PyObject n) => Int(MathFunctions.Factorial(Py.AsBigInteger(n))), Doc("factorial")));
        m.AddFunction(new MethodDef("isqrt", (PyObject self, PyObject n) => Int(MathFunctions.Isqrt(Py.AsBigInteger(n))), Doc("isqrt")));
        m.AddFunction(new MethodDef("gcd", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            if (a.Length == 1) return Int(BigInteger.Abs(Py.AsBigInteger(a[0])));
            return Int(MathFunctions.Gcd(Indexes(a)));
        }, Doc("gcd")));
        m.AddFunction(new MethodDef("lcm", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            if (a.Length == 1) return Int(BigInteger.Abs(Py.AsBigInteger(a[0])));
            return Int(MathFunctions.Lcm(Indexes(a)));
        }, Doc("lcm")));
        m.AddFunction(new MethodDef("comb", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            ArgParser.CheckPositional("comb", a, 2, 2);
            var n = Py.AsBigInteger(a[0]);
            var k = Py.AsBigInteger(a[1]);
            return Int(MathFunctions.Comb(n, k));
        }, Doc("comb")));
        m.AddFunction(new MethodDef("perm", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            ArgParser.CheckPositional("perm", a, 1, 2);
            var n = Py.AsBigInteger(a[0]);
            if (a.Length == 1 || a[1] is PyNone) return Int(MathFunctions.Perm(n, null));
            var k = Py.AsBigInteger(a[1]);
            return Int(MathFunctions.Perm(n, k));
        }, Doc("perm")));
    }

    static BigInteger[] Indexes(ReadOnlySpan<PyObject> a)
    {
        var values = new BigInteger[a.Length];
        for (int i = 0; i < a.Length; i++) values[i] = Py.AsBigInteger(a[i]);
        return values;
    }
}
