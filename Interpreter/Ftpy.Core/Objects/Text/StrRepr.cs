using System.Text;

namespace Ftpy.Objects.Text;

/// <summary>repr() and ascii() of str values, with CPython's quote choice and escapes.</summary>
public static class StrRepr
{
    /// <summary>CPython's repr of a str: single quotes unless the text has ' and no ".</summary>
    public static string Repr(string s, bool asciiOnly = false)
    {
        char quote = s.Contains('\'') && !s.Contains('"') ? '"' : '\'';
        var sb = new StringBuilder(s.Length + 2);
        sb.Append(quote);
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            int cp = c;
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                cp = char.ConvertToUtf32(c, s[i + 1]);
                i++;
            }
            AppendCodePoint(sb, cp, quote, asciiOnly);
        }
        sb.Append(quote);
        return sb.ToString();
    }

    static void AppendCodePoint(StringBuilder sb, int cp, char quote, bool asciiOnly)
    {
        switch (cp)
        {
            case '\\': sb.Append("\\\\"); return;
            case '\n': sb.Append("\\n"); return;
            case '\r': sb.Append("\\r"); return;
            case '\t': sb.Append("\\t"); return;
        }
        if (cp == quote) { sb.Append('\\').Append(quote); return; }
        if (cp < 0x20 || cp == 0x7f) { sb.Append("\\x").Append(cp.ToString("x2")); return; }
        if (cp < 0x7f) { sb.Append((char)cp); return; }
        if (asciiOnly || !IsPrintable(cp))
        {
            if (cp <= 0xff) sb.Append("\\x").Append(cp.ToString("x2"));
            else if (cp <= 0xffff) sb.Append("\\u").Append(cp.ToString("x4"));
            else sb.Append("\\U").Append(cp.ToString("x8"));
            return;
        }
        if (cp <= 0xffff) sb.Append((char)cp); else sb.Append(char.ConvertFromUtf32(cp));
    }

    /// <summary>Python's notion of printable (str.isprintable of one code point).</summary>
    public static bool IsPrintable(int cp) => UnicodeType.IsPrintable(cp);
}
