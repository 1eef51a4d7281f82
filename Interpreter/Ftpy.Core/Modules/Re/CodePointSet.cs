using System.Text;

namespace Ftpy.Modules.Re;

/// <summary>
/// A set of code points as sorted, disjoint, non-adjacent closed intervals. Regex character
/// classes are built as these sets (with Python's meaning of every escape and of case
/// folding) and only then written out in .NET syntax.
/// </summary>
public sealed class CodePointSet
{
    public const int MaxCodePoint = 0x10FFFF;

    readonly List<(int Lo, int Hi)> _ranges;

    CodePointSet(List<(int, int)> ranges) => _ranges = ranges;

    public static readonly CodePointSet Empty = new(new List<(int, int)>());
    public static readonly CodePointSet All = new(new List<(int, int)> { (0, MaxCodePoint) });

    public IReadOnlyList<(int Lo, int Hi)> Ranges => _ranges;

    /// <summary>The .NET class text of this set for each subject form, filled by RegexTranslator.</summary>
    internal string? CachedBmpText, CachedAstralText;

    public bool IsEmpty => _ranges.Count == 0;

    /// <summary>Builds a set from intervals in any order, overlapping or not.</summary>
    public static CodePointSet FromRanges(IEnumerable<(int Lo, int Hi)> ranges)
    {
        var list = ranges.Where(r => r.Lo <= r.Hi).OrderBy(r => r.Lo).ToList();
        var merged = new List<(int, int)>(list.Count);
        foreach (var (lo, hi) in list)
        {
            if (merged.Count > 0 && lo <= merged[^1].Item2 + 1)
            {
                var last = merged[^1];
                if (hi > last.Item2) merged[^1] = (last.Item1, hi);
            }
            else merged.Add((lo, hi));
        }
        return new CodePointSet(merged);
    }

    public static CodePointSet Of(params int[] codePoints) => FromRanges(codePoints.Select(c => (c, c)));

    /// <summary>The set of code points for which <paramref name="predicate"/> holds.</summary>
    public static CodePointSet Where(Func<int, bool> predicate, int max = MaxCodePoint)
    {
        var list = new List<(int, int)>();
        int start = -1;
        for (int cp = 0; cp <= max; cp++)
        {
            if (predicate(cp))
            {
                if (start < 0) start = cp;
            }
            else if (start >= 0)
            {
                list.Add((start, cp - 1));
                start = -1;
            }
        }
        if (start >= 0) list.Add((start, max));
        return new CodePointSet(list);
    }

    public bool Contains(int cp)
    {
        int lo = 0, hi = _ranges.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            var r = _ranges[mid];
            if (cp < r.Lo) hi = mid - 1;
            else if (cp > r.Hi) lo = mid + 1;
            else return true;
        }
        return false;
    }

    public CodePointSet Union(CodePointSet other) => other.IsEmpty ? this : IsEmpty ? other : FromRanges(_ranges.Concat(other._ranges));

    public CodePointSet Complement()
    {
        var list = new List<(int, int)>();
        int next = 0;
        foreach (var (lo, hi) in _ranges)
        {
            if (lo > next) list.Add((next, lo - 1));
            next = hi + 1;
        }
        if (next <= MaxCodePoint) list.Add((next, MaxCodePoint));
        return new CodePointSet(list);
    }

    public CodePointSet Intersect(CodePointSet other) => Complement().Union(other.Complement()).Complement();

    public IEnumerable<int> CodePoints()
    {
        foreach (var (lo, hi) in _ranges)
            for (int c = lo; c <= hi; c++) yield return c;
    }

    public long Count => _ranges.Sum(r => (long)r.Hi - r.Lo + 1);

    /// <summary>The part of the set within [lo, hi].</summary>
    public IEnumerable<(int Lo, int Hi)> Within(int lo, int hi)
    {
        foreach (var r in _ranges)
        {
            if (r.Hi < lo || r.Lo > hi) continue;
            yield return (System.Math.Max(r.Lo, lo), System.Math.Min(r.Hi, hi));
        }
    }

    public override string ToString()
    {
        var sb = new StringBuilder();
        foreach (var (lo, hi) in _ranges) sb.Append(lo == hi ? $"{lo:X}," : $"{lo:X}-{hi:X},");
        return sb.ToString();
    }
}
