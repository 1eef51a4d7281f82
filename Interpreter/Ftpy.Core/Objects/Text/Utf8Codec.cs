using System.Text;

namespace Ftpy.Objects.Text;

/// <summary>
/// The UTF-8 codec (_codecs.utf_8_encode/utf_8_decode). Decoding rejects what Unicode calls
/// ill-formed, reporting the maximal invalid prefix like CPython: "invalid start byte" for
/// one byte, "invalid continuation byte" for a start byte and its valid continuation bytes,
/// "unexpected end of data" for a valid but truncated sequence. Encoded surrogates
/// (ED A0..BF xx) are ill-formed; surrogatepass decodes them.
/// </summary>
public static class Utf8Codec
{
    const string Name = "utf-8";
    const string SurrogatesNotAllowed = "surrogates not allowed";

    /// <summary>The UTF-8 bytes of s, and how many code points were consumed (all of them).</summary>
    public static byte[] Encode(string s, ErrorHandling errors)
    {
        if (!CodePoints.HasLoneSurrogates(s)) return Encoding.UTF8.GetBytes(s);
        int[] cps = CodePoints.ToArray(s);
        var ctx = new EncodeErrorContext(Name, s, cps, errors);
        var output = new ByteWriter(s.Length + 8);
        for (int pos = 0; pos < cps.Length;)
        {
            int cp = cps[pos];
            if (cp is < 0xD800 or > 0xDFFF)
            {
                AppendUtf8(output, cp);
                pos++;
                continue;
            }
            int start = pos, end = pos + 1;
            while (end < cps.Length && cps[end] is >= 0xD800 and <= 0xDFFF) end++;
            switch (ctx.Mode)
            {
                case ErrorMode.Replace:
                    for (int i = start; i < end; i++) output.Add((byte)'?');
                    pos = end;
                    continue;
                case ErrorMode.Ignore:
                    pos = end;
                    continue;
                case ErrorMode.SurrogatePass:
                    for (int i = start; i < end; i++) AppendUtf8(output, cps[i]);
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
                    // Inline, as CPython: escape the leading U+DC80..U+DCFF, then report the rest.
                    while (start < end && cps[start] is >= 0xDC80 and <= 0xDCFF) output.Add((byte)(cps[start++] - 0xDC00));
                    pos = start;
                    if (start == end) continue;
                    break;
            }
            var (text, bytes, newPosition) = ctx.Call(start, end, SurrogatesNotAllowed);
            if (bytes is not null) output.Add(bytes);
            else
            {
                if (!Ascii.IsValid(text)) throw ctx.Error(start, end, SurrogatesNotAllowed);
                output.AddAscii(text!);
            }
            pos = newPosition;
        }
        return output.ToArray();
    }

    internal static void AppendUtf8(ByteWriter output, int cp)
    {
        if (cp < 0x80) output.Add((byte)cp);
        else if (cp < 0x800)
        {
            output.Add((byte)(0xC0 | (cp >> 6)));
            output.Add((byte)(0x80 | (cp & 0x3F)));
        }
        else if (cp < 0x10000)
        {
            output.Add((byte)(0xE0 | (cp >> 12)));
            output.Add((byte)(0x80 | ((cp >> 6) & 0x3F)));
            output.Add((byte)(0x80 | (cp & 0x3F)));
        }
        else
        {
            output.Add((byte)(0xF0 | (cp >> 18)));
            output.Add((byte)(0x80 | ((cp >> 12) & 0x3F)));
            output.Add((byte)(0x80 | ((cp >> 6) & 0x3F)));
            output.Add((byte)(0x80 | (cp & 0x3F)));
        }
    }

    /// <summary>Decodes all of data (final).</summary>
    public static string Decode(ReadOnlySpan<byte> data, ErrorHandling errors) => Decode(data, errors, true, out _);

    /// <summary>
    /// Decodes data; when final is false a truncated sequence at the end is left unconsumed
    /// instead of being an error (consumed tells how many bytes were used).
    /// </summary>
    public static string Decode(ReadOnlySpan<byte> data, ErrorHandling errors, bool final, out int consumed)
    {
        if (System.Text.Unicode.Utf8.IsValid(data))
        {
            consumed = data.Length;
            return Encoding.UTF8.GetString(data);
        }
        return DecodeSlow(data, errors, final, out consumed, Name);
    }

    internal static string DecodeSlow(ReadOnlySpan<byte> data, ErrorHandling errors, bool final, out int consumed, string name)
    {
        var sb = new StringBuilder(data.Length);
        DecodeErrorContext? ctx = null;
        int n = data.Length, i = 0;
        while (i < n)
        {
            byte b = data[i];
            if (b < 0x80)
            {
                sb.Append((char)b);
                i++;
                continue;
            }
            int need;
            byte lo = 0x80, hi = 0xBF;
            if (b < 0xC2 || b > 0xF4) need = -1;
            else if (b < 0xE0) need = 1;
            else if (b < 0xF0)
            {
                need = 2;
                if (b == 0xE0) lo = 0xA0;
                else if (b == 0xED) hi = 0x9F;
            }
            else
            {
                need = 3;
                if (b == 0xF0) lo = 0x90;
                else if (b == 0xF4) hi = 0x8F;
            }

            string? reason = null;
            int errorEnd = i + 1;
            if (need < 0) reason = "invalid start byte";
            else
            {
                for (int j = 1; j <= need; j++)
                {
                    if (i + j >= n)
                    {
                        reason = "unexpected end of data";
                        errorEnd = n;
                        break;
                    }
                    byte c = data[i + j];
                    if (j == 1 ? c < lo || c > hi : c < 0x80 || c > 0xBF)
                    {
                        reason = "invalid continuation byte";
                        errorEnd = i + j;
                        // An encoded surrogate cut at the end may still be completed (and surrogatepass'ed).
                        if (!final && b == 0xED && j == 1 && n - i == 2 && c is >= 0xA0 and <= 0xBF) reason = "";
                        break;
                    }
                }
            }
            if (reason is null)
            {
                int cp = need switch
                {
                    1 => ((b & 0x1F) << 6) | (data[i + 1] & 0x3F),
                    2 => ((b & 0x0F) << 12) | ((data[i + 1] & 0x3F) << 6) | (data[i + 2] & 0x3F),
                    _ => ((b & 0x07) << 18) | ((data[i + 1] & 0x3F) << 12) | ((data[i + 2] & 0x3F) << 6) | (data[i + 3] & 0x3F),
                };
                CodePoints.Append(sb, cp);
                i += need + 1;
                continue;
            }
            if (!final && (reason.Length == 0 || errorEnd == n && reason == "unexpected end of data")) break;
            ctx ??= new DecodeErrorContext(name, data.ToArray(), errors);
            var (text, newPosition) = ctx.Call(i, errorEnd, reason);
            sb.Append(text);
            i = newPosition;
        }
        consumed = i;
        return sb.ToString();
    }
}
