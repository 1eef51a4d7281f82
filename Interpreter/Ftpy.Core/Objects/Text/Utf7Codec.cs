using System.Text;

namespace Ftpy.Objects.Text;

/// <summary>
/// UTF-7 (RFC 2152) as CPython encodes and decodes it: Set D, Set O and whitespace are
/// written directly, everything else (and '+', written "+-") in modified base64 of its
/// UTF-16 units. Encoding never fails (lone surrogates are encoded as units); decoding
/// errors name the codec "utf7".
/// </summary>
public static class Utf7Codec
{
    const string Base64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    /// <summary>utf7_category: 0 Set D, 1 Set O, 2 whitespace, 3 must be base64-encoded.</summary>
    static int Category(int c)
    {
        if (c is >= 'A' and <= 'Z' or >= 'a' and <= 'z' or >= '0' and <= '9') return 0;
        if ("'(),-./:?".Contains((char)c)) return 0;
        if ("!\"#$%&*;<=>@[]^_`{|}".Contains((char)c)) return 1;
        if (c is '\t' or '\n' or '\r' or ' ') return 2;
        return 3;
    }

    static bool EncodeDirect(int c) => c is > 0 and < 128 && Category(c) != 3;

    static bool IsBase64(int c) => c is >= 'A' and <= 'Z' or >= 'a' and <= 'z' or >= '0' and <= '9' or '+' or '/';

    static int FromBase64(int c) => c switch
    {
        >= 'A' and <= 'Z' => c - 'A',
        >= 'a' and <= 'z' => c - 'a' + 26,
        >= '0' and <= '9' => c - '0' + 52,
        '+' => 62,
        _ => 63,
    };

    public static byte[] Encode(string s)
    {
        var output = new ByteWriter(s.Length + 8);
        bool inShift = false;
        int bits = 0;
        ulong buffer = 0;
        for (int i = 0; i < s.Length;)
        {
            int ch = CodePoints.At(s, i, out int w);
            i += w;
            if (inShift)
            {
                if (EncodeDirect(ch))
                {
                    if (bits > 0)
                    {
                        output.Add((byte)Base64[(int)((buffer << (6 - bits)) & 0x3F)]);
                        buffer = 0;
                        bits = 0;
                    }
                    inShift = false;
                    if (IsBase64(ch) || ch == '-') output.Add((byte)'-');
                    output.Add((byte)ch);
                    continue;
                }
            }
            else if (ch == '+')
            {
                output.Add((byte)'+');
                output.Add((byte)'-');
                continue;
            }
            else if (EncodeDirect(ch))
            {
                output.Add((byte)ch);
                continue;
            }
            else
            {
                output.Add((byte)'+');
                inShift = true;
            }
            if (ch >= 0x10000)
            {
                AddUnit(output, ref buffer, ref bits, 0xD800 + ((ch - 0x10000) >> 10));
                ch = 0xDC00 + ((ch - 0x10000) & 0x3FF);
            }
            AddUnit(output, ref buffer, ref bits, ch);
        }
        if (bits > 0) output.Add((byte)Base64[(int)((buffer << (6 - bits)) & 0x3F)]);
        if (inShift) output.Add((byte)'-');
        return output.ToArray();
    }

    static void AddUnit(ByteWriter output, ref ulong buffer, ref int bits, int unit)
    {
        bits += 16;
        buffer = (buffer << 16) | (uint)unit;
        while (bits >= 6)
        {
            output.Add((byte)Base64[(int)((buffer >> (bits - 6)) & 0x3F)]);
            bits -= 6;
        }
        buffer &= (1UL << bits) - 1;
    }

    public static string Decode(ReadOnlySpan<byte> data, ErrorHandling errors)
    {
        var sb = new StringBuilder(data.Length);
        DecodeErrorContext? ctx = null;
        bool inShift = false;
        int bits = 0;
        ulong buffer = 0;
        int surrogate = 0;
        int startInPos = 0;
        int s = 0, end = data.Length;
        while (true)
        {
            while (s < end)
            {
                int ch = data[s];
                string message;
                if (inShift)
                {
                    if (IsBase64(ch))
                    {
                        buffer = (buffer << 6) | (uint)FromBase64(ch);
                        bits += 6;
                        s++;
                        if (bits >= 16)
                        {
                            int outCh = (int)(buffer >> (bits - 16));
                            bits -= 16;
                            buffer &= (1UL << bits) - 1;
                            if (surrogate != 0)
                            {
                                if (char.IsLowSurrogate((char)outCh))
                                {
                                    sb.Append((char)surrogate).Append((char)outCh);
                                    surrogate = 0;
                                    continue;
                                }
                                sb.Append((char)surrogate);
                                surrogate = 0;
                            }
                            if (char.IsHighSurrogate((char)outCh)) surrogate = outCh;
                            else sb.Append((char)outCh);
                        }
                        continue;
                    }
                    inShift = false;
                    if (bits > 6)
                    {
                        s++;
                        message = "partial character in shift sequence";
                        goto error;
                    }
                    if (buffer != 0)
                    {
                        s++;
                        message = "non-zero padding bits in shift sequence";
                        goto error;
                    }
                    if (surrogate != 0 && ch <= 127 && ch != '+') sb.Append((char)surrogate);
                    surrogate = 0;
                    if (ch == '-') s++;
                    continue;
                }
                if (ch == '+')
                {
                    startInPos = s;
                    s++;
                    if (s < end && data[s] == '-')
                    {
                        s++;
                        sb.Append('+');
                    }
                    else if (s < end && !IsBase64(data[s]))
                    {
                        s++;
                        message = "ill-formed sequence";
                        goto error;
                    }
                    else
                    {
                        inShift = true;
                        surrogate = 0;
                        bits = 0;
                        buffer = 0;
                    }
                    continue;
                }
                if (ch <= 127)
                {
                    s++;
                    sb.Append((char)ch);
                    continue;
                }
                startInPos = s;
                s++;
                message = "unexpected special character";
            error:
                ctx ??= new DecodeErrorContext("utf7", data.ToArray(), errors);
                var (text, newPosition) = ctx.Call(startInPos, s, message);
                sb.Append(text);
                s = newPosition;
            }
            if (!inShift) break;
            inShift = false;
            if (surrogate == 0 && bits < 6 && (bits == 0 || buffer == 0)) break;
            ctx ??= new DecodeErrorContext("utf7", data.ToArray(), errors);
            var (rest, resume) = ctx.Call(startInPos, end, "unterminated shift sequence");
            sb.Append(rest);
            s = resume;
            if (s >= end) break;
        }
        return sb.ToString();
    }
}
