using Ftpy.Objects.Numbers;
using Xunit;
using static Ftpy.Tests.Numbers.CPythonCases;

namespace Ftpy.Tests.Numbers;

/// <summary>repr and the format-spec mini-language for float, int and str, and printf-style conversions.</summary>
public class FormattingTests
{
    [Fact]
    public void FloatReprMatchesCPython() => Check("float_repr", (op, a) => S(FloatRepr.Repr(Float(a[0]))));

    [Fact]
    public void FloatFormatMatchesCPython() => Check("float_format", (op, a) =>
        S(FloatFormat.Format(Float(a[0]), FormatSpec.Parse(Str(a[1]), "float"))));

    [Fact]
    public void IntFormatMatchesCPython() => Check("int_format", (op, a) =>
        S(IntFormat.Format(Int(a[0]), FormatSpec.Parse(Str(a[1]), "int", 'd'), 4300)));

    [Fact]
    public void StrFormatMatchesCPython() => Check("str_format", (op, a) =>
        S(StrFormat.Format(Str(a[0]), FormatSpec.Parse(Str(a[1]), "str", 's'))));

    [Fact]
    public void PrintfMatchesCPython() => Check("printf", (op, a) =>
    {
        char conversion = Str(a[1])[0];
        PrintfFlags flags = ParseFlags(Str(a[2]));
        int width = (int)Int(a[3]);
        int precision = (int)Int(a[4]);
        return op switch
        {
            "printf_float" => S(FloatFormat.Printf(Float(a[0]), conversion, flags, width, precision)),
            _ => S(IntFormat.Printf(Int(a[0]), conversion, flags, width, precision, 4300)),
        };
    });

    static PrintfFlags ParseFlags(string text)
    {
        var flags = PrintfFlags.None;
        foreach (char c in text)
        {
            flags |= c switch
            {
                '-' => PrintfFlags.LeftAdjust,
                '+' => PrintfFlags.Sign,
                ' ' => PrintfFlags.Blank,
                '#' => PrintfFlags.Alternate,
                '0' => PrintfFlags.ZeroPad,
                _ => throw new ArgumentException(text),
            };
        }
        return flags;
    }
}
