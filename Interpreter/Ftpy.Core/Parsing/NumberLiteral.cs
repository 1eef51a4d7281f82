using System.Globalization;

namespace Ftpy.Parsing;

/// <summary>Values of NUMBER tokens: int (BigInteger), float (double) or imaginary (Complex).</summary>
public static class NumberLiteral
{
    /// <summary>Parses a NUMBER token's text. Returns null when a decimal int has more digits
    /// than <paramref name="maxStrDigits"/> (0 = no limit), as CPython refuses those.</summary>
    public static object? Parse(ReadOnlySpan<char> text, int maxStrDigits, out int digits)
    {
        digits = 0;
        Span<char> buf = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        int n = 0;
        foreach (char c in text)
            if (c != '_') buf[n++] = c;
        var s = buf[..n];
        char last = s[^1];
        if (last is 'j' or 'J')
            return new System.Numerics.Complex(0, double.Parse(s[..^1], NumberStyles.Float, CultureInfo.InvariantCulture));
        if (s.Length > 2 && s[0] == '0' && (s[1] | 0x20) is 'x' or 'o' or 'b')
        {
            int radix = (s[1] | 0x20) switch { 'x' => 16, 'o' => 8, _ => 2 };
            return ParseRadix(s[2..], radix);
        }
        if (s.IndexOfAny('.', 'e', 'E') >= 0)
            return double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);
        digits = s.Length;
        if (maxStrDigits > 0 && s.Length > maxStrDigits) return null;
        if (s.Length <= 18) return new System.Numerics.BigInteger(long.Parse(s, CultureInfo.InvariantCulture));
        return System.Numerics.BigInteger.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture);
    }

    static System.Numerics.BigInteger ParseRadix(ReadOnlySpan<char> digits, int radix)
    {
        var value = System.Numerics.BigInteger.Zero;
        ulong chunk = 0;
        int chunkDigits = 0;
        int bitsPerDigit = radix == 16 ? 4 : radix == 8 ? 3 : 1;
        int maxChunk = 60 / bitsPerDigit;
        foreach (char c in digits)
        {
            int d = c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
            chunk = chunk * (ulong)radix + (ulong)d;
            if (++chunkDigits == maxChunk)
            {
                value = (value << (bitsPerDigit * chunkDigits)) + chunk;
                chunk = 0;
                chunkDigits = 0;
            }
        }
        if (chunkDigits > 0) value = (value << (bitsPerDigit * chunkDigits)) + chunk;
        return value;
    }
}
