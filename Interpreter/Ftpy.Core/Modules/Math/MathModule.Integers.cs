using System.Numerics;
using Ftpy.Objects;
using Ftpy.Runtime;

namespace Ftpy.Modules.Math;

/// <summary>math's integer functions: every argument goes through __index__ (floats are refused).</summary>
public static partial class MathModule
{
    static void AddIntegerFunctions(PyModule m)
    {
        m.AddFunction(new MethodDef("factorial", (PyObject self, PyObject n) => Int(MathFunctions.Factorial(Py.AsBigInteger(n))),
            "Find n!.\n\nRaise a ValueError if x is negative or non-integral."));
        m.AddFunction(new MethodDef("isqrt", (PyObject self, PyObject n) => Int(MathFunctions.Isqrt(Py.AsBigInteger(n))),
            "Return the integer part of the square root of the input."));
        m.AddFunction(new MethodDef("gcd", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            if (a.Length == 1) return Int(BigInteger.Abs(Py.AsBigInteger(a[0])));
            return Int(MathFunctions.Gcd(Indexes(a)));
        }, "Greatest Common Divisor."));
        m.AddFunction(new MethodDef("lcm", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            if (a.Length == 1) return Int(BigInteger.Abs(Py.AsBigInteger(a[0])));
            return Int(MathFunctions.Lcm(Indexes(a)));
        }, "Least Common Multiple."));
        m.AddFunction(new MethodDef("comb", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            ArgParser.CheckPositional("comb", a, 2, 2);
            var n = Py.AsBigInteger(a[0]);
            var k = Py.AsBigInteger(a[1]);
            return Int(MathFunctions.Comb(n, k));
        }, "Number of ways to choose k items from n items without repetition and without order.\n\nEvaluates to n! / (k! * (n - k)!) when k <= n and evaluates\nto zero when k > n.\n\nAlso called the binomial coefficient because it is equivalent\nto the coefficient of k-th term in polynomial expansion of the\nexpression (1 + x)**n.\n\nRaises TypeError if either of the arguments are not integers.\nRaises ValueError if either of the arguments are negative."));
        m.AddFunction(new MethodDef("perm", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            ArgParser.CheckPositional("perm", a, 1, 2);
            var n = Py.AsBigInteger(a[0]);
            if (a.Length == 1 || a[1] is PyNone) return Int(MathFunctions.Perm(n, null));
            var k = Py.AsBigInteger(a[1]);
            return Int(MathFunctions.Perm(n, k));
        }, "Number of ways to choose k items from n items without repetition and with order.\n\nEvaluates to n! / (n - k)! when k <= n and evaluates\nto zero when k > n.\n\nIf k is not specified or is None, then k defaults to n\nand the function returns n!.\n\nRaises TypeError if either of the arguments are not integers.\nRaises ValueError if either of the arguments are negative."));
    }

    static BigInteger[] Indexes(ReadOnlySpan<PyObject> a)
    {
        var values = new BigInteger[a.Length];
        for (int i = 0; i < a.Length; i++) values[i] = Py.AsBigInteger(a[i]);
        return values;
    }
}
