using System.Text;

namespace Ftpy.Objects.Text;

/// <summary>
/// Table-driven 8-bit codecs (_codecs.charmap_decode/charmap_encode/charmap_build over a
/// decoding table given as a str of 256 characters, U+FFFE marking an undefined byte), and
/// every single-byte codec of CPython's encodings package (cp1252, cp437, iso8859_*, koi8_r,
/// mac_roman, ...) built on them from the generated tables. Errors name the codec "charmap", as CPython's do.
/// </summary>
public static partial class CharmapCodec
{
    const string Name = "charmap";
    const string Undefined = "character maps to <undefined>";

    static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Dictionary<int, byte>> EncodingMaps = new();

    /// <summary>True when <paramref name="module"/> (an encodings module name) is a table-driven codec.</summary>
    public static bool IsCharmap(string module) => DecodingTables.ContainsKey(module);

    /// <summary>The decoding table of a table-driven codec (256 characters, U+FFFE for undefined bytes).</summary>
    public static string DecodingTable(string module) => DecodingTables[module];

    public static string Decode(ReadOnlySpan<byte> data, string module, ErrorHandling errors, bool byModule) =>
        Decode(data, DecodingTables[module], errors);

    public static byte[] Encode(string s, string module, ErrorHandling errors, bool byModule) =>
        Encode(s, EncodingMaps.GetOrAdd(module, m => BuildEncodingMap(DecodingTables[m])), errors);

    public static string DecodeCp1252(ReadOnlySpan<byte> data, ErrorHandling errors) => Decode(data, "cp1252", errors, byModule: true);

    public static byte[] EncodeCp1252(string s, ErrorHandling errors) => Encode(s, "cp1252", errors, byModule: true);

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
