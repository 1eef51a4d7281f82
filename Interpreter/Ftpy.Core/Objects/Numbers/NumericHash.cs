using System.Numerics;

namespace Ftpy.Objects.Numbers;

/// <summary>
/// Python's numeric hash: for a rational x = p/q, hash(x) = p * q**-1 mod P with
/// P = 2**61 - 1, negated for negative x, and -1 replaced by -2. Equal numbers of any
/// type therefore hash equal (hash(1) == hash(1.0) == hash(Fraction(1))).
/// </summary>
public static class NumericHash
{
    public const int Bits = 61;
    public const long Modulus = (1L << Bits) - 1;
    public const long Infinity = 314159;
    /// <summary>Multiplier of the imaginary part's hash in a complex hash.</summary>
    public const long Imag = 1000003;

    public static long Hash(long v)
    {
        if (v == long.MinValue) return Hash(new BigInteger(v));
        long r = Math.Abs(v) % Modulus;
        if (v < 0) r = -r;
        return r == -1 ? -2 : r;
    }

    public static long Hash(BigInteger v)
    {
        long r = (long)(BigInteger.Abs(v) % Modulus);
        if (v.Sign < 0) r = -r;
        return r == -1 ? -2 : r;
    }

    /// <summary>hash(float). A NaN hashes by identity in CPython; pass the object's identity hash.</summary>
    public static long Hash(double v, long identityHash)
    {
        if (double.IsNaN(v)) return identityHash;
        if (double.IsInfinity(v)) return v > 0 ? Infinity : -Infinity;
        if (v == 0) return 0;
        DoubleBits.Decompose(v, out ulong m, out int e);
        ulong x = m % (ulong)Modulus;
        // 2**61 == 1 (mod P), so 2**e reduces to 2**(e mod 61) for any sign of e.
        int shift = ((e % Bits) + Bits) % Bits;
        x = MulMod(x, 1UL << shift);
        long r = (long)x;
        if (v < 0) r = -r;
        return r == -1 ? -2 : r;
    }

    /// <summary>hash(complex): hash(real) + 1000003 * hash(imag), wrapping like C unsigned arithmetic.</summary>
    public static long Hash(Complex z, long identityHash)
    {
        ulong real = (ulong)Hash(z.Real, identityHash);
        ulong imag = (ulong)Hash(z.Imaginary, identityHash);
        long combined = unchecked((long)(real + (ulong)Imag * imag));
        return combined == -1 ? -2 : combined;
    }

    /// <summary>hash(Fraction(num, den)) for den > 0, as fractions.Fraction.__hash__ computes it.</summary>
    public static long HashRational(BigInteger numerator, BigInteger denominator)
    {
        if (denominator.Sign <= 0) throw new ArgumentOutOfRangeException(nameof(denominator));
        long hash;
        BigInteger d = denominator % Modulus;
        if (d.IsZero)
        {
            hash = Infinity;
        }
        else
        {
            // P is prime, so the inverse of d is d**(P-2).
            BigInteger inverse = BigInteger.ModPow(d, Modulus - 2, Modulus);
            BigInteger h = Hash(BigInteger.Abs(numerator));
            hash = Hash(h * inverse);
        }
        long result = numerator.Sign >= 0 ? hash : -hash;
        return result == -1 ? -2 : result;
    }

    static ulong MulMod(ulong a, ulong b) => (ulong)((UInt128)a * b % (ulong)Modulus);
}
