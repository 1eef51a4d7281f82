using System.Numerics;
using Ftpy.Objects.Numbers;
using Ftpy.Runtime;

namespace Ftpy.Modules.Math;

using Math = System.Math;

/// <summary>
/// log, log2 and log10. For ints too large for a float the logarithm is still computed,
/// from the int's mantissa and binary exponent: log(m * 2**e) = log(m) + log(2) * e.
/// </summary>
public static partial class MathFunctions
{
    public static double Log(double x) => Check1(x, LogCore(x), false);
    public static double Log2(double x) => Check1(x, Log2Core(x), false);
    public static double Log10(double x) => Check1(x, Log10Core(x), false);

    public static double Log(BigInteger x) => LogOfInt(x, LogCore);
    public static double Log2(BigInteger x) => LogOfInt(x, Log2Core);
    public static double Log10(BigInteger x) => LogOfInt(x, Log10Core);

    /// <summary>math.log(x, base) once both logarithms are known (a float division).</summary>
    public static double LogWithBase(double logOfX, double logOfBase) => FloatArith.TrueDivide(logOfX, logOfBase);

    public static double Log(double x, double @base) => LogWithBase(Log(x), Log(@base));

    static double LogOfInt(BigInteger x, Func<double, double> log)
    {
        if (x.Sign <= 0) throw DomainError();
        // x == m * 2**e; when x converts to a float (e <= 1024) the log is the log of that float.
        double m = IntConvert.Frexp(x, out long e);
        if (e <= 1024) return log(Math.ScaleB(m, (int)e));
        return log(m) + log(2.0) * e;
    }

    static double LogCore(double x)
    {
        if (double.IsFinite(x))
        {
            if (x > 0.0) return Math.Log(x);
            return x == 0.0 ? double.NegativeInfinity : Nan;
        }
        if (double.IsNaN(x) || x > 0.0) return x;
        return Nan;
    }

    static double Log2Core(double x)
    {
        if (!double.IsFinite(x))
        {
            if (double.IsNaN(x) || x > 0.0) return x;
            return Nan;
        }
        if (x > 0.0) return Math.Log2(x);
        return x == 0.0 ? double.NegativeInfinity : Nan;
    }

    static double Log10Core(double x)
    {
        if (double.IsFinite(x))
        {
            if (x > 0.0) return Math.Log10(x);
            return x == 0.0 ? double.NegativeInfinity : Nan;
        }
        if (double.IsNaN(x) || x > 0.0) return x;
        return Nan;
    }
}
