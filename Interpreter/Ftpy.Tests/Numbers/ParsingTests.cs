using Ftpy.Objects.Numbers;
using Xunit;
using static Ftpy.Tests.Numbers.CPythonCases;

namespace Ftpy.Tests.Numbers;

/// <summary>float(str), float.hex/fromhex, int(str, base), int to text.</summary>
public class ParsingTests
{
    [Fact]
    public void FloatParseMatchesCPython() => Check("float_parse", (op, a) => op switch
    {
        "float_bytes" => F(FloatParse.ParseBytes(Bytes(a[0]), BytesRepr(Bytes(a[0])))),
        _ => F(FloatParse.Parse(Str(a[0]))),
    });

    /// <summary>repr() of bytes for the error messages (what the object layer will pass).</summary>
    static string BytesRepr(byte[] bytes)
    {
        bool single = !bytes.Contains((byte)'\'') || bytes.Contains((byte)'"');
        var sb = new System.Text.StringBuilder("b");
        char quote = single ? '\'' : '"';
        sb.Append(quote);
        foreach (byte c in bytes)
        {
            if (c == quote || c == '\\') sb.Append('\\').Append((char)c);
            else if (c == '\t') sb.Append("\\t");
            else if (c == '\n') sb.Append("\\n");
            else if (c == '\r') sb.Append("\\r");
            else if (c < 0x20 || c >= 0x7f) sb.Append("\\x").Append(c.ToString("x2"));
            else sb.Append((char)c);
        }
        return sb.Append(quote).ToString();
    }

    [Fact]
    public void FloatHexMatchesCPython() => Check("float_hex", (op, a) => op switch
    {
        "hex" => S(FloatHex.ToHex(Float(a[0]))),
        _ => F(FloatHex.FromHex(Str(a[0]))),
    });

    [Fact]
    public void IntParseMatchesCPython() => Check("int_parse", (op, a) => op switch
    {
        "int_bytes" => I(IntParse.ParseBytes(Bytes(a[0]), (int)Int(a[1]), (int)Int(a[2]), BytesRepr(Bytes(a[0])))),
        _ => I(IntParse.Parse(Str(a[0]), (int)Int(a[1]), (int)Int(a[2]))),
    });

    [Fact]
    public void IntTextMatchesCPython() => Check("int_text", (op, a) => op switch
    {
        "str" => S(IntText.ToString(Int(a[0]), 10, (int)Int(a[1]))),
        "bin" => S(IntText.ToPrefixedString(Int(a[0]), 2)),
        "oct" => S(IntText.ToPrefixedString(Int(a[0]), 8)),
        _ => S(IntText.ToPrefixedString(Int(a[0]), 16)),
    });
}
