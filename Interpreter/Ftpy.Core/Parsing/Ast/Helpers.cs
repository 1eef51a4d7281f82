namespace Ftpy.Parsing.Ast;

// Helper nodes that are not expressions or statements. The ones Python gives positions to
// (arg, keyword, alias, excepthandler) derive from Node; the others carry no position.

/// <summary>One <c>for target in iter if ...</c> clause of a comprehension.</summary>
public sealed class Comprehension
{
    public Expr Target = null!;
    public Expr Iter = null!;
    public List<Expr> Ifs = new();
    public bool IsAsync;
}

public sealed class ExceptHandler : Node
{
    public Expr? Type;
    public string? Name;
    public List<Stmt> Body = new();
}

/// <summary>A parameter list. KwDefaults has one entry per Kwonlyargs entry (null = no default);
/// Defaults belong to the last positional parameters (Posonlyargs then Args).</summary>
public sealed class Arguments
{
    public List<Arg> Posonlyargs = new();
    public List<Arg> Args = new();
    public Arg? Vararg;
    public List<Arg> Kwonlyargs = new();
    public List<Expr?> KwDefaults = new();
    public Arg? Kwarg;
    public List<Expr> Defaults = new();
}

/// <summary>One parameter; Name is Python's field <c>arg</c>.</summary>
public sealed class Arg : Node
{
    public string Name = "";
    public Expr? Annotation;
}

/// <summary>A keyword argument of a call or class; Arg is null for <c>**value</c>.</summary>
public sealed class Keyword : Node
{
    public string? Arg;
    public Expr Value = null!;
}

/// <summary>One name of an import; Name may be dotted, or "*".</summary>
public sealed class Alias : Node
{
    public string Name = "";
    public string? Asname;
}

public sealed class WithItem
{
    public Expr ContextExpr = null!;
    public Expr? OptionalVars;
}
