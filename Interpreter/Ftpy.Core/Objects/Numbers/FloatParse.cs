using System.Globalization;
using Ftpy.Objects.Text;
using Ftpy.Runtime;

namespace Ftpy.Objects.Numbers;

/// <summary>
/// float(str): surrounding white space, a sign, decimal digits with an optional point and
/// exponent, or inf / infinity / nan in any case. Underscores may only stand between two
/// digits. Unicode decimal digits and spaces count as their ASCII forms. Decimal to binary
/// conversion is correctly rounded.
/// </summary>
public static class FloatParse
{
    /// <param name="reprForError">What the error message quotes; by default repr(s). Pass the bytes repr for float(b"...").</param>
    public static double Parse(string s, string? reprForError = null)
    {
        string ascii = NumericText.ToAsciiDigitsAndSpaces(s);
        if (ascii.Contains('_') && !TryRemoveUnderscores(ascii, out ascii)) throw Error(s, reprForError);
        int start = 0, end = ascii.Length;
        while (start < end && NumericText.IsAsciiSpace(ascii[start])) start++;
        while (end > start + 1 && NumericText.IsAsciiSpace(ascii[end - 1])) end--;
        if (!TryParsePrefix(ascii, start, end, out int stop, out double value) || stop != end) throw Error(s, reprForError);
        return value;
    }

    /// <summary>float(bytes): ASCII only (no Unicode digits or spaces); the error quotes <paramref name="bytesRepr"/>.</summary>
    public static double ParseBytes(ReadOnlySpan<byte> bytes, string bytesRepr) =>
        Parse(NumericText.AsciiOnly(bytes), bytesRepr);

    static PyException Error(string original, string? reprForError) =>
        PyErr.ValueError($"could not convert string to float: {reprForError ?? StrRepr.Repr(original)}");

    /// <summary>
    /// CPython's check for underscores in numeric strings: each must follow and precede a
    /// digit. Gives the text without them; false when one is misplaced.
    /// </summary>
    internal static bool TryRemoveUnderscores(string s, out string result)
    {
        result = s;
        var chars = new char[s.Length];
        int n = 0;
        char prev = '\0';
        foreach (char c in s)
        {
            if (c == '_')
            {
                if (!(prev >= '0' && prev <= '9')) return false;
            }
            else
            {
                chars[n++] = c;
                if (prev == '_' && !(c >= '0' && c <= '9')) return false;
            }
            prev = c;
        }
        if (prev == '_') return false;
        result = new string(chars, 0, n);
        return true;
    }

    /// <summary>
    /// Reads the longest float literal starting at <paramref name="start"/> (no leading
    /// space): [sign] digits [. digits] [e [sign] digits], or [sign] inf/infinity/nan.
    /// Returns false when nothing there is a number.
    /// </summary>
    internal static bool TryParsePrefix(string s, int start, int end, out int stop, out double value)
    {
        int pos = start;
        bool negative = false;
        if (pos < end && (s[pos] == '+' || s[pos] == '-'))
        {
            negative = s[pos] == '-';
            pos++;
        }
        int mantissaStart = pos;
        int digits = 0;
        while (pos < end && IsDigit(s[pos])) { pos++; digits++; }
        if (pos < end && s[pos] == '.')
        {
            pos++;
            while (pos < end && IsDigit(s[pos])) { pos++; digits++; }
        }
        if (digits == 0)
        {
            return TryParseSpecial(s, mantissaStart, end, negative, out stop, out value);
        }
        int mantissaEnd = pos;
        if (pos < end && (s[pos] == 'e' || s[pos] == 'E'))
        {
            int e = pos + 1;
            if (e < end && (s[e] == '+' || s[e] == '-')) e++;
            int expDigits = e;
            while (e < end && IsDigit(s[e])) e++;
            if (e > expDigits) pos = e;
        }
        stop = pos;
        value = ParseDecimal(s.AsSpan(mantissaStart, mantissaEnd - mantissaStart), s.AsSpan(mantissaEnd, pos - mantissaEnd));
        if (negative) value = -value;
        return true;
    }

    static bool IsDigit(char c) => c >= '0' && c <= '9';

    static double ParseDecimal(ReadOnlySpan<char> mantissa, ReadOnlySpan<char> exponentPart)
    {
        if (exponentPart.Length > 0 && ExponentIsExtreme(exponentPart[1..], out bool huge))
        {
            foreach (char c in mantissa)
            {
                if (c >= '1' && c <= '9') return huge ? double.PositiveInfinity : 0.0;
            }
            return 0.0;
        }
        string text = string.Concat(mantissa, exponentPart);
        return double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    /// <summary>An exponent too large for .NET's parser: the value is 0 or infinite whatever the mantissa (when nonzero).</summary>
    static bool ExponentIsExtreme(ReadOnlySpan<char> exponent, out bool huge)
    {
        bool negative = exponent.Length > 0 && exponent[0] == '-';
        if (exponent.Length > 0 && (exponent[0] == '+' || exponent[0] == '-')) exponent = exponent[1..];
        while (exponent.Length > 1 && exponent[0] == '0') exponent = exponent[1..];
        huge = !negative;
        return exponent.Length > 9;
    }

    static bool TryParseSpecial(string s, int pos, int end, bool negative, out int stop, out double value)
    {
        value = 0;
        stop = pos;
        if (Matches(s, pos, end, "inf"))
        {
            stop = pos + 3;
            if (Matches(s, stop, end, "inity")) stop += 5;
            value = negative ? double.NegativeInfinity : double.PositiveInfinity;
            return true;
        }
        if (Matches(s, pos, end, "nan"))
        {
            stop = pos + 3;
            value = negative ? DoubleBits.NegativeNaN : DoubleBits.PositiveNaN;
            return true;
        }
        return false;
    }

    static bool Matches(string s, int pos, int end, string word)
    {
        if (end - pos < word.Length) return false;
        for (int i = 0; i < word.Length; i++)
        {
            if (char.ToLowerInvariant(s[pos + i]) != word[i]) return false;
        }
        return true;
    }
}
