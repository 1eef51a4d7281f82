namespace Ftpy.Objects.Numbers;

/// <summary>
/// The IEEE 754 binary64 layout seen as integers: every finite double is exactly
/// <c>mantissa * 2**exponent</c> with <c>mantissa &lt; 2**53</c>.
/// </summary>
internal static class DoubleBits
{
    public const int MantissaBits = 53;
    /// <summary>Exponent of the least significant bit of a subnormal (2**-1074).</summary>
    public const int MinExponent = -1074;

    /// <summary>Splits a finite |v| into mantissa * 2**exponent (mantissa is 0 for zeros).</summary>
    public static void Decompose(double v, out ulong mantissa, out int exponent)
    {
        long bits = BitConverter.DoubleToInt64Bits(v);
        int biased = (int)((bits >> 52) & 0x7FF);
        ulong fraction = (ulong)bits & 0x000F_FFFF_FFFF_FFFFUL;
        if (biased == 0)
        {
            mantissa = fraction;
            exponent = MinExponent;
        }
        else
        {
            mantissa = fraction | (1UL << 52);
            exponent = biased - 1075;
        }
    }

    /// <summary>True when the sign bit is set (also for -0.0 and negative NaNs).</summary>
    public static bool SignBit(double v) => BitConverter.DoubleToInt64Bits(v) < 0;

    /// <summary>True when v is an integer with an odd value (CPython's DOUBLE_IS_ODD_INTEGER).</summary>
    public static bool IsOddInteger(double v) => Math.Abs(v) % 2.0 == 1.0;

    /// <summary>The positive quiet NaN CPython produces for float('nan') and math.nan (bits 0x7ff8000000000000).</summary>
    public static readonly double PositiveNaN = BitConverter.Int64BitsToDouble(0x7FF8_0000_0000_0000);

    /// <summary>The negative quiet NaN float('-nan') produces.</summary>
    public static readonly double NegativeNaN = BitConverter.Int64BitsToDouble(unchecked((long)0xFFF8_0000_0000_0000UL));
}
