using System.Collections.Concurrent;
using System.Text;

namespace Ftpy.Modules.Re;

/// <summary>
/// Writes a parsed Python pattern as a .NET regular expression with the same meaning.
/// Nothing is left to .NET's own interpretation of escapes or options: every character class
/// (including \w, \d, \s and case-insensitive literals) is an explicit set computed with
/// Python's rules, anchors are spelled as lookarounds, capture groups are numbered explicitly
/// (.NET would number named groups last), possessive repeats become atomic groups.
/// Two forms exist: for subjects without surrogate pairs every UTF-16 unit is a code point
/// and classes are plain; for subjects with pairs ("astral" form) every class and '.' matches
/// whole code points and lone surrogates only when they are lone.
/// </summary>
public sealed class RegexTranslator
{
    readonly RegexParseState _state;
    readonly bool _astral;
    readonly StringBuilder _sb = new();

    const string HighSurrogates = "[\\uD800-\\uDBFF]";
    const string LowSurrogates = "[\\uDC00-\\uDFFF]";

    static readonly ConcurrentDictionary<(int, ReFlags), CodePointSet> s_foldedLiterals = new();

    RegexTranslator(RegexParseState state, bool astral)
    {
        _state = state;
        _astral = astral;
    }

    /// <summary>The .NET pattern for <paramref name="root"/>; may throw ReSyntaxError for lookbehind widths.</summary>
    public static string Translate(RSeq root, RegexParseState state, bool astral)
    {
        var t = new RegexTranslator(state, astral);
        t.EmitSeq(root, state.Flags);
        return t._sb.ToString();
    }

    static ReFlags Combine(ReFlags flags, ReFlags add, ReFlags del)
    {
        if ((add & ReFlags.TypeFlags) != 0) flags &= ~ReFlags.TypeFlags;
        return (flags | add) & ~del;
    }

    static bool IsUnicode(ReFlags f) => (f & ReFlags.Unicode) != 0;

    void EmitSeq(RSeq seq, ReFlags flags)
    {
        foreach (var item in seq.Items) Emit(item, flags);
    }

    void Emit(RNode node, ReFlags flags)
    {
        switch (node)
        {
            case RLiteral lit:
                if ((flags & ReFlags.IgnoreCase) != 0) EmitSet(FoldedLiteral(lit.Cp, flags));
                else EmitLiteral(lit.Cp);
                break;
            case RNotLiteral nl:
                EmitSet((flags & ReFlags.IgnoreCase) != 0 ? FoldedLiteral(nl.Cp, flags).Complement() : CodePointSet.Of(nl.Cp).Complement());
                break;
            case RAny:
                EmitSet((flags & ReFlags.DotAll) != 0 ? CodePointSet.All : s_notNewline);
                break;
            case RSet set:
                EmitSet(SetOf(set, flags));
                break;
            case RAt at:
                EmitAt(at.Kind, flags);
                break;
            case RRepeat rep:
                EmitRepeat(rep, flags);
                break;
            case RGroup g:
                {
                    var inner = Combine(flags, g.Add, g.Del);
                    _sb.Append(g.Group > 0 ? $"(?<{g.Group}>" : "(?:");
                    EmitSeq(g.Body, inner);
                    _sb.Append(')');
                    break;
                }
            case RAtomic a:
                _sb.Append("(?>");
                EmitSeq(a.Body, flags);
                _sb.Append(')');
                break;
            case RAssert asr:
                if (asr.Behind)
                {
                    var (lo, hi) = asr.Body.Width(_state);
                    if (lo > 0xFFFFFFFFL) throw new ReSyntaxError("looks too much behind", null);
                    if (lo != hi) throw new ReSyntaxError("look-behind requires fixed-width pattern", null);
                }
                _sb.Append(asr.Behind ? (asr.Negate ? "(?<!" : "(?<=") : (asr.Negate ? "(?!" : "(?="));
                EmitSeq(asr.Body, flags);
                _sb.Append(')');
                break;
            case RFailure:
                _sb.Append("(?!)");
                break;
            case RBranch b:
                _sb.Append("(?:");
                for (int i = 0; i < b.Alternatives.Count; i++)
                {
                    if (i > 0) _sb.Append('|');
                    EmitSeq(b.Alternatives[i], flags);
                }
                _sb.Append(')');
                break;
            case RGroupRef gr:
                _sb.Append((flags & ReFlags.IgnoreCase) != 0 ? $"(?i:\\k<{gr.Group}>)" : $"\\k<{gr.Group}>");
                break;
            case RGroupRefExists ge:
                _sb.Append($"(?({ge.Group})(?:");
                EmitSeq(ge.Yes, flags);
                _sb.Append(")|(?:");
                if (ge.No is not null) EmitSeq(ge.No, flags);
                _sb.Append("))");
                break;
        }
    }

