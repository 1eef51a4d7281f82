using System.Text;
using Ftpy.Runtime;

namespace Ftpy.Objects.Text;

/// <summary>str.replace and str.expandtabs.</summary>
public static class StrReplace
{
    /// <summary>
    /// Replaces the first count (all if count &lt; 0) non-overlapping occurrences of old.
    /// An empty old matches before every code point and at the end.
    /// </summary>
    public static string Replace(string s, string old, string replacement, long count = -1)
    {
        if (count < 0) count = long.MaxValue;
        if (count == 0) return s;
        if (old.Length == 0) return InsertBetweenCodePoints(s, replacement, count);
        var sb = new StringBuilder();
        int i = 0;
        for (long done = 0; done < count; done++)
        {
            int at = StrSearch.Find(s, old, i, s.Length);
            if (at < 0) break;
            sb.Append(s, i, at - i).Append(replacement);
            i = at + old.Length;
        }
        if (i == 0) return s;
        return sb.Append(s, i, s.Length - i).ToString();
    }

    static string InsertBetweenCodePoints(string s, string insert, long count)
    {
        var sb = new StringBuilder();
        int i = 0;
        long done = 0;
        for (; done < count && i < s.Length; done++)
        {
            sb.Append(insert);
            CodePoints.At(s, i, out int w);
            sb.Append(s, i, w);
            i += w;
        }
        if (done < count && i == s.Length) sb.Append(insert);
        return sb.Append(s, i, s.Length - i).ToString();
    }

    /// <summary>Tabs become spaces up to the next multiple of tabSize columns; \n and \r reset the column.</summary>
    public static string ExpandTabs(string s, long tabSize = 8)
    {
        var sb = new StringBuilder(s.Length);
        long column = 0;
        for (int i = 0; i < s.Length;)
        {
            CodePoints.At(s, i, out int w);
            char c = s[i];
            if (c == '\t')
            {
                if (tabSize > 0)
                {
                    long spaces = tabSize - column % tabSize;
                    if (sb.Length + spaces > int.MaxValue) throw PyErr.OverflowError("new string is too long");
                    sb.Append(' ', (int)spaces);
                    column += spaces;
                }
            }
            else
            {
                sb.Append(s, i, w);
                column = c is '\n' or '\r' ? 0 : column + 1;
            }
            i += w;
        }
        return sb.ToString();
    }
}
