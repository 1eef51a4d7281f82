namespace Ftpy.Parsing.Ast;

// Statement nodes, one per Python ast.stmt subclass, fields in Python's order.
// Lists are never null; optional single children are nullable.

public sealed class FunctionDef : Stmt
{
    public string Name = "";
    public Arguments Args = null!;
    public List<Stmt> Body = new();
    public List<Expr> DecoratorList = new();
    public Expr? Returns;
    public List<TypeParam> TypeParams = new();
}

public sealed class AsyncFunctionDef : Stmt
{
    public string Name = "";
    public Arguments Args = null!;
    public List<Stmt> Body = new();
    public List<Expr> DecoratorList = new();
    public Expr? Returns;
    public List<TypeParam> TypeParams = new();
}

public sealed class ClassDef : Stmt
{
    public string Name = "";
    public List<Expr> Bases = new();
    public List<Keyword> Keywords = new();
    public List<Stmt> Body = new();
    public List<Expr> DecoratorList = new();
    public List<TypeParam> TypeParams = new();
}

public sealed class Return : Stmt
{
    public Expr? Value;
}

public sealed class Delete : Stmt
{
    public List<Expr> Targets = new();
}

public sealed class Assign : Stmt
{
    public List<Expr> Targets = new();
    public Expr Value = null!;
}

public sealed class AugAssign : Stmt
{
    public Expr Target = null!;
    public Operator Op;
    public Expr Value = null!;
}

public sealed class AnnAssign : Stmt
{
    public Expr Target = null!;
    public Expr Annotation = null!;
    public Expr? Value;
    /// <summary>1 when the target is a plain name not in parentheses, else 0 (as Python).</summary>
    public int Simple;
}

public sealed class For : Stmt
{
    public Expr Target = null!;
    public Expr Iter = null!;
    public List<Stmt> Body = new();
    public List<Stmt> Orelse = new();
}

public sealed class AsyncFor : Stmt
{
    public Expr Target = null!;
    public Expr Iter = null!;
    public List<Stmt> Body = new();
    public List<Stmt> Orelse = new();
}

public sealed class While : Stmt
{
    public Expr Test = null!;
    public List<Stmt> Body = new();
    public List<Stmt> Orelse = new();
}

public sealed class If : Stmt
{
    public Expr Test = null!;
    public List<Stmt> Body = new();
    public List<Stmt> Orelse = new();
}

public sealed class With : Stmt
{
    public List<WithItem> Items = new();
    public List<Stmt> Body = new();
}

public sealed class AsyncWith : Stmt
{
    public List<WithItem> Items = new();
    public List<Stmt> Body = new();
}

public sealed class Match : Stmt
{
    public Expr Subject = null!;
    public List<MatchCase> Cases = new();
}

public sealed class Raise : Stmt
{
    public Expr? Exc;
    public Expr? Cause;
}

public sealed class Try : Stmt
{
    public List<Stmt> Body = new();
    public List<ExceptHandler> Handlers = new();
    public List<Stmt> Orelse = new();
    public List<Stmt> Finalbody = new();
}

public sealed class TryStar : Stmt
{
    public List<Stmt> Body = new();
    public List<ExceptHandler> Handlers = new();
    public List<Stmt> Orelse = new();
    public List<Stmt> Finalbody = new();
}

public sealed class Assert : Stmt
{
    public Expr Test = null!;
    public Expr? Msg;
}

public sealed class Import : Stmt
{
    public List<Alias> Names = new();
}

public sealed class ImportFrom : Stmt
{
    /// <summary>Null for <c>from . import x</c>.</summary>
    public string? Module;
    public List<Alias> Names = new();
    /// <summary>Number of leading dots.</summary>
    public int Level;
}

public sealed class Global : Stmt
{
    public List<string> Names = new();
}

public sealed class Nonlocal : Stmt
{
    public List<string> Names = new();
}

/// <summary>Python's <c>ast.Expr</c> (an expression statement).</summary>
public sealed class ExprStmt : Stmt
{
    public Expr Value = null!;
}

public sealed class Pass : Stmt
{
}

public sealed class Break : Stmt
{
}

public sealed class Continue : Stmt
{
}

/// <summary><c>type X[T] = value</c> (PEP 695); Name is a Name in Store context.</summary>
public sealed class TypeAlias : Stmt
{
    public Name Name = null!;
    public List<TypeParam> TypeParams = new();
    public Expr Value = null!;
}
