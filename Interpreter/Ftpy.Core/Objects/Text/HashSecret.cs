using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Ftpy.Objects.Text;

/// <summary>
/// The key of str/bytes hashing (CPython's _Py_HashSecret): 24 bytes, of which SipHash uses
/// the first 16 as two little-endian words. PYTHONHASHSEED=0 means all zero bytes (hash
/// randomization off); another N fills the bytes from CPython's LCG seeded with N; unset
/// or "random" means random bytes.
/// </summary>
public readonly record struct HashSecret(ulong K0, ulong K1)
{
    const int SecretBytes = 24;

    /// <summary>The secret for PYTHONHASHSEED=seed.</summary>
    public static HashSecret FromSeed(uint seed)
    {
        Span<byte> secret = stackalloc byte[SecretBytes];
        if (seed != 0) FillFromLcg(seed, secret);
        else secret.Clear();
        return FromBytes(secret);
    }

    /// <summary>A fresh random secret (randomized hashing, the default).</summary>
    public static HashSecret Random()
    {
        Span<byte> secret = stackalloc byte[SecretBytes];
        RandomNumberGenerator.Fill(secret);
        return FromBytes(secret);
    }

    /// <summary>
    /// The secret for a PYTHONHASHSEED value (null or empty when unset). Returns false for
    /// values CPython rejects at startup with "PYTHONHASHSEED must be "random" or an integer
    /// in range [0; 4294967295]".
    /// </summary>
    public static bool TryFromEnvironment(string? value, out HashSecret secret)
    {
        if (string.IsNullOrEmpty(value) || value == "random")
        {
            secret = Random();
            return true;
        }
        if (TryParseSeed(value, out uint seed))
        {
            secret = FromSeed(seed);
            return true;
        }
        secret = default;
        return false;
    }

    // C's strtoul, as CPython reads the variable: leading whitespace, an optional sign (a
    // negated value wraps, so only "-0" survives the range check), digits, nothing after.
    static bool TryParseSeed(string text, out uint seed)
    {
        seed = 0;
        int i = 0;
        while (i < text.Length && text[i] is ' ' or (>= '\t' and <= '\r')) i++;
        bool negative = false;
        if (i < text.Length && text[i] is '+' or '-') negative = text[i++] == '-';
        int digitsStart = i;
        ulong value = 0;
        for (; i < text.Length && char.IsAsciiDigit(text[i]); i++)
        {
            if (value > (ulong.MaxValue - (ulong)(text[i] - '0')) / 10) return false;
            value = value * 10 + (ulong)(text[i] - '0');
        }
        if (i == digitsStart || i != text.Length) return false;
        if (negative) value = unchecked(0 - value);
        if (value > uint.MaxValue) return false;
        seed = (uint)value;
        return true;
    }

    // CPython's lcg_urandom: x = x * 214013 + 2531011 (mod 2**32), each byte is bits 16..23.
    static void FillFromLcg(uint x, Span<byte> buffer)
    {
        for (int i = 0; i < buffer.Length; i++)
        {
            x = unchecked(x * 214013 + 2531011);
            buffer[i] = (byte)(x >> 16);
        }
    }

    static HashSecret FromBytes(ReadOnlySpan<byte> secret) =>
        new(BinaryPrimitives.ReadUInt64LittleEndian(secret), BinaryPrimitives.ReadUInt64LittleEndian(secret[8..]));
}
