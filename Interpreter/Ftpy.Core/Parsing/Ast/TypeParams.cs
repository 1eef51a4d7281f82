namespace Ftpy.Parsing.Ast;

// PEP 695 type parameters. DefaultValue is PEP 696 (3.13 syntax); it stays null for 3.12 code.

public abstract class TypeParam : Node
{
    public string Name = "";
    public Expr? DefaultValue;
}

public sealed class TypeVar : TypeParam
{
    public Expr? Bound;
}

public sealed class ParamSpec : TypeParam
{
}

public sealed class TypeVarTuple : TypeParam
{
}
