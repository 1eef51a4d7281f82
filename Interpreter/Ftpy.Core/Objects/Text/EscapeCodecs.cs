using System.Text;

namespace Ftpy.Objects.Text;

/// <summary>
/// The unicode_escape and raw_unicode_escape codecs (CPython's
/// PyUnicode_AsUnicodeEscapeString / _PyUnicode_DecodeUnicodeEscapeInternal and their raw
/// variants). Decoding errors name the codecs "unicodeescape" and "rawunicodeescape" and
/// cover from the backslash to where decoding stopped, as CPython's do.
/// </summary>
public static class EscapeCodecs
{
    const string Hex = "0123456789abcdef";

    /// <summary>Latin-1 printable ASCII as itself; \t \n \r \\ escaped; other code points as \xhh, \uhhhh or \Uhhhhhhhh.</summary>
    public static byte[] EncodeUnicodeEscape(string s)
    {
        var output = new ByteWriter(s.Length + 8);
        for (int i = 0; i < s.Length;)
        {
            int cp = CodePoints.At(s, i, out int w);
            i += w;
            if (cp >= 0x10000) AppendEscape(output, 'U', cp, 8);
            else if (cp >= 0x100) AppendEscape(output, 'u', cp, 4);
            else if (cp == '\\') { output.Add((byte)'\\'); output.Add((byte)'\\'); }
            else if (cp == '\t') { output.Add((byte)'\\'); output.Add((byte)'t'); }
            else if (cp == '\n') { output.Add((byte)'\\'); output.Add((byte)'n'); }
            else if (cp == '\r') { output.Add((byte)'\\'); output.Add((byte)'r'); }
            else if (cp < ' ' || cp >= 0x7f) AppendEscape(output, 'x', cp, 2);
            else output.Add((byte)cp);
        }
        return output.ToArray();
    }

    /// <summary>Code points below U+0100 as their byte; others as \uhhhh or \Uhhhhhhhh.</summary>
    public static byte[] EncodeRawUnicodeEscape(string s)
    {
        var output = new ByteWriter(s.Length + 8);
        for (int i = 0; i < s.Length;)
        {
            int cp = CodePoints.At(s, i, out int w);
            i += w;
            if (cp >= 0x10000) AppendEscape(output, 'U', cp, 8);
            else if (cp >= 0x100) AppendEscape(output, 'u', cp, 4);
            else output.Add((byte)cp);
        }
        return output.ToArray();
    }

