using Ftpy.Objects.Text;
using Ftpy.Runtime;
using Xunit;

namespace Ftpy.Tests.Strings;

/// <summary>unicode_escape, raw_unicode_escape and the generated single-byte codec tables,
/// against values printed by CPython 3.13.</summary>
public class EscapeAndCharmapCodecTests
{
    static byte[] B(string latin1) => System.Text.Encoding.Latin1.GetBytes(latin1);

    [Fact]
    public void UnicodeEscapeEncodes()
    {
        Assert.Equal(B("a\\xe9\\n\\t\\\\\\U0001f600\\u4e2d\\x7f'\""), Codecs.Encode("a\u00e9\n\t\\\U0001F600\u4e2d\x7f'\"", "unicode_escape"));
        Assert.Equal(B("\\ud800"), Codecs.Encode("\ud800", "unicode-escape"));
    }

    [Fact]
    public void UnicodeEscapeDecodes()
    {
        Assert.Equal("AA\u00e9\u2022\t\\q!", Codecs.Decode(B("\\x41\\101\\u00e9\\N{BULLET}\\t\\q\\\n!"), "unicode_escape"));
        Assert.Equal("\u00ff\u00e9", Codecs.Decode(B("\u00ff\\xe9"), "unicode_escape"));
        Assert.Equal("\u01ff", Codecs.Decode(B("\\777"), "unicode_escape"));
    }

    [Theory]
    [InlineData("\\x4", 0, 3, "truncated \\xXX escape")]
    [InlineData("ab\\u12", 2, 6, "truncated \\uXXXX escape")]
    [InlineData("\\U00110000", 0, 10, "illegal Unicode character")]
    [InlineData("\\N{NO SUCH NAME}", 0, 16, "unknown Unicode character name")]
    [InlineData("\\N{BULLET", 0, 9, "malformed \\N character escape")]
    [InlineData("ab\\", 2, 3, "\\ at end of string")]
    [InlineData("\\xZZ", 0, 2, "truncated \\xXX escape")]
    public void UnicodeEscapeErrors(string input, int start, int end, string reason)
    {
        var e = Assert.Throws<PyUnicodeErrorException>(() => Codecs.Decode(B(input), "unicode_escape"));
        Assert.Equal("unicodeescape", e.Encoding);
        Assert.Equal((start, end, reason), (e.Start, e.End, e.Reason));
    }

    [Fact]
    public void UnicodeEscapeErrorHandlers()
    {
        Assert.Equal("a\ufffdgb\ufffd", Codecs.Decode(B("a\\x4gb\\u12"), "unicode_escape", "replace"));
        Assert.Equal("a\\x5c\\x78ZZ", Codecs.Decode(B("a\\xZZ"), "unicode_escape", "backslashreplace"));
    }

    [Fact]
    public void RawUnicodeEscape()
    {
        Assert.Equal(B("\\x\u00e9\\u20ac\\U0001f600"), Codecs.Encode("\\x\u00e9\u20ac\U0001F600", "raw_unicode_escape"));
        Assert.Equal("\u20ac\\x\\", Codecs.Decode(B("\\u20ac\\x\\"), "raw_unicode_escape"));
        var e = Assert.Throws<PyUnicodeErrorException>(() => Codecs.Decode(B("\\u12x"), "raw_unicode_escape"));
        Assert.Equal(("rawunicodeescape", 0, 4, "truncated \\uXXXX escape"), (e.Encoding, e.Start, e.End, e.Reason));
        e = Assert.Throws<PyUnicodeErrorException>(() => Codecs.Decode(B("\\U00110000"), "raw_unicode_escape"));
        Assert.Equal("\\Uxxxxxxxx out of range", e.Reason);
    }

    [Fact]
    public void TableCodecs()
    {
        Assert.Equal("\u00e9\u2588", Codecs.Decode([0x82, 0xdb], "cp437"));
        Assert.Equal(new byte[] { 0xd0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4 }, Codecs.Encode("\u043f\u0440\u0438\u0432\u0435\u0442", "koi8-r"));
        Assert.Equal(new byte[] { 0x8e }, Codecs.Encode("\u00e9", "mac_roman"));
        Assert.Equal("\u20ac", Codecs.Decode([0xa4], "iso8859-15"));
        Assert.Equal("cp437", Codecs.CanonicalName("IBM437"));
        Assert.Equal("koi8-r", Codecs.CanonicalName("koi8_r"));
        var e = Assert.Throws<PyUnicodeErrorException>(() => Codecs.Decode([0xae], "iso8859-7"));
        Assert.Equal(("charmap", "character maps to <undefined>"), (e.Encoding, e.Reason));
    }

    [Fact]
    public void NonTextCodecsAreRefused()
    {
        var e = Assert.Throws<PyException>(() => Codecs.Encode("ab", "hex"));
        Assert.Equal("LookupError", e.TypeName);
        Assert.Equal("'hex' is not a text encoding; use codecs.encode() to handle arbitrary codecs", e.Message);
        e = Assert.Throws<PyException>(() => Codecs.Decode("ab"u8, "base64"));
        Assert.Equal("'base64' is not a text encoding; use codecs.decode() to handle arbitrary codecs", e.Message);
    }
}
