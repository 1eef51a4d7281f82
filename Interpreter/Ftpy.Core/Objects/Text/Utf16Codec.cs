using System.Text;

namespace Ftpy.Objects.Text;

/// <summary>
/// The UTF-16 codecs (_codecs.utf_16_encode/utf_16_ex_decode and the -le/-be variants).
/// Byte orders are CPython's: 0 = detect from a BOM (decoding) or write one (encoding),
/// defaulting to little-endian; -1 = little-endian; 1 = big-endian. Errors name the codec
/// by the order actually used ("utf-16-le"/"utf-16-be") when decoding, as CPython does.
/// </summary>
public static class Utf16Codec
{
    public static byte[] Encode(string s, ErrorHandling errors, int byteOrder = 0) =>
        UtfWideEncoder.Encode(s, errors, byteOrder, 2, byteOrder switch { -1 => "utf-16-le", 1 => "utf-16-be", _ => "utf-16" });

    /// <summary>Decodes all of data with the given byte order (0 detects a BOM).</summary>
    public static string Decode(ReadOnlySpan<byte> data, ErrorHandling errors, int byteOrder = 0)
    {
        int order = byteOrder;
        return Decode(data, errors, ref order, true, out _);
    }

    /// <summary>
    /// _codecs.utf_16_ex_decode: byteOrder 0 is replaced by the order a BOM at the start sets
    /// (the BOM is consumed). When final is false, an incomplete unit or surrogate pair at the
    /// end is left unconsumed.
    /// </summary>
    public static string Decode(ReadOnlySpan<byte> data, ErrorHandling errors, ref int byteOrder, bool final, out int consumed)
    {
        int i = 0, n = data.Length;
        if (byteOrder == 0 && n >= 2)
        {
            if (data[0] == 0xFF && data[1] == 0xFE) { i = 2; byteOrder = -1; }
            else if (data[0] == 0xFE && data[1] == 0xFF) { i = 2; byteOrder = 1; }
        }
        bool big = byteOrder == 1;
        string name = big ? "utf-16-be" : "utf-16-le";
        var sb = new StringBuilder(n / 2);
        DecodeErrorContext? ctx = null;
        while (i < n)
        {
            string reason;
            int errorEnd;
            if (n - i < 2)
            {
                if (!final) break;
                reason = "truncated data";
                errorEnd = n;
            }
            else
            {
                int unit = Unit(data, i, big);
                if (unit is < 0xD800 or > 0xDFFF)
                {
                    sb.Append((char)unit);
                    i += 2;
                    continue;
                }
                if (unit >= 0xDC00)
                {
                    reason = "illegal encoding";
                    errorEnd = i + 2;
                }
                else if (n - i < 4)
                {
                    if (!final) break;
                    reason = "unexpected end of data";
                    errorEnd = n;
                }
                else
                {
                    int low = Unit(data, i + 2, big);
                    if (low is >= 0xDC00 and <= 0xDFFF)
                    {
                        sb.Append((char)unit).Append((char)low);
                        i += 4;
                        continue;
                    }
                    reason = "illegal UTF-16 surrogate";
                    errorEnd = i + 2;
                }
            }
            ctx ??= new DecodeErrorContext(name, data.ToArray(), errors);
            var (text, newPosition) = ctx.Call(i, errorEnd, reason);
            sb.Append(text);
            i = newPosition;
        }
        consumed = i;
        return sb.ToString();
    }

    static int Unit(ReadOnlySpan<byte> data, int i, bool big) =>
        big ? (data[i] << 8) | data[i + 1] : data[i] | (data[i + 1] << 8);
}
