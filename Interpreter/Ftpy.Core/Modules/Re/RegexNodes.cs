namespace Ftpy.Modules.Re;

/// <summary>sre's flag bits (re.I, re.M, ...), as Python code sees them.</summary>
[Flags]
public enum ReFlags
{
    None = 0,
    Template = 1,
    IgnoreCase = 2,
    Locale = 4,
    Multiline = 8,
    DotAll = 16,
    Unicode = 32,
    Verbose = 64,
    Debug = 128,
    Ascii = 256,
    TypeFlags = Ascii | Locale | Unicode,
}

/// <summary>The parsed form of a Python regular expression (sre_parse's intermediate code).</summary>
public abstract class RNode { }

/// <summary>A sequence of items (sre's SubPattern); its width is computed once.</summary>
public sealed class RSeq
{
    public readonly List<RNode> Items = new();
    (long, long)? _width;

    public (long Lo, long Hi) Width(RegexParseState state)
    {
        if (_width is { } w) return w;
        long lo = 0, hi = 0;
        foreach (var item in Items)
        {
            switch (item)
            {
                case RBranch b:
                    {
                        long i = RegexParseState.MaxWidth, j = 0;
                        foreach (var alt in b.Alternatives)
                        {
                            var (l, h) = alt.Width(state);
                            i = System.Math.Min(i, l);
                            j = System.Math.Max(j, h);
                        }
                        lo += i; hi += j;
                        break;
                    }
                case RAtomic a:
                    {
                        var (l, h) = a.Body.Width(state);
                        lo += l; hi += h;
                        break;
                    }
                case RGroup g:
                    {
                        var (l, h) = g.Body.Width(state);
                        lo += l; hi += h;
                        break;
                    }
                case RRepeat r:
                    {
                        var (l, h) = r.Body.Width(state);
                        lo += l * r.Min;
                        if (r.Max == RRepeat.Unbounded && h > 0) hi = RegexParseState.MaxWidth;
                        else hi = Sat(hi + Sat(h * (r.Max == RRepeat.Unbounded ? 0 : r.Max)));
                        break;
                    }
                case RLiteral or RNotLiteral or RAny or RSet:
                    lo += 1; hi += 1;
                    break;
                case RGroupRef gr:
                    {
                        var (l, h) = state.GroupWidths[gr.Group]!.Value;
                        lo += l; hi += h;
                        break;
                    }
                case RGroupRefExists ge:
                    {
                        var (i, j) = ge.Yes.Width(state);
                        if (ge.No is not null)
                        {
                            var (l, h) = ge.No.Width(state);
                            i = System.Math.Min(i, l);
                            j = System.Math.Max(j, h);
                        }
                        else i = 0;
                        lo += i; hi += j;
                        break;
                    }
            }
            lo = Sat(lo);
            hi = Sat(hi);
        }
        var result = (System.Math.Min(lo, RegexParseState.MaxWidth), System.Math.Min(hi, RegexParseState.MaxWidth));
        _width = result;
        return result;
    }

    static long Sat(long v) => v < 0 || v > RegexParseState.MaxWidth ? RegexParseState.MaxWidth : v;
}

public sealed class RLiteral : RNode { public readonly int Cp; public RLiteral(int cp) => Cp = cp; }
public sealed class RNotLiteral : RNode { public readonly int Cp; public RNotLiteral(int cp) => Cp = cp; }
public sealed class RAny : RNode { }

public enum RCategory { Digit, NotDigit, Space, NotSpace, Word, NotWord }

/// <summary>A member of a character set: a literal, a range or a category.</summary>
public readonly record struct RSetItem(int Lo, int Hi, RCategory? Category)
{
    public static RSetItem Literal(int cp) => new(cp, cp, null);
    public static RSetItem Range(int lo, int hi) => new(lo, hi, null);
    public static RSetItem Of(RCategory c) => new(0, -1, c);
    public bool IsLiteral => Category is null && Lo == Hi;
}

public sealed class RSet : RNode
{
    public readonly List<RSetItem> Items;
    public readonly bool Negate;
    public RSet(List<RSetItem> items, bool negate) { Items = items; Negate = negate; }
}

public enum RAtKind { Beginning, BeginningString, End, EndString, Boundary, NonBoundary }
public sealed class RAt : RNode { public readonly RAtKind Kind; public RAt(RAtKind k) => Kind = k; }

public enum RRepeatKind { Greedy, Lazy, Possessive }
public sealed class RRepeat : RNode
{
    public const long Unbounded = -1;
    public readonly long Min, Max;
    public readonly RSeq Body;
    public readonly RRepeatKind Kind;
    public RRepeat(long min, long max, RSeq body, RRepeatKind kind) { Min = min; Max = max; Body = body; Kind = kind; }
}

/// <summary>(...) or (?flags:...): Group is the capture number, or 0 for a non-capturing group.</summary>
public sealed class RGroup : RNode
{
    public readonly int Group;
    public readonly ReFlags Add, Del;
    public readonly RSeq Body;
    public RGroup(int group, ReFlags add, ReFlags del, RSeq body) { Group = group; Add = add; Del = del; Body = body; }
}

public sealed class RAtomic : RNode { public readonly RSeq Body; public RAtomic(RSeq body) => Body = body; }

public sealed class RAssert : RNode
{
    public readonly bool Behind, Negate;
    public readonly RSeq Body;
    public RAssert(bool behind, bool negate, RSeq body) { Behind = behind; Negate = negate; Body = body; }
}

public sealed class RFailure : RNode { }
public sealed class RBranch : RNode { public readonly List<RSeq> Alternatives; public RBranch(List<RSeq> alts) => Alternatives = alts; }
public sealed class RGroupRef : RNode { public readonly int Group; public RGroupRef(int g) => Group = g; }

public sealed class RGroupRefExists : RNode
{
    public readonly int Group;
    public readonly RSeq Yes;
    public readonly RSeq? No;
    public RGroupRefExists(int group, RSeq yes, RSeq? no) { Group = group; Yes = yes; No = no; }
}
