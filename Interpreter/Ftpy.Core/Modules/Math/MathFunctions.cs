using System.Numerics;
using Ftpy.Objects.Numbers;
using Ftpy.Runtime;

namespace Ftpy.Modules.Math;

using Math = System.Math;

/// <summary>
/// The numeric core of Python's math module: pure functions on double and BigInteger that
/// raise exactly what CPython 3.13 raises. Argument conversion (__index__, __float__,
/// __ceil__ dispatch, iterating sequences) is the object layer's job.
///
/// Error rules of CPython's math_1: a NaN result from a non-NaN argument is a ValueError
/// ("math domain error"); an infinite result from a finite argument is an OverflowError
/// ("math range error") for functions that can overflow and a ValueError at singularities.
/// Transcendental functions call the platform C library, as CPython does, so results are
/// the same bits.
/// </summary>
public static partial class MathFunctions
{
    public const double Pi = 3.141592653589793;
    public const double E = 2.718281828459045;
    public const double Tau = 6.283185307179586;
    public const double Inf = double.PositiveInfinity;
    /// <summary>math.nan: a NaN with the sign bit clear.</summary>
    public static readonly double Nan = DoubleBits.PositiveNaN;

    internal static PyException DomainError() => PyErr.ValueError("math domain error");
    internal static PyException RangeError() => PyErr.OverflowError("math range error");

    /// <summary>CPython's math_1 check of a one-argument libm result.</summary>
    static double Check1(double x, double r, bool canOverflow)
    {
        if (double.IsNaN(r) && !double.IsNaN(x)) throw DomainError();
        if (double.IsInfinity(r) && double.IsFinite(x)) throw canOverflow ? RangeError() : DomainError();
        return r;
    }

    /// <summary>CPython's math_2 check of a two-argument libm result.</summary>
    static double Check2(double x, double y, double r)
    {
        if (double.IsNaN(r))
        {
            if (!double.IsNaN(x) && !double.IsNaN(y)) throw DomainError();
        }
        else if (double.IsInfinity(r))
        {
            if (double.IsFinite(x) && double.IsFinite(y)) throw RangeError();
        }
        return r;
    }

    public static double Acos(double x) => Check1(x, Math.Acos(x), false);
    public static double Acosh(double x) => Check1(x, Math.Acosh(x), false);
    public static double Asin(double x) => Check1(x, Math.Asin(x), false);
    public static double Asinh(double x) => Check1(x, Math.Asinh(x), false);
    public static double Atan(double x) => Check1(x, Math.Atan(x), false);
    public static double Atanh(double x) => Check1(x, Math.Atanh(x), false);
    public static double Cbrt(double x) => Check1(x, Math.Cbrt(x), false);
    public static double Cos(double x) => Check1(x, Math.Cos(x), false);
    public static double Cosh(double x) => Check1(x, Math.Cosh(x), true);
    public static double Exp(double x) => Check1(x, Math.Exp(x), true);
    public static double Exp2(double x) => Check1(x, LibM.Exp2(x), true);
    public static double Expm1(double x) => Check1(x, LibM.Expm1(x), true);
    public static double Fabs(double x) => Math.Abs(x);
    public static double Sin(double x) => Check1(x, Math.Sin(x), false);
    public static double Sinh(double x) => Check1(x, Math.Sinh(x), true);
    public static double Sqrt(double x) => Check1(x, Math.Sqrt(x), false);
    public static double Tan(double x) => Check1(x, Math.Tan(x), false);
    public static double Tanh(double x) => Check1(x, Math.Tanh(x), false);

    /// <summary>log1p keeps the sign of a zero argument.</summary>
    public static double Log1p(double x) => Check1(x, x == 0.0 ? x : LibM.Log1p(x), false);

    /// <summary>erf never fails (underflow of erfc to zero is not an error).</summary>
    public static double Erf(double x) => LibM.Erf(x);
    public static double Erfc(double x) => LibM.Erfc(x);

    public static double Atan2(double y, double x) => Check2(y, x, Atan2Core(y, x));

