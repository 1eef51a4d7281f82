using System.Text;

namespace Ftpy.Objects.Text;

/// <summary>
/// The ASCII and Latin-1 codecs (CPython's unicode_encode_ucs1 and the ascii/latin-1
/// decoders). An encode error covers the whole run of unencodable code points; strict,
/// replace, ignore, backslashreplace, xmlcharrefreplace and surrogateescape are applied
/// inline there, other handlers through the generic call, whose text must be encodable.
/// </summary>
public static class Ucs1Codec
{
    public static byte[] EncodeAscii(string s, ErrorHandling errors) =>
        Ascii.IsValid(s) ? Encoding.ASCII.GetBytes(s) : Encode(s, errors, 128, "ascii", "ordinal not in range(128)");

    public static byte[] EncodeLatin1(string s, ErrorHandling errors)
    {
        foreach (char c in s)
        {
            if (c > 0xFF) return Encode(s, errors, 256, "latin-1", "ordinal not in range(256)");
        }
        return Encoding.Latin1.GetBytes(s);
    }

    static byte[] Encode(string s, ErrorHandling errors, int limit, string name, string reason)
    {
        int[] cps = CodePoints.ToArray(s);
        var ctx = new EncodeErrorContext(name, s, cps, errors);
        var output = new ByteWriter(cps.Length);
        for (int pos = 0; pos < cps.Length;)
        {
            if (cps[pos] < limit)
            {
                output.Add((byte)cps[pos++]);
                continue;
            }
            int start = pos, end = pos + 1;
            while (end < cps.Length && cps[end] >= limit) end++;
            switch (ctx.Mode)
            {
                case ErrorMode.Strict: throw ctx.Error(start, end, reason);
                case ErrorMode.Replace:
                    for (int i = start; i < end; i++) output.Add((byte)'?');
                    pos = end;
                    continue;
                case ErrorMode.Ignore:
                    pos = end;
                    continue;
                case ErrorMode.BackslashReplace:
                    output.AddAscii(EncodeReplacements.Backslashed(cps, start, end));
                    pos = end;
                    continue;
                case ErrorMode.XmlCharRefReplace:
                    output.AddAscii(EncodeReplacements.XmlCharRefs(cps, start, end));
                    pos = end;
                    continue;
                case ErrorMode.SurrogateEscape:
                    while (start < end && cps[start] is >= 0xDC80 and <= 0xDCFF) output.Add((byte)(cps[start++] - 0xDC00));
                    pos = start;
                    if (start == end) continue;
                    break;
            }
            var (text, bytes, newPosition) = ctx.Call(start, end, reason);
            if (bytes is not null) output.Add(bytes);
            else
            {
                foreach (char c in text!)
                {
                    if (c >= limit) throw ctx.Error(start, end, reason);
                    output.Add((byte)c);
                }
            }
            pos = newPosition;
        }
        return output.ToArray();
    }

    public static string DecodeLatin1(ReadOnlySpan<byte> data) => Encoding.Latin1.GetString(data);

    /// <summary>ASCII decoding; each byte &gt;= 0x80 is an error of its own.</summary>
    public static string DecodeAscii(ReadOnlySpan<byte> data, ErrorHandling errors)
    {
        if (Ascii.IsValid(data)) return Encoding.ASCII.GetString(data);
        var sb = new StringBuilder(data.Length);
        DecodeErrorContext? ctx = null;
        for (int i = 0; i < data.Length;)
        {
            if (data[i] < 0x80)
            {
                sb.Append((char)data[i++]);
                continue;
            }
            ctx ??= new DecodeErrorContext("ascii", data.ToArray(), errors);
            var (text, newPosition) = ctx.Call(i, i + 1, "ordinal not in range(128)");
            sb.Append(text);
            i = newPosition;
        }
        return sb.ToString();
    }
}
