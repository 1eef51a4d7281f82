using System.Numerics;
using Ftpy.Objects.Numbers;
using Xunit;
using static Ftpy.Tests.Numbers.CPythonCases;

namespace Ftpy.Tests.Numbers;

/// <summary>int and float arithmetic, conversions, rounding and comparisons against CPython.</summary>
public class ArithmeticTests
{
    [Fact]
    public void IntArithmeticMatchesCPython() => Check("int_arith", (op, a) => op switch
    {
        "floordiv" => I(IntArith.FloorDivide(Int(a[0]), Int(a[1]))),
        "mod" => I(IntArith.Modulo(Int(a[0]), Int(a[1]))),
        "divmod" => DivMod(Int(a[0]), Int(a[1])),
        "truediv" => F(IntArith.TrueDivide(Int(a[0]), Int(a[1]))),
        "pow" => Int(a[1]).Sign >= 0 ? I(IntPow.Pow(Int(a[0]), Int(a[1]))) : F(IntPow.PowNegative(Int(a[0]), Int(a[1]))),
        "powmod" => I(IntPow.PowMod(Int(a[0]), Int(a[1]), Int(a[2]))),
        "lshift" => I(IntBits.LeftShift(Int(a[0]), Int(a[1]))),
        "rshift" => I(IntBits.RightShift(Int(a[0]), Int(a[1]))),
        "bit_length" => I(IntBits.BitLength(Int(a[0]))),
        "bit_count" => I(IntBits.BitCount(Int(a[0]))),
        "to_float" => F(IntConvert.ToDouble(Int(a[0]))),
        "round" => I(IntArith.Round(Int(a[0]), Int(a[1]))),
        "to_bytes" => Y(IntBits.ToBytes(Int(a[0]), (long)Int(a[1]), Str(a[2]), Bool(a[3]))),
        "from_bytes" => I(IntBits.FromBytes(Bytes(a[0]), Str(a[1]), Bool(a[2]))),
        "int_of_float" => I(IntConvert.FromDouble(Float(a[0]))),
        "as_integer_ratio" => Ratio(Float(a[0])),
        _ => throw new ArgumentException(op),
    });

    static string DivMod(BigInteger a, BigInteger b)
    {
        var (q, r) = IntArith.DivMod(a, b);
        return T(I(q), I(r));
    }

    static string Ratio(double x)
    {
        var (n, d) = IntConvert.AsIntegerRatio(x);
        return T(I(n), I(d));
    }

    [Fact]
    public void FloatArithmeticMatchesCPython() => Check("float_arith", (op, a) => op switch
    {
        "floordiv" => F(FloatArith.FloorDivide(Float(a[0]), Float(a[1]))),
        "mod" => F(FloatArith.Modulo(Float(a[0]), Float(a[1]))),
        "divmod" => FloatDivMod(Float(a[0]), Float(a[1])),
        "truediv" => F(FloatArith.TrueDivide(Float(a[0]), Float(a[1]))),
        "add" => F(FloatArith.Add(Float(a[0]), Float(a[1]))),
        "sub" => F(FloatArith.Subtract(Float(a[0]), Float(a[1]))),
        "mul" => F(FloatArith.Multiply(Float(a[0]), Float(a[1]))),
        "pow" => FloatPow(Float(a[0]), Float(a[1])),
        "round0" => I(FloatRound.Round(Float(a[0]))),
        "round" => F(FloatRound.Round(Float(a[0]), (long)Int(a[1]))),
        "trunc" => I(FloatArith.Trunc(Float(a[0]))),
        "floor" => I(FloatArith.Floor(Float(a[0]))),
        "ceil" => I(FloatArith.Ceil(Float(a[0]))),
        "is_integer" => B(IntConvert.IsInteger(Float(a[0]))),
        "sum" => F(Sum(a.Select(Float).ToArray())),
        "compare" => FloatCompare.Compare(Float(a[0]), Int(a[1])) is int c ? I(c) : None,
        _ => throw new ArgumentException(op),
    });

    static double Sum(double[] startAndItems)
    {
        var sum = new FloatSum(startAndItems[0]);
        foreach (double x in startAndItems.Skip(1)) sum.Add(x);
        return sum.Result();
    }

    static string FloatDivMod(double a, double b)
    {
        var (q, r) = FloatArith.DivMod(a, b);
        return T(F(q), F(r));
    }

    /// <summary>float ** float, going to complex ** complex where Python does.</summary>
    static string FloatPow(double a, double b)
    {
        if (FloatArith.TryPow(a, b, out double r)) return F(r);
        return C(ComplexArith.Pow(new Complex(a, 0.0), new Complex(b, 0.0)));
    }

    [Fact]
    public void HashMatchesCPython() => Check("hash", (op, a) => op switch
    {
        "hash_int" => I(NumericHash.Hash(Int(a[0]))),
        "hash_float" => I(NumericHash.Hash(Float(a[0]), 0)),
        "hash_complex" => I(NumericHash.Hash(ComplexValue(a[0]), 0)),
        "hash_fraction" => I(NumericHash.HashRational(Int(a[0]), Int(a[1]))),
        _ => throw new ArgumentException(op),
    });

    [Fact]
    public void ComplexMatchesCPython() => Check("complex", (op, a) => op switch
    {
        "parse" => C(ComplexParse.Parse(Str(a[0]))),
        "repr" => S(ComplexFormat.Repr(ComplexValue(a[0]))),
        "abs" => F(ComplexArith.Abs(ComplexValue(a[0]))),
        "mul" => C(ComplexArith.Multiply(ComplexValue(a[0]), ComplexValue(a[1]))),
        "div" => C(ComplexArith.Divide(ComplexValue(a[0]), ComplexValue(a[1]))),
        "add" => C(ComplexArith.Add(ComplexValue(a[0]), ComplexValue(a[1]))),
        "sub" => C(ComplexArith.Subtract(ComplexValue(a[0]), ComplexValue(a[1]))),
        "pow" => C(ComplexArith.Pow(ComplexValue(a[0]), ComplexValue(a[1]))),
        "format" => S(ComplexFormat.Format(ComplexValue(a[0]), FormatSpec.Parse(Str(a[1]), "complex"))),
        _ => throw new ArgumentException(op),
    });
}
