using Ftpy.Runtime;

namespace Ftpy.Objects.Numbers;

/// <summary>float.__format__ (format-spec mini-language) and the float conversions of str % args.</summary>
public static class FloatFormat
{
    /// <summary>format(x, spec) with the spec as text.</summary>
    public static string Format(double value, string spec, string typeName = "float") =>
        Format(value, FormatSpec.Parse(spec, typeName));

    /// <summary>format(x, spec) for a float: types e E f F g G n % and none (repr-like, or 'g' keeping a ".0" when a precision is given).</summary>
    public static string Format(double value, FormatSpec spec)
    {
        int type = spec.Type;
        switch (type)
        {
            case '\0': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
                break;
            default:
                throw spec.UnknownCode();
        }
        if (spec.Precision > int.MaxValue) throw PyErr.ValueError("precision too big");
        int precision = (int)spec.Precision;
        int defaultPrecision = 6;
        var flags = FloatTextFlags.None;
        if (spec.Alternate) flags |= FloatTextFlags.Alt;
        if (spec.NoNegativeZero) flags |= FloatTextFlags.NoNegZero;
        char code = (char)type;
        if (type == '\0')
        {
            flags |= FloatTextFlags.AddDot0;
            code = 'r';
            defaultPrecision = 0;
        }
        if (code == 'n') code = 'g';
        bool percent = false;
        if (code == '%')
        {
            code = 'f';
            value *= 100;
            percent = true;
        }
        if (precision < 0) precision = defaultPrecision;
        else if (code == 'r') code = 'g';

        string text = FloatText.DoubleToString(value, code, precision, flags);
        if (percent) text += "%";
        if (spec.Sign != '+' && spec.Sign != ' ' && spec.Width == -1 && type != 'n' && spec.Thousands == '\0')
            return text;

        char signChar = '\0';
        int start = 0;
        if (text[0] == '-')
        {
            signChar = '-';
            start = 1;
        }
        NumberLayout.SplitNumber(text, start, out string digits, out bool hasDecimal, out string remainder);
        return NumberLayout.Build(spec, spec.EffectiveAlign('>'), signChar, "", digits, hasDecimal, remainder, upper: false);
    }

    /// <summary>
    /// One float conversion of printf-style formatting: <paramref name="conversion"/> is one of
    /// e E f F g G; <paramref name="width"/> and <paramref name="precision"/> are -1 when absent.
    /// </summary>
    public static string Printf(double value, char conversion, PrintfFlags flags, int width, int precision)
    {
        if (conversion is not ('e' or 'E' or 'f' or 'F' or 'g' or 'G'))
            throw new ArgumentException($"not a float conversion: {conversion}", nameof(conversion));
        int p = precision < 0 ? 6 : precision;
        var textFlags = (flags & PrintfFlags.Alternate) != 0 ? FloatTextFlags.Alt : FloatTextFlags.None;
        string text = FloatText.DoubleToString(value, conversion, p, textFlags);
        return PrintfLayout.Output(text, conversion, flags, width);
    }
}
