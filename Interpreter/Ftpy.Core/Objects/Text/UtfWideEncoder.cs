using System.Text;

namespace Ftpy.Objects.Text;

/// <summary>
/// Encoding to UTF-16 or UTF-32 (CPython's _PyUnicode_EncodeUTF16/32). A lone surrogate is an
/// error of its own (range of one code point); every handler goes through the generic call,
/// whose text must be ASCII and whose bytes must be whole code units.
/// </summary>
static class UtfWideEncoder
{
    /// <summary>byteOrder: 0 = a BOM then this machine's order (little-endian), -1 = little, 1 = big.</summary>
    public static byte[] Encode(string s, ErrorHandling errors, int byteOrder, int unitSize, string name)
    {
        bool big = byteOrder == 1;
        var output = new ByteWriter(s.Length * unitSize + 4);
        if (byteOrder == 0) AppendUnit(output, 0xFEFF, unitSize, big);
        int[] cps = CodePoints.ToArray(s);
        EncodeErrorContext? ctx = null;
        for (int pos = 0; pos < cps.Length;)
        {
            int cp = cps[pos];
            if (cp is < 0xD800 or > 0xDFFF)
            {
                AppendCodePoint(output, cp, unitSize, big);
                pos++;
                continue;
            }
            const string reason = "surrogates not allowed";
            ctx ??= new EncodeErrorContext(name, s, cps, errors);
            var (text, bytes, newPosition) = ctx.Call(pos, pos + 1, reason);
            if (bytes is not null)
            {
                if (bytes.Length % unitSize != 0) throw ctx.Error(pos, pos + 1, reason);
                output.Add(bytes);
            }
            else
            {
                if (!Ascii.IsValid(text)) throw ctx.Error(pos, pos + 1, reason);
                foreach (char c in text!) AppendUnit(output, c, unitSize, big);
            }
            pos = newPosition;
        }
        return output.ToArray();
    }

    static void AppendCodePoint(ByteWriter output, int cp, int unitSize, bool big)
    {
        if (unitSize == 4 || cp < 0x10000) AppendUnit(output, cp, unitSize, big);
        else
        {
            AppendUnit(output, 0xD800 + ((cp - 0x10000) >> 10), 2, big);
            AppendUnit(output, 0xDC00 + ((cp - 0x10000) & 0x3FF), 2, big);
        }
    }

    static void AppendUnit(ByteWriter output, int unit, int unitSize, bool big)
    {
        if (big)
            for (int shift = 8 * (unitSize - 1); shift >= 0; shift -= 8) output.Add((byte)(unit >> shift));
        else
            for (int shift = 0; shift < 8 * unitSize; shift += 8) output.Add((byte)(unit >> shift));
    }
}
