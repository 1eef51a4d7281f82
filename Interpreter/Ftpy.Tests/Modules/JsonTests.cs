using Ftpy.Modules.Json;
using Xunit;

namespace Ftpy.Tests.Modules;

/// <summary>JSON string escaping as CPython's encode_basestring(_ascii) writes it.</summary>
public class JsonTests
{
    [Theory]
    [InlineData("plain", "\"plain\"")]
    [InlineData("q\"b\\s/", "\"q\\\"b\\\\s/\"")]
    [InlineData("\n\r\t\b\f\u0000\u001f\u007f", "\"\\n\\r\\t\\b\\f\\u0000\\u001f\\u007f\"")]
    [InlineData("caf\u00e9 \u65e5", "\"caf\\u00e9 \\u65e5\"")]
    [InlineData("\U0001F600", "\"\\ud83d\\ude00\"")]
    [InlineData("\u2028", "\"\\u2028\"")]
    public void AsciiEscaping(string input, string expected) => Assert.Equal(expected, JsonStrings.Ascii(input));

    [Fact]
    public void LoneSurrogatesAreEscapedAsThemselves()
    {
        Assert.Equal("\"lone \\ud800 \\udc00\"", JsonStrings.Ascii("lone " + (char)0xD800 + " " + (char)0xDC00));
        Assert.Equal("\"" + (char)0xDC00 + "\"", JsonStrings.Unicode(((char)0xDC00).ToString()));
    }

    [Theory]
    [InlineData("caf\u00e9 \U0001F600", "\"caf\u00e9 \U0001F600\"")]
    [InlineData("\u007f\u2028", "\"\u007f\u2028\"")]
    [InlineData("\n\"\\\u0001", "\"\\n\\\"\\\\\\u0001\"")]
    public void UnicodeEscaping(string input, string expected) => Assert.Equal(expected, JsonStrings.Unicode(input));
}
