using System.Globalization;
using System.Numerics;
using Ftpy.Objects.Text;
using Ftpy.Runtime;

namespace Ftpy.Objects.Numbers;

/// <summary>
/// int(str, base): white space, a sign, an optional 0x/0o/0b prefix matching the base (base
/// 0 takes the base from the prefix and rejects other leading zeros), digits with single
/// underscores between them (one may follow the prefix). Unicode decimal digits and spaces
/// count as their ASCII forms. Bases that are not powers of two obey the digit limit.
/// </summary>
public static class IntParse
{
    /// <param name="maxStrDigits">sys.get_int_max_str_digits(); 0 means no limit.</param>
    /// <param name="reprForError">What the error message quotes; by default repr(s). Pass the bytes repr for int(b"...").</param>
    public static BigInteger Parse(string s, int @base = 10, int maxStrDigits = 0, string? reprForError = null)
    {
        if ((@base != 0 && @base < 2) || @base > 36)
            throw PyErr.ValueError("int() base must be >= 2 and <= 36, or 0");
        string a = NumericText.ToAsciiDigitsAndSpaces(s);
        int pos = 0, end = a.Length;
        while (pos < end && NumericText.IsAsciiSpace(a[pos])) pos++;
        bool negative = false;
        if (pos < end && a[pos] == '+') pos++;
        else if (pos < end && a[pos] == '-')
        {
            negative = true;
            pos++;
        }

        int b = @base;
        bool errorIfNonzero = false;
        if (b == 0)
        {
            if (pos >= end || a[pos] != '0') b = 10;
            else if (pos + 1 < end && a[pos + 1] is 'x' or 'X') b = 16;
            else if (pos + 1 < end && a[pos + 1] is 'o' or 'O') b = 8;
            else if (pos + 1 < end && a[pos + 1] is 'b' or 'B') b = 2;
            else
            {
                // A C-style octal literal: only zero is allowed.
                errorIfNonzero = true;
                b = 10;
            }
        }
        if (pos + 1 < end && a[pos] == '0' &&
            ((b == 16 && a[pos + 1] is 'x' or 'X') || (b == 8 && a[pos + 1] is 'o' or 'O') || (b == 2 && a[pos + 1] is 'b' or 'B')))
        {
            pos += 2;
            if (pos < end && a[pos] == '_') pos++;
        }

        int start = pos;
        if (pos < end && a[pos] == '_') throw Invalid(s, @base, reprForError);
        char prev = '\0';
        long digits = 0;
        while (pos < end && (DigitValue(a[pos]) < b || a[pos] == '_'))
        {
            if (a[pos] == '_')
            {
                if (prev == '_') throw Invalid(s, @base, reprForError);
            }
            else digits++;
            prev = a[pos];
            pos++;
        }
        if (prev == '_' || pos == start) throw Invalid(s, @base, reprForError);
        int digitsEnd = pos;
        while (pos < end && NumericText.IsAsciiSpace(a[pos])) pos++;
        if (pos != end) throw Invalid(s, @base, reprForError);

        if ((b & (b - 1)) != 0 && digits > Limits.MaxStrDigitsThreshold && maxStrDigits > 0 && digits > maxStrDigits)
            throw PyErr.ValueError(
                $"Exceeds the limit ({maxStrDigits} digits) for integer string conversion: value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit");

        string text = a.Substring(start, digitsEnd - start);
        if (prev != '\0' && text.Contains('_')) text = text.Replace("_", "");
        BigInteger value = Convert(text, b);
        if (errorIfNonzero && !value.IsZero) throw Invalid(s, @base, reprForError);
        return negative ? -value : value;
    }

    /// <summary>int(bytes, base): ASCII only (no Unicode digits or spaces); the error quotes <paramref name="bytesRepr"/>.</summary>
    public static BigInteger ParseBytes(ReadOnlySpan<byte> bytes, int @base, int maxStrDigits, string bytesRepr) =>
        Parse(NumericText.AsciiOnly(bytes), @base, maxStrDigits, bytesRepr);

    static PyException Invalid(string s, int @base, string? reprForError)
    {
        string repr = reprForError ?? StrRepr.Repr(s);
        if (repr.Length > 200) repr = repr[..200];
        return PyErr.ValueError($"invalid literal for int() with base {@base}: {repr}");
    }

    /// <summary>Value of an ASCII digit or letter (36 for anything else).</summary>
    static int DigitValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'z' => c - 'a' + 10,
        >= 'A' and <= 'Z' => c - 'A' + 10,
        _ => 36,
    };

    static BigInteger Convert(string digits, int b)
    {
        if (b == 10)
        {
            if (digits.Length <= 18) return long.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
            return BigInteger.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
        }
        if ((b & (b - 1)) == 0) return ConvertPowerOfTwo(digits, b);
        return ConvertOther(digits, b);
    }

    static BigInteger ConvertPowerOfTwo(string digits, int b)
    {
        int bitsPerDigit = BitOperations.Log2((uint)b);
        long totalBits = (long)digits.Length * bitsPerDigit;
        var bytes = new byte[totalBits / 8 + 2];
        long bit = 0;
        for (int i = digits.Length - 1; i >= 0; i--, bit += bitsPerDigit)
        {
            int d = DigitValue(digits[i]);
            for (int k = 0; k < bitsPerDigit; k++)
            {
                if ((d >> k & 1) != 0)
                {
                    long at = bit + k;
                    bytes[at >> 3] |= (byte)(1 << (int)(at & 7));
                }
            }
        }
        return new BigInteger(bytes, isUnsigned: true, isBigEndian: false);
    }

    static BigInteger ConvertOther(string digits, int b)
    {
        // Gather as many digits as fit a ulong, then multiply-add chunk by chunk.
        int perChunk = 1;
        ulong chunkBase = (ulong)b;
        while (chunkBase <= ulong.MaxValue / (ulong)b)
        {
            chunkBase *= (ulong)b;
            perChunk++;
        }
        BigInteger value = BigInteger.Zero;
        int i = 0;
        while (i < digits.Length)
        {
            int take = Math.Min(perChunk, digits.Length - i);
            ulong chunk = 0, scale = 1;
            for (int k = 0; k < take; k++)
            {
                chunk = chunk * (ulong)b + (ulong)DigitValue(digits[i + k]);
                scale *= (ulong)b;
            }
            value = value * scale + chunk;
            i += take;
        }
        return value;
    }
}
