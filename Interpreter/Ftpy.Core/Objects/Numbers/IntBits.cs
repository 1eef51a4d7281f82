using System.Numerics;
using Ftpy.Runtime;

namespace Ftpy.Objects.Numbers;

/// <summary>
/// Shifts, bit counts and byte conversions of ints. Ints behave as infinite two's
/// complement: a right shift rounds toward negative infinity.
/// </summary>
public static class IntBits
{
    /// <summary>a &lt;&lt; n when the result fits a long.</summary>
    public static bool TryLeftShift(long a, long n, out long result)
    {
        if (n < 0) throw PyErr.ValueError("negative shift count");
        if (a == 0) { result = 0; return true; }
        if (n >= 64) { result = 0; return false; }
        result = a << (int)n;
        return result >> (int)n == a;
    }

    public static long RightShift(long a, long n)
    {
        if (n < 0) throw PyErr.ValueError("negative shift count");
        return n >= 63 ? (a < 0 ? -1 : 0) : a >> (int)n;
    }

    public static BigInteger LeftShift(BigInteger a, BigInteger n)
    {
        if (n.Sign < 0) throw PyErr.ValueError("negative shift count");
        if (a.IsZero) return a;
        if (n > IntPow.MaxBits || (long)a.GetBitLength() + (long)n > IntPow.MaxBits) throw PyErr.MemoryError("");
        return a << (int)n;
    }

    public static BigInteger RightShift(BigInteger a, BigInteger n)
    {
        if (n.Sign < 0) throw PyErr.ValueError("negative shift count");
        if (n >= a.GetBitLength()) return a.Sign < 0 ? BigInteger.MinusOne : BigInteger.Zero;
        return a >> (int)n;
    }

    /// <summary>int.bit_length(): bits of |a|.</summary>
    public static long BitLength(BigInteger a) => (long)BigInteger.Abs(a).GetBitLength();

    public static long BitLength(long a) => a == long.MinValue ? 64 : 64 - BitOperations.LeadingZeroCount((ulong)Math.Abs(a));

    /// <summary>int.bit_count(): ones in the binary form of |a|.</summary>
    public static long BitCount(BigInteger a)
    {
        if (a >= long.MinValue && a <= long.MaxValue) return BitCount((long)a);
        long count = 0;
        foreach (byte b in BigInteger.Abs(a).ToByteArray(isUnsigned: true)) count += BitOperations.PopCount(b);
        return count;
    }

    public static long BitCount(long a) => BitOperations.PopCount(a == long.MinValue ? 1UL << 63 : (ulong)Math.Abs(a));

    static bool LittleEndian(string byteorder) => byteorder switch
    {
        "little" => true,
        "big" => false,
        _ => throw PyErr.ValueError("byteorder must be either 'little' or 'big'"),
    };

    /// <summary>int.to_bytes(length, byteorder, signed=...).</summary>
    public static byte[] ToBytes(BigInteger value, long length, string byteorder, bool signed)
    {
        bool little = LittleEndian(byteorder);
        if (length < 0) throw PyErr.ValueError("length argument must be non-negative");
        if (length > Array.MaxLength) throw PyErr.MemoryError("");
        if (!signed && value.Sign < 0) throw PyErr.OverflowError("can't convert negative int to unsigned");
        // Two's complement needs GetByteCount bytes; -1 and 0 need none (CPython stores no sign byte for them).
        long needed = value.IsZero || value == BigInteger.MinusOne ? 0 : value.GetByteCount(isUnsigned: !signed);
        if (needed > length) throw PyErr.OverflowError("int too big to convert");
        var result = new byte[length];
        if (length == 0) return result;
        byte[] raw = value.ToByteArray(isUnsigned: !signed, isBigEndian: false);
        byte fill = value.Sign < 0 ? (byte)0xFF : (byte)0;
        for (long i = 0; i < length; i++)
        {
            byte b = i < raw.Length ? raw[i] : fill;
            result[little ? i : length - 1 - i] = b;
        }
        return result;
    }

    /// <summary>int.from_bytes(bytes, byteorder, signed=...).</summary>
    public static BigInteger FromBytes(ReadOnlySpan<byte> bytes, string byteorder, bool signed)
    {
        bool little = LittleEndian(byteorder);
        if (bytes.Length == 0) return BigInteger.Zero;
        return new BigInteger(bytes, isUnsigned: !signed, isBigEndian: !little);
    }
}
