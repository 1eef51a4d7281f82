using System.Numerics;
using Ftpy.Runtime;

namespace Ftpy.Objects.Numbers;

/// <summary>
/// int arithmetic with Python semantics. The long versions are fast paths: a Try method
/// returns false when the exact result does not fit a long, and the caller redoes the
/// operation on BigInteger. Floor division rounds toward negative infinity and the
/// remainder takes the sign of the divisor.
/// </summary>
public static class IntArith
{
    public const string FloorDivideByZero = "integer division or modulo by zero";
    public const string ModuloByZero = "integer modulo by zero";
    public const string TrueDivideByZero = "division by zero";

    public static bool TryAdd(long a, long b, out long result)
    {
        result = unchecked(a + b);
        return ((a ^ result) & (b ^ result)) >= 0;
    }

    public static bool TrySubtract(long a, long b, out long result)
    {
        result = unchecked(a - b);
        return ((a ^ b) & (a ^ result)) >= 0;
    }

    public static bool TryMultiply(long a, long b, out long result)
    {
        long high = Math.BigMul(a, b, out result);
        return high == result >> 63;
    }

    public static bool TryNegate(long a, out long result)
    {
        result = unchecked(-a);
        return a != long.MinValue;
    }

    /// <summary>a // b; false only for long.MinValue // -1.</summary>
    public static bool TryFloorDivide(long a, long b, out long result)
    {
        if (b == 0) throw PyErr.ZeroDivisionError(FloorDivideByZero);
        if (b == -1)
        {
            return TryNegate(a, out result);
        }
        long q = a / b;
        if ((a % b != 0) && ((a < 0) != (b < 0))) q--;
        result = q;
        return true;
    }

    /// <summary>a % b with the sign of b (never overflows).</summary>
    public static long Modulo(long a, long b)
    {
        if (b == 0) throw PyErr.ZeroDivisionError(ModuloByZero);
        if (b == -1) return 0;
        long r = a % b;
        if (r != 0 && ((r < 0) != (b < 0))) r += b;
        return r;
    }

    /// <summary>divmod(a, b); false only for long.MinValue, -1.</summary>
    public static bool TryDivMod(long a, long b, out long quotient, out long remainder)
    {
        if (b == 0) throw PyErr.ZeroDivisionError(FloorDivideByZero);
        remainder = b == -1 ? 0 : Modulo(a, b);
        return TryFloorDivide(a, b, out quotient);
    }

    public static BigInteger FloorDivide(BigInteger a, BigInteger b)
    {
        if (b.IsZero) throw PyErr.ZeroDivisionError(FloorDivideByZero);
        BigInteger q = BigInteger.DivRem(a, b, out BigInteger r);
        if (!r.IsZero && (r.Sign < 0) != (b.Sign < 0)) q -= 1;
        return q;
    }

    public static BigInteger Modulo(BigInteger a, BigInteger b)
    {
        if (b.IsZero) throw PyErr.ZeroDivisionError(ModuloByZero);
        BigInteger r = BigInteger.Remainder(a, b);
        if (!r.IsZero && (r.Sign < 0) != (b.Sign < 0)) r += b;
        return r;
    }

    public static (BigInteger Quotient, BigInteger Remainder) DivMod(BigInteger a, BigInteger b)
    {
        if (b.IsZero) throw PyErr.ZeroDivisionError(FloorDivideByZero);
        BigInteger q = BigInteger.DivRem(a, b, out BigInteger r);
        if (!r.IsZero && (r.Sign < 0) != (b.Sign < 0))
        {
            q -= 1;
            r += b;
        }
        return (q, r);
    }

    /// <summary>a / b for ints, correctly rounded.</summary>
    public static double TrueDivide(long a, long b)
    {
        if (b == 0) throw PyErr.ZeroDivisionError(TrueDivideByZero);
        const long Exact = 1L << 53;
        if (a >= -Exact && a <= Exact && b >= -Exact && b <= Exact) return (double)a / b;
        return TrueDivide(new BigInteger(a), new BigInteger(b));
    }

    /// <summary>
    /// a / b for ints, correctly rounded to the nearest double (half to even) however large
    /// the operands, with gradual underflow; OverflowError when the quotient is too large.
    /// </summary>
    public static double TrueDivide(BigInteger a, BigInteger b)
    {
        if (b.IsZero) throw PyErr.ZeroDivisionError(TrueDivideByZero);
        bool negative = (a.Sign < 0) != (b.Sign < 0);
        if (a.IsZero) return negative ? -0.0 : 0.0;
        a = BigInteger.Abs(a);
        b = BigInteger.Abs(b);
        long aBits = (long)a.GetBitLength();
        long bBits = (long)b.GetBitLength();
        double result;
        if (aBits <= 53 && bBits <= 53)
        {
            result = (double)(ulong)a / (double)(ulong)b;
            return negative ? -result : result;
        }
        long diff = aBits - bBits;
        // a/b lies in (2**(diff-1), 2**(diff+1)).
        if (diff > 1025) throw PyErr.OverflowError("integer division result too large for a float");
        if (diff < -1076) return negative ? -0.0 : 0.0;

        // Scale so the integer quotient carries 55-56 significant bits (fewer for results
        // in the subnormal range, where the lowest kept bit is 2**-1074 anyway).
        long shift = Math.Max(diff, -1021) - 55;
        BigInteger num = a, den = b;
        if (shift < 0) num <<= (int)-shift;
        else den <<= (int)shift;
        BigInteger q = BigInteger.DivRem(num, den, out BigInteger rem);
        bool inexact = !rem.IsZero;
        long qBits = (long)q.GetBitLength();
        int drop = (int)Math.Max(qBits - 53, -1074 - shift);
        ulong mantissa;
        if (drop > 0)
        {
            BigInteger high = q >> drop;
            BigInteger low = q - (high << drop);
            BigInteger half = BigInteger.One << (drop - 1);
            int c = low.CompareTo(half);
            if (c > 0 || (c == 0 && (inexact || !high.IsEven))) high += 1;
            mantissa = (ulong)high;
        }
        else mantissa = (ulong)q;
        long exponent = shift + drop;
        if (BitOperations.Log2(mantissa | 1) + 1 + exponent > 1024)
            throw PyErr.OverflowError("integer division result too large for a float");
        result = Math.ScaleB((double)mantissa, (int)exponent);
        return negative ? -result : result;
    }

    /// <summary>round(x, ndigits) for an int: x when ndigits >= 0, else rounded to a multiple of 10**-ndigits, half to even.</summary>
    public static BigInteger Round(BigInteger x, BigInteger ndigits)
    {
        if (ndigits.Sign >= 0) return x;
        BigInteger n = -ndigits;
        // 10**n exceeds 2*|x| once n is beyond the digit count of x: the result is 0.
        double digitsOfX = (double)x.GetBitLength() * 0.30102999566398120 + 2;
        if (n > new BigInteger(digitsOfX)) return BigInteger.Zero;
        BigInteger p = BigInteger.Pow(10, (int)n);
        (BigInteger q, BigInteger r) = DivMod(x, p);
        // Round q half to even: compare 2r with p.
        int c = (r << 1).CompareTo(p);
        if (c > 0 || (c == 0 && !q.IsEven)) q += 1;
        return q * p;
    }
}
