using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Ftpy.Parsing;

/// <summary>
/// Turns the bytes of a source file into text the way CPython 3.13's file tokenizer does:
/// UTF-8 with an optional BOM, or the encoding named by a PEP 263 declaration on line 1 or 2
/// (line 2 only counts when line 1 is blank or a comment). NUL bytes and undecodable bytes
/// are SyntaxErrors with CPython's messages; whichever comes first in the file is reported.
/// Supported declared encodings: utf-8, latin-1 (iso-8859-1), ascii and cp1252, under their
/// usual aliases; any other declaration is reported as "encoding problem: NAME".
/// </summary>
public static class SourceDecoder
{
    const string NulMessage = "source code cannot contain null bytes";

    enum Codec { Utf8, Latin1, Ascii, Cp1252 }

    public static string Decode(byte[] source, string filename)
    {
        int start = 0;
        bool bom = source.Length >= 3 && source[0] == 0xEF && source[1] == 0xBB && source[2] == 0xBF;
        if (bom) start = 3;

        string? declared = FindCodingSpec(source, start);
        Codec codec = Codec.Utf8;
        // CPython reads plain "utf-8" (after get_normal_name) itself; any other name goes
        // through a codec, whose failures are all reported as "encoding problem: NAME".
        bool viaCodec = false;
        if (declared is not null)
        {
            string normal = NormalName(declared);
            if (bom && normal != "utf-8")
                throw Error($"encoding problem: {normal} with BOM", filename);
            if (normal != "utf-8")
            {
                viaCodec = true;
                codec = LookupCodec(declared) ?? throw Error($"encoding problem: {declared}", filename);
            }
        }

        var bytes = new ReadOnlySpan<byte>(source, start, source.Length - start);
        if (codec == Codec.Utf8)
        {
            int bad = FirstInvalidUtf8(bytes);
            int nul = bytes.IndexOf((byte)0);
            if (nul >= 0 && (bad < 0 || nul < bad)) throw NulError(bytes, nul, filename);
            if (bad >= 0)
            {
                if (viaCodec) throw Error($"encoding problem: {declared}", filename);
                int line = LineOf(bytes, bad);
                if (declared is null && !bom)
                    throw Error($"Non-UTF-8 code starting with '\\x{bytes[bad]:x2}' in file {filename} on line {line}, " +
                                "but no encoding declared; see https://peps.python.org/pep-0263/ for details", filename);
                int lineStart = bad == 0 ? 0 : bytes[..bad].LastIndexOf((byte)'\n') + 1;
                string reason = Utf8FailureReason(bytes[bad..]);
                throw new SyntaxErrorException(SyntaxErrorKind.SyntaxError,
                    $"(unicode error) 'utf-8' codec can't decode byte 0x{bytes[bad]:x2} in position 0: {reason}",
                    filename, line, bad - lineStart + 1, null, line, bad - lineStart + 2);
            }
            return Encoding.UTF8.GetString(bytes);
        }

        var sb = new StringBuilder(bytes.Length);
        for (int i = 0; i < bytes.Length; i++)
        {
            byte b = bytes[i];
            if (b == 0) throw NulError(bytes, i, filename);
            char c = codec switch
            {
                Codec.Latin1 => (char)b,
                Codec.Ascii => b < 0x80 ? (char)b : '\uFFFF',
                _ => b is < 0x80 or >= 0xA0 ? (char)b : Cp1252High[b - 0x80],
            };
            if (c == '\uFFFF') throw Error($"encoding problem: {declared}", filename);
            sb.Append(c);
        }
        return sb.ToString();
    }

    static SyntaxErrorException Error(string msg, string filename) =>
        new(SyntaxErrorKind.SyntaxError, msg, filename, null, null, null, null, null);

    static SyntaxErrorException NulError(ReadOnlySpan<byte> bytes, int nul, string filename)
    {
        int lineStart = bytes[..nul].LastIndexOf((byte)'\n') + 1;
        string text = Encoding.UTF8.GetString(bytes[lineStart..nul]);
        int line = LineOf(bytes, nul);
        return new SyntaxErrorException(SyntaxErrorKind.SyntaxError, NulMessage, filename, line, 0, text, line, 0);
    }

    static int LineOf(ReadOnlySpan<byte> bytes, int pos) => bytes[..pos].Count((byte)'\n') + 1;

