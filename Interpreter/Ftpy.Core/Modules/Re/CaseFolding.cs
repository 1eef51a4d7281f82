using System.Text;
using Ftpy.Objects.Text;

namespace Ftpy.Modules.Re;

/// <summary>
/// Case-insensitive matching as CPython's sre defines it. Unicode patterns compare simple
/// lowercase mappings (the first code point of the full mapping), widened by the "extra
/// cases" table: lowercase letters sharing an uppercase (s/ſ, k/K-sign's k, σ/ς, β/ϐ...).
/// ASCII patterns fold only A-Z. Tables are built from the interpreter's Unicode data on
/// first use and shared by all patterns.
/// </summary>
public static class CaseFolding
{
    static (int Cp, int Lower)[]? s_lowering;
    static Dictionary<int, int[]>? s_extraCases;

    public static int Lower(int cp) => UnicodeType.LowerIsIdentity(cp) ? cp : FirstOf(cp, lower: true);

    public static int Upper(int cp) => UnicodeType.UpperIsIdentity(cp) ? cp : FirstOf(cp, lower: false);

    static int FirstOf(int cp, bool lower)
    {
        var sb = new StringBuilder(4);
        if (lower) UnicodeType.AppendLower(sb, cp);
        else UnicodeType.AppendUpper(sb, cp);
        return char.ConvertToUtf32(sb.ToString(), 0);
    }

    static string Full(int cp, bool lower)
    {
        var sb = new StringBuilder(4);
        if (lower) UnicodeType.AppendLower(sb, cp);
        else UnicodeType.AppendUpper(sb, cp);
        return sb.ToString();
    }

    /// <summary>sre's unicode_iscased: the character has a different lower or upper case.</summary>
    public static bool IsCased(int cp) => Lower(cp) != cp || Upper(cp) != cp;

    public static int AsciiLower(int cp) => cp is >= 'A' and <= 'Z' ? cp + 32 : cp;

    /// <summary>Every code point whose simple lowercase differs from it, with that lowercase.</summary>
    static (int Cp, int Lower)[] Lowering
    {
        get
        {
            var table = s_lowering;
            if (table is not null) return table;
            var list = new List<(int, int)>();
            for (int cp = 0; cp <= CodePointSet.MaxCodePoint; cp++)
            {
                if (UnicodeType.LowerIsIdentity(cp)) continue;
                int lo = FirstOf(cp, lower: true);
                if (lo != cp) list.Add((cp, lo));
            }
            return s_lowering = list.ToArray();
        }
    }

    static CodePointSet? s_loweringSet;

    static CodePointSet LoweringSet => s_loweringSet ??= CodePointSet.FromRanges(Lowering.Select(p => (p.Cp, p.Cp)));

    /// <summary>
    /// CPython's _casefix._EXTRA_CASES: maps a lowercased code point to the other lowercased
    /// code points that have the same uppercase.
    /// </summary>
    public static IReadOnlyDictionary<int, int[]> ExtraCases
    {
        get
        {
            var table = s_extraCases;
            if (table is not null) return table;
            var groups = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            for (int cp = 0; cp <= CodePointSet.MaxCodePoint; cp++)
            {
                if (UnicodeType.UpperIsIdentity(cp)) continue;
                string upper = Full(cp, lower: false);
                if (!groups.TryGetValue(upper, out var members)) groups[upper] = members = new List<int>();
                members.Add(cp);
            }
            table = new Dictionary<int, int[]>();
            foreach (var (upper, members) in groups)
            {
                var all = new List<int>(members);
                if (upper.Length == char.ConvertFromUtf32(char.ConvertToUtf32(upper, 0)).Length)
                {
                    int k = char.ConvertToUtf32(upper, 0);
                    if (UnicodeType.UpperIsIdentity(k)) all.Add(k);
                }
                if (all.Count < 2) continue;
                var lowered = new SortedSet<int>();
                foreach (int c in all)
                {
                    string lower = Full(c, lower: true);
                    if (lower.Length != char.ConvertFromUtf32(char.ConvertToUtf32(lower, 0)).Length) continue;
                    lowered.Add(char.ConvertToUtf32(lower, 0));
                }
                if (lowered.Count < 2) continue;
                foreach (int i in lowered) table[i] = lowered.Where(j => j != i).ToArray();
            }
            return s_extraCases = table;
        }
    }

    /// <summary>
    /// The code points a case-insensitive Unicode pattern item matches, given the set of
    /// lowercased code points it compares against (IN_UNI_IGNORE / LITERAL_UNI_IGNORE).
    /// </summary>
    public static CodePointSet MatchingLowered(CodePointSet lowered)
    {
        // Members that are their own lowercase, plus every code point lowering into the set.
        var lowering = new List<(int, int)>();
        foreach (var (cp, lo) in Lowering)
            if (lowered.Contains(lo)) lowering.Add((cp, cp));
        return lowered.Intersect(LoweringSet.Complement()).Union(CodePointSet.FromRanges(lowering));
    }

    /// <summary>Lowercases every member (plus its extra cases): the set sre's charmap holds.</summary>
    public static CodePointSet LowerAll(CodePointSet set, bool withExtraCases)
    {
        var lowered = new List<(int, int)>();
        foreach (var (cp, lo) in Lowering)
            if (set.Contains(cp)) lowered.Add((lo, lo));
        var result = set.Intersect(LoweringSet.Complement()).Union(CodePointSet.FromRanges(lowered));
        if (!withExtraCases) return result;
        var extra = new List<(int, int)>();
        foreach (var (key, more) in ExtraCases)
            if (result.Contains(key))
                foreach (int m in more) extra.Add((m, m));
        return result.Union(CodePointSet.FromRanges(extra));
    }

    /// <summary>Code points whose ASCII-lowercase is in <paramref name="lowered"/> (IN_IGNORE / LITERAL_IGNORE).</summary>
    public static CodePointSet MatchingAsciiLowered(CodePointSet lowered)
    {
        var list = new List<(int, int)>();
        foreach (var (lo, hi) in lowered.Ranges) list.Add((lo, hi));
        var result = CodePointSet.FromRanges(list);
        // A-Z match when their lowercase is in the set; A-Z themselves only then.
        var upperAscii = new List<(int, int)>();
        var removeUpper = new List<(int, int)>();
        for (int c = 'A'; c <= 'Z'; c++)
        {
            if (lowered.Contains(c + 32)) upperAscii.Add((c, c));
            else if (lowered.Contains(c)) removeUpper.Add((c, c));
        }
        return result.Intersect(CodePointSet.FromRanges(removeUpper).Complement()).Union(CodePointSet.FromRanges(upperAscii));
    }

    /// <summary>ASCII-lowercases every member.</summary>
    public static CodePointSet AsciiLowerAll(CodePointSet set)
    {
        var upper = set.Intersect(CodePointSet.FromRanges(new[] { ((int)'A', (int)'Z') }));
        var shifted = upper.Ranges.Select(r => (r.Lo + 32, r.Hi + 32));
        return set.Intersect(CodePointSet.FromRanges(new[] { ((int)'A', (int)'Z') }).Complement()).Union(CodePointSet.FromRanges(shifted));
    }
}
