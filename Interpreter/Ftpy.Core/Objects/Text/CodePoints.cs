using System.Text;

namespace Ftpy.Objects.Text;

/// <summary>
/// Code points over UTF-16 text as PyStr stores it: a high surrogate followed by a low
/// surrogate is one code point above U+FFFF; any other surrogate unit is a lone surrogate
/// and is a code point by itself.
/// </summary>
public static class CodePoints
{
    /// <summary>The code point starting at UTF-16 index i; width is 2 for a pair, else 1.</summary>
    public static int At(ReadOnlySpan<char> s, int i, out int width)
    {
        char c = s[i];
        if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
        {
            width = 2;
            return char.ConvertToUtf32(c, s[i + 1]);
        }
        width = 1;
        return c;
    }

    /// <summary>The code point ending just before UTF-16 index end; width is 2 for a pair, else 1.</summary>
    public static int Before(ReadOnlySpan<char> s, int end, out int width)
    {
        char c = s[end - 1];
        if (char.IsLowSurrogate(c) && end >= 2 && char.IsHighSurrogate(s[end - 2]))
        {
            width = 2;
            return char.ConvertToUtf32(s[end - 2], c);
        }
        width = 1;
        return c;
    }

    /// <summary>Number of code points (Python's len).</summary>
    public static int Count(ReadOnlySpan<char> s)
    {
        int n = s.Length;
        for (int i = 0; i + 1 < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && char.IsLowSurrogate(s[i + 1])) { n--; i++; }
        }
        return n;
    }

    /// <summary>True when some code point of s is above U+FFFF (UTF-16 and code point indices differ).</summary>
    public static bool HasPairs(ReadOnlySpan<char> s) => Count(s) != s.Length;

    /// <summary>The UTF-16 index of code point number cpIndex (s.Length when cpIndex equals the count).</summary>
    public static int ToUtf16Index(ReadOnlySpan<char> s, int cpIndex)
    {
        int i = 0;
        for (int k = 0; k < cpIndex; k++)
        {
            if (i >= s.Length) throw new ArgumentOutOfRangeException(nameof(cpIndex));
            At(s, i, out int w);
            i += w;
        }
        return i;
    }

    /// <summary>The code point index of UTF-16 index i (which must not split a pair).</summary>
    public static int ToCodePointIndex(ReadOnlySpan<char> s, int utf16Index) => Count(s[..utf16Index]);

    /// <summary>Appends one code point: a pair above U+FFFF, one unit otherwise (lone surrogates included).</summary>
    public static void Append(StringBuilder sb, int cp)
    {
        if (cp < 0x10000) sb.Append((char)cp);
        else
        {
            sb.Append((char)(0xD800 + ((cp - 0x10000) >> 10)));
            sb.Append((char)(0xDC00 + ((cp - 0x10000) & 0x3FF)));
        }
    }

    /// <summary>The UTF-16 text of one code point.</summary>
    public static string ToText(int cp) =>
        cp < 0x10000 ? ((char)cp).ToString() : char.ConvertFromUtf32(cp);

    /// <summary>All code points of s, in order.</summary>
    public static int[] ToArray(ReadOnlySpan<char> s)
    {
        var result = new int[Count(s)];
        for (int i = 0, k = 0; i < s.Length; k++)
        {
            result[k] = At(s, i, out int w);
            i += w;
        }
        return result;
    }

    /// <summary>True when s has a surrogate unit that is not part of a pair (UTF-8/16/32 cannot encode it strictly).</summary>
    public static bool HasLoneSurrogates(ReadOnlySpan<char> s)
    {
        int i = s.IndexOfAnyInRange('\uD800', '\uDFFF');
        if (i < 0) return false;
        for (; i < s.Length; i++)
        {
            char c = s[i];
            if (!char.IsSurrogate(c)) continue;
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) { i++; continue; }
            return true;
        }
        return false;
    }
}
