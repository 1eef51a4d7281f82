using Ftpy.Parsing.Ast;
using Xunit;
using Assert = Xunit.Assert;
using Tuple = Ftpy.Parsing.Ast.Tuple;

namespace Ftpy.Tests.Parsing;

/// <summary>Every snippet of Data/snippets.py must dump exactly as CPython 3.13's ast.dump does.</summary>
public class AstDumpTests
{
    public static TheoryData<int> Cases => ParsingTestData.Indices("ast_cases.json");

    [Theory]
    [MemberData(nameof(Cases))]
    public void DumpMatchesCPython(int index)
    {
        var c = ParsingTestData.Load("ast_cases.json")[index];
        string src = c.GetProperty("src").GetString()!;
        string mode = c.GetProperty("mode").GetString()!;
        string expected = c.GetProperty("dump").GetString()!;
        var tree = ParsingTestData.Parse(src, mode);
        Assert.Equal(expected, AstDump.Dump(tree));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void PositionsMatchCPython(int index)
    {
        var c = ParsingTestData.Load("ast_cases.json")[index];
        string src = c.GetProperty("src").GetString()!;
        string mode = c.GetProperty("mode").GetString()!;
        string expected = c.GetProperty("dump_attrs").GetString()!;
        var tree = ParsingTestData.Parse(src, mode);
        Assert.Equal(expected, AstDump.Dump(tree, includeAttributes: true));
    }

    [Fact]
    public void CorpusIsLargeEnough() => Assert.True(ParsingTestData.Load("ast_cases.json").GetArrayLength() >= 150);

    [Fact]
    public void FloatReprFollowsPython()
    {
        Assert.Equal("1e+16", AstDump.FloatRepr(1e16));
        Assert.Equal("1000000000000000.0", AstDump.FloatRepr(1e15));
        Assert.Equal("0.0001", AstDump.FloatRepr(0.0001));
        Assert.Equal("1e-05", AstDump.FloatRepr(0.00001));
        Assert.Equal("0.1", AstDump.FloatRepr(0.1));
        Assert.Equal("inf", AstDump.FloatRepr(double.PositiveInfinity));
        Assert.Equal("-0.0", AstDump.FloatRepr(-0.0));
        Assert.Equal("1.7976931348623157e+308", AstDump.FloatRepr(double.MaxValue));
        Assert.Equal("5e-324", AstDump.FloatRepr(double.Epsilon));
        Assert.Equal("123456789.123", AstDump.FloatRepr(123456789.123));
    }

    [Fact]
    public void PositionsAreCodePointsAndEndExclusive()
    {
        var m = Ftpy.Parsing.Parser.ParseModule("x = 'é😀' + y\n");
        var assign = (Assign)m.Body[0];
        var bin = (BinOp)assign.Value;
        Assert.Equal((1, 4, 1, 8), (bin.Left.Lineno, bin.Left.ColOffset, bin.Left.EndLineno, bin.Left.EndColOffset));
        Assert.Equal((1, 11, 1, 12), (bin.Right.Lineno, bin.Right.ColOffset, bin.Right.EndLineno, bin.Right.EndColOffset));
        Assert.Equal((1, 0, 1, 12), (assign.Lineno, assign.ColOffset, assign.EndLineno, assign.EndColOffset));
    }

    [Fact]
    public void DecoratedDefStartsAtDef()
    {
        var m = Ftpy.Parsing.Parser.ParseModule("@d\ndef f():\n    pass\n");
        var f = (FunctionDef)m.Body[0];
        Assert.Equal((2, 0, 3, 8), (f.Lineno, f.ColOffset, f.EndLineno, f.EndColOffset));
    }

    [Fact]
    public void ConstantValuesHaveTheContractTypes()
    {
        var e = (Tuple)Ftpy.Parsing.Parser.ParseExpression("1, 1.5, 2j, 'a', b'a', None, ..., True, '\\ud800'").Body;
        Assert.IsType<System.Numerics.BigInteger>(((Constant)e.Elts[0]).Value);
        Assert.IsType<double>(((Constant)e.Elts[1]).Value);
        Assert.Equal(new System.Numerics.Complex(0, 2), ((Constant)e.Elts[2]).Value);
        Assert.IsType<string>(((Constant)e.Elts[3]).Value);
        Assert.IsType<byte[]>(((Constant)e.Elts[4]).Value);
        Assert.Same(NoneValue.Instance, ((Constant)e.Elts[5]).Value);
        Assert.Same(EllipsisValue.Instance, ((Constant)e.Elts[6]).Value);
        Assert.Equal(true, ((Constant)e.Elts[7]).Value);
        Assert.Equal("\ud800", ((Constant)e.Elts[8]).Value);
    }
}
