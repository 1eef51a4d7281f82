namespace Ftpy.Parsing.Ast;

/// <summary>Root of a parse (Python's <c>ast.mod</c>); has no source position.</summary>
public abstract class Mod
{
}

/// <summary>Result of parsing in "exec" mode.</summary>
public sealed class Module : Mod
{
    public List<Stmt> Body = new();
}

/// <summary>Result of parsing in "single" mode (one interactive statement).</summary>
public sealed class Interactive : Mod
{
    public List<Stmt> Body = new();
}

/// <summary>Result of parsing in "eval" mode.</summary>
public sealed class Expression : Mod
{
    public Expr Body = null!;
}
