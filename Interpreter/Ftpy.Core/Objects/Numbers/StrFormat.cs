using Ftpy.Runtime;

namespace Ftpy.Objects.Numbers;

/// <summary>str.__format__: type 's' (the default), precision truncates, left-aligned by default.</summary>
public static class StrFormat
{
    /// <summary>format(s, spec) with the spec as text.</summary>
    public static string Format(string value, string spec, string typeName = "str") =>
        Format(value, FormatSpec.Parse(spec, typeName, 's'));

    public static string Format(string value, FormatSpec spec)
    {
        if (spec.Type != 's') throw spec.UnknownCode();
        if (spec.Sign != '\0')
        {
            throw PyErr.ValueError(spec.Sign == ' '
                ? "Space not allowed in string format specifier"
                : "Sign not allowed in string format specifier");
        }
        if (spec.NoNegativeZero) throw PyErr.ValueError("Negative zero coercion (z) not allowed in string format specifier");
        if (spec.Alternate) throw PyErr.ValueError("Alternate form (#) not allowed in string format specifier");
        if (spec.Align == '=') throw PyErr.ValueError("'=' alignment not allowed in string format specifier");

        long length = CodePointCount(value);
        if ((spec.Width == -1 || spec.Width <= length) && (spec.Precision == -1 || spec.Precision >= length))
            return value;
        if (spec.Precision >= 0 && length >= spec.Precision)
        {
            value = TakeCodePoints(value, (int)spec.Precision);
            length = spec.Precision;
        }
        return NumberLayout.Pad(value, length, spec.Width, spec.EffectiveAlign('<'), spec.FillText);
    }

    /// <summary>Length in code points (a surrogate pair counts once).</summary>
    internal static long CodePointCount(string s)
    {
        long n = s.Length;
        for (int i = 0; i + 1 < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && char.IsLowSurrogate(s[i + 1]))
            {
                n--;
                i++;
            }
        }
        return n;
    }

    static string TakeCodePoints(string s, int count)
    {
        int i = 0;
        for (int taken = 0; taken < count && i < s.Length; taken++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) i += 2;
            else i++;
        }
        return s[..i];
    }
}
