using System.Text;

namespace Ftpy.Objects.Text;

/// <summary>repr() of bytes and bytearray: b'...' with CPython's quote choice and escapes.</summary>
public static class BytesRepr
{
    /// <summary>
    /// b'...' (or bytearray(b'...')); double quotes only when the data has ' and no ".
    /// bytearray's repr escapes ' even inside double quotes, as CPython's does.
    /// </summary>
    public static string Repr(ReadOnlySpan<byte> data, bool isByteArray = false)
    {
        char quote = data.Contains((byte)'\'') && !data.Contains((byte)'"') ? '"' : '\'';
        var sb = new StringBuilder(data.Length + 16);
        if (isByteArray) sb.Append("bytearray(");
        sb.Append('b').Append(quote);
        BytesLiteral.Escape(sb, data, isByteArray ? '\'' : quote);
        sb.Append(quote);
        if (isByteArray) sb.Append(')');
        return sb.ToString();
    }
}

/// <summary>The body of a bytes literal as repr writes it.</summary>
public static class BytesLiteral
{
    /// <summary>
    /// \\, the quote, \t \n \r escaped; other bytes below 0x20 and from 0x7F up as \xNN;
    /// printable ASCII as itself.
    /// </summary>
    public static string Escape(ReadOnlySpan<byte> data, char quote = '\'')
    {
        var sb = new StringBuilder(data.Length);
        Escape(sb, data, quote);
        return sb.ToString();
    }

    public static void Escape(StringBuilder sb, ReadOnlySpan<byte> data, char quote)
    {
        const string hex = "0123456789abcdef";
        foreach (byte b in data)
        {
            if (b == quote || b == '\\') sb.Append('\\').Append((char)b);
            else if (b == '\t') sb.Append("\\t");
            else if (b == '\n') sb.Append("\\n");
            else if (b == '\r') sb.Append("\\r");
            else if (b < 0x20 || b >= 0x7F) sb.Append("\\x").Append(hex[b >> 4]).Append(hex[b & 15]);
            else sb.Append((char)b);
        }
    }
}
