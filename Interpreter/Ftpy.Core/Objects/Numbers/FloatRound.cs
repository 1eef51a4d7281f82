using System.Globalization;
using System.Numerics;
using Ftpy.Runtime;

namespace Ftpy.Objects.Numbers;

/// <summary>
/// round() for floats. round(x) rounds half to even to an int. round(x, n) rounds the
/// exact binary value to n decimal places (half to even) and reads the decimal back, as
/// CPython's double_round does, so round(2.675, 2) == 2.67 because 2.675 is below 2.675.
/// </summary>
public static class FloatRound
{
    /// <summary>Past this many places every double rounds to itself (CPython's NDIGITS_MAX).</summary>
    const int MaxDigits = 323;
    /// <summary>Below this every double rounds to a signed zero (CPython's NDIGITS_MIN).</summary>
    const int MinDigits = -308;

    /// <summary>round(x): the nearest int, ties to even.</summary>
    public static BigInteger Round(double x) => IntConvert.FromDouble(Math.Round(x, MidpointRounding.ToEven));

    /// <summary>round(x, ndigits) for a float; a huge ndigits is clipped to a long first, as CPython clips it to Py_ssize_t.</summary>
    public static double Round(double x, long ndigits)
    {
        if (!double.IsFinite(x)) return x;
        if (ndigits > MaxDigits) return x;
        if (ndigits < MinDigits) return 0.0 * x;
        bool negative = DoubleBits.SignBit(x);
        string digits = FloatDigits.Fixed(x, (int)ndigits, out int decpt);
        if (digits.Length == 0 || digits == "0") return negative ? -0.0 : 0.0;
        string text = digits + "e" + (decpt - digits.Length).ToString(CultureInfo.InvariantCulture);
        double r = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        if (double.IsInfinity(r)) throw PyErr.OverflowError("rounded value too large to represent");
        return negative ? -r : r;
    }
}
