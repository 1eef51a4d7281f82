using System.Numerics;
using Ftpy.Runtime;

namespace Ftpy.Objects.Numbers;

/// <summary>
/// repr() of complex and complex.__format__. The repr omits a real part of +0.0 and
/// then drops the parentheses: 1j, (1+2j), (-0-0j), (nan+infj).
/// </summary>
public static class ComplexFormat
{
    public static string Repr(Complex z)
    {
        if (z.Real == 0.0 && !DoubleBits.SignBit(z.Real))
            return FloatText.DoubleToString(z.Imaginary, 'r', 0) + "j";
        string re = FloatText.DoubleToString(z.Real, 'r', 0);
        string im = FloatText.DoubleToString(z.Imaginary, 'r', 0, FloatTextFlags.Sign);
        return "(" + re + im + "j)";
    }

    /// <summary>format(z, spec) with the spec as text.</summary>
    public static string Format(Complex z, string spec, string typeName = "complex") =>
        Format(z, FormatSpec.Parse(spec, typeName));

    /// <summary>format(z, spec): types e E f F g G n and none (like str(z), or 'g' when a precision is given).</summary>
    public static string Format(Complex z, FormatSpec spec)
    {
        int type = spec.Type;
        switch (type)
        {
            case '\0': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n':
                break;
            default:
                throw spec.UnknownCode();
        }
        if (spec.Precision > int.MaxValue) throw PyErr.ValueError("precision too big");
        if (spec.Fill == '0') throw PyErr.ValueError("Zero padding is not allowed in complex format specifier");
        char align = spec.EffectiveAlign('>');
        if (align == '=') throw PyErr.ValueError("'=' alignment flag is not allowed in complex format specifier");

        double re = z.Real, im = z.Imaginary;
        int precision = (int)spec.Precision;
        int defaultPrecision = 6;
        bool skipRe = false, parens = false;
        var flags = FloatTextFlags.None;
        if (spec.Alternate) flags |= FloatTextFlags.Alt;
        if (spec.NoNegativeZero) flags |= FloatTextFlags.NoNegZero;
        char code = (char)type;
        if (type == '\0')
        {
            code = 'r';
            defaultPrecision = 0;
            if (re == 0.0 && !DoubleBits.SignBit(re)) skipRe = true;
            else parens = true;
        }
        if (code == 'n') code = 'g';
        if (precision < 0) precision = defaultPrecision;
        else if (code == 'r') code = 'g';

        string reText = FloatText.DoubleToString(re, code, precision, flags);
        string imText = FloatText.DoubleToString(im, code, precision, flags);

        // Both parts are laid out without padding; the padding goes around the whole.
        string rePart = skipRe ? "" : Part(reText, spec.Thousands, spec.Sign);
        string imPart = Part(imText, spec.Thousands, skipRe ? spec.Sign : '+');
        string body = (parens ? "(" : "") + rePart + imPart + "j" + (parens ? ")" : "");
        long length = rePart.Length + imPart.Length + 1 + (parens ? 2 : 0);
        return NumberLayout.Pad(body, length, spec.Width, align, spec.FillText);
    }

    static string Part(string text, char thousands, char sign)
    {
        char signChar = '\0';
        int start = 0;
        if (text[0] == '-')
        {
            signChar = '-';
            start = 1;
        }
        NumberLayout.SplitNumber(text, start, out string digits, out bool hasDecimal, out string remainder);
        var partSpec = FormatSpec.Parse(PartSpecText(sign, thousands), "complex");
        return NumberLayout.Build(partSpec, '<', signChar, "", digits, hasDecimal, remainder, upper: false);
    }

    static string PartSpecText(char sign, char thousands) =>
        (sign == '\0' ? "" : sign.ToString()) + (thousands == '\0' ? "" : thousands.ToString());
}
