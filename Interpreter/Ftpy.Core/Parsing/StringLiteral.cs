using System.Globalization;
using System.Text;
using Ftpy.Parsing.UnicodeData;

namespace Ftpy.Parsing;

/// <summary>
/// Values of string and bytes literals: prefix parsing and escape decoding with CPython's
/// rules and error messages. Invalid escapes such as "\d" keep their backslash (CPython also
/// warns). Lone surrogates from \ud800-style escapes stay in the result as lone UTF-16 units.
/// Error positions count bytes the way CPython's decoder sees the literal: each non-ASCII
/// character counts as the 10 bytes of the \UXXXXXXXX escape it is rewritten to.
/// </summary>
public static class StringLiteral
{
    public readonly record struct Prefix(bool Bytes, bool Raw, bool U, bool F);

    /// <summary>Splits a STRING token's text into prefix and body.</summary>
    public static Prefix Split(ReadOnlySpan<char> token, out int bodyStart, out int bodyEnd)
    {
        bool b = false, r = false, u = false, f = false;
        int i = 0;
        for (; i < token.Length && token[i] != '\'' && token[i] != '"'; i++)
        {
            switch (token[i])
            {
                case 'b': case 'B': b = true; break;
                case 'r': case 'R': r = true; break;
                case 'u': case 'U': u = true; break;
                case 'f': case 'F': f = true; break;
            }
        }
        char quote = token[i];
        int q = token.Length - i >= 6 && token[i + 1] == quote && token[i + 2] == quote ? 3 : 1;
        bodyStart = i + q;
        bodyEnd = token.Length - q;
        return new Prefix(b, r, u, f);
    }

    /// <summary>Decodes the body of a str literal (or an f-string's literal text).</summary>
    /// <returns>The value, or null with <paramref name="error"/> set to CPython's message.</returns>
    public static string? DecodeStr(ReadOnlySpan<char> body, bool raw, out string? error)
    {
        error = null;
        if (raw || body.IndexOf('\\') < 0) return body.ToString();
        var sb = new StringBuilder(body.Length);
        int bytePos = 0; // position in CPython's rewritten buffer, for error messages
        int i = 0;
        while (i < body.Length)
        {
            char c = body[i];
            if (c != '\\')
            {
                int from = i;
                bytePos += ByteWidth(body, ref i);
                sb.Append(body[from..i]);
                continue;
            }
            int escStart = bytePos;
            i++;
            bytePos++;
            if (i >= body.Length)
            {
                sb.Append('\\');
                break;
            }
            c = body[i];
            if (c >= 0x80)
            {
                // "\é": CPython rewrites the backslash as \u005c; the escape is invalid and kept.
                sb.Append('\\');
                bytePos += 5;
                continue;
            }
            i++;
            bytePos++;
            switch (c)
            {
                case '\n': break;
                case '\\': sb.Append('\\'); break;
                case '\'': sb.Append('\''); break;
                case '"': sb.Append('"'); break;
                case 'a': sb.Append('\a'); break;
                case 'b': sb.Append('\b'); break;
                case 'f': sb.Append('\f'); break;
                case 'n': sb.Append('\n'); break;
                case 'r': sb.Append('\r'); break;
                case 't': sb.Append('\t'); break;
                case 'v': sb.Append('\v'); break;
                case >= '0' and <= '7':
                {
                    int v = c - '0';
                    for (int k = 0; k < 2 && i < body.Length && body[i] >= '0' && body[i] <= '7'; k++)
                    {
                        v = v * 8 + (body[i++] - '0');
                        bytePos++;
                    }
                    AppendCodePoint(sb, v);
                    break;
                }
                case 'x':
                case 'u':
                case 'U':
                {
                    int digits = c == 'x' ? 2 : c == 'u' ? 4 : 8;
                    int v = 0, n = 0;
                    while (n < digits && i < body.Length && IsHex(body[i]))
                    {
                        v = v * 16 + HexValue(body[i++]);
                        n++;
                        bytePos++;
                    }
                    if (n < digits)
                    {
                        string what = c == 'x' ? "truncated \\xXX escape" : c == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape";
                        error = CodecError(escStart, bytePos - 1, what);
                        return null;
                    }
                    if ((uint)v > 0x10FFFF)
                    {
                        error = CodecError(escStart, bytePos - 1, "illegal Unicode character");
                        return null;
                    }
                    AppendCodePoint(sb, v);
                    break;
                }
                case 'N':
                {
                    if (i >= body.Length || body[i] != '{')
                    {
                        error = CodecError(escStart, bytePos - 1, "malformed \\N character escape");
                        return null;
                    }
                    int close = body[i..].IndexOf('}');
                    if (close <= 1)
                    {
                        int end = close < 0 ? bytePos + WidthOf(body[i..]) - 1 : bytePos + close - 1;
                        error = CodecError(escStart, end, "malformed \\N character escape");
                        return null;
                    }
                    var name = body.Slice(i + 1, close - 1);
                    int nameBytes = WidthOf(name);
                    int cp = IsAsciiName(name) ? UnicodeNames.Lookup(name.ToString()) : -1;
                    if (cp < 0)
                    {
                        error = CodecError(escStart, bytePos + nameBytes + 1, "unknown Unicode character name");
                        return null;
                    }
                    bytePos += nameBytes + 2;
                    i += close + 1;
                    AppendCodePoint(sb, cp);
                    break;
                }
                default:
                    // Invalid escape: kept as written (CPython 3.12+ emits a SyntaxWarning).
                    sb.Append('\\').Append(c);
                    break;
            }
        }
        return sb.ToString();
    }

