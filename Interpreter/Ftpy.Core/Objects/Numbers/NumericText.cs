using System.Globalization;
using System.Text;

namespace Ftpy.Objects.Numbers;

/// <summary>
/// Character classes that Python's number parsers use: Unicode decimal digits (category Nd)
/// count as digits and Unicode white space as space, as CPython's
/// _PyUnicode_TransformDecimalAndSpaceToASCII arranges before parsing.
/// </summary>
public static class NumericText
{
    /// <summary>The decimal value of a code point of category Nd, else -1.</summary>
    public static int DecimalValue(int cp)
    {
        if (cp >= '0' && cp <= '9') return cp - '0';
        if (cp < 128 || !Rune.IsValid(cp)) return -1;
        var rune = new Rune(cp);
        if (Rune.GetUnicodeCategory(rune) != UnicodeCategory.DecimalDigitNumber) return -1;
        return (int)Rune.GetNumericValue(rune);
    }

    /// <summary>Python's str.isspace for one code point.</summary>
    public static bool IsSpace(int cp) => cp switch
    {
        >= 0x09 and <= 0x0D => true,
        >= 0x1C and <= 0x20 => true,
        0x85 or 0xA0 or 0x1680 => true,
        >= 0x2000 and <= 0x200A => true,
        0x2028 or 0x2029 or 0x202F or 0x205F or 0x3000 => true,
        _ => false,
    };

    /// <summary>The ASCII white space of C's isspace, which the parsers strip (Py_ISSPACE).</summary>
    public static bool IsAsciiSpace(char c) => c == ' ' || (c >= '\t' && c <= '\r');

    /// <summary>Bytes as parser text: ASCII kept, every other byte '?' (which no parser accepts).</summary>
    public static string AsciiOnly(ReadOnlySpan<byte> bytes)
    {
        var chars = new char[bytes.Length];
        for (int i = 0; i < bytes.Length; i++) chars[i] = bytes[i] < 128 ? (char)bytes[i] : '?';
        return new string(chars);
    }

    /// <summary>
    /// Maps non-ASCII decimal digits to '0'..'9', non-ASCII white space to ' ', and any
    /// other non-ASCII code point to '?' (which no parser accepts); ASCII is kept as is.
    /// </summary>
    public static string ToAsciiDigitsAndSpaces(string s)
    {
        bool ascii = true;
        foreach (char c in s)
        {
            if (c >= 128) { ascii = false; break; }
        }
        if (ascii) return s;
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            int cp = s[i];
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                cp = char.ConvertToUtf32(s[i], s[i + 1]);
                i++;
            }
            if (cp < 128) { sb.Append((char)cp); continue; }
            if (IsSpace(cp)) { sb.Append(' '); continue; }
            int d = DecimalValue(cp);
            sb.Append(d >= 0 ? (char)('0' + d) : '?');
        }
        return sb.ToString();
    }
}
