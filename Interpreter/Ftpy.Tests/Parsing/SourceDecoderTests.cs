using Ftpy.Parsing;
using Xunit;

namespace Ftpy.Tests.Parsing;

/// <summary>Decoding source bytes as `python3.13 file.py` does (recorded in decode_cases.json).</summary>
public class SourceDecoderTests
{
    public static TheoryData<int> Cases => ParsingTestData.Indices("decode_cases.json");

    [Theory]
    [MemberData(nameof(Cases))]
    public void DecodeMatchesCPython(int index)
    {
        var c = ParsingTestData.Load("decode_cases.json")[index];
        byte[] bytes = Convert.FromHexString(c.GetProperty("bytes_hex").GetString()!);
        var error = c.GetProperty("error");
        if (error.ValueKind == System.Text.Json.JsonValueKind.Null)
        {
            Assert.Equal(c.GetProperty("text").GetString(), SourceDecoder.Decode(bytes, "x.py"));
            return;
        }
        var e = Assert.Throws<SyntaxErrorException>(() => SourceDecoder.Decode(bytes, "x.py"));
        int? lineno = error[1].ValueKind == System.Text.Json.JsonValueKind.Null ? null : error[1].GetInt32();
        int? offset = error[2].ValueKind == System.Text.Json.JsonValueKind.Null ? null : error[2].GetInt32();
        string msg = error[0].GetString()!;
        if (msg.StartsWith("(unicode error)"))
        {
            // CPython reports this one from its string-literal decoder; only the message start is comparable.
            Assert.StartsWith("(unicode error) 'utf-8' codec can't decode byte", e.Msg);
            return;
        }
        Assert.Equal((msg, lineno, offset), (e.Msg, e.Lineno, e.Offset));
    }
}
