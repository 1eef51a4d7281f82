using System.Globalization;
using System.Numerics;
using System.Text;
using Ftpy.Runtime;

namespace Ftpy.Objects.Numbers;

/// <summary>
/// int to text in any base. Decimal conversion of large values is divide and conquer
/// (split by a cached power of ten, convert both halves), so it costs a few big divisions
/// rather than .NET's quadratic digit loop. Power-of-two bases are linear bit slicing.
///
/// The decimal digit limit (sys.set_int_max_str_digits) is applied exactly where and
/// how CPython applies it, including its cheap pre-check on the number of 30-bit digits.
/// </summary>
public static class IntText
{
    const string DigitChars = "0123456789abcdefghijklmnopqrstuvwxyz";
    /// <summary>Below this many bits .NET's own conversion is as fast as splitting.</summary>
    const long SmallBits = 4096;
    /// <summary>Decimal digits in the smallest cached power of ten; cache entry i is 10**(Chunk * 2**i).</summary>
    const int Chunk = 512;

    public static string ToString(long value, int @base = 10)
    {
        if (@base == 10) return value.ToString(CultureInfo.InvariantCulture);
        return ToString(new BigInteger(value), @base);
    }

    /// <summary>
    /// Digits of <paramref name="value"/> in base 2..36 with a leading '-' for negatives and
    /// no prefix. In base 10, <paramref name="maxStrDigits"/> > 0 limits the digit count.
    /// </summary>
    public static string ToString(BigInteger value, int @base = 10, int maxStrDigits = 0)
    {
        if (@base < 2 || @base > 36) throw new ArgumentOutOfRangeException(nameof(@base));
        bool negative = value.Sign < 0;
        BigInteger abs = BigInteger.Abs(value);
        string digits;
        if (@base == 10)
        {
            CheckDecimalLimitBefore(abs, maxStrDigits);
            digits = ToDecimal(abs);
            CheckDecimalLimitAfter(abs, digits.Length, maxStrDigits);
        }
        else if ((@base & (@base - 1)) == 0) digits = ToPowerOfTwoBase(abs, @base);
        else digits = ToOtherBase(abs, @base);
        return negative ? "-" + digits : digits;
    }

    /// <summary>bin()/oct()/hex() text: sign, then "0b"/"0o"/"0x", then digits; decimal has no prefix.</summary>
    public static string ToPrefixedString(BigInteger value, int @base, int maxStrDigits = 0)
    {
        string prefix = @base switch
        {
            2 => "0b",
            8 => "0o",
            16 => "0x",
            10 => "",
            _ => throw new ArgumentOutOfRangeException(nameof(@base)),
        };
        string digits = ToString(BigInteger.Abs(value), @base, maxStrDigits);
        return value.Sign < 0 ? "-" + prefix + digits : prefix + digits;
    }

    static PyException LimitError(int maxStrDigits) => PyErr.ValueError(
        $"Exceeds the limit ({maxStrDigits} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");

    /// <summary>Number of CPython 30-bit digits in |value|.</summary>
    static long CPythonDigitCount(BigInteger abs) => (long)((abs.GetBitLength() + 29) / 30);

    static void CheckDecimalLimitBefore(BigInteger abs, int maxStrDigits)
    {
        if (maxStrDigits <= 0) return;
        long sizeA = CPythonDigitCount(abs);
        if (sizeA >= 10 * Limits.MaxStrDigitsThreshold / 90 + 2 && maxStrDigits / 90 <= (sizeA - 11) / 10)
            throw LimitError(maxStrDigits);
    }

    static void CheckDecimalLimitAfter(BigInteger abs, int digitCount, int maxStrDigits)
    {
        if (maxStrDigits <= 0) return;
        // CPython hands values of more than 1000 30-bit digits to its _pylong module, which
        // converts without a second check; only the pre-check above applies to them.
        if (CPythonDigitCount(abs) > 1000) return;
        if (digitCount > Limits.MaxStrDigitsThreshold && digitCount > maxStrDigits)
            throw LimitError(maxStrDigits);
    }

