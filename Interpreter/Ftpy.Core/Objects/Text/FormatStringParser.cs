using Ftpy.Runtime;

namespace Ftpy.Objects.Text;

/// <summary>
/// One piece of a str.format string: literal text, then optionally one replacement field.
/// FieldName is null when no field follows (the last piece, or a piece ended by "{{"/"}}");
/// otherwise it is the raw field name ("" for "{}"), FormatSpec the raw spec ("" when absent)
/// and Conversion the character after '!' (null when absent). This is one item of
/// _string.formatter_parser, which orders them (literal, field_name, format_spec, conversion).
/// </summary>
public sealed record FormatChunk(string Literal, string? FieldName, string? FormatSpec, string? Conversion, bool FormatSpecNeedsExpanding);

/// <summary>
/// Splits a str.format string into chunks the way CPython's MarkupIterator does, with its
/// error messages. Parsing is lazy: the caller renders each chunk before the next is parsed,
/// so an error in a later chunk surfaces only after earlier fields were looked up, as in CPython.
/// </summary>
public static class FormatStringParser
{
    /// <summary>str.format's recursion budget: a format spec is expanded one level deeper.</summary>
    public const int TopLevelRecursionDepth = 2;

    /// <summary>
    /// The chunks of format, parsed as they are enumerated. recursionDepth is 2 for the
    /// top-level string and one less for each nested expansion of a format spec; at 0 the
    /// first MoveNext fails with "Max string recursion exceeded".
    /// </summary>
    public static IEnumerable<FormatChunk> Enumerate(string format, int recursionDepth = TopLevelRecursionDepth)
    {
        if (recursionDepth <= 0) throw PyErr.ValueError("Max string recursion exceeded");
        int pos = 0;
        while (pos < format.Length) yield return Next(format, ref pos);
    }

    /// <summary>All chunks at once (formatter_parser's list); the first error is thrown.</summary>
    public static List<FormatChunk> Parse(string format, int recursionDepth = TopLevelRecursionDepth) =>
        Enumerate(format, recursionDepth).ToList();

    static FormatChunk Next(string s, ref int pos)
    {
        int start = pos;
        char c = '\0';
        bool markupFollows = false;
        while (pos < s.Length)
        {
            c = s[pos++];
            if (c is '{' or '}') { markupFollows = true; break; }
        }
        bool atEnd = pos >= s.Length;
        int literalEnd = pos;
        if (c == '}' && markupFollows && (atEnd || s[pos] != '}'))
            throw PyErr.ValueError("Single '}' encountered in format string");
        if (c == '{' && markupFollows && atEnd)
            throw PyErr.ValueError("Single '{' encountered in format string");
        if (markupFollows)
        {
            if (s[pos] == c)
            {
                pos++; // "{{" or "}}": the literal keeps one brace and no field follows
                return new FormatChunk(s[start..literalEnd], null, null, null, false);
            }
            literalEnd--;
        }
        string literal = s[start..literalEnd];
        if (!markupFollows) return new FormatChunk(literal, null, null, null, false);
        return ParseField(s, ref pos, literal);
    }

    // pos is just past the '{'. Reads name, then '!' conversion and/or ':' spec, through the
    // matching '}'. Brackets in the name may hold any character but '{' (e.g. "{0[}]}").
    static FormatChunk ParseField(string s, ref int pos, string literal)
    {
        int nameStart = pos;
        char c = '\0';
        while (pos < s.Length)
        {
            c = s[pos++];
            if (c == '{') throw PyErr.ValueError("unexpected '{' in field name");
            if (c == '[')
            {
                while (pos < s.Length && s[pos] != ']') pos++;
                continue;
            }
            if (c is '}' or ':' or '!') break;
        }
        if (c is not ('}' or ':' or '!'))
            throw PyErr.ValueError("expected '}' before end of string");
        string name = s[nameStart..(pos - 1)];
        if (c == '}') return new FormatChunk(literal, name, "", null, false);

        string? conversion = null;
        if (c == '!')
        {
            if (pos >= s.Length) throw PyErr.ValueError("end of string while looking for conversion specifier");
            int conv = CodePoints.At(s, pos, out int w);
            pos += w;
            conversion = conv == 0 ? null : CodePoints.ToText(conv);
            if (pos < s.Length)
            {
                c = s[pos++];
                if (c == '}') return new FormatChunk(literal, name, "", conversion, false);
                if (c != ':') throw PyErr.ValueError("expected ':' after conversion specifier");
            }
        }

        int specStart = pos, depth = 1;
        bool needsExpanding = false;
        while (pos < s.Length)
        {
            c = s[pos++];
            if (c == '{') { needsExpanding = true; depth++; }
            else if (c == '}' && --depth == 0)
                return new FormatChunk(literal, name, s[specStart..(pos - 1)], conversion, needsExpanding);
        }
        throw PyErr.ValueError("unmatched '{' in format spec");
    }

    /// <summary>The ValueError for a conversion other than r, s, a ("Unknown conversion specifier x").</summary>
    public static PyException UnknownConversion(int conversion) =>
        PyErr.ValueError(conversion > 32 && conversion < 127
            ? $"Unknown conversion specifier {(char)conversion}"
            : $"Unknown conversion specifier \\x{conversion:x}");
}
