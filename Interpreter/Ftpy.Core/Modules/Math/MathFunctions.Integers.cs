using System.Numerics;
using Ftpy.Objects.Numbers;
using Ftpy.Runtime;

namespace Ftpy.Modules.Math;

using Math = System.Math;

/// <summary>
/// Exact integer functions: factorial, comb, perm, gcd, lcm, isqrt. Results are exact
/// BigIntegers; products are formed as balanced trees so large arguments stay fast.
/// </summary>
public static partial class MathFunctions
{
    /// <summary>math.factorial(n).</summary>
    public static BigInteger Factorial(BigInteger n)
    {
        if (n > long.MaxValue)
            throw PyErr.OverflowError("factorial() argument should not exceed 9223372036854775807");
        if (n.Sign < 0) throw PyErr.ValueError("factorial() not defined for negative values");
        long x = (long)n;
        if (x < 2) return BigInteger.One;
        // n! = (odd part) * 2**(n - popcount(n)); the odd part is a product of odd ranges.
        BigInteger odd = FactorialOddPart(x);
        return odd << (int)(x - BitOperations.PopCount((ulong)x));
    }

    /// <summary>Product over i >= 0 of the odd numbers in (n / 2**(i+1), n / 2**i].</summary>
    static BigInteger FactorialOddPart(long n)
    {
        BigInteger inner = BigInteger.One, outer = BigInteger.One;
        long upper = 3;
        for (int i = 63 - BitOperations.LeadingZeroCount((ulong)n) - 1; i >= 0; i--)
        {
            long v = n >> i;
            if (v <= 2) continue;
            long lower = upper;
            upper = (v + 1) | 1;
            inner *= OddProduct(lower, upper);
            outer *= inner;
        }
        return outer;
    }

    /// <summary>Product of the odd numbers in [start, stop) (both odd).</summary>
    static BigInteger OddProduct(long start, long stop)
    {
        long count = (stop - start) / 2;
        if (count <= 0) return BigInteger.One;
        if (count <= 8)
        {
            BigInteger p = BigInteger.One;
            ulong acc = 1;
            for (long j = start; j < stop; j += 2)
            {
                if (acc > ulong.MaxValue / (ulong)j)
                {
                    p *= acc;
                    acc = 1;
                }
                acc *= (ulong)j;
            }
            return p * acc;
        }
        long mid = (start + count) | 1;
        return OddProduct(start, mid) * OddProduct(mid, stop);
    }

    /// <summary>Product of the integers in [low, high] (balanced, for perm and comb).</summary>
    static BigInteger RangeProduct(BigInteger low, BigInteger high)
    {
        BigInteger count = high - low + 1;
        if (count.Sign <= 0) return BigInteger.One;
        if (count <= 16)
        {
            BigInteger p = BigInteger.One;
            for (BigInteger j = low; j <= high; j++) p *= j;
            return p;
        }
        BigInteger mid = low + count / 2;
        return RangeProduct(low, mid - 1) * RangeProduct(mid, high);
    }

    /// <summary>math.perm(n, k); k == null means perm(n) == factorial(n).</summary>
    public static BigInteger Perm(BigInteger n, BigInteger? k)
    {
        if (k is null) return Factorial(n);
        BigInteger kk = k.Value;
        if (n.Sign < 0) throw PyErr.ValueError("n must be a non-negative integer");
        if (kk.Sign < 0) throw PyErr.ValueError("k must be a non-negative integer");
        if (n < kk) return BigInteger.Zero;
        if (kk > long.MaxValue) throw PyErr.OverflowError("k must not exceed 9223372036854775807");
        return RangeProduct(n - kk + 1, n);
    }

    /// <summary>math.comb(n, k).</summary>
    public static BigInteger Comb(BigInteger n, BigInteger k)
    {
        if (n.Sign < 0) throw PyErr.ValueError("n must be a non-negative integer");
        if (k.Sign < 0) throw PyErr.ValueError("k must be a non-negative integer");
        if (k > n) return BigInteger.Zero;
        BigInteger kk = BigInteger.Min(k, n - k);
        if (kk > long.MaxValue)
            throw PyErr.OverflowError("min(n - k, k) must not exceed 9223372036854775807");
        if (kk.IsZero) return BigInteger.One;
        return RangeProduct(n - kk + 1, n) / RangeProduct(1, kk);
    }

    /// <summary>math.gcd(*integers).</summary>
    public static BigInteger Gcd(params BigInteger[] values)
    {
        BigInteger g = BigInteger.Zero;
        foreach (BigInteger v in values) g = BigInteger.GreatestCommonDivisor(g, v);
        return g;
    }

    /// <summary>math.lcm(*integers).</summary>
    public static BigInteger Lcm(params BigInteger[] values)
    {
        if (values.Length == 0) return BigInteger.One;
        BigInteger result = BigInteger.Abs(values[0]);
        for (int i = 1; i < values.Length; i++)
        {
            BigInteger v = values[i];
            if (result.IsZero || v.IsZero)
            {
                result = BigInteger.Zero;
                continue;
            }
            BigInteger g = BigInteger.GreatestCommonDivisor(result, v);
            result = BigInteger.Abs(result / g * v);
        }
        return result;
    }

    /// <summary>math.isqrt(n): the largest a with a*a &lt;= n.</summary>
    public static BigInteger Isqrt(BigInteger n)
    {
        if (n.Sign < 0) throw PyErr.ValueError("isqrt() argument must be nonnegative");
        if (n.IsZero) return BigInteger.Zero;
        if (n <= ulong.MaxValue)
        {
            ulong m = (ulong)n;
            ulong a = (ulong)Math.Sqrt(m);
            // The double estimate is within one of the answer; fix it exactly.
            while (a > 0 && (UInt128)a * a > m) a--;
            while ((UInt128)(a + 1) * (a + 1) <= m) a++;
            return a;
        }
        // Newton's iteration from an estimate that is never too small converges down to the answer.
        long bits = (long)n.GetBitLength();
        BigInteger x = BigInteger.One << (int)((bits + 1) / 2);
        while (true)
        {
            BigInteger y = (x + n / x) >> 1;
            if (y >= x) return x;
            x = y;
        }
    }
}
