using System.Text;
using Ftpy.Runtime;

namespace Ftpy.Objects.Text;

/// <summary>
/// str.encode / bytes.decode by encoding name, for the codecs implemented in C#: utf-8,
/// utf-8-sig, latin-1, ascii, utf-16(-le/-be), utf-32(-le/-be), utf-7, unicode_escape,
/// raw_unicode_escape and the single-byte table codecs. Names are looked up as CPython's
/// codec registry and encodings package do (case, spaces and punctuation folded, then
/// encodings.aliases). The bytes-to-bytes codecs (hex, base64, ...) are known by name only,
/// so that str.encode and bytes.decode refuse them with CPython's message.
/// </summary>
public static partial class Codecs
{
    /// <summary>Encodes s; LookupError "unknown encoding: x" for an encoding not implemented here.</summary>
    public static byte[] Encode(string s, string encoding = "utf-8", ErrorHandling errors = default)
    {
        return TextLookup(encoding, "encode") switch
        {
            "utf_8" => Utf8Codec.Encode(s, errors),
            "utf_8_sig" => [0xEF, 0xBB, 0xBF, .. Utf8Codec.Encode(s, errors)],
            "latin_1" => Ucs1Codec.EncodeLatin1(s, errors),
            "ascii" => Ucs1Codec.EncodeAscii(s, errors),
            "utf_16" => Utf16Codec.Encode(s, errors, 0),
            "utf_16_le" => Utf16Codec.Encode(s, errors, -1),
            "utf_16_be" => Utf16Codec.Encode(s, errors, 1),
            "utf_32" => Utf32Codec.Encode(s, errors, 0),
            "utf_32_le" => Utf32Codec.Encode(s, errors, -1),
            "utf_32_be" => Utf32Codec.Encode(s, errors, 1),
            "utf_7" => Utf7Codec.Encode(s),
            "unicode_escape" => EscapeCodecs.EncodeUnicodeEscape(s),
            "raw_unicode_escape" => EscapeCodecs.EncodeRawUnicodeEscape(s),
            var module => CharmapCodec.Encode(s, module, errors, byModule: true),
        };
    }

    /// <summary>Decodes data; LookupError "unknown encoding: x" for an encoding not implemented here.</summary>
    public static string Decode(ReadOnlySpan<byte> data, string encoding = "utf-8", ErrorHandling errors = default)
    {
        return TextLookup(encoding, "decode") switch
        {
            "utf_8" => Utf8Codec.Decode(data, errors),
            "utf_8_sig" => Utf8Codec.Decode(data.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? data[3..] : data, errors),
            "latin_1" => Ucs1Codec.DecodeLatin1(data),
            "ascii" => Ucs1Codec.DecodeAscii(data, errors),
            "utf_16" => Utf16Codec.Decode(data, errors, 0),
            "utf_16_le" => Utf16Codec.Decode(data, errors, -1),
            "utf_16_be" => Utf16Codec.Decode(data, errors, 1),
            "utf_32" => Utf32Codec.Decode(data, errors, 0),
            "utf_32_le" => Utf32Codec.Decode(data, errors, -1),
            "utf_32_be" => Utf32Codec.Decode(data, errors, 1),
            "utf_7" => Utf7Codec.Decode(data, errors),
            "unicode_escape" => EscapeCodecs.DecodeUnicodeEscape(data, errors),
            "raw_unicode_escape" => EscapeCodecs.DecodeRawUnicodeEscape(data, errors),
            var module => CharmapCodec.Decode(data, module, errors, byModule: true),
        };
    }

    /// <summary>_PyCodec_LookupTextEncoding: like <see cref="Lookup"/>, and LookupError for a
    /// codec that is not a text encoding ("'hex' is not a text encoding; use codecs.encode() ...").</summary>
    public static string TextLookup(string encoding, string alternative)
    {
        string module = Lookup(encoding);
        if (Array.IndexOf(NonTextModules, module) >= 0)
            throw PyErr.LookupError($"'{encoding}' is not a text encoding; use codecs.{alternative}() to handle arbitrary codecs");
        return module;
    }

    /// <summary>
    /// The encodings module implementing encoding ("utf_8", "latin_1", ...). ValueError
    /// "embedded null character" for a name with NUL; LookupError "unknown encoding: x" when
    /// CPython would find no codec, or one ftpy does not implement.
    /// </summary>
    public static string Lookup(string encoding)
    {
        if (encoding.Contains('\0')) throw PyErr.ValueError("embedded null character");
        if (TryLookup(encoding, out string module)) return module;
        throw PyErr.LookupError($"unknown encoding: {encoding}");
    }

    public static bool TryLookup(string encoding, out string module)
    {
        string normalized = NormalizeEncoding(encoding);
        module = "";
        string? aliased = Aliases.GetValueOrDefault(normalized) ?? Aliases.GetValueOrDefault(normalized.Replace('.', '_'));
        foreach (string? candidate in (ReadOnlySpan<string?>)[aliased, normalized])
        {
            if (candidate is not null && Array.IndexOf(ModuleNames, candidate) >= 0)
            {
                module = candidate;
                return true;
            }
        }
        return false;
    }

    /// <summary>codecs.lookup(encoding).name.</summary>
    public static string CanonicalName(string encoding) => CanonicalNames[Lookup(encoding)];

    /// <summary>
    /// The registry's ASCII lowercasing, then encodings.normalize_encoding: every run of
    /// characters other than alphanumerics and '.' becomes one '_' (none at the ends), and
    /// non-ASCII alphanumerics are dropped.
    /// </summary>
    public static string NormalizeEncoding(string encoding)
    {
        var sb = new StringBuilder(encoding.Length);
        bool punctuation = false;
        for (int i = 0; i < encoding.Length;)
        {
            int cp = CodePoints.At(encoding, i, out int w);
            i += w;
            if (cp == '.' || UnicodeType.IsAlnum(cp))
            {
                if (punctuation && sb.Length > 0) sb.Append('_');
                if (cp < 128) sb.Append(char.ToLowerInvariant((char)cp));
                punctuation = false;
            }
            else punctuation = true;
        }
        return sb.ToString();
    }
}
