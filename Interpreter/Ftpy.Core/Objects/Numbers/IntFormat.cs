using System.Numerics;
using System.Text;
using Ftpy.Runtime;

namespace Ftpy.Objects.Numbers;

/// <summary>
/// int.__format__ (types b c d o x X n, and e E f F g G % through float as CPython does)
/// and the int conversions of str % args (d i u o x X). Decimal output obeys the int
/// string-conversion digit limit passed in <c>maxStrDigits</c> (0 = unlimited).
/// </summary>
public static class IntFormat
{
    /// <summary>format(n, spec) with the spec as text (type name "bool" for bools).</summary>
    public static string Format(BigInteger value, string spec, int maxStrDigits = 0, string typeName = "int") =>
        Format(value, FormatSpec.Parse(spec, typeName, 'd'), maxStrDigits);

    public static string Format(long value, FormatSpec spec, int maxStrDigits = 0) =>
        Format(new BigInteger(value), spec, maxStrDigits);

    public static string Format(BigInteger value, FormatSpec spec, int maxStrDigits = 0)
    {
        int type = spec.Type;
        switch (type)
        {
            case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
                break;
            case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
                return FloatFormat.Format(IntConvert.ToDouble(value), spec);
            default:
                throw spec.UnknownCode();
        }
        if (spec.Precision != -1) throw PyErr.ValueError("Precision not allowed in integer format specifier");
        if (spec.NoNegativeZero) throw PyErr.ValueError("Negative zero coercion (z) not allowed in integer format specifier");
        char align = spec.EffectiveAlign('>');

        if (type == 'c')
        {
            if (spec.Sign != '\0') throw PyErr.ValueError("Sign not allowed with integer format specifier 'c'");
            if (spec.Alternate) throw PyErr.ValueError("Alternate form (#) not allowed with integer format specifier 'c'");
            if (value < long.MinValue || value > long.MaxValue)
                throw PyErr.OverflowError("Python int too large to convert to C long");
            if (value.Sign < 0 || value > 0x10FFFF) throw PyErr.OverflowError("%c arg not in range(0x110000)");
            int cp = (int)value;
            string ch = cp is >= 0xD800 and <= 0xDFFF ? ((char)cp).ToString() : char.ConvertFromUtf32(cp);
            return NumberLayout.Build(spec, align, '\0', "", "", false, ch, upper: false);
        }

        int @base = type switch
        {
            'b' => 2,
            'o' => 8,
            'x' or 'X' => 16,
            _ => 10,
        };
        string digits = IntText.ToString(BigInteger.Abs(value), @base, maxStrDigits);
        string prefix = "";
        if (spec.Alternate && @base != 10) prefix = @base == 2 ? "0b" : @base == 8 ? "0o" : "0x";
        char signChar = value.Sign < 0 ? '-' : '\0';
        return NumberLayout.Build(spec, align, signChar, prefix, digits, false, "", upper: type == 'X');
    }

    /// <summary>
    /// One int conversion of printf-style formatting: <paramref name="conversion"/> is one
    /// of d i u o x X; <paramref name="width"/> and <paramref name="precision"/> are -1
    /// when absent (precision is a minimum digit count).
    /// </summary>
    public static string Printf(BigInteger value, char conversion, PrintfFlags flags, int width, int precision, int maxStrDigits = 0)
    {
        if (precision > int.MaxValue - 3) throw PyErr.OverflowError("precision too large");
        string text = FormatLong(value, (flags & PrintfFlags.Alternate) != 0, precision, conversion, maxStrDigits);
        return PrintfLayout.Output(text, conversion, flags, width);
    }

    /// <summary>CPython's _PyUnicode_FormatLong: digits padded with zeros to the precision, 0x/0o kept only in alternate form.</summary>
    static string FormatLong(BigInteger value, bool alt, int precision, char type, int maxStrDigits)
    {
        int @base;
        switch (type)
        {
            case 'd': case 'i': case 'u': @base = 10; break;
            case 'o': @base = 8; break;
            case 'x': case 'X': @base = 16; break;
            default: throw new ArgumentException($"not an int conversion: {type}", nameof(type));
        }
        string digits = IntText.ToString(BigInteger.Abs(value), @base, maxStrDigits);
        var sb = new StringBuilder(digits.Length + 4);
        if (value.Sign < 0) sb.Append('-');
        if (alt && @base != 10) sb.Append(@base == 8 ? "0o" : "0x");
        if (precision > digits.Length)
        {
            if (precision > NumberLayout.MaxResultLength) throw NumberLayout.TooLong();
            sb.Append('0', precision - digits.Length);
        }
        sb.Append(digits);
        string text = sb.ToString();
        return type == 'X' ? text.ToUpperInvariant() : text;
    }
}
