using Ftpy.Objects.Numbers;

namespace Ftpy.Modules.Math;

using Math = System.Math;

/// <summary>
/// gamma and lgamma as CPython computes them: the Lanczos approximation (N = 13,
/// g = 6.024680040776729583740234375, the rational form used by Boost) for x > 0 and the
/// reflection formula for x &lt; 0, with exact values for small positive integers. The
/// evaluation order of every expression follows CPython's so the bits agree.
/// </summary>
public static partial class MathFunctions
{
    const double LogPi = 1.144729885849400174143427351353058711647;
    const double LanczosG = 6.024680040776729583740234375;
    const double LanczosGMinusHalf = 5.524680040776729583740234375;

    static readonly double[] LanczosNumerator =
    [
        23531376880.410759688572007674451636754734846804940,
        42919803642.649098768957899047001988850926355848959,
        35711959237.355668049440185451547166705960488635843,
        17921034426.037209699919755754458931112671403265390,
        6039542586.3520280050642916443072979210699388420708,
        1439720407.3117216736632230727949123939715485786772,
        248874557.86205415651146038641322942321632125127801,
        31426415.585400194380614231628318205362874684987640,
        2876370.6289353724412254090516208496135991145378768,
        186056.26539522349504029498971604569928220784236328,
        8071.6720023658162106380029022722506138218516325024,
        210.82427775157934587250973392071336271166969580291,
        2.5066282746310002701649081771338373386264310793408,
    ];

    /// <summary>x*(x+1)*...*(x+11) expanded: the denominator of the rational Lanczos sum.</summary>
    static readonly double[] LanczosDenominator =
    [
        0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
        13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
    ];

    /// <summary>gamma(n) for n = 1 .. 23, all exact in a double.</summary>
    static readonly double[] GammaIntegral =
    [
        1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0,
        3628800.0, 39916800.0, 479001600.0, 6227020800.0, 87178291200.0,
        1307674368000.0, 20922789888000.0, 355687428096000.0,
        6402373705728000.0, 121645100408832000.0, 2432902008176640000.0,
        51090942171709440000.0, 1124000727777607680000.0,
    ];

    /// <summary>sin(pi * x), accurate for x near integers; x finite.</summary>
    static double SinPi(double x)
    {
        double y = Math.Abs(x) % 2.0;
        int n = (int)Math.Round(2.0 * y, MidpointRounding.AwayFromZero);
        double r = n switch
        {
            0 => Math.Sin(Pi * y),
            1 => Math.Cos(Pi * (y - 0.5)),
            // -sin(pi*(y-1.0)) would give -0.0 instead of 0.0 at y == 1.0.
            2 => Math.Sin(Pi * (1.0 - y)),
            3 => -Math.Cos(Pi * (y - 1.5)),
            _ => Math.Sin(Pi * (y - 2.0)),
        };
        return Math.CopySign(1.0, x) * r;
    }

    static double LanczosSum(double x)
    {
        double num = 0.0, den = 0.0;
        if (x < 5.0)
        {
            for (int i = LanczosNumerator.Length - 1; i >= 0; i--)
            {
                num = num * x + LanczosNumerator[i];
                den = den * x + LanczosDenominator[i];
            }
        }
        else
        {
            // Divided through by x**12 to avoid overflow for large x.
            for (int i = 0; i < LanczosNumerator.Length; i++)
            {
                num = num / x + LanczosNumerator[i];
                den = den / x + LanczosDenominator[i];
            }
        }
        return num / den;
    }

    /// <summary>math.gamma.</summary>
    public static double Gamma(double x)
    {
        if (!double.IsFinite(x))
        {
            if (double.IsNaN(x) || x > 0.0) return x;
            throw DomainError();
        }
        if (x == 0.0) throw DomainError();
        if (x == Math.Floor(x))
        {
            if (x < 0.0) throw DomainError();
            if (x <= GammaIntegral.Length) return GammaIntegral[(int)x - 1];
        }
        double absx = Math.Abs(x);
        double r;
        if (absx < 1e-20)
        {
            r = 1.0 / x;
            if (double.IsInfinity(r)) throw RangeError();
            return r;
        }
        if (absx > 200.0)
        {
            if (x < 0.0) return 0.0 / SinPi(x);
            throw RangeError();
        }

        double y = absx + LanczosGMinusHalf;
        // The rounding error of y, folded back in as a first-order correction.
        double z;
        if (absx > LanczosGMinusHalf)
        {
            double q = y - absx;
            z = q - LanczosGMinusHalf;
        }
        else
        {
            double q = y - LanczosGMinusHalf;
            z = q - absx;
        }
        z = z * LanczosG / y;
        if (x < 0.0)
        {
            r = -Pi / SinPi(absx) / absx * Math.Exp(y) / LanczosSum(absx);
            r -= z * r;
            if (absx < 140.0)
            {
                r /= Math.Pow(y, absx - 0.5);
            }
            else
            {
                double sqrtpow = Math.Pow(y, absx / 2.0 - 0.25);
                r /= sqrtpow;
                r /= sqrtpow;
            }
        }
        else
        {
            r = LanczosSum(absx) / Math.Exp(y);
            r += z * r;
            if (absx < 140.0)
            {
                r *= Math.Pow(y, absx - 0.5);
            }
            else
            {
                double sqrtpow = Math.Pow(y, absx / 2.0 - 0.25);
                r *= sqrtpow;
                r *= sqrtpow;
            }
        }
        if (double.IsInfinity(r)) throw RangeError();
        return r;
    }

    /// <summary>math.lgamma: log(abs(gamma(x))).</summary>
    public static double Lgamma(double x)
    {
        if (!double.IsFinite(x))
        {
            if (double.IsNaN(x)) return x;
            return double.PositiveInfinity;
        }
        if (x == Math.Floor(x) && x <= 2.0)
        {
            if (x <= 0.0) throw DomainError();
            return 0.0;
        }
        double absx = Math.Abs(x);
        if (absx < 1e-20) return -Math.Log(absx);
        double r = Math.Log(LanczosSum(absx)) - LanczosG;
        r += (absx - 0.5) * (Math.Log(absx + LanczosG - 0.5) - 1);
        if (x < 0.0) r = LogPi - Math.Log(Math.Abs(SinPi(absx))) - Math.Log(absx) - r;
        if (double.IsInfinity(r)) throw RangeError();
        return r;
    }
}
