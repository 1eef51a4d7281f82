namespace Ftpy.Objects.Text;

/// <summary>
/// str.find/rfind/count/startswith/endswith/__contains__.
/// </summary>
/// <remarks>
/// Indices are UTF-16 indices. start and end have already been adjusted the Python way by
/// the caller (negative values counted from the end, then clamped to [0, len]... except
/// that start may exceed end, which finds nothing) and converted from code points, so they
/// never split a surrogate pair. A match never splits a pair either: a lone surrogate in
/// the needle does not match half of an astral character, as in CPython.
/// </remarks>
public static class StrSearch
{
    /// <summary>Index of the first match of sub in s[start..end], or -1.</summary>
    public static int Find(ReadOnlySpan<char> s, ReadOnlySpan<char> sub, int start, int end)
    {
        if (end - start < sub.Length) return -1;
        if (sub.IsEmpty) return start;
        var window = s[..end];
        int from = start;
        while (true)
        {
            int k = window[from..].IndexOf(sub);
            if (k < 0) return -1;
            int at = from + k;
            if (OnBoundaries(s, at, sub.Length)) return at;
            from = at + 1;
        }
    }

    /// <summary>Index of the last match of sub in s[start..end], or -1.</summary>
    public static int RFind(ReadOnlySpan<char> s, ReadOnlySpan<char> sub, int start, int end)
    {
        if (end - start < sub.Length) return -1;
        if (sub.IsEmpty) return end;
        int to = end;
        while (true)
        {
            int k = s[start..to].LastIndexOf(sub);
            if (k < 0) return -1;
            int at = start + k;
            if (OnBoundaries(s, at, sub.Length)) return at;
            to = at + sub.Length - 1;
        }
    }

    /// <summary>Non-overlapping matches of sub in s[start..end]; an empty sub matches between code points.</summary>
    public static int Count(ReadOnlySpan<char> s, ReadOnlySpan<char> sub, int start, int end)
    {
        if (end - start < sub.Length) return 0;
        if (sub.IsEmpty) return CodePoints.Count(s[start..end]) + 1;
        int count = 0;
        for (int i = start; ;)
        {
            int at = Find(s, sub, i, end);
            if (at < 0) break;
            count++;
            i = at + sub.Length;
        }
        return count;
    }

    /// <summary>s[start..end] starts with prefix (False when start exceeds end by more than the prefix allows).</summary>
    public static bool StartsWith(ReadOnlySpan<char> s, ReadOnlySpan<char> prefix, int start, int end)
    {
        if (end - prefix.Length < start) return false;
        return s.Slice(start, prefix.Length).SequenceEqual(prefix) && OnBoundaries(s, start, prefix.Length);
    }

    /// <summary>s[start..end] ends with suffix.</summary>
    public static bool EndsWith(ReadOnlySpan<char> s, ReadOnlySpan<char> suffix, int start, int end)
    {
        if (end - suffix.Length < start) return false;
        int at = end - suffix.Length;
        return s.Slice(at, suffix.Length).SequenceEqual(suffix) && OnBoundaries(s, at, suffix.Length);
    }

    /// <summary>sub in s.</summary>
    public static bool Contains(ReadOnlySpan<char> s, ReadOnlySpan<char> sub) => Find(s, sub, 0, s.Length) >= 0;

    /// <summary>True unless the match s[at..at+length] starts or ends inside a surrogate pair.</summary>
    internal static bool OnBoundaries(ReadOnlySpan<char> s, int at, int length)
    {
        if (length == 0) return true;
        return !SplitsPair(s, at) && !SplitsPair(s, at + length);
    }

    static bool SplitsPair(ReadOnlySpan<char> s, int i) =>
        i > 0 && i < s.Length && char.IsLowSurrogate(s[i]) && char.IsHighSurrogate(s[i - 1]);
}