    static readonly CodePointSet s_notNewline = CodePointSet.Of('\n').Complement();

    void EmitRepeat(RRepeat rep, ReFlags flags)
    {
        if (rep.Kind == RRepeatKind.Possessive) _sb.Append("(?>");
        _sb.Append("(?:");
        EmitSeq(rep.Body, flags);
        _sb.Append(')');
        long max = rep.Max;
        long min = System.Math.Min(rep.Min, int.MaxValue);
        if (max > int.MaxValue) max = RRepeat.Unbounded;
        if (min == 0 && max == RRepeat.Unbounded) _sb.Append('*');
        else if (min == 1 && max == RRepeat.Unbounded) _sb.Append('+');
        else if (min == 0 && max == 1) _sb.Append('?');
        else if (max == RRepeat.Unbounded) _sb.Append('{').Append(min).Append(",}");
        else if (min == max) _sb.Append('{').Append(min).Append('}');
        else _sb.Append('{').Append(min).Append(',').Append(max).Append('}');
        if (rep.Kind == RRepeatKind.Lazy) _sb.Append('?');
        if (rep.Kind == RRepeatKind.Possessive) _sb.Append(')');
    }

    void EmitAt(RAtKind kind, ReFlags flags)
    {
        bool multiline = (flags & ReFlags.Multiline) != 0;
        switch (kind)
        {
            case RAtKind.Beginning:
                _sb.Append(multiline ? "(?m:^)" : "\\A");
                break;
            case RAtKind.BeginningString:
                _sb.Append("\\A");
                break;
            case RAtKind.End:
                _sb.Append(multiline ? "(?=\\n|\\z)" : "(?=\\n?\\z)");
                break;
            case RAtKind.EndString:
                _sb.Append("\\z");
                break;
            case RAtKind.Boundary:
            case RAtKind.NonBoundary:
                {
                    string w = SetText(CharClasses.Word(IsUnicode(flags)));
                    if (kind == RAtKind.Boundary)
                        _sb.Append("(?:(?<=").Append(w).Append(")(?!").Append(w).Append(")|(?<!").Append(w).Append(")(?=").Append(w).Append("))");
                    else
                        _sb.Append("(?!\\A\\z)(?:(?<=").Append(w).Append(")(?=").Append(w).Append(")|(?<!").Append(w).Append(")(?!").Append(w).Append("))");
                    break;
                }
        }
    }

    static CodePointSet FoldedLiteral(int cp, ReFlags flags)
    {
        var kind = flags & (ReFlags.Unicode | ReFlags.Locale);
        return s_foldedLiterals.GetOrAdd((cp, kind), key => FoldedSet(CodePointSet.Of(key.Item1), key.Item2));
    }

    /// <summary>The code points a case-insensitive item matches (sre's *_IGNORE opcodes).</summary>
    static CodePointSet FoldedSet(CodePointSet members, ReFlags flags)
    {
        if ((flags & ReFlags.Unicode) != 0 && (flags & ReFlags.Locale) == 0)
            return CaseFolding.MatchingLowered(CaseFolding.LowerAll(members, withExtraCases: true));
        return CaseFolding.MatchingAsciiLowered(CaseFolding.AsciiLowerAll(members));
    }

    static CodePointSet SetOf(RSet set, ReFlags flags)
    {
        bool unicode = IsUnicode(flags);
        var ranges = new List<(int, int)>();
        var result = CodePointSet.Empty;
        foreach (var item in set.Items)
        {
            if (item.Category is { } c) result = result.Union(CharClasses.Of(c, unicode));
            else ranges.Add((item.Lo, item.Hi));
        }
        var members = CodePointSet.FromRanges(ranges);
        if ((flags & ReFlags.IgnoreCase) != 0 && !members.IsEmpty) members = FoldedSet(members, flags);
        result = result.Union(members);
        return set.Negate ? result.Complement() : result;
    }

