using System.Numerics;
using Ftpy.Runtime;

namespace Ftpy.Objects.Numbers;

/// <summary>
/// int ** int and pow(base, exp, mod). A non-negative exponent gives an int; a negative
/// one gives a float computed as float ** float (CPython converts both operands to float
/// first). Three-argument pow with a negative exponent uses the modular inverse.
/// </summary>
public static class IntPow
{
    /// <summary>Largest int we build, in bits; past it we raise MemoryError as CPython's allocator would.</summary>
    public const long MaxBits = int.MaxValue - 1024;

    /// <summary>base ** exp for exp >= 0 when the result fits a long.</summary>
    public static bool TryPow(long @base, long exp, out long result)
    {
        if (exp < 0) throw new ArgumentOutOfRangeException(nameof(exp));
        result = 1;
        long b = @base;
        long e = exp;
        while (e > 0)
        {
            if ((e & 1) != 0 && !IntArith.TryMultiply(result, b, out result)) return false;
            e >>= 1;
            if (e > 0 && !IntArith.TryMultiply(b, b, out b)) return false;
        }
        return true;
    }

    /// <summary>base ** exp for exp >= 0.</summary>
    public static BigInteger Pow(BigInteger @base, BigInteger exp)
    {
        if (exp.Sign < 0) throw new ArgumentOutOfRangeException(nameof(exp));
        if (exp.IsZero || @base.IsOne) return BigInteger.One;
        if (@base.IsZero) return BigInteger.Zero;
        if (@base == BigInteger.MinusOne) return exp.IsEven ? BigInteger.One : BigInteger.MinusOne;
        long baseBits = (long)BigInteger.Abs(@base).GetBitLength();
        // The result has more than (baseBits - 1) * exp bits.
        if (exp > MaxBits || (baseBits - 1) * (double)exp > MaxBits) throw PyErr.MemoryError("");
        try
        {
            return BigInteger.Pow(@base, (int)exp);
        }
        catch (Exception e) when (e is OverflowException or OutOfMemoryException)
        {
            throw PyErr.MemoryError("");
        }
    }

    /// <summary>base ** exp for exp &lt; 0: float(base) ** float(exp).</summary>
    public static double PowNegative(BigInteger @base, BigInteger exp)
    {
        double b = IntConvert.ToDouble(@base);
        double e = IntConvert.ToDouble(exp);
        if (!FloatArith.TryPow(b, e, out double result))
            throw new InvalidOperationException("an int base with an integral exponent is never complex");
        return result;
    }

    /// <summary>pow(base, exp, mod); the result has the sign of mod (or is 0).</summary>
    public static BigInteger PowMod(BigInteger @base, BigInteger exp, BigInteger mod)
    {
        if (mod.IsZero) throw PyErr.ValueError("pow() 3rd argument cannot be 0");
        bool negativeOutput = mod.Sign < 0;
        if (negativeOutput) mod = -mod;
        if (mod.IsOne) return BigInteger.Zero;
        if (exp.Sign < 0)
        {
            exp = -exp;
            @base = Inverse(@base, mod);
        }
        @base = IntArith.Modulo(@base, mod);
        BigInteger z = BigInteger.ModPow(@base, exp, mod);
        if (negativeOutput && !z.IsZero) z -= mod;
        return z;
    }

    /// <summary>The inverse of a modulo n (n > 1), by the extended Euclidean algorithm.</summary>
    static BigInteger Inverse(BigInteger a, BigInteger n)
    {
        BigInteger b = n;
        BigInteger x0 = BigInteger.One, x1 = BigInteger.Zero;
        a = IntArith.Modulo(a, n);
        while (!b.IsZero)
        {
            BigInteger q = BigInteger.DivRem(a, b, out BigInteger r);
            a = b;
            b = r;
            BigInteger t = x0 - q * x1;
            x0 = x1;
            x1 = t;
        }
        if (!a.IsOne) throw PyErr.ValueError("base is not invertible for the given modulus");
        return IntArith.Modulo(x0, n);
    }
}
