namespace Ftpy.Parsing.Ast;

// Expression nodes, one per Python ast.expr subclass, fields in Python's order.
// Lists are never null; optional single children are nullable.

public sealed class BoolOp : Expr
{
    public BoolOperator Op;
    /// <summary>Two or more operands; <c>a and b and c</c> is one BoolOp.</summary>
    public List<Expr> Values = new();
}

public sealed class NamedExpr : Expr
{
    /// <summary>Always a Name in Store context.</summary>
    public Expr Target = null!;
    public Expr Value = null!;
}

public sealed class BinOp : Expr
{
    public Expr Left = null!;
    public Operator Op;
    public Expr Right = null!;
}

public sealed class UnaryOp : Expr
{
    public UnaryOperator Op;
    public Expr Operand = null!;
}

public sealed class Lambda : Expr
{
    public Arguments Args = null!;
    public Expr Body = null!;
}

public sealed class IfExp : Expr
{
    public Expr Test = null!;
    public Expr Body = null!;
    public Expr Orelse = null!;
}

public sealed class Dict : Expr
{
    /// <summary>A null key marks <c>**value</c> unpacking.</summary>
    public List<Expr?> Keys = new();
    public List<Expr> Values = new();
}

public sealed class Set : Expr
{
    public List<Expr> Elts = new();
}

public sealed class ListComp : Expr
{
    public Expr Elt = null!;
    public List<Comprehension> Generators = new();
}

public sealed class SetComp : Expr
{
    public Expr Elt = null!;
    public List<Comprehension> Generators = new();
}

public sealed class DictComp : Expr
{
    public Expr Key = null!;
    public Expr Value = null!;
    public List<Comprehension> Generators = new();
}

public sealed class GeneratorExp : Expr
{
    public Expr Elt = null!;
    public List<Comprehension> Generators = new();
}

public sealed class Await : Expr
{
    public Expr Value = null!;
}

public sealed class Yield : Expr
{
    public Expr? Value;
}

public sealed class YieldFrom : Expr
{
    public Expr Value = null!;
}

/// <summary><c>a &lt; b &lt;= c</c>: Ops and Comparators have the same length.</summary>
public sealed class Compare : Expr
{
    public Expr Left = null!;
    public List<CmpOp> Ops = new();
    public List<Expr> Comparators = new();
}

public sealed class Call : Expr
{
    public Expr Func = null!;
    public List<Expr> Args = new();
    public List<Keyword> Keywords = new();
}

/// <summary>One <c>{...}</c> field of an f-string.</summary>
public sealed class FormattedValue : Expr
{
    public Expr Value = null!;
    /// <summary>-1 for none, else the char code of 's', 'r' or 'a'.</summary>
    public int Conversion = -1;
    public JoinedStr? FormatSpec;
}

/// <summary>An f-string: Constant(str) and FormattedValue parts.</summary>
public sealed class JoinedStr : Expr
{
    public List<Expr> Values = new();
}

/// <summary>
/// A literal. Value is one of NoneValue.Instance, EllipsisValue.Instance, bool, BigInteger,
/// double, Complex (real part 0), string (may hold lone surrogates) or byte[].
/// </summary>
public sealed class Constant : Expr
{
    public object Value = NoneValue.Instance;
    /// <summary>"u" when a str literal has the u prefix, else null.</summary>
    public string? Kind;
}

public sealed class Attribute : Expr, IHasContext
{
    public Expr Value = null!;
    public string Attr = "";
    public ExprContext Ctx { get; set; }
}

public sealed class Subscript : Expr, IHasContext
{
    public Expr Value = null!;
    public Expr Slice = null!;
    public ExprContext Ctx { get; set; }
}

public sealed class Starred : Expr, IHasContext
{
    public Expr Value = null!;
    public ExprContext Ctx { get; set; }
}

public sealed class Name : Expr, IHasContext
{
    /// <summary>NFKC-normalized identifier.</summary>
    public string Id = "";
    public ExprContext Ctx { get; set; }
}

public sealed class List : Expr, IHasContext
{
    public List<Expr> Elts = new();
    public ExprContext Ctx { get; set; }
}

public sealed class Tuple : Expr, IHasContext
{
    public List<Expr> Elts = new();
    public ExprContext Ctx { get; set; }
}

/// <summary>A slice inside a subscript: <c>a[lower:upper:step]</c>.</summary>
public sealed class Slice : Expr
{
    public Expr? Lower;
    public Expr? Upper;
    public Expr? Step;
}
