using System.Numerics;
using System.Text;
using Ftpy.Runtime;

namespace Ftpy.Objects.Numbers;

/// <summary>
/// float.hex() and float.fromhex(). hex() writes 0x1.hhhhhhhhhhhhhp±e with all thirteen
/// fraction digits (0x0.… for subnormals); fromhex() reads [sign][0x]h[.h][p±e] or
/// inf/nan and rounds half to even, with gradual underflow.
/// </summary>
public static class FloatHex
{
    public static string ToHex(double x)
    {
        if (!double.IsFinite(x)) return FloatRepr.Repr(x);
        if (x == 0.0) return DoubleBits.SignBit(x) ? "-0x0.0p+0" : "0x0.0p+0";
        DoubleBits.Decompose(x, out ulong m, out int e);
        // Normals: m has 53 bits, so 1.fff... * 2**(e+52); subnormals: 0.fff... * 2**-1022.
        bool subnormal = m < (1UL << 52);
        int exponent = subnormal ? -1022 : e + 52;
        ulong leading = subnormal ? 0UL : 1UL;
        ulong fraction = m & ((1UL << 52) - 1);
        var sb = new StringBuilder(24);
        if (x < 0) sb.Append('-');
        sb.Append("0x").Append(leading).Append('.');
        sb.Append(fraction.ToString("x13", System.Globalization.CultureInfo.InvariantCulture));
        sb.Append('p').Append(exponent < 0 ? '-' : '+').Append(Math.Abs(exponent));
        return sb.ToString();
    }

    public static double FromHex(string s)
    {
        int pos = 0, end = s.Length;
        while (pos < end && NumericText.IsAsciiSpace(s[pos])) pos++;
        double x;
        if (TryParseSpecial(s, pos, end, out int stop, out double special))
        {
            x = special;
            pos = stop;
        }
        else
        {
            x = ParseFinite(s, ref pos, end);
        }
        while (pos < end && NumericText.IsAsciiSpace(s[pos])) pos++;
        if (pos != end) throw ParseError();
        return x;
    }

    static PyException ParseError() => PyErr.ValueError("invalid hexadecimal floating-point string");

    static PyException Overflow() => PyErr.OverflowError("hexadecimal value too large to represent as a float");

    /// <summary>[sign] inf / infinity / nan, read as float() reads them.</summary>
    static bool TryParseSpecial(string s, int pos, int end, out int stop, out double value)
    {
        int p = pos;
        if (p < end && (s[p] == '+' || s[p] == '-')) p++;
        if (p < end && s[p] is 'i' or 'I' or 'n' or 'N') return FloatParse.TryParsePrefix(s, pos, end, out stop, out value);
        stop = pos;
        value = 0;
        return false;
    }

    static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    static double ParseFinite(string s, ref int pos, int end)
    {
        bool negative = false;
        if (pos < end && s[pos] == '-')
        {
            negative = true;
            pos++;
        }
        else if (pos < end && s[pos] == '+') pos++;

        if (pos < end && s[pos] == '0' && pos + 1 < end && (s[pos + 1] == 'x' || s[pos + 1] == 'X')) pos += 2;

        var digits = new StringBuilder();
        while (pos < end && HexValue(s[pos]) >= 0) digits.Append(s[pos++]);
        long fractionDigits = 0;
        if (pos < end && s[pos] == '.')
        {
            pos++;
            while (pos < end && HexValue(s[pos]) >= 0)
            {
                digits.Append(s[pos++]);
                fractionDigits++;
            }
        }
        if (digits.Length == 0) throw ParseError();

        BigInteger exp = BigInteger.Zero;
        if (pos < end && (s[pos] == 'p' || s[pos] == 'P'))
        {
            pos++;
            int expStart = pos;
            if (pos < end && (s[pos] == '-' || s[pos] == '+')) pos++;
            if (!(pos < end && char.IsAsciiDigit(s[pos]))) throw ParseError();
            while (pos < end && char.IsAsciiDigit(s[pos])) pos++;
            exp = BigInteger.Parse(s.AsSpan(expStart, pos - expStart), System.Globalization.NumberStyles.AllowLeadingSign,
                System.Globalization.CultureInfo.InvariantCulture);
        }

        BigInteger coefficient = BigInteger.Parse("0" + digits, System.Globalization.NumberStyles.AllowHexSpecifier,
            System.Globalization.CultureInfo.InvariantCulture);
        double x = Round(coefficient, exp - 4 * fractionDigits);
        return negative ? -x : x;
    }

    /// <summary>coefficient * 2**exp correctly rounded (half to even), OverflowError past the double range.</summary>
    static double Round(BigInteger coefficient, BigInteger exp)
    {
        if (coefficient.IsZero) return 0.0;
        long bits = (long)coefficient.GetBitLength();
        BigInteger top = exp + bits;
        if (top < -1074) return 0.0;
        if (top > 1024) throw Overflow();
        long e = (long)exp;
        long lsb = Math.Max((long)top, -1021) - 53;
        BigInteger mantissa = e >= lsb ? coefficient << (int)(e - lsb) : FloatDigits.ShiftRoundHalfEven(coefficient, (int)(lsb - e));
        if ((long)mantissa.GetBitLength() + lsb > 1024) throw Overflow();
        return Math.ScaleB((double)(ulong)mantissa, (int)lsb);
    }
}
