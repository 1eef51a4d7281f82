using System.Buffers;
using System.Buffers.Binary;

namespace Ftpy.Objects.Text;

/// <summary>
/// hash(str) as CPython 3.13 computes it: SipHash-1-3 over the PEP 393 form of the string
/// (1 byte per code point when all are below 256, else 2 bytes little-endian when all are
/// below 65536, else 4 bytes), so the value depends on code points, not on UTF-16.
/// The empty string hashes to 0 and -1 becomes -2 (-1 is CPython's error marker).
/// </summary>
public static class StrHash
{
    public static long Hash(ReadOnlySpan<char> s, HashSecret secret)
    {
        if (s.IsEmpty) return 0;
        int maxUnit = 0;
        bool pairs = false;
        foreach (char c in s)
        {
            if (c > maxUnit) maxUnit = c;
        }
        if (maxUnit >= 0xD800) pairs = CodePoints.HasPairs(s);
        int width = pairs ? 4 : maxUnit < 256 ? 1 : 2;
        int count = pairs ? CodePoints.Count(s) : s.Length;

        byte[]? rented = null;
        int size = count * width;
        Span<byte> buffer = size <= 512 ? stackalloc byte[size] : (rented = ArrayPool<byte>.Shared.Rent(size));
        buffer = buffer[..size];
        if (width == 1)
        {
            for (int i = 0; i < s.Length; i++) buffer[i] = (byte)s[i];
        }
        else if (width == 2)
        {
            for (int i = 0; i < s.Length; i++) BinaryPrimitives.WriteUInt16LittleEndian(buffer[(2 * i)..], s[i]);
        }
        else
        {
            for (int i = 0, k = 0; i < s.Length; k += 4)
            {
                BinaryPrimitives.WriteInt32LittleEndian(buffer[k..], CodePoints.At(s, i, out int w));
                i += w;
            }
        }
        long hash = Finish(SipHash13.Hash(secret.K0, secret.K1, buffer));
        if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
        return hash;
    }

    internal static long Finish(ulong hash)
    {
        long h = unchecked((long)hash);
        return h == -1 ? -2 : h;
    }
}

/// <summary>hash(bytes): SipHash-1-3 of the bytes; empty is 0, -1 becomes -2. Equal to hash(str) of the latin-1 text with the same values.</summary>
public static class BytesHash
{
    public static long Hash(ReadOnlySpan<byte> data, HashSecret secret) =>
        data.IsEmpty ? 0 : StrHash.Finish(SipHash13.Hash(secret.K0, secret.K1, data));
}
