using System.Numerics;

namespace Ftpy.Objects.Numbers;

/// <summary>
/// Exact comparison of a float with an int (CPython's float_richcompare): no rounding of
/// the int to a float, so 2**53 + 1 > float(2**53) holds.
/// </summary>
public static class FloatCompare
{
    /// <summary>Sign of x - n, or null when x is a NaN (every comparison is then false except !=).</summary>
    public static int? Compare(double x, BigInteger n)
    {
        if (double.IsNaN(x)) return null;
        if (double.IsInfinity(x)) return x > 0 ? 1 : -1;
        const long Exact = 1L << 53;
        if (n >= -Exact && n <= Exact)
        {
            double d = (long)n;
            return x < d ? -1 : x > d ? 1 : 0;
        }
        double floor = Math.Floor(x);
        int c = IntConvert.FromDouble(floor).CompareTo(n);
        if (c != 0) return c;
        return x == floor ? 0 : 1;
    }

    public static int? Compare(double x, long n)
    {
        const long Exact = 1L << 53;
        if (n >= -Exact && n <= Exact)
        {
            if (double.IsNaN(x)) return null;
            double d = n;
            return x < d ? -1 : x > d ? 1 : 0;
        }
        return Compare(x, new BigInteger(n));
    }

    /// <summary>x == n exactly.</summary>
    public static bool Equal(double x, BigInteger n) => Compare(x, n) == 0;
}