    /// <summary>Decodes the body of a bytes literal; the caller has checked it is ASCII.</summary>
    public static byte[]? DecodeBytes(ReadOnlySpan<char> body, bool raw, out string? error)
    {
        error = null;
        var result = new byte[body.Length];
        int n = 0;
        if (raw || body.IndexOf('\\') < 0)
        {
            for (int k = 0; k < body.Length; k++) result[n++] = (byte)body[k];
            return result;
        }
        int i = 0;
        while (i < body.Length)
        {
            char c = body[i++];
            if (c != '\\')
            {
                result[n++] = (byte)c;
                continue;
            }
            int escStart = i - 1;
            if (i >= body.Length)
            {
                result[n++] = (byte)'\\';
                break;
            }
            c = body[i++];
            switch (c)
            {
                case '\n': break;
                case '\\': result[n++] = (byte)'\\'; break;
                case '\'': result[n++] = (byte)'\''; break;
                case '"': result[n++] = (byte)'"'; break;
                case 'a': result[n++] = 7; break;
                case 'b': result[n++] = 8; break;
                case 'f': result[n++] = 12; break;
                case 'n': result[n++] = 10; break;
                case 'r': result[n++] = 13; break;
                case 't': result[n++] = 9; break;
                case 'v': result[n++] = 11; break;
                case >= '0' and <= '7':
                {
                    int v = c - '0';
                    for (int k = 0; k < 2 && i < body.Length && body[i] >= '0' && body[i] <= '7'; k++)
                        v = v * 8 + (body[i++] - '0');
                    result[n++] = (byte)v;
                    break;
                }
                case 'x':
                    if (i + 1 < body.Length && IsHex(body[i]) && IsHex(body[i + 1]))
                    {
                        result[n++] = (byte)(HexValue(body[i]) * 16 + HexValue(body[i + 1]));
                        i += 2;
                        break;
                    }
                    error = $"(value error) invalid \\x escape at position {escStart}";
                    return null;
                default:
                    result[n++] = (byte)'\\';
                    result[n++] = (byte)c;
                    break;
            }
        }
        Array.Resize(ref result, n);
        return result;
    }

    static string CodecError(int start, int endInclusive, string reason) =>
        endInclusive > start
            ? $"(unicode error) 'unicodeescape' codec can't decode bytes in position {start}-{endInclusive}: {reason}"
            : $"(unicode error) 'unicodeescape' codec can't decode byte 0x5c in position {start}: {reason}";

    static bool IsAsciiName(ReadOnlySpan<char> name)
    {
        foreach (char ch in name)
            if (ch >= 0x80) return false;
        return true;
    }

    /// <summary>Width in CPython's rewritten buffer of the character at i; advances i past it.</summary>
    static int ByteWidth(ReadOnlySpan<char> s, ref int i)
    {
        char c = s[i++];
        if (c < 0x80) return 1;
        if (char.IsHighSurrogate(c) && i < s.Length && char.IsLowSurrogate(s[i])) i++;
        return 10;
    }

    static int WidthOf(ReadOnlySpan<char> s)
    {
        int w = 0;
        for (int i = 0; i < s.Length;) w += ByteWidth(s, ref i);
        return w;
    }

    static void AppendCodePoint(StringBuilder sb, int cp)
    {
        if (cp < 0x10000) sb.Append((char)cp);
        else sb.Append(char.ConvertFromUtf32(cp));
    }

    static bool IsHex(char c) => char.IsAsciiHexDigit(c);

    static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}
