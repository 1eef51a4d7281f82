using Ftpy.Objects.Numbers;
using Xunit;
using static Ftpy.Tests.Numbers.CPythonCases;

namespace Ftpy.Tests.Numbers;

/// <summary>float(str), float.hex/fromhex, int(str, base), int to text.</summary>
public class ParsingTests
{
    [Fact]
    public void FloatParseMatchesCPython() => Check("float_parse", (op, a) => F(FloatParse.Parse(Str(a[0]))));

    [Fact]
    public void FloatHexMatchesCPython() => Check("float_hex", (op, a) => op switch
    {
        "hex" => S(FloatHex.ToHex(Float(a[0]))),
        _ => F(FloatHex.FromHex(Str(a[0]))),
    });

    [Fact]
    public void IntParseMatchesCPython() => Check("int_parse", (op, a) =>
        I(IntParse.Parse(Str(a[0]), (int)Int(a[1]), (int)Int(a[2]))));

    [Fact]
    public void IntTextMatchesCPython() => Check("int_text", (op, a) => op switch
    {
        "str" => S(IntText.ToString(Int(a[0]), 10, (int)Int(a[1]))),
        "bin" => S(IntText.ToPrefixedString(Int(a[0]), 2)),
        "oct" => S(IntText.ToPrefixedString(Int(a[0]), 8)),
        _ => S(IntText.ToPrefixedString(Int(a[0]), 16)),
    });
}
