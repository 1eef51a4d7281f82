using System.Text;
using Ftpy.Objects;

namespace Ftpy.Modules.Json;

/// <summary>
/// JSON string literals: encode_basestring_ascii (everything outside printable ASCII as
/// \uXXXX, astral characters as their surrogate pair) and encode_basestring (only quotes,
/// backslashes and control characters escaped). A lone surrogate is escaped as itself.
/// </summary>
public static class JsonStrings
{
    static readonly string[] s_short = BuildShortEscapes();

    static string[] BuildShortEscapes()
    {
        var table = new string[128];
        for (int c = 0; c < 0x20; c++) table[c] = "\\u" + c.ToString("x4");
        table['"'] = "\\\"";
        table['\\'] = "\\\\";
        table['\n'] = "\\n";
        table['\r'] = "\\r";
        table['\t'] = "\\t";
        table['\b'] = "\\b";
        table['\f'] = "\\f";
        return table;
    }

    public static void AppendAscii(StringBuilder sb, string s)
    {
        sb.Append('"');
        int run = 0;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') continue;
            sb.Append(s, run, i - run);
            run = i + 1;
            if (c < 128) sb.Append(s_short[c] ?? "\\u007f");
            else AppendUnicodeEscape(sb, c);
        }
        sb.Append(s, run, s.Length - run).Append('"');
    }

    public static void AppendUnicode(StringBuilder sb, string s)
    {
        sb.Append('"');
        int run = 0;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c >= 0x20 && c != '"' && c != '\\') continue;
            sb.Append(s, run, i - run);
            run = i + 1;
            sb.Append(s_short[c]);
        }
        sb.Append(s, run, s.Length - run).Append('"');
    }

    static void AppendUnicodeEscape(StringBuilder sb, char c)
    {
        const string hex = "0123456789abcdef";
        sb.Append('\\').Append('u')
          .Append(hex[(c >> 12) & 0xf]).Append(hex[(c >> 8) & 0xf])
          .Append(hex[(c >> 4) & 0xf]).Append(hex[c & 0xf]);
    }

    public static string Ascii(string s)
    {
        var sb = new StringBuilder(s.Length + 2);
        AppendAscii(sb, s);
        return sb.ToString();
    }

    public static string Unicode(string s)
    {
        var sb = new StringBuilder(s.Length + 2);
        AppendUnicode(sb, s);
        return sb.ToString();
    }

    /// <summary>The str argument of encode_basestring(_ascii) with CPython's message.</summary>
    internal static string Arg(PyObject o) =>
        o is PyStr s ? s.Value : throw Runtime.PyErr.TypeError($"first argument must be a string, not {o.ob_type.ShortName}");
}
