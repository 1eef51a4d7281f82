using System.Text;
using Ftpy.Runtime;

namespace Ftpy.Objects.Numbers;

/// <summary>
/// Lays out a formatted number as CPython's calc_number_widths and fill_number do:
///
///   [lpad][sign][prefix][spad][grouped digits][decimal point][remainder][rpad]
///
/// Only one of the three paddings is ever non-empty. With fill '0' and '=' alignment the
/// padding goes into the digits instead, so separators are inserted into the leading
/// zeros too ("0,001,234").
/// </summary>
internal static class NumberLayout
{
    /// <summary>Longest result we build; beyond it CPython would run out of memory too.</summary>
    public const long MaxResultLength = 1L << 30;

    public static PyException TooLong() => PyErr.MemoryError("");

    /// <param name="signChar">'-' when the number is negative, else '\0'.</param>
    /// <param name="prefix">"0x", "0b", "0o" or "" (upper-cased with <paramref name="upper"/>).</param>
    /// <param name="digits">The digits to group (may be empty, e.g. for inf).</param>
    /// <param name="hasDecimal">Whether a decimal point follows the digits.</param>
    /// <param name="remainder">What follows the point (fraction, exponent, '%', "inf", a 'c' character).</param>
    public static string Build(FormatSpec spec, char align, char signChar, string prefix, string digits,
        bool hasDecimal, string remainder, bool upper)
    {
        char sign = '\0';
        switch (spec.Sign)
        {
            case '+': sign = signChar == '-' ? '-' : '+'; break;
            case ' ': sign = signChar == '-' ? '-' : ' '; break;
            default: if (signChar == '-') sign = '-'; break;
        }
        int nSign = sign == '\0' ? 0 : 1;
        long nonDigit = nSign + prefix.Length + (hasDecimal ? 1 : 0) + StrFormat.CodePointCount(remainder);
        long width = spec.Width;
        long minWidth = spec.Fill == '0' && align == '=' ? width - nonDigit : 0;
        if (minWidth > MaxResultLength) throw TooLong();

        string? separator = spec.Thousands == '\0' ? null : spec.Thousands.ToString();
        string grouped = digits.Length == 0 ? "" : Group(digits, minWidth, separator, spec.GroupSize);

        long padding = width - (nonDigit + grouped.Length);
        if (padding > MaxResultLength) throw TooLong();
        long lpad = 0, spad = 0, rpad = 0;
        if (padding > 0)
        {
            switch (align)
            {
                case '<': rpad = padding; break;
                case '^': lpad = padding / 2; rpad = padding - lpad; break;
                case '=': spad = padding; break;
                default: lpad = padding; break;
            }
        }

        string fill = spec.FillText;
        var sb = new StringBuilder();
        AppendRepeated(sb, fill, lpad);
        if (sign != '\0') sb.Append(sign);
        sb.Append(upper ? prefix.ToUpperInvariant() : prefix);
        AppendRepeated(sb, fill, spad);
        sb.Append(upper ? grouped.ToUpperInvariant() : grouped);
        if (hasDecimal) sb.Append('.');
        sb.Append(remainder);
        AppendRepeated(sb, fill, rpad);
        return sb.ToString();
    }

    public static void AppendRepeated(StringBuilder sb, string fill, long count)
    {
        if (count <= 0) return;
        if (fill.Length == 1) sb.Append(fill[0], (int)count);
        else for (long i = 0; i < count; i++) sb.Append(fill);
    }

    /// <summary>
    /// CPython's _PyUnicode_InsertThousandsGrouping: groups from the right, padding with
    /// zeros (separators included) until <paramref name="minWidth"/> characters are used.
    /// A null separator means no grouping, only zero padding.
    /// </summary>
    public static string Group(string digits, long minWidth, string? separator, int groupSize)
    {
        minWidth = Math.Max(0, minWidth);
        var chunks = new List<string>();
        long remaining = digits.Length;
        bool useSeparator = false;
        bool finished = false;
        long len, zeros, chars;
        if (separator != null)
        {
            while (true)
            {
                len = Math.Min(groupSize, Math.Max(Math.Max(remaining, minWidth), 1));
                zeros = Math.Max(0, len - remaining);
                chars = Math.Max(0, Math.Min(remaining, len));
                if (useSeparator) chunks.Add(separator);
                chunks.Add(new string('0', (int)zeros) + digits.Substring((int)(remaining - chars), (int)chars));
                useSeparator = true;
                remaining -= chars;
                minWidth -= len;
                if (remaining <= 0 && minWidth <= 0)
                {
                    finished = true;
                    break;
                }
                minWidth -= separator.Length;
            }
        }
        if (!finished)
        {
            len = Math.Max(Math.Max(remaining, minWidth), 1);
            zeros = Math.Max(0, len - remaining);
            chars = Math.Max(0, Math.Min(remaining, len));
            if (useSeparator) chunks.Add(separator!);
            chunks.Add(new string('0', (int)zeros) + digits.Substring((int)(remaining - chars), (int)chars));
        }
        var sb = new StringBuilder();
        for (int i = chunks.Count - 1; i >= 0; i--) sb.Append(chunks[i]);
        return sb.ToString();
    }

    /// <summary>Splits formatted float text into leading digits, decimal point and the rest (CPython's parse_number).</summary>
    public static void SplitNumber(string text, int start, out string digits, out bool hasDecimal, out string remainder)
    {
        int pos = start;
        while (pos < text.Length && text[pos] >= '0' && text[pos] <= '9') pos++;
        digits = text[start..pos];
        hasDecimal = pos < text.Length && text[pos] == '.';
        if (hasDecimal) pos++;
        remainder = text[pos..];
    }

    /// <summary>Pads text of <paramref name="length"/> code points to the width (CPython's calc_padding).</summary>
    public static string Pad(string text, long length, long width, char align, string fill)
    {
        long total = width >= 0 && length < width ? width : length;
        if (total - length > MaxResultLength) throw TooLong();
        long left = align switch
        {
            '>' => total - length,
            '^' => (total - length) / 2,
            _ => 0,
        };
        long right = total - length - left;
        if (left == 0 && right == 0) return text;
        var sb = new StringBuilder();
        AppendRepeated(sb, fill, left);
        sb.Append(text);
        AppendRepeated(sb, fill, right);
        return sb.ToString();
    }
}
