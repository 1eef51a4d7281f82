namespace Ftpy.Objects.Text;

/// <summary>str.strip/lstrip/rstrip/removeprefix/removesuffix.</summary>
/// <remarks>chars == null strips Python whitespace; otherwise the set of code points of chars
/// (an astral character is one member; a lone surrogate does not match half of a pair).</remarks>
public static class StrTrim
{
    public static string Strip(string s, string? chars = null) => Trim(s, chars, left: true, right: true);
    public static string LStrip(string s, string? chars = null) => Trim(s, chars, left: true, right: false);
    public static string RStrip(string s, string? chars = null) => Trim(s, chars, left: false, right: true);

    static string Trim(string s, string? chars, bool left, bool right)
    {
        Func<int, bool> strip = chars is null ? UnicodeType.IsSpace : StripSet(chars);
        int start = 0, end = s.Length;
        if (left)
        {
            while (start < end)
            {
                int cp = CodePoints.At(s, start, out int w);
                if (!strip(cp)) break;
                start += w;
            }
        }
        if (right)
        {
            while (end > start)
            {
                int cp = CodePoints.Before(s, end, out int w);
                if (!strip(cp)) break;
                end -= w;
            }
        }
        return start == 0 && end == s.Length ? s : s[start..end];
    }

    static Func<int, bool> StripSet(string chars)
    {
        if (chars.Length == 1) { int only = chars[0]; return cp => cp == only; }
        var set = new HashSet<int>(CodePoints.ToArray(chars));
        return set.Contains;
    }

    public static string RemovePrefix(string s, string prefix) =>
        prefix.Length > 0 && StrSearch.StartsWith(s, prefix, 0, s.Length) ? s[prefix.Length..] : s;

    public static string RemoveSuffix(string s, string suffix) =>
        suffix.Length > 0 && StrSearch.EndsWith(s, suffix, 0, s.Length) ? s[..^suffix.Length] : s;
}
