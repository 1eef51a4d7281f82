using Ftpy.Runtime;

namespace Ftpy.Objects.Text;

/// <summary>bytes.hex(sep, bytes_per_sep) and bytes.fromhex(string).</summary>
public static class BytesHex
{
    const string Digits = "0123456789abcdef";

    /// <summary>
    /// Lowercase hex digits. With a separator (one ASCII character, checked by
    /// <see cref="CheckSeparator"/>), it goes between groups of |bytesPerSep| bytes counted
    /// from the right when bytesPerSep is positive, from the left when negative.
    /// </summary>
    public static string ToHex(ReadOnlySpan<byte> data, char? sep = null, long bytesPerSep = 1)
    {
        if (sep is null || bytesPerSep == 0 || data.Length == 0)
        {
            return Convert.ToHexStringLower(data);
        }
        long group = Math.Abs(bytesPerSep);
        if (group >= data.Length) return Convert.ToHexStringLower(data);
        var sb = new System.Text.StringBuilder(data.Length * 3);
        // Offset of the first group boundary: groups align to the end for a positive count.
        long first = bytesPerSep > 0 ? data.Length % group : 0;
        for (int i = 0; i < data.Length; i++)
        {
            if (i > 0 && (i - first) % group == 0) sb.Append(sep.Value);
            sb.Append(Digits[data[i] >> 4]).Append(Digits[data[i] & 15]);
        }
        return sb.ToString();
    }

    /// <summary>The separator text of hex(): ValueError unless exactly one ASCII character.</summary>
    public static char CheckSeparator(string sep)
    {
        if (CodePoints.Count(sep) != 1) throw PyErr.ValueError("sep must be length 1.");
        if (sep[0] > 127) throw PyErr.ValueError("sep must be ASCII.");
        return sep[0];
    }

    /// <summary>
    /// Pairs of hex digits (either case); ASCII whitespace may come between pairs, not inside
    /// one. ValueError names the first offending position (code points).
    /// </summary>
    public static byte[] FromHex(string text)
    {
        for (int i = 0, k = 0; i < text.Length; k++)
        {
            CodePoints.At(text, i, out int w);
            if (text[i] > 127) throw NonHex(k);
            i += w;
        }
        var output = new ByteWriter(text.Length / 2);
        int pos = 0;
        while (pos < text.Length)
        {
            if (BytesCtype.IsSpace((byte)text[pos]))
            {
                pos++;
                continue;
            }
            int top = HexValue(text[pos]);
            if (top < 0) throw NonHex(pos);
            int bottom = pos + 1 < text.Length ? HexValue(text[pos + 1]) : -1;
            if (bottom < 0) throw NonHex(pos + 1);
            output.Add((byte)((top << 4) | bottom));
            pos += 2;
        }
        return output.ToArray();
    }

    static PyException NonHex(int position) =>
        PyErr.ValueError($"non-hexadecimal number found in fromhex() arg at position {position}");

    static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };
}
