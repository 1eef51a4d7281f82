namespace Ftpy.Parsing.Ast;

// The match statement: match_case and the pattern nodes (Python's ast.pattern).

public sealed class MatchCase
{
    public Pattern Pattern = null!;
    public Expr? Guard;
    public List<Stmt> Body = new();
}

public abstract class Pattern : Node
{
}

/// <summary>A literal or dotted-name value pattern, compared with ==.</summary>
public sealed class MatchValue : Pattern
{
    public Expr Value = null!;
}

/// <summary>None, True or False, compared with is. Value is NoneValue.Instance or a bool.</summary>
public sealed class MatchSingleton : Pattern
{
    public object Value = NoneValue.Instance;
}

public sealed class MatchSequence : Pattern
{
    public List<Pattern> Patterns = new();
}

public sealed class MatchMapping : Pattern
{
    public List<Expr> Keys = new();
    public List<Pattern> Patterns = new();
    /// <summary>Name bound by <c>**rest</c>, if any.</summary>
    public string? Rest;
}

public sealed class MatchClass : Pattern
{
    public Expr Cls = null!;
    public List<Pattern> Patterns = new();
    public List<string> KwdAttrs = new();
    public List<Pattern> KwdPatterns = new();
}

/// <summary><c>*name</c> in a sequence pattern; Name is null for <c>*_</c>.</summary>
public sealed class MatchStar : Pattern
{
    public string? Name;
}

/// <summary><c>pattern as name</c>, a capture (Pattern null) or the wildcard <c>_</c> (both null).</summary>
public sealed class MatchAs : Pattern
{
    public Pattern? Pattern;
    public string? Name;
}

public sealed class MatchOr : Pattern
{
    public List<Pattern> Patterns = new();
}