    /// <summary>atan2 with C99's special values decided here rather than by the C library.</summary>
    static double Atan2Core(double y, double x)
    {
        if (double.IsNaN(x) || double.IsNaN(y)) return Nan;
        if (double.IsInfinity(y))
        {
            if (double.IsInfinity(x))
                return Math.CopySign(x > 0 ? 0.25 * Pi : 0.75 * Pi, y);
            return Math.CopySign(0.5 * Pi, y);
        }
        if (double.IsInfinity(x) || y == 0.0)
            return Math.CopySign(DoubleBits.SignBit(x) ? Pi : 0.0, y);
        return Math.Atan2(y, x);
    }

    public static double Copysign(double x, double y) => Math.CopySign(x, y);

    public static double Fmod(double x, double y)
    {
        if (double.IsInfinity(y) && double.IsFinite(x)) return x;
        double r = x % y;
        if (double.IsNaN(r) && !double.IsNaN(x) && !double.IsNaN(y)) throw DomainError();
        return r;
    }

    /// <summary>IEEE remainder: x - n*y with n the nearest integer to x/y, ties to even; always exact.</summary>
    public static double Remainder(double x, double y) => Check2(x, y, RemainderCore(x, y));

    static double RemainderCore(double x, double y)
    {
        if (double.IsFinite(x) && double.IsFinite(y))
        {
            if (y == 0.0) return Nan;
            double absx = Math.Abs(x), absy = Math.Abs(y);
            double m = absx % absy;
            // Compare m with absy - m rather than 0.5*absy, which may not be representable.
            double c = absy - m;
            double r;
            if (m < c) r = m;
            else if (m > c) r = -c;
            else r = m - 2.0 * ((0.5 * (absx - m)) % absy);
            return Math.CopySign(1.0, x) * r;
        }
        if (double.IsNaN(x)) return x;
        if (double.IsNaN(y)) return y;
        if (double.IsInfinity(x)) return Nan;
        return x;
    }

    /// <summary>math.pow: IEEE special values handled here, finite cases by the C library.</summary>
    public static double Pow(double x, double y)
    {
        if (!double.IsFinite(x) || !double.IsFinite(y))
        {
            if (double.IsNaN(x)) return y == 0.0 ? 1.0 : x;
            if (double.IsNaN(y)) return x == 1.0 ? 1.0 : y;
            if (double.IsInfinity(x))
            {
                bool odd = double.IsFinite(y) && DoubleBits.IsOddInteger(y);
                if (y > 0.0) return odd ? x : Math.Abs(x);
                if (y == 0.0) return 1.0;
                return odd ? Math.CopySign(0.0, x) : 0.0;
            }
            if (Math.Abs(x) == 1.0) return 1.0;
            if (y > 0.0 && Math.Abs(x) > 1.0) return y;
            if (y < 0.0 && Math.Abs(x) < 1.0) return -y;
            return 0.0;
        }
        double r = Math.Pow(x, y);
        if (double.IsNaN(r)) throw DomainError();
        if (double.IsInfinity(r)) throw x == 0.0 ? DomainError() : RangeError();
        return r;
    }

    /// <summary>math.fma(x, y, z) (3.13): x * y + z rounded once.</summary>
    public static double Fma(double x, double y, double z)
    {
        double r = Math.FusedMultiplyAdd(x, y, z);
        if (double.IsFinite(r)) return r;
        if (double.IsNaN(r))
        {
            if (!double.IsNaN(x) && !double.IsNaN(y) && !double.IsNaN(z))
                throw PyErr.ValueError("invalid operation in fma");
        }
        else if (double.IsFinite(x) && double.IsFinite(y) && double.IsFinite(z))
        {
            throw PyErr.OverflowError("overflow in fma");
        }
        return r;
    }

    public static double Degrees(double x) => x * (180.0 / Pi);
    public static double Radians(double x) => x * (Pi / 180.0);

    public static bool IsFinite(double x) => double.IsFinite(x);
    public static bool IsInf(double x) => double.IsInfinity(x);
    public static bool IsNan(double x) => double.IsNaN(x);

    public static bool IsClose(double a, double b, double relTol = 1e-09, double absTol = 0.0)
    {
        if (relTol < 0.0 || absTol < 0.0) throw PyErr.ValueError("tolerances must be non-negative");
        if (a == b) return true;
        if (double.IsInfinity(a) || double.IsInfinity(b)) return false;
        double diff = Math.Abs(b - a);
        return diff <= Math.Abs(relTol * b) || diff <= Math.Abs(relTol * a) || diff <= absTol;
    }

