using Ftpy.Objects.Text;

namespace Ftpy.Objects;

/// <summary>The process-wide hash key for str and bytes (PYTHONHASHSEED semantics). Fixed before
/// any hash is computed, since hashes are cached in objects shared by every interpreter.</summary>
static class StrHashing
{
    static HashSecret s_secret = HashSecret.FromSeed(0);
    static bool s_initialized;

    public static void Initialize(string? pythonHashSeed)
    {
        if (s_initialized) return;
        s_initialized = true;
        s_secret = HashSecret.TryFromEnvironment(pythonHashSeed, out var secret) ? secret : HashSecret.Random();
    }

    public static HashSecret Secret => s_secret;

    public static long Hash(ReadOnlySpan<char> s) => StrHash.Hash(s, s_secret);

    public static long Hash(ReadOnlySpan<byte> b) => BytesHash.Hash(b, s_secret);
}