    static void AppendEscape(ByteWriter output, char kind, int cp, int digits)
    {
        output.Add((byte)'\\');
        output.Add((byte)kind);
        for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) output.Add((byte)Hex[(cp >> shift) & 0xF]);
    }

    static int HexDigit(byte c) => c switch
    {
        >= (byte)'0' and <= (byte)'9' => c - '0',
        >= (byte)'a' and <= (byte)'f' => c - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => c - 'A' + 10,
        _ => -1,
    };

    /// <summary>Backslash escapes as in a Python string literal; other bytes are Latin-1 code points.</summary>
    public static string DecodeUnicodeEscape(ReadOnlySpan<byte> data, ErrorHandling errors)
    {
        var sb = new StringBuilder(data.Length);
        DecodeErrorContext? ctx = null;
        int s = 0, end = data.Length;
        while (s < end)
        {
            byte c = data[s++];
            if (c != '\\')
            {
                sb.Append((char)c);
                continue;
            }
            int startInPos = s - 1;
            string message;
            if (s >= end)
            {
                message = "\\ at end of string";
                goto error;
            }
            c = data[s++];
            switch (c)
            {
                case (byte)'\n': continue;
                case (byte)'\\': sb.Append('\\'); continue;
                case (byte)'\'': sb.Append('\''); continue;
                case (byte)'"': sb.Append('"'); continue;
                case (byte)'b': sb.Append('\b'); continue;
                case (byte)'f': sb.Append('\f'); continue;
                case (byte)'t': sb.Append('\t'); continue;
                case (byte)'n': sb.Append('\n'); continue;
                case (byte)'r': sb.Append('\r'); continue;
                case (byte)'v': sb.Append('\v'); continue;
                case (byte)'a': sb.Append('\a'); continue;
                case >= (byte)'0' and <= (byte)'7':
                {
                    int ch = c - '0';
                    if (s < end && data[s] is >= (byte)'0' and <= (byte)'7')
                    {
                        ch = (ch << 3) + data[s++] - '0';
                        if (s < end && data[s] is >= (byte)'0' and <= (byte)'7') ch = (ch << 3) + data[s++] - '0';
                    }
                    sb.Append((char)ch);
                    continue;
                }
                case (byte)'x': case (byte)'u': case (byte)'U':
                {
                    int count = c == 'x' ? 2 : c == 'u' ? 4 : 8;
                    message = c == 'x' ? "truncated \\xXX escape" : c == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape";
                    long ch = 0;
                    for (; count > 0; s++, count--)
                    {
                        if (s >= end) goto error;
                        int d = HexDigit(data[s]);
                        if (d < 0) goto error;
                        ch = (ch << 4) + d;
                    }
                    if (ch > 0x10FFFF)
                    {
                        message = "illegal Unicode character";
                        goto error;
                    }
                    CodePoints.Append(sb, (int)ch);
                    continue;
                }
                case (byte)'N':
                {
                    message = "malformed \\N character escape";
                    if (s >= end) goto error;
                    if (data[s] == '{')
                    {
                        int nameStart = ++s;
                        while (s < end && data[s] != '}') s++;
                        if (s >= end) goto error;
                        int nameLength = s - nameStart;
                        if (nameLength > 0)
                        {
                            s++;
                            string name = Encoding.Latin1.GetString(data.Slice(nameStart, nameLength));
                            if (UnicodeNames.TryLookup(name, namedSequences: false, out string? text) && text is not null)
                            {
                                sb.Append(text);
                                continue;
                            }
                            message = "unknown Unicode character name";
                        }
                    }
                    goto error;
                }
                default:
                    sb.Append('\\').Append((char)c);
                    continue;
            }
        error:
            ctx ??= new DecodeErrorContext("unicodeescape", data.ToArray(), errors);
            var (replacement, newPosition) = ctx.Call(startInPos, s, message);
            sb.Append(replacement);
            s = newPosition;
        }
        return sb.ToString();
    }

    /// <summary>Only \uhhhh and \Uhhhhhhhh are escapes; every other byte (backslashes too) is a Latin-1 code point.</summary>
    public static string DecodeRawUnicodeEscape(ReadOnlySpan<byte> data, ErrorHandling errors)
    {
        var sb = new StringBuilder(data.Length);
        DecodeErrorContext? ctx = null;
        int s = 0, end = data.Length;
        while (s < end)
        {
            byte c = data[s++];
            if (c != '\\' || s >= end || data[s] is not ((byte)'u' or (byte)'U'))
            {
                sb.Append((char)c);
                continue;
            }
            int startInPos = s - 1;
            int count = data[s] == 'u' ? 4 : 8;
            string message = count == 4 ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape";
            s++;
            long ch = 0;
            for (; count > 0; s++, count--)
            {
                if (s >= end) goto error;
                int d = HexDigit(data[s]);
                if (d < 0) goto error;
                ch = (ch << 4) + d;
            }
            if (ch > 0x10FFFF)
            {
                message = "\\Uxxxxxxxx out of range";
                goto error;
            }
            CodePoints.Append(sb, (int)ch);
            continue;
        error:
            ctx ??= new DecodeErrorContext("rawunicodeescape", data.ToArray(), errors);
            var (replacement, newPosition) = ctx.Call(startInPos, s, message);
            sb.Append(replacement);
            s = newPosition;
        }
        return sb.ToString();
    }
}
