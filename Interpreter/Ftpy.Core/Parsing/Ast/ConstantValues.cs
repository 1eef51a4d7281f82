namespace Ftpy.Parsing.Ast;

/// <summary>The value of <c>Constant(value=None)</c> and <c>MatchSingleton(value=None)</c>.</summary>
public sealed class NoneValue
{
    public static readonly NoneValue Instance = new();
    NoneValue() { }
    public override string ToString() => "None";
}

/// <summary>The value of the <c>...</c> constant.</summary>
public sealed class EllipsisValue
{
    public static readonly EllipsisValue Instance = new();
    EllipsisValue() { }
    public override string ToString() => "Ellipsis";
}
