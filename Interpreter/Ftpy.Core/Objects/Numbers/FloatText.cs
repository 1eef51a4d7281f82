using System.Text;

namespace Ftpy.Objects.Numbers;

/// <summary>Options of <see cref="FloatText.DoubleToString"/> (CPython's Py_DTSF_* flags).</summary>
[Flags]
public enum FloatTextFlags
{
    None = 0,
    /// <summary>Always write a sign ('+' for non-negative values).</summary>
    Sign = 1,
    /// <summary>Write "1.0" rather than "1" for integral values in 'r' and 'g' codes.</summary>
    AddDot0 = 2,
    /// <summary>Alternate form ('#'): keep the point and trailing zeros.</summary>
    Alt = 4,
    /// <summary>The 'z' option: a value that rounds to zero is written without a minus sign.</summary>
    NoNegZero = 8,
}

/// <summary>
/// Double to text the way CPython's PyOS_double_to_string does it: codes 'e' 'f' 'g'
/// (and upper-case forms) with a precision, and 'r' (repr: shortest digits, exponent form
/// when the decimal exponent is below -4 or at least 16). The result is ASCII.
/// </summary>
public static class FloatText
{
    public static string DoubleToString(double v, char formatCode, int precision, FloatTextFlags flags = FloatTextFlags.None)
    {
        bool upper = false;
        char code = formatCode;
        switch (formatCode)
        {
            case 'e': case 'f': case 'g': break;
            case 'E': case 'F': case 'G': upper = true; code = char.ToLowerInvariant(formatCode); break;
            case 'r':
                if (precision != 0) throw new ArgumentException("repr format takes no precision", nameof(precision));
                break;
            default: throw new ArgumentException($"bad float format code {formatCode}", nameof(formatCode));
        }
        if (precision < 0) throw new ArgumentOutOfRangeException(nameof(precision));

        bool alwaysSign = (flags & FloatTextFlags.Sign) != 0;
        bool addDot0 = (flags & FloatTextFlags.AddDot0) != 0;
        bool alt = (flags & FloatTextFlags.Alt) != 0;

        if (!double.IsFinite(v))
        {
            var special = new StringBuilder(4);
            // The sign of a NaN is never shown.
            bool negative = double.IsInfinity(v) && v < 0;
            if (negative) special.Append('-');
            else if (alwaysSign) special.Append('+');
            special.Append(double.IsNaN(v) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"));
            return special.ToString();
        }

        string digits;
        int decpt;
        switch (code)
        {
            case 'e':
                precision++;
                digits = FloatDigits.Significant(v, precision, out decpt);
                break;
            case 'f':
                digits = FloatDigits.Fixed(v, precision, out decpt);
                break;
            case 'g':
                if (precision == 0) precision = 1;
                digits = FloatDigits.Significant(v, precision, out decpt);
                break;
            default:
                digits = FloatDigits.Shortest(v, out decpt);
                break;
        }

        bool sign = DoubleBits.SignBit(v);
        if ((flags & FloatTextFlags.NoNegZero) != 0 && sign && (digits.Length == 0 || digits == "0"))
            sign = false;

        return Layout(digits, decpt, code, precision, sign, alwaysSign, addDot0, alt, upper);
    }

    /// <summary>
    /// Places the digits: the output is the slice [start, end) of the digit string padded
    /// with zeros on both sides, with the point after position decpt, then the exponent.
    /// </summary>
    static string Layout(string digits, int decpt, char code, int precision, bool sign, bool alwaysSign, bool addDot0, bool alt, bool upper)
    {
        int digitsLen = digits.Length;
        long vdigitsEnd = digitsLen;
        bool useExp = false;
        int exp = 0;
        switch (code)
        {
            case 'e':
                useExp = true;
                vdigitsEnd = precision;
                break;
            case 'f':
                vdigitsEnd = (long)decpt + precision;
                break;
            case 'g':
                if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision)) useExp = true;
                if (alt) vdigitsEnd = precision;
                break;
            case 'r':
                if (decpt <= -4 || decpt > 16) useExp = true;
                break;
        }
        if (useExp)
        {
            exp = decpt - 1;
            decpt = 1;
        }
        long vdigitsStart = decpt <= 0 ? decpt - 1 : 0;
        if (!useExp && addDot0) vdigitsEnd = Math.Max(vdigitsEnd, decpt + 1L);
        else vdigitsEnd = Math.Max(vdigitsEnd, decpt);
        long size = vdigitsEnd - vdigitsStart + 8;
        if (size > NumberLayout.MaxResultLength) throw NumberLayout.TooLong();

        var sb = new StringBuilder((int)size);
        if (sign) sb.Append('-');
        else if (alwaysSign) sb.Append('+');

        if (decpt <= 0)
        {
            sb.Append('0', (int)(decpt - vdigitsStart));
            sb.Append('.');
            sb.Append('0', -decpt);
        }
        else
        {
            sb.Append('0', (int)-vdigitsStart);
        }

        if (0 < decpt && decpt <= digitsLen)
        {
            sb.Append(digits, 0, decpt);
            sb.Append('.');
            sb.Append(digits, decpt, digitsLen - decpt);
        }
        else
        {
            sb.Append(digits);
        }

        if (digitsLen < decpt)
        {
            sb.Append('0', decpt - digitsLen);
            sb.Append('.');
            sb.Append('0', (int)(vdigitsEnd - decpt));
        }
        else
        {
            sb.Append('0', (int)(vdigitsEnd - digitsLen));
        }

        if (sb[^1] == '.' && !alt) sb.Length--;

        if (useExp)
        {
            sb.Append(upper ? 'E' : 'e');
            sb.Append(exp < 0 ? '-' : '+');
            int a = Math.Abs(exp);
            if (a < 10) sb.Append('0');
            sb.Append(a);
        }
        return sb.ToString();
    }
}