    /// <summary>Index of the first byte of the first invalid UTF-8 sequence, or -1.</summary>
    static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        if (Utf8.IsValid(bytes)) return -1;
        char[] buffer = ArrayPool<char>.Shared.Rent(Math.Min(bytes.Length, 1 << 16) + 4);
        try
        {
            int offset = 0;
            while (offset < bytes.Length)
            {
                var status = Utf8.ToUtf16(bytes[offset..], buffer, out int read, out _, replaceInvalidSequences: false, isFinalBlock: true);
                if (status == OperationStatus.InvalidData) return offset + read;
                if (status == OperationStatus.Done) return -1;
                offset += read;
            }
            return -1;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>The reason text Python's UTF-8 codec gives for an invalid sequence.</summary>
    static string Utf8FailureReason(ReadOnlySpan<byte> seq)
    {
        byte b = seq[0];
        if (b < 0xC2 || b > 0xF4) return "invalid start byte";
        int need = b < 0xE0 ? 1 : b < 0xF0 ? 2 : 3;
        for (int i = 1; i <= need; i++)
        {
            if (i >= seq.Length) return "unexpected end of data";
            if ((seq[i] & 0xC0) != 0x80) return "invalid continuation byte";
        }
        return "invalid continuation byte";
    }

    /// <summary>The PEP 263 encoding name declared on line 1 or 2, or null.</summary>
    static string? FindCodingSpec(byte[] src, int start)
    {
        int lineStart = start;
        for (int lineNo = 1; lineNo <= 2 && lineStart < src.Length; lineNo++)
        {
            int end = Array.IndexOf(src, (byte)'\n', lineStart);
            if (end < 0) end = src.Length;
            var line = new ReadOnlySpan<byte>(src, lineStart, end - lineStart);
            string? spec = CodingSpecOfLine(line, out bool commentOrBlank);
            if (spec is not null) return spec;
            if (!commentOrBlank) return null;
            lineStart = end + 1;
        }
        return null;
    }

    static string? CodingSpecOfLine(ReadOnlySpan<byte> line, out bool commentOrBlank)
    {
        int i = 0;
        while (i < line.Length && (line[i] == ' ' || line[i] == '\t' || line[i] == '\f')) i++;
        commentOrBlank = i == line.Length || line[i] == '#' || line[i] == '\r';
        if (i == line.Length || line[i] != '#') return null;
        var rest = line[i..];
        ReadOnlySpan<byte> coding = "coding"u8;
        int from = 0;
        while (true)
        {
            int k = rest[from..].IndexOf(coding);
            if (k < 0) return null;
            int p = from + k + coding.Length;
            if (p < rest.Length && (rest[p] == ':' || rest[p] == '='))
            {
                p++;
                while (p < rest.Length && (rest[p] == ' ' || rest[p] == '\t')) p++;
                int nameStart = p;
                while (p < rest.Length && (char.IsAsciiLetterOrDigit((char)rest[p]) || rest[p] == '-' || rest[p] == '_' || rest[p] == '.')) p++;
                if (p > nameStart) return Encoding.ASCII.GetString(rest[nameStart..p]);
            }
            from = from + k + 1;
        }
    }

    /// <summary>CPython's get_normal_name: utf-8 and latin-1 spellings folded to one name.</summary>
    static string NormalName(string name)
    {
        string lower = name.Length > 12 ? name[..12].ToLowerInvariant().Replace('_', '-') + name[12..] : name.ToLowerInvariant().Replace('_', '-');
        if (lower == "utf-8" || lower.StartsWith("utf-8-", StringComparison.Ordinal)) return "utf-8";
        foreach (string l1 in (ReadOnlySpan<string>)["latin-1", "iso-8859-1", "iso-latin-1"])
            if (lower == l1 || lower.StartsWith(l1 + "-", StringComparison.Ordinal)) return "iso-8859-1";
        return name;
    }

    static Codec? LookupCodec(string name)
    {
        string n = name.ToLowerInvariant().Replace('-', '_').Replace(' ', '_');
        return n switch
        {
            "utf_8" or "utf8" or "u8" or "utf" or "cp65001" or "utf8_ucs2" or "utf8_ucs4" => Codec.Utf8,
            "latin_1" or "latin1" or "latin" or "l1" or "iso_8859_1" or "iso8859_1" or "8859" or "cp819"
                or "iso_ir_100" or "csisolatin1" or "iso_8859_1_1987" or "iso_latin_1" => Codec.Latin1,
            "ascii" or "us_ascii" or "646" or "us" or "cp367" or "csascii" or "ibm367" or "iso646_us"
                or "iso_ir_6" or "ansi_x3.4_1968" or "ansi_x3_4_1968" or "ansi_x3.4_1986" or "iso_646.irv_1991" => Codec.Ascii,
            "cp1252" or "windows_1252" => Codec.Cp1252,
            _ => null,
        };
    }

    // cp1252 bytes 0x80-0x9F; '\uFFFF' marks the five undefined bytes.
    static readonly char[] Cp1252High =
    [
        '\u20AC', '\uFFFF', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021',
        '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\uFFFF', '\u017D', '\uFFFF',
        '\uFFFF', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014',
        '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\uFFFF', '\u017E', '\u0178',
    ];
}
