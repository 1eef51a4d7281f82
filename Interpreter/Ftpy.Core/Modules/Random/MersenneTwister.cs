using System.Numerics;

namespace Ftpy.Modules.Random;

/// <summary>
/// MT19937, the 32-bit Mersenne Twister of Matsumoto and Nishimura, seeded the way CPython's
/// _random module seeds it (init_by_array over the 32-bit words of the seed) so every stream
/// is bit-for-bit CPython's. Invariant: 0 ≤ <see cref="Index"/> ≤ N; Index == N means the
/// next draw regenerates the whole state block.
/// </summary>
public sealed class MersenneTwister
{
    public const int N = 624;
    const int M = 397;
    const uint MatrixA = 0x9908b0df;
    const uint UpperMask = 0x80000000;
    const uint LowerMask = 0x7fffffff;

    public readonly uint[] State = new uint[N];
    public int Index;

    void InitGenrand(uint seed)
    {
        var mt = State;
        mt[0] = seed;
        for (int i = 1; i < N; i++)
            mt[i] = unchecked(1812433253u * (mt[i - 1] ^ (mt[i - 1] >> 30)) + (uint)i);
        Index = N;
    }

    /// <summary>Seeds from an array of 32-bit words (least significant word first).</summary>
    public void InitByArray(ReadOnlySpan<uint> key)
    {
        var mt = State;
        InitGenrand(19650218u);
        int i = 1, j = 0;
        int keyLength = key.Length;
        for (int k = System.Math.Max(N, keyLength); k > 0; k--)
        {
            mt[i] = unchecked((mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525u)) + key[j] + (uint)j);
            i++;
            j++;
            if (i >= N) { mt[0] = mt[N - 1]; i = 1; }
            if (j >= keyLength) j = 0;
        }
        for (int k = N - 1; k > 0; k--)
        {
            mt[i] = unchecked((mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941u)) - (uint)i);
            i++;
            if (i >= N) { mt[0] = mt[N - 1]; i = 1; }
        }
        mt[0] = 0x80000000u;
    }

    /// <summary>Seeds from an integer as CPython does: the 32-bit words of its absolute value.</summary>
    public void SeedFromInteger(BigInteger n)
    {
        n = BigInteger.Abs(n);
        if (n.IsZero)
        {
            InitByArray(stackalloc uint[1] { 0 });
            return;
        }
        var bytes = n.ToByteArray(isUnsigned: true, isBigEndian: false);
        var key = new uint[(bytes.Length + 3) / 4];
        for (int b = 0; b < bytes.Length; b++) key[b / 4] |= (uint)bytes[b] << (8 * (b % 4));
        InitByArray(key);
    }

    /// <summary>getrandbits(k) for k ≥ 0: 32-bit words least significant first, the last one
    /// keeping its most significant bits.</summary>
    public BigInteger NextBits(int k)
    {
        if (k <= 0) return BigInteger.Zero;
        if (k <= 32) return NextUInt32() >> (32 - k);
        int words = (k - 1) / 32 + 1;
        var bytes = new byte[words * 4];
        for (int w = 0; w < words; w++, k -= 32)
        {
            uint r = NextUInt32();
            if (k < 32) r >>= 32 - k;
            bytes[w * 4] = (byte)r;
            bytes[w * 4 + 1] = (byte)(r >> 8);
            bytes[w * 4 + 2] = (byte)(r >> 16);
            bytes[w * 4 + 3] = (byte)(r >> 24);
        }
        return new BigInteger(bytes, isUnsigned: true, isBigEndian: false);
    }

    /// <summary>The next 32 random bits.</summary>
    public uint NextUInt32()
    {
        int index = Index;
        if (index >= N)
        {
            Generate();
            index = 0;
        }
        uint y = State[index];
        Index = index + 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c5680u;
        y ^= (y << 15) & 0xefc60000u;
        y ^= y >> 18;
        return y;
    }

    void Generate()
    {
        var mt = State;
        int kk;
        uint y;
        for (kk = 0; kk < N - M; kk++)
        {
            y = (mt[kk] & UpperMask) | (mt[kk + 1] & LowerMask);
            mt[kk] = mt[kk + M] ^ (y >> 1) ^ ((y & 1) != 0 ? MatrixA : 0);
        }
        for (; kk < N - 1; kk++)
        {
            y = (mt[kk] & UpperMask) | (mt[kk + 1] & LowerMask);
            mt[kk] = mt[kk + (M - N)] ^ (y >> 1) ^ ((y & 1) != 0 ? MatrixA : 0);
        }
        y = (mt[N - 1] & UpperMask) | (mt[0] & LowerMask);
        mt[N - 1] = mt[M - 1] ^ (y >> 1) ^ ((y & 1) != 0 ? MatrixA : 0);
    }

    /// <summary>A double in [0, 1) with 53 random bits (genrand_res53).</summary>
    public double NextDouble()
    {
        uint a = NextUInt32() >> 5, b = NextUInt32() >> 6;
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }
}
