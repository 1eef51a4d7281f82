namespace Ftpy.Parsing.Ast;

/// <summary>
/// Base of every AST node that carries a source position (Python's <c>_attributes</c>).
/// Lines are 1-based; column offsets are 0-based and count code points of the source line
/// (not UTF-8 bytes as CPython stores them). End positions are exclusive.
/// </summary>
public abstract class Node
{
    public int Lineno, ColOffset, EndLineno, EndColOffset;
}

/// <summary>Base of expression nodes (Python's <c>ast.expr</c>).</summary>
public abstract class Expr : Node
{
}

/// <summary>Base of statement nodes (Python's <c>ast.stmt</c>).</summary>
public abstract class Stmt : Node
{
}

/// <summary>
/// Expressions that can be assignment or deletion targets carry a context
/// (Name, Attribute, Subscript, Starred, List, Tuple).
/// </summary>
public interface IHasContext
{
    ExprContext Ctx { get; set; }
}
