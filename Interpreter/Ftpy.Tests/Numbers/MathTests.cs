using System.Numerics;
using Ftpy.Modules.Math;
using Xunit;
using static Ftpy.Tests.Numbers.CPythonCases;

namespace Ftpy.Tests.Numbers;

/// <summary>Every math function over a grid of inputs (edge values, random values) against CPython.</summary>
public class MathTests
{
    [Fact]
    public void MathMatchesCPython() => Check("math", Evaluate);

    static string Evaluate(string op, string[] a)
    {
        switch (op)
        {
            case "frexp":
                var (m, e) = MathFunctions.Frexp(Float(a[0]));
                return T(F(m), I(e));
            case "modf":
                var (frac, integer) = MathFunctions.Modf(Float(a[0]));
                return T(F(frac), F(integer));
            case "ceil": return I(MathFunctions.Ceil(Float(a[0])));
            case "floor": return I(MathFunctions.Floor(Float(a[0])));
            case "trunc": return I(MathFunctions.Trunc(Float(a[0])));
            case "isfinite": return B(MathFunctions.IsFinite(Float(a[0])));
            case "isinf": return B(MathFunctions.IsInf(Float(a[0])));
            case "isnan": return B(MathFunctions.IsNan(Float(a[0])));
            case "factorial": return I(MathFunctions.Factorial(Int(a[0])));
            case "isqrt": return I(MathFunctions.Isqrt(Int(a[0])));
            case "comb": return I(MathFunctions.Comb(Int(a[0]), Int(a[1])));
            case "perm": return I(MathFunctions.Perm(Int(a[0]), Int(a[1])));
            case "perm1": return I(MathFunctions.Perm(Int(a[0]), null));
            case "gcd": return I(MathFunctions.Gcd(a.Select(Int).ToArray()));
            case "lcm": return I(MathFunctions.Lcm(a.Select(Int).ToArray()));
            case "log_int": return F(MathFunctions.Log(Int(a[0])));
            case "log2_int": return F(MathFunctions.Log2(Int(a[0])));
            case "log10_int": return F(MathFunctions.Log10(Int(a[0])));
            case "log_base": return F(MathFunctions.Log(Float(a[0]), Float(a[1])));
            case "fsum": return F(MathFunctions.Fsum(a.Select(Float)));
            case "hypot": return F(MathFunctions.Hypot(a.Select(Float).ToArray()));
            case "dist": return F(MathFunctions.Dist(Tuple(a[0]).Select(Float).ToArray(), Tuple(a[1]).Select(Float).ToArray()));
            case "dist2":
                return F(MathFunctions.Dist([Float(a[0]), Float(a[1])], [Float(a[1]), Float(a[0])]));
            case "sumprod":
                double[] p = Tuple(a[0]).Select(Float).ToArray(), q = Tuple(a[1]).Select(Float).ToArray();
                if (p.Length == 0 && q.Length == 0) return I(BigInteger.Zero);
                return F(MathFunctions.SumProd(p, q));
            case "nextafter_steps": return F(MathFunctions.NextAfter(Float(a[0]), Float(a[1]), Int(a[2])));
            case "ldexp": return F(MathFunctions.Ldexp(Float(a[0]), Int(a[1])));
            case "isclose": return B(MathFunctions.IsClose(Float(a[0]), Float(a[1])));
            case "fma": return F(MathFunctions.Fma(Float(a[0]), Float(a[1]), Float(a[2])));
            case "isclose4": return B(MathFunctions.IsClose(Float(a[0]), Float(a[1]), Float(a[2]), Float(a[3])));
        }
        if (a.Length == 1) return F(Unary(op)(Float(a[0])));
        if (a.Length == 2) return F(Binary(op)(Float(a[0]), Float(a[1])));
        throw new ArgumentException(op);
    }

    static Func<double, double> Unary(string name) => name switch
    {
        "acos" => MathFunctions.Acos,
        "acosh" => MathFunctions.Acosh,
        "asin" => MathFunctions.Asin,
        "asinh" => MathFunctions.Asinh,
        "atan" => MathFunctions.Atan,
        "atanh" => MathFunctions.Atanh,
        "cbrt" => MathFunctions.Cbrt,
        "cos" => MathFunctions.Cos,
        "cosh" => MathFunctions.Cosh,
        "erf" => MathFunctions.Erf,
        "erfc" => MathFunctions.Erfc,
        "exp" => MathFunctions.Exp,
        "exp2" => MathFunctions.Exp2,
        "expm1" => MathFunctions.Expm1,
        "fabs" => MathFunctions.Fabs,
        "gamma" => MathFunctions.Gamma,
        "lgamma" => MathFunctions.Lgamma,
        "log" => MathFunctions.Log,
        "log1p" => MathFunctions.Log1p,
        "log2" => MathFunctions.Log2,
        "log10" => MathFunctions.Log10,
        "sin" => MathFunctions.Sin,
        "sinh" => MathFunctions.Sinh,
        "sqrt" => MathFunctions.Sqrt,
        "tan" => MathFunctions.Tan,
        "tanh" => MathFunctions.Tanh,
        "degrees" => MathFunctions.Degrees,
        "radians" => MathFunctions.Radians,
        "ulp" => MathFunctions.Ulp,
        _ => throw new ArgumentException(name),
    };

    static Func<double, double, double> Binary(string name) => name switch
    {
        "atan2" => MathFunctions.Atan2,
        "copysign" => MathFunctions.Copysign,
        "fmod" => MathFunctions.Fmod,
        "remainder" => MathFunctions.Remainder,
        "pow" => MathFunctions.Pow,
        "nextafter" => MathFunctions.NextAfter,
        "hypot" => (x, y) => MathFunctions.Hypot(x, y),
        _ => throw new ArgumentException(name),
    };
}
