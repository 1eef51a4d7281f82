using System.Globalization;
using System.Text;

namespace Ftpy.Objects.Text;

/// <summary>The UTF encodings surrogatepass understands, named as in an error's encoding (CPython's get_standard_encoding).</summary>
enum StandardEncoding { Unknown, Utf8, Utf16LE, Utf16BE, Utf32LE, Utf32BE }

/// <summary>Replacement text and bytes the built-in handlers produce for a range of code points.</summary>
static class EncodeReplacements
{
    public static string Backslashed(int[] cps, int start, int end)
    {
        var sb = new StringBuilder();
        for (int i = start; i < end; i++) AppendBackslashed(sb, cps[i]);
        return sb.ToString();
    }

    public static void AppendBackslashed(StringBuilder sb, int cp)
    {
        if (cp < 0x100) sb.Append("\\x").Append(cp.ToString("x2", CultureInfo.InvariantCulture));
        else if (cp < 0x10000) sb.Append("\\u").Append(cp.ToString("x4", CultureInfo.InvariantCulture));
        else sb.Append("\\U").Append(cp.ToString("x8", CultureInfo.InvariantCulture));
    }

    public static string XmlCharRefs(int[] cps, int start, int end)
    {
        var sb = new StringBuilder();
        for (int i = start; i < end; i++) sb.Append("&#").Append(cps[i].ToString(CultureInfo.InvariantCulture)).Append(';');
        return sb.ToString();
    }

    /// <summary>\N{NAME} for named code points, backslash escapes for the others.</summary>
    public static string Named(int[] cps, int start, int end)
    {
        var sb = new StringBuilder();
        for (int i = start; i < end; i++)
        {
            if (UnicodeNames.TryGetName(cps[i], out string? name)) sb.Append("\\N{").Append(name).Append('}');
            else AppendBackslashed(sb, cps[i]);
        }
        return sb.ToString();
    }

    /// <summary>Bytes 0x80..0xFF for U+DC80..U+DCFF, or null when another code point is in the range.</summary>
    public static byte[]? SurrogateUnescaped(int[] cps, int start, int end)
    {
        var result = new byte[Math.Max(end - start, 0)];
        for (int i = start; i < end; i++)
        {
            if (cps[i] is < 0xDC80 or > 0xDCFF) return null;
            result[i - start] = (byte)(cps[i] - 0xDC00);
        }
        return result;
    }

    /// <summary>The surrogates encoded in that UTF encoding, or null when the encoding is not a UTF or a code point is not a surrogate.</summary>
    public static byte[]? SurrogatesPassed(string? encoding, int[] cps, int start, int end)
    {
        var kind = Standard(encoding);
        if (kind == StandardEncoding.Unknown) return null;
        var writer = new ByteWriter(4 * (end - start));
        for (int i = start; i < end; i++)
        {
            int cp = cps[i];
            if (cp is < 0xD800 or > 0xDFFF) return null;
            switch (kind)
            {
                case StandardEncoding.Utf8:
                    writer.Add((byte)(0xE0 | (cp >> 12)));
                    writer.Add((byte)(0x80 | ((cp >> 6) & 0x3F)));
                    writer.Add((byte)(0x80 | (cp & 0x3F)));
                    break;
                case StandardEncoding.Utf16LE: writer.Add((byte)cp); writer.Add((byte)(cp >> 8)); break;
                case StandardEncoding.Utf16BE: writer.Add((byte)(cp >> 8)); writer.Add((byte)cp); break;
                case StandardEncoding.Utf32LE: writer.Add((byte)cp); writer.Add((byte)(cp >> 8)); writer.Add(0); writer.Add(0); break;
                case StandardEncoding.Utf32BE: writer.Add(0); writer.Add(0); writer.Add((byte)(cp >> 8)); writer.Add((byte)cp); break;
            }
        }
        return writer.ToArray();
    }

    /// <summary>
    /// "utf" then an optional '-' or '_', then "8", or "16"/"32" followed by nothing (this
    /// machine's order: little-endian) or an optional separator and "le"/"be".
    /// </summary>
    public static StandardEncoding Standard(string? encoding)
    {
        if (encoding is null || encoding.Length < 4 || !encoding.StartsWith("utf", StringComparison.OrdinalIgnoreCase))
            return StandardEncoding.Unknown;
        var rest = encoding.AsSpan(3);
        if (rest[0] is '-' or '_') rest = rest[1..];
        if (rest.SequenceEqual("8")) return StandardEncoding.Utf8;
        bool is16 = rest.StartsWith("16"), is32 = rest.StartsWith("32");
        if (!is16 && !is32) return StandardEncoding.Unknown;
        rest = rest[2..];
        bool? big = null;
        if (rest.IsEmpty) big = false;
        else
        {
            if (rest[0] is '-' or '_') rest = rest[1..];
            if (rest.Equals("le", StringComparison.OrdinalIgnoreCase)) big = false;
            else if (rest.Equals("be", StringComparison.OrdinalIgnoreCase)) big = true;
        }
        return big switch
        {
            null => StandardEncoding.Unknown,
            false => is16 ? StandardEncoding.Utf16LE : StandardEncoding.Utf32LE,
            true => is16 ? StandardEncoding.Utf16BE : StandardEncoding.Utf32BE,
        };
    }
}

/// <summary>Replacement text the built-in handlers produce for a range of undecodable bytes.</summary>
static class DecodeReplacements
{
    /// <summary>Up to 4 leading bytes &gt;= 0x80 of the range as U+DC80..U+DCFF; null when the first is below 0x80.</summary>
    public static string? SurrogateEscaped(byte[] data, int start, int end, out int consumed)
    {
        var sb = new StringBuilder(4);
        consumed = 0;
        for (int i = start; i < end && consumed < 4; i++, consumed++)
        {
            if (data[i] < 0x80) break;
            sb.Append((char)(0xDC00 + data[i]));
        }
        return consumed == 0 ? null : sb.ToString();
    }

    /// <summary>One surrogate encoded at start in that UTF encoding, or null.</summary>
    public static string? SurrogatePassed(string? encoding, byte[] data, int start, out int consumed)
    {
        var kind = EncodeReplacements.Standard(encoding);
        consumed = kind switch
        {
            StandardEncoding.Utf8 => 3,
            StandardEncoding.Utf16LE or StandardEncoding.Utf16BE => 2,
            StandardEncoding.Utf32LE or StandardEncoding.Utf32BE => 4,
            _ => 0,
        };
        if (consumed == 0 || data.Length - start < consumed) return null;
        var p = data.AsSpan(start);
        long cp = kind switch
        {
            StandardEncoding.Utf8 => (p[0] & 0xF0) == 0xE0 && (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80
                ? ((p[0] & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F) : 0,
            StandardEncoding.Utf16LE => p[0] | (p[1] << 8),
            StandardEncoding.Utf16BE => (p[0] << 8) | p[1],
            StandardEncoding.Utf32LE => (uint)(p[0] | (p[1] << 8) | (p[2] << 16) | (p[3] << 24)),
            _ => (uint)((p[0] << 24) | (p[1] << 16) | (p[2] << 8) | p[3]),
        };
        return cp is >= 0xD800 and <= 0xDFFF ? ((char)cp).ToString() : null;
    }
}