    void EmitLiteral(int cp)
    {
        if (cp >= 0x10000)
        {
            string pair = char.ConvertFromUtf32(cp);
            AppendUnit(_sb, pair[0]);
            AppendUnit(_sb, pair[1]);
        }
        else if (_astral && cp >= 0xD800 && cp <= 0xDBFF)
        {
            AppendUnit(_sb, (char)cp);
            _sb.Append("(?!").Append(LowSurrogates).Append(')');
        }
        else if (_astral && cp >= 0xDC00 && cp <= 0xDFFF)
        {
            _sb.Append("(?<!").Append(HighSurrogates).Append(')');
            AppendUnit(_sb, (char)cp);
        }
        else AppendUnit(_sb, (char)cp);
    }

    static void AppendUnit(StringBuilder sb, char c)
    {
        if (char.IsAsciiLetterOrDigit(c) || c == '_' || c == ' ') sb.Append(c);
        else sb.Append("\\u").Append(((int)c).ToString("X4"));
    }

    void EmitSet(CodePointSet set) => _sb.Append(SetText(set));

    string SetText(CodePointSet set)
    {
        if (_astral) return set.CachedAstralText ??= BuildSetText(set, true);
        return set.CachedBmpText ??= BuildSetText(set, false);
    }

    static string BuildSetText(CodePointSet set, bool astral)
    {
        if (!astral) return BmpClass(set.Within(0, 0xFFFF).ToList());
        var alternatives = new List<string>();
        var plain = set.Within(0, 0xD7FF).Concat(set.Within(0xE000, 0xFFFF)).ToList();
        if (plain.Count > 0) alternatives.Add(BmpClass(plain));
        var high = set.Within(0xD800, 0xDBFF).ToList();
        if (high.Count > 0) alternatives.Add(BmpClass(high) + "(?!" + LowSurrogates + ")");
        var low = set.Within(0xDC00, 0xDFFF).ToList();
        if (low.Count > 0) alternatives.Add("(?<!" + HighSurrogates + ")" + BmpClass(low));
        foreach (var (lo, hi) in set.Within(0x10000, CodePointSet.MaxCodePoint)) AddAstralRange(alternatives, lo, hi);
        if (alternatives.Count == 0) return "(?!)";
        if (alternatives.Count == 1 && plain.Count > 0) return alternatives[0];
        return "(?:" + string.Join('|', alternatives) + ")";
    }

    static void AddAstralRange(List<string> alternatives, int lo, int hi)
    {
        string a = char.ConvertFromUtf32(lo), b = char.ConvertFromUtf32(hi);
        char h1 = a[0], l1 = a[1], h2 = b[0], l2 = b[1];
        if (h1 == h2)
        {
            alternatives.Add(Unit(h1) + UnitRange(l1, l2));
            return;
        }
        alternatives.Add(Unit(h1) + UnitRange(l1, '\uDFFF'));
        if (h2 - h1 > 1) alternatives.Add(UnitRange((char)(h1 + 1), (char)(h2 - 1)) + "[\\uDC00-\\uDFFF]");
        alternatives.Add(Unit(h2) + UnitRange('\uDC00', l2));
    }

    static string Unit(char c) => "\\u" + ((int)c).ToString("X4");

    static string UnitRange(char lo, char hi) => lo == hi ? Unit(lo) : "[" + Unit(lo) + "-" + Unit(hi) + "]";

    static string BmpClass(List<(int Lo, int Hi)> ranges)
    {
        if (ranges.Count == 0) return "(?!)";
        if (ranges.Count == 1 && ranges[0].Lo == 0 && ranges[0].Hi == 0xFFFF) return "[\\s\\S]";
        var sb = new StringBuilder("[");
        foreach (var (lo, hi) in ranges)
        {
            AppendClassUnit(sb, (char)lo);
            if (hi > lo)
            {
                if (hi > lo + 1) sb.Append('-');
                AppendClassUnit(sb, (char)hi);
            }
        }
        return sb.Append(']').ToString();
    }

    static void AppendClassUnit(StringBuilder sb, char c)
    {
        if (char.IsAsciiLetterOrDigit(c)) sb.Append(c);
        else sb.Append("\\u").Append(((int)c).ToString("X4"));
    }
}
