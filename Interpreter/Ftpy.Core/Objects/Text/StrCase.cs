using System.Text;

namespace Ftpy.Objects.Text;

/// <summary>
/// str.upper/lower/casefold/title/capitalize/swapcase with full (one-to-many) Unicode case
/// mappings and the final-sigma rule, as CPython 3.13 applies them. The rule applies wherever
/// CPython lowercases a character (lower, title, capitalize, swapcase), but not in casefold.
/// </summary>
public static class StrCase
{
    const int CapitalSigma = 0x3A3, SmallSigma = 0x3C3, FinalSigma = 0x3C2;

    public static string Upper(string s) =>
        Ascii.IsValid(s) ? string.Create(s.Length, s, static (dest, src) => Ascii.ToUpper(src, dest, out _)) : Map(s, UnicodeType.AppendUpper);

    public static string Casefold(string s) => Ascii.IsValid(s) ? AsciiLower(s) : Map(s, UnicodeType.AppendFold);

    static string AsciiLower(string s) => string.Create(s.Length, s, static (dest, src) => Ascii.ToLower(src, dest, out _));

    public static string Lower(string s)
    {
        if (Ascii.IsValid(s)) return AsciiLower(s);
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length;)
        {
            int cp = CodePoints.At(s, i, out int w);
            AppendLowerInContext(sb, s, i, w, cp);
            i += w;
        }
        return sb.ToString();
    }

    /// <summary>Each word (run of cased characters) starts titlecased, its other characters lowercased.</summary>
    public static string Title(string s)
    {
        var sb = new StringBuilder(s.Length);
        bool previousIsCased = false;
        for (int i = 0; i < s.Length;)
        {
            int cp = CodePoints.At(s, i, out int w);
            if (previousIsCased) AppendLowerInContext(sb, s, i, w, cp);
            else UnicodeType.AppendTitle(sb, cp);
            previousIsCased = UnicodeType.IsCased(cp);
            i += w;
        }
        return sb.ToString();
    }

    /// <summary>The first character titlecased, every other one lowercased (Python 3.8+).</summary>
    public static string Capitalize(string s)
    {
        if (s.Length == 0) return s;
        var sb = new StringBuilder(s.Length);
        int first = CodePoints.At(s, 0, out int i);
        UnicodeType.AppendTitle(sb, first);
        while (i < s.Length)
        {
            int cp = CodePoints.At(s, i, out int w);
            AppendLowerInContext(sb, s, i, w, cp);
            i += w;
        }
        return sb.ToString();
    }

    /// <summary>Uppercase characters lowercased, lowercase ones uppercased, others kept.</summary>
    public static string Swapcase(string s)
    {
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length;)
        {
            int cp = CodePoints.At(s, i, out int w);
            if (UnicodeType.IsUpper(cp)) AppendLowerInContext(sb, s, i, w, cp);
            else if (UnicodeType.IsLower(cp)) UnicodeType.AppendUpper(sb, cp);
            else CodePoints.Append(sb, cp);
            i += w;
        }
        return sb.ToString();
    }

    static string Map(string s, Action<StringBuilder, int> append)
    {
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length;)
        {
            append(sb, CodePoints.At(s, i, out int w));
            i += w;
        }
        return sb.ToString();
    }

    static void AppendLowerInContext(StringBuilder sb, string s, int index, int width, int cp)
    {
        if (cp == CapitalSigma) CodePoints.Append(sb, IsFinalSigma(s, index, width) ? FinalSigma : SmallSigma);
        else UnicodeType.AppendLower(sb, cp);
    }

    /// <summary>
    /// Unicode's Final_Sigma context: a cased character before U+03A3 (skipping
    /// case-ignorable ones), and none after it (skipping case-ignorable ones).
    /// </summary>
    static bool IsFinalSigma(string s, int index, int width)
    {
        int j = index, cp = 0;
        bool cased = false;
        while (j > 0)
        {
            cp = CodePoints.Before(s, j, out int w);
            j -= w;
            if (!UnicodeType.IsCaseIgnorable(cp)) { cased = UnicodeType.IsCased(cp); break; }
        }
        if (!cased) return false;
        for (j = index + width; j < s.Length;)
        {
            cp = CodePoints.At(s, j, out int w);
            j += w;
            if (!UnicodeType.IsCaseIgnorable(cp)) return !UnicodeType.IsCased(cp);
        }
        return true;
    }
}
