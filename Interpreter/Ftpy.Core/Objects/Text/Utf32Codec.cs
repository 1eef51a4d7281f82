using System.Text;

namespace Ftpy.Objects.Text;

/// <summary>The UTF-32 codecs (_codecs.utf_32_encode/utf_32_ex_decode and -le/-be); byte orders as in <see cref="Utf16Codec"/>.</summary>
public static class Utf32Codec
{
    public static byte[] Encode(string s, ErrorHandling errors, int byteOrder = 0) =>
        UtfWideEncoder.Encode(s, errors, byteOrder, 4, byteOrder switch { -1 => "utf-32-le", 1 => "utf-32-be", _ => "utf-32" });

    public static string Decode(ReadOnlySpan<byte> data, ErrorHandling errors, int byteOrder = 0)
    {
        int order = byteOrder;
        return Decode(data, errors, ref order, true, out _);
    }

    /// <summary>_codecs.utf_32_ex_decode: a BOM sets byteOrder when it is 0; non-final input keeps an incomplete unit.</summary>
    public static string Decode(ReadOnlySpan<byte> data, ErrorHandling errors, ref int byteOrder, bool final, out int consumed)
    {
        int i = 0, n = data.Length;
        if (byteOrder == 0 && n >= 4)
        {
            if (data[0] == 0xFF && data[1] == 0xFE && data[2] == 0 && data[3] == 0) { i = 4; byteOrder = -1; }
            else if (data[0] == 0 && data[1] == 0 && data[2] == 0xFE && data[3] == 0xFF) { i = 4; byteOrder = 1; }
        }
        bool big = byteOrder == 1;
        string name = big ? "utf-32-be" : "utf-32-le";
        var sb = new StringBuilder(n / 4);
        DecodeErrorContext? ctx = null;
        while (i < n)
        {
            string reason;
            int errorEnd = i + 4;
            if (n - i < 4)
            {
                if (!final) break;
                reason = "truncated data";
                errorEnd = n;
            }
            else
            {
                uint cp = big
                    ? (uint)((data[i] << 24) | (data[i + 1] << 16) | (data[i + 2] << 8) | data[i + 3])
                    : (uint)(data[i] | (data[i + 1] << 8) | (data[i + 2] << 16) | (data[i + 3] << 24));
                if (cp > 0x10FFFF) reason = "code point not in range(0x110000)";
                else if (cp is >= 0xD800 and <= 0xDFFF) reason = "code point in surrogate code point range(0xd800, 0xe000)";
                else
                {
                    CodePoints.Append(sb, (int)cp);
                    i += 4;
                    continue;
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
}