    /// <summary>math.ceil for a float.</summary>
    public static BigInteger Ceil(double x) => FloatArith.Ceil(x);
    /// <summary>math.floor for a float.</summary>
    public static BigInteger Floor(double x) => FloatArith.Floor(x);
    /// <summary>math.trunc for a float.</summary>
    public static BigInteger Trunc(double x) => FloatArith.Trunc(x);

    /// <summary>math.frexp: (m, e) with x == m * 2**e, 0.5 &lt;= |m| &lt; 1; (x, 0) for zeros, infinities and NaNs.</summary>
    public static (double Mantissa, int Exponent) Frexp(double x)
    {
        if (double.IsNaN(x) || double.IsInfinity(x) || x == 0.0) return (x, 0);
        long bits = BitConverter.DoubleToInt64Bits(x);
        int biased = (int)((bits >> 52) & 0x7FF);
        int adjust = 0;
        if (biased == 0)
        {
            x *= 18014398509481984.0; // 2**54 makes a subnormal normal
            bits = BitConverter.DoubleToInt64Bits(x);
            biased = (int)((bits >> 52) & 0x7FF);
            adjust = -54;
        }
        long mantissaBits = (bits & unchecked((long)0x800F_FFFF_FFFF_FFFFUL)) | (1022L << 52);
        return (BitConverter.Int64BitsToDouble(mantissaBits), biased - 1022 + adjust);
    }

    /// <summary>math.ldexp(x, i): x * 2**i, OverflowError when the result is too large.</summary>
    public static double Ldexp(double x, BigInteger i)
    {
        if (x == 0.0 || !double.IsFinite(x)) return x;
        if (i > int.MaxValue) throw RangeError();
        if (i < int.MinValue) return Math.CopySign(0.0, x);
        double r = Math.ScaleB(x, (int)i);
        if (double.IsInfinity(r)) throw RangeError();
        return r;
    }

    /// <summary>math.modf: (fractional part, integer part), both with the sign of x.</summary>
    public static (double Fraction, double Integer) Modf(double x)
    {
        if (double.IsInfinity(x)) return (Math.CopySign(0.0, x), x);
        if (double.IsNaN(x)) return (x, x);
        double integer = Math.Truncate(x);
        double fraction = x - integer;
        if (fraction == 0.0) fraction = Math.CopySign(0.0, x);
        return (fraction, integer);
    }

    /// <summary>math.nextafter(x, y): the next double after x toward y (the C library's nextafter).</summary>
    public static double NextAfter(double x, double y) => LibM.NextAfter(x, y);

    /// <summary>math.nextafter(x, y, steps=n) (3.12+): n steps toward y, stopping at y.</summary>
    public static double NextAfter(double x, double y, BigInteger steps)
    {
        if (steps.Sign < 0) throw PyErr.ValueError("steps must be a non-negative integer");
        ulong usteps = steps >= ulong.MaxValue ? ulong.MaxValue : (ulong)steps;
        if (usteps == 0) return x;
        if (double.IsNaN(x)) return x;
        if (double.IsNaN(y)) return y;
        ulong ux = (ulong)BitConverter.DoubleToInt64Bits(x);
        ulong uy = (ulong)BitConverter.DoubleToInt64Bits(y);
        if (ux == uy) return x;
        const ulong SignBit = 1UL << 63;
        ulong ax = ux & ~SignBit;
        ulong ay = uy & ~SignBit;
        if (((ux ^ uy) & SignBit) != 0)
        {
            if (ax + ay <= usteps) return y;
            if (ax < usteps) return BitConverter.Int64BitsToDouble((long)((uy & SignBit) | (usteps - ax)));
            return BitConverter.Int64BitsToDouble((long)(ux - usteps));
        }
        if (ax > ay)
        {
            if (ax - ay >= usteps) return BitConverter.Int64BitsToDouble((long)(ux - usteps));
            return y;
        }
        if (ay - ax >= usteps) return BitConverter.Int64BitsToDouble((long)(ux + usteps));
        return y;
    }

    /// <summary>math.ulp(x): the value of the least significant bit of x.</summary>
    public static double Ulp(double x)
    {
        if (double.IsNaN(x)) return x;
        x = Math.Abs(x);
        if (double.IsInfinity(x)) return x;
        double next = NextAfter(x, double.PositiveInfinity);
        if (double.IsInfinity(next)) return x - NextAfter(x, double.NegativeInfinity);
        return next - x;
    }
}