    static string ToDecimal(BigInteger abs)
    {
        if (abs <= ulong.MaxValue) return ((ulong)abs).ToString(CultureInfo.InvariantCulture);
        if (abs.GetBitLength() < SmallBits) return abs.ToString(CultureInfo.InvariantCulture);
        var sb = new StringBuilder((int)(abs.GetBitLength() * 0.30103) + 2);
        AppendDecimal(sb, abs, 0);
        return sb.ToString();
    }

    /// <summary>Appends the digits of abs, left-padded with zeros to <paramref name="width"/>.</summary>
    static void AppendDecimal(StringBuilder sb, BigInteger abs, long width)
    {
        long bits = (long)abs.GetBitLength();
        if (bits < SmallBits)
        {
            string s = abs.IsZero ? "" : abs.ToString(CultureInfo.InvariantCulture);
            if (width > s.Length) sb.Append('0', (int)(width - s.Length));
            sb.Append(s);
            return;
        }
        // 10**lower <= abs, so the high part is never zero and never padded at the top.
        long lower = (long)((bits - 1) * 0.30102999566398120) - 1;
        int level = 0;
        while ((long)Chunk << (level + 1) <= lower) level++;
        long splitDigits = (long)Chunk << level;
        BigInteger q = BigInteger.DivRem(abs, PowerOfTen(level), out BigInteger r);
        AppendDecimal(sb, q, width - splitDigits);
        AppendDecimal(sb, r, splitDigits);
    }

    sealed class PowerBox(BigInteger value)
    {
        public readonly BigInteger Value = value;
    }

    /// <summary>10**(Chunk * 2**level). Entries are immutable boxes, so racing writers are harmless.</summary>
    static readonly PowerBox?[] PowerCache = new PowerBox?[40];

    static BigInteger PowerOfTen(int level)
    {
        var box = Volatile.Read(ref PowerCache[level]);
        if (box != null) return box.Value;
        BigInteger value = level == 0 ? BigInteger.Pow(10, Chunk) : BigInteger.Pow(PowerOfTen(level - 1), 2);
        Volatile.Write(ref PowerCache[level], new PowerBox(value));
        return value;
    }

    static string ToPowerOfTwoBase(BigInteger abs, int @base)
    {
        if (abs.IsZero) return "0";
        int bitsPerDigit = BitOperations.Log2((uint)@base);
        byte[] bytes = abs.ToByteArray(isUnsigned: true, isBigEndian: false);
        long totalBits = (long)abs.GetBitLength();
        long digitCount = (totalBits + bitsPerDigit - 1) / bitsPerDigit;
        if (digitCount > NumberLayout.MaxResultLength) throw NumberLayout.TooLong();
        var chars = new char[digitCount];
        for (long i = 0; i < digitCount; i++)
        {
            long bit = i * bitsPerDigit;
            int digit = 0;
            for (int b = 0; b < bitsPerDigit; b++)
            {
                long at = bit + b;
                if (at >= totalBits) break;
                if ((bytes[at >> 3] >> (int)(at & 7) & 1) != 0) digit |= 1 << b;
            }
            chars[digitCount - 1 - i] = DigitChars[digit];
        }
        return new string(chars);
    }

    static string ToOtherBase(BigInteger abs, int @base)
    {
        if (abs.IsZero) return "0";
        // Peel off as many digits at a time as fit in a ulong.
        int perChunk = 1;
        ulong chunkBase = (ulong)@base;
        while (chunkBase <= ulong.MaxValue / (ulong)@base)
        {
            chunkBase *= (ulong)@base;
            perChunk++;
        }
        var parts = new List<ulong>();
        BigInteger n = abs;
        while (!n.IsZero)
        {
            n = BigInteger.DivRem(n, chunkBase, out BigInteger rem);
            parts.Add((ulong)rem);
        }
        var sb = new StringBuilder();
        for (int i = parts.Count - 1; i >= 0; i--)
        {
            var chunk = new char[perChunk];
            ulong p = parts[i];
            for (int j = perChunk - 1; j >= 0; j--)
            {
                chunk[j] = DigitChars[(int)(p % (ulong)@base)];
                p /= (ulong)@base;
            }
            int start = 0;
            if (i == parts.Count - 1)
                while (start < perChunk - 1 && chunk[start] == '0') start++;
            sb.Append(chunk, start, perChunk - start);
        }
        return sb.ToString();
    }
}
