using System.Text;

namespace Ftpy.Objects.Text;

/// <summary>
/// Table-driven 8-bit codecs (_codecs.charmap_decode/charmap_encode/charmap_build over a
/// decoding table given as a str of 256 characters, U+FFFE marking an undefined byte), and
/// cp1252 built on them. Errors name the codec "charmap", as CPython's do.
/// </summary>
public static partial class CharmapCodec
{
    const string Name = "charmap";
    const string Undefined = "character maps to <undefined>";

    static readonly Lazy<string> Cp1252Table = new(() =>
    {
        var chars = new char[256];
        for (int i = 0; i < 256; i++) chars[i] = (char)Cp1252Decoding[i];
        return new string(chars);
    });

    static readonly Lazy<Dictionary<int, byte>> Cp1252Map = new(() => BuildEncodingMap(Cp1252Table.Value));

    public static string DecodeCp1252(ReadOnlySpan<byte> data, ErrorHandling errors) => Decode(data, Cp1252Table.Value, errors);

    public static byte[] EncodeCp1252(string s, ErrorHandling errors) => Encode(s, Cp1252Map.Value, errors);

    /// <summary>Decodes each byte through the table; a byte beyond it or mapped to U+FFFE is an error of its own.</summary>
    public static string Decode(ReadOnlySpan<byte> data, string decodingTable, ErrorHandling errors)
    {
        var sb = new StringBuilder(data.Length);
        DecodeErrorContext? ctx = null;
        for (int i = 0; i < data.Length;)
        {
            byte b = data[i];
            if (b < decodingTable.Length && decodingTable[b] != '\uFFFE')
            {
                sb.Append(decodingTable[b]);
                i++;
                continue;
            }
            ctx ??= new DecodeErrorContext(Name, data.ToArray(), errors);
            var (text, newPosition) = ctx.Call(i, i + 1, Undefined);
            sb.Append(text);
            i = newPosition;
        }
        return sb.ToString();
    }

    /// <summary>The reverse of a decoding table (codecs.charmap_build): code point -> byte, first byte wins.</summary>
    public static Dictionary<int, byte> BuildEncodingMap(string decodingTable)
    {
        var map = new Dictionary<int, byte>();
        for (int i = 0; i < decodingTable.Length && i < 256; i++)
        {
            if (decodingTable[i] != '\uFFFE') map.TryAdd(decodingTable[i], (byte)i);
        }
        return map;
    }

    /// <summary>
    /// Encodes through the map. An error covers the run of unmapped code points; replace and
    /// xmlcharrefreplace output is itself encoded through the map, as is text from other handlers.
    /// </summary>
    public static byte[] Encode(string s, IReadOnlyDictionary<int, byte> map, ErrorHandling errors)
    {
        int[] cps = CodePoints.ToArray(s);
        var output = new ByteWriter(cps.Length);
        EncodeErrorContext? ctx = null;
        for (int pos = 0; pos < cps.Length;)
        {
            if (map.TryGetValue(cps[pos], out byte b))
            {
                output.Add(b);
                pos++;
                continue;
            }
            int start = pos, end = pos + 1;
            while (end < cps.Length && !map.ContainsKey(cps[end])) end++;
            ctx ??= new EncodeErrorContext(Name, s, cps, errors);
            string? replacement = null;
            switch (ctx.Mode)
            {
                case ErrorMode.Strict: throw ctx.Error(start, end, Undefined);
                case ErrorMode.Ignore: pos = end; continue;
                case ErrorMode.Replace: replacement = new string('?', end - start); break;
                case ErrorMode.XmlCharRefReplace: replacement = EncodeReplacements.XmlCharRefs(cps, start, end); break;
            }
            int next = end;
            if (replacement is null)
            {
                var (text, bytes, newPosition) = ctx.Call(start, end, Undefined);
                next = newPosition;
                if (bytes is not null)
                {
                    output.Add(bytes);
                    pos = next;
                    continue;
                }
                replacement = text!;
            }
            for (int i = 0; i < replacement.Length;)
            {
                if (!map.TryGetValue(CodePoints.At(replacement, i, out int w), out byte rb)) throw ctx.Error(start, end, Undefined);
                output.Add(rb);
                i += w;
            }
            pos = next;
        }
        return output.ToArray();
    }
}
