namespace Ftpy.Objects.Text;

/// <summary>
/// bytes/bytearray's character tests and case changes: ASCII only (CPython's pyctype.h), every
/// byte &gt;= 0x80 is neither letter, digit nor space and is never changed.
/// </summary>
public static class BytesCtype
{
    public static bool IsSpace(byte b) => b is (byte)' ' or (>= (byte)'\t' and <= (byte)'\r');
    public static bool IsUpper(byte b) => b is >= (byte)'A' and <= (byte)'Z';
    public static bool IsLower(byte b) => b is >= (byte)'a' and <= (byte)'z';
    public static bool IsAlpha(byte b) => IsUpper(b) || IsLower(b);
    public static bool IsDigit(byte b) => b is >= (byte)'0' and <= (byte)'9';
    public static bool IsAlnum(byte b) => IsAlpha(b) || IsDigit(b);
    public static byte ToUpper(byte b) => IsLower(b) ? (byte)(b - 32) : b;
    public static byte ToLower(byte b) => IsUpper(b) ? (byte)(b + 32) : b;

    public static bool IsAlpha(ReadOnlySpan<byte> s) => All(s, IsAlpha);
    public static bool IsAlnum(ReadOnlySpan<byte> s) => All(s, IsAlnum);
    public static bool IsDigit(ReadOnlySpan<byte> s) => All(s, IsDigit);
    public static bool IsSpace(ReadOnlySpan<byte> s) => All(s, IsSpace);
    public static bool IsAscii(ReadOnlySpan<byte> s) => System.Text.Ascii.IsValid(s);

    /// <summary>At least one uppercase letter and no lowercase one.</summary>
    public static bool IsUpper(ReadOnlySpan<byte> s)
    {
        bool cased = false;
        foreach (byte b in s)
        {
            if (IsLower(b)) return false;
            cased |= IsUpper(b);
        }
        return cased;
    }

    /// <summary>At least one lowercase letter and no uppercase one.</summary>
    public static bool IsLower(ReadOnlySpan<byte> s)
    {
        bool cased = false;
        foreach (byte b in s)
        {
            if (IsUpper(b)) return false;
            cased |= IsLower(b);
        }
        return cased;
    }

    /// <summary>Uppercase only after uncased bytes, lowercase only after cased ones, at least one cased.</summary>
    public static bool IsTitle(ReadOnlySpan<byte> s)
    {
        bool cased = false, previousIsCased = false;
        foreach (byte b in s)
        {
            if (IsUpper(b))
            {
                if (previousIsCased) return false;
                previousIsCased = cased = true;
            }
            else if (IsLower(b))
            {
                if (!previousIsCased) return false;
                previousIsCased = cased = true;
            }
            else previousIsCased = false;
        }
        return cased;
    }

    public static byte[] Upper(ReadOnlySpan<byte> s) => Map(s, ToUpper);
    public static byte[] Lower(ReadOnlySpan<byte> s) => Map(s, ToLower);
    public static byte[] Swapcase(ReadOnlySpan<byte> s) => Map(s, b => IsUpper(b) ? ToLower(b) : ToUpper(b));

    /// <summary>The first byte uppercased, the rest lowercased.</summary>
    public static byte[] Capitalize(ReadOnlySpan<byte> s)
    {
        byte[] result = Map(s, ToLower);
        if (result.Length > 0) result[0] = ToUpper(s[0]);
        return result;
    }

    /// <summary>A letter after a letter is lowercased, any other letter uppercased.</summary>
    public static byte[] Title(ReadOnlySpan<byte> s)
    {
        var result = new byte[s.Length];
        bool previousIsCased = false;
        for (int i = 0; i < s.Length; i++)
        {
            byte b = s[i];
            result[i] = previousIsCased ? ToLower(b) : ToUpper(b);
            previousIsCased = IsAlpha(b);
        }
        return result;
    }

    static byte[] Map(ReadOnlySpan<byte> s, Func<byte, byte> map)
    {
        var result = new byte[s.Length];
        for (int i = 0; i < s.Length; i++) result[i] = map(s[i]);
        return result;
    }

    static bool All(ReadOnlySpan<byte> s, Func<byte, bool> test)
    {
        if (s.IsEmpty) return false;
        foreach (byte b in s)
        {
            if (!test(b)) return false;
        }
        return true;
    }
}
