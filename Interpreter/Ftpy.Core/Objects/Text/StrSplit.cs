using Ftpy.Runtime;

namespace Ftpy.Objects.Text;

/// <summary>str.split/rsplit/splitlines/partition/rpartition.</summary>
/// <remarks>
/// Whitespace is Python's (UnicodeType.IsSpace); no whitespace character is a surrogate, so
/// testing UTF-16 units one by one never splits an astral character. maxSplit &lt; 0 means
/// no limit.
/// </remarks>
public static class StrSplit
{
    public static List<string> Split(string s, string? sep, int maxSplit = -1)
    {
        if (maxSplit < 0) maxSplit = int.MaxValue;
        return sep is null ? SplitWhitespace(s, maxSplit) : SplitOn(s, CheckSeparator(sep), maxSplit);
    }

    public static List<string> RSplit(string s, string? sep, int maxSplit = -1)
    {
        if (maxSplit < 0) maxSplit = int.MaxValue;
        return sep is null ? RSplitWhitespace(s, maxSplit) : RSplitOn(s, CheckSeparator(sep), maxSplit);
    }

    static string CheckSeparator(string sep) => sep.Length == 0 ? throw PyErr.ValueError("empty separator") : sep;

    static bool IsSpace(char c) => UnicodeType.IsSpace(c);

    // Runs of whitespace separate; leading and trailing whitespace yield no empty strings.
    // Once maxSplit pieces are cut, the rest (leading whitespace skipped) is the last piece.
    static List<string> SplitWhitespace(string s, int maxSplit)
    {
        var result = new List<string>();
        int i = 0, n = s.Length;
        while (true)
        {
            while (i < n && IsSpace(s[i])) i++;
            if (i == n) break;
            if (result.Count == maxSplit)
            {
                result.Add(s[i..]);
                break;
            }
            int j = i;
            while (j < n && !IsSpace(s[j])) j++;
            result.Add(s[i..j]);
            i = j;
        }
        return result;
    }

    static List<string> RSplitWhitespace(string s, int maxSplit)
    {
        var result = new List<string>();
        int i = s.Length;
        while (true)
        {
            while (i > 0 && IsSpace(s[i - 1])) i--;
            if (i == 0) break;
            if (result.Count == maxSplit)
            {
                result.Add(s[..i]);
                break;
            }
            int j = i;
            while (j > 0 && !IsSpace(s[j - 1])) j--;
            result.Add(s[j..i]);
            i = j;
        }
        result.Reverse();
        return result;
    }

    static List<string> SplitOn(string s, string sep, int maxSplit)
    {
        var result = new List<string>();
        int i = 0;
        while (result.Count < maxSplit)
        {
            int at = StrSearch.Find(s, sep, i, s.Length);
            if (at < 0) break;
            result.Add(s[i..at]);
            i = at + sep.Length;
        }
        result.Add(s[i..]);
        return result;
    }

    static List<string> RSplitOn(string s, string sep, int maxSplit)
    {
        var result = new List<string>();
        int end = s.Length;
        while (result.Count < maxSplit)
        {
            int at = StrSearch.RFind(s, sep, 0, end);
            if (at < 0) break;
            result.Add(s[(at + sep.Length)..end]);
            end = at;
        }
        result.Add(s[..end]);
        result.Reverse();
        return result;
    }

    /// <summary>Lines split at \n \r \r\n \v \f \x1c \x1d \x1e \x85 \u2028 \u2029; keepEnds keeps the boundaries.</summary>
    public static List<string> SplitLines(string s, bool keepEnds)
    {
        var result = new List<string>();
        int i = 0, n = s.Length;
        while (i < n)
        {
            int start = i;
            while (i < n && !UnicodeType.IsLineBreak(s[i])) i++;
            int eol = i;
            if (i < n)
            {
                i += s[i] == '\r' && i + 1 < n && s[i + 1] == '\n' ? 2 : 1;
                if (keepEnds) eol = i;
            }
            result.Add(s[start..eol]);
        }
        return result;
    }

    /// <summary>(before, sep, after) at the first sep, or (s, "", "").</summary>
    public static (string Before, string Sep, string After) Partition(string s, string sep)
    {
        int at = StrSearch.Find(s, CheckSeparator(sep), 0, s.Length);
        return at < 0 ? (s, "", "") : (s[..at], sep, s[(at + sep.Length)..]);
    }

    /// <summary>(before, sep, after) at the last sep, or ("", "", s).</summary>
    public static (string Before, string Sep, string After) RPartition(string s, string sep)
    {
        int at = StrSearch.RFind(s, CheckSeparator(sep), 0, s.Length);
        return at < 0 ? ("", "", s) : (s[..at], sep, s[(at + sep.Length)..]);
    }
}
