using System.Numerics;
using Ftpy.Runtime;

namespace Ftpy.Objects.Numbers;

/// <summary>
/// Exact conversions between int and float. int to float rounds half to even on the exact
/// value (.NET's BigInteger cast truncates, so it is not used); float to int is exact.
/// </summary>
public static class IntConvert
{
    /// <summary>PyLong_AsDouble: correctly rounded; OverflowError when the result would be infinite.</summary>
    public static double ToDouble(BigInteger value)
    {
        if (value >= long.MinValue && value <= long.MaxValue) return (long)value;
        double m = Frexp(value, out long exponent);
        if (exponent > 1024) throw PyErr.OverflowError("int too large to convert to float");
        return Math.ScaleB(m, (int)exponent);
    }

    /// <summary>int to float for values known to fit a long (exact below 2**53, else correctly rounded).</summary>
    public static double ToDouble(long value) => value;

    /// <summary>
    /// value == m * 2**exponent with 0.5 &lt;= |m| &lt; 1, m correctly rounded to 53 bits
    /// (CPython's _PyLong_Frexp); (0.0, 0) for zero.
    /// </summary>
    public static double Frexp(BigInteger value, out long exponent)
    {
        if (value.IsZero)
        {
            exponent = 0;
            return 0.0;
        }
        bool negative = value.Sign < 0;
        BigInteger abs = BigInteger.Abs(value);
        long bits = (long)abs.GetBitLength();
        double m;
        if (bits <= 53)
        {
            m = Math.ScaleB((double)(ulong)abs, -(int)bits);
        }
        else
        {
            // Keep 55 bits (two guard bits) plus a sticky bit for everything below.
            int shift = (int)(bits - 55);
            ulong top = (ulong)(abs >> shift);
            if ((long)BigInteger.TrailingZeroCount(abs) < shift) top |= 1;
            ulong low = top & 3;
            top >>= 2;
            if (low > 2 || (low == 2 && (top & 1) != 0)) top++;
            m = Math.ScaleB((double)top, -53);
            if (m == 1.0)
            {
                m = 0.5;
                bits++;
            }
        }
        exponent = bits;
        return negative ? -m : m;
    }

    /// <summary>int(x) for a float: truncates toward zero, exactly.</summary>
    public static BigInteger FromDouble(double value)
    {
        if (double.IsNaN(value)) throw PyErr.ValueError("cannot convert float NaN to integer");
        if (double.IsInfinity(value)) throw PyErr.OverflowError("cannot convert float infinity to integer");
        double t = Math.Truncate(value);
        if (Math.Abs(t) < 9.2233720368547758e18) return new BigInteger((long)t);
        DoubleBits.Decompose(t, out ulong m, out int e);
        BigInteger result = new BigInteger(m) << e;
        return t < 0 ? -result : result;
    }

    /// <summary>True when the float fits a long exactly after truncation, with the truncated value.</summary>
    public static bool TryTruncateToLong(double value, out long result)
    {
        double t = Math.Truncate(value);
        if (t >= -9.2233720368547758e18 && t < 9.2233720368547758e18)
        {
            result = (long)t;
            return true;
        }
        result = 0;
        return false;
    }

    /// <summary>float.as_integer_ratio(): the exact value as a fraction in lowest terms with a positive denominator.</summary>
    public static (BigInteger Numerator, BigInteger Denominator) AsIntegerRatio(double value)
    {
        if (double.IsInfinity(value)) throw PyErr.OverflowError("cannot convert Infinity to integer ratio");
        if (double.IsNaN(value)) throw PyErr.ValueError("cannot convert NaN to integer ratio");
        if (value == 0) return (BigInteger.Zero, BigInteger.One);
        DoubleBits.Decompose(value, out ulong m, out int e);
        int tz = BitOperations.TrailingZeroCount(m);
        m >>= tz;
        e += tz;
        BigInteger num = new BigInteger(m);
        BigInteger den = BigInteger.One;
        if (e >= 0) num <<= e;
        else den <<= -e;
        return (value < 0 ? -num : num, den);
    }

    /// <summary>float.is_integer().</summary>
    public static bool IsInteger(double value) => double.IsFinite(value) && Math.Floor(value) == value;
}
