namespace Ftpy.Objects.Text;

/// <summary>
/// The str.isX() predicates over whole strings, per code point (a surrogate pair is one
/// character; a lone surrogate has no property). The empty string is False for every
/// predicate except isprintable and isascii.
/// </summary>
public static class StrPredicates
{
    public static bool IsAlpha(ReadOnlySpan<char> s) => All(s, UnicodeType.IsAlpha);
    public static bool IsDecimal(ReadOnlySpan<char> s) => All(s, UnicodeType.IsDecimal);
    public static bool IsDigit(ReadOnlySpan<char> s) => All(s, UnicodeType.IsDigit);
    public static bool IsNumeric(ReadOnlySpan<char> s) => All(s, UnicodeType.IsNumeric);
    public static bool IsAlnum(ReadOnlySpan<char> s) => All(s, UnicodeType.IsAlnum);
    public static bool IsSpace(ReadOnlySpan<char> s) => All(s, UnicodeType.IsSpace);
    public static bool IsPrintable(ReadOnlySpan<char> s) => s.IsEmpty || All(s, UnicodeType.IsPrintable);

    public static bool IsAscii(ReadOnlySpan<char> s) => System.Text.Ascii.IsValid(s);

    /// <summary>First code point XID_Start or '_', the rest XID_Continue (no NFKC normalization, as in CPython).</summary>
    public static bool IsIdentifier(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty) return false;
        int first = CodePoints.At(s, 0, out int i);
        if (first != '_' && !UnicodeType.IsXidStart(first)) return false;
        while (i < s.Length)
        {
            if (!UnicodeType.IsXidContinue(CodePoints.At(s, i, out int w))) return false;
            i += w;
        }
        return true;
    }

    /// <summary>No lowercase or titlecase character, and at least one uppercase one.</summary>
    public static bool IsUpper(ReadOnlySpan<char> s)
    {
        bool cased = false;
        for (int i = 0; i < s.Length;)
        {
            int cp = CodePoints.At(s, i, out int w);
            i += w;
            if (UnicodeType.IsLower(cp) || UnicodeType.IsTitle(cp)) return false;
            cased |= UnicodeType.IsUpper(cp);
        }
        return cased;
    }

    /// <summary>No uppercase or titlecase character, and at least one lowercase one.</summary>
    public static bool IsLower(ReadOnlySpan<char> s)
    {
        bool cased = false;
        for (int i = 0; i < s.Length;)
        {
            int cp = CodePoints.At(s, i, out int w);
            i += w;
            if (UnicodeType.IsUpper(cp) || UnicodeType.IsTitle(cp)) return false;
            cased |= UnicodeType.IsLower(cp);
        }
        return cased;
    }

    /// <summary>
    /// Upper- and titlecase characters only after uncased ones, lowercase only after cased
    /// ones, and at least one cased character. "Cased" here means upper, lower or title,
    /// as in CPython's unicode_istitle.
    /// </summary>
    public static bool IsTitle(ReadOnlySpan<char> s)
    {
        bool cased = false, previousIsCased = false;
        for (int i = 0; i < s.Length;)
        {
            int cp = CodePoints.At(s, i, out int w);
            i += w;
            if (UnicodeType.IsUpper(cp) || UnicodeType.IsTitle(cp))
            {
                if (previousIsCased) return false;
                previousIsCased = cased = true;
            }
            else if (UnicodeType.IsLower(cp))
            {
                if (!previousIsCased) return false;
                previousIsCased = cased = true;
            }
            else previousIsCased = false;
        }
        return cased;
    }

    static bool All(ReadOnlySpan<char> s, Func<int, bool> property)
    {
        if (s.IsEmpty) return false;
        for (int i = 0; i < s.Length;)
        {
            if (!property(CodePoints.At(s, i, out int w))) return false;
            i += w;
        }
        return true;
    }
}
