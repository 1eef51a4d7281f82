using System.Text;
using Ftpy.Objects;
using Ftpy.Objects.Text;
using Ftpy.Runtime;

namespace Ftpy.Modules.Re;

/// <summary>A pattern error found while parsing: the message and the code-point position (or none).</summary>
public sealed class ReSyntaxError : Exception
{
    public readonly string Msg;
    public readonly int? Pos;
    public ReSyntaxError(string msg, int? pos) : base(msg) { Msg = msg; Pos = pos; }
}

/// <summary>What the parser learns about groups and flags (sre_parse.State).</summary>
public sealed class RegexParseState
{
    public const long MaxWidth = long.MaxValue / 4;
    public const long MaxRepeat = 4294967295;
    public const int MaxGroups = 1073741823;

    public ReFlags Flags;
    public readonly Dictionary<string, int> GroupDict = new(StringComparer.Ordinal);
    /// <summary>Widths of closed groups by number; null while a group is open. Index 0 is the whole match.</summary>
    public readonly List<(long, long)?> GroupWidths = new() { null };
    /// <summary>The enclosing capture group of each group (0 at top level).</summary>
    public readonly List<int> GroupParent = new() { 0 };
    public int? LookbehindGroups;
    public readonly Dictionary<int, int> GroupRefPos = new();

    public int Groups => GroupWidths.Count;

    public int OpenGroup(string? name, int parent)
    {
        int gid = Groups;
        GroupWidths.Add(null);
        GroupParent.Add(parent);
        if (Groups > MaxGroups) throw new ReSyntaxError("too many groups", null);
        if (name is not null)
        {
            if (GroupDict.TryGetValue(name, out int old))
                throw new ReSyntaxError($"redefinition of group name {PyRepr(name)} as group {gid}; was group {old}", null);
            GroupDict[name] = gid;
        }
        return gid;
    }

    public bool CheckGroup(int gid) => gid < Groups && GroupWidths[gid] is not null;

    internal static string PyRepr(string s) => StrRepr.Repr(s);
}

/// <summary>
/// Parses Python regular expression syntax exactly as CPython's re._parser does: the same
/// grammar, the same quirks (a '{' that does not start a valid repeat is a literal, octal
/// versus group-reference escapes, global flags only at the start) and the same error
/// messages and positions. Patterns are handled as code points (bytes as latin-1).
/// </summary>
public sealed class RegexParser
{
    const string SpecialChars = ".\\[{()*+?^$|";
    const string RepeatChars = "*+?{";
    const string Whitespace = " \t\n\r\v\f";

    readonly int[] _cps;
    readonly bool _isText;
    int _index;
    // The next token: -1 at the end; _nextEscaped when it is a backslash escape of _next.
    int _next;
    bool _nextEscaped;
    readonly RegexParseState _state = new();
    internal readonly List<string> Warnings = new();

    RegexParser(int[] cps, bool isText)
    {
        _cps = cps;
        _isText = isText;
        Advance();
    }

    public static int[] CodePointsOf(string s)
    {
        var list = new List<int>(s.Length);
        for (int i = 0; i < s.Length;)
        {
            list.Add(CodePoints.At(s, i, out int w));
            i += w;
        }
        return list.ToArray();
    }

    // ---- tokenizer ----

    void Advance()
    {
        int index = _index;
        if (index >= _cps.Length)
        {
            _next = -1;
            _nextEscaped = false;
            return;
        }
        int c = _cps[index];
        if (c == '\\')
        {
            index++;
            if (index >= _cps.Length) throw new ReSyntaxError("bad escape (end of pattern)", _cps.Length - 1);
            _next = _cps[index];
            _nextEscaped = true;
        }
        else
        {
            _next = c;
            _nextEscaped = false;
        }
        _index = index + 1;
    }

    bool AtEnd => _next < 0;
    bool NextIs(char c) => _next == c && !_nextEscaped;
    bool NextIsPlainIn(string chars) => _next >= 0 && !_nextEscaped && _next < 0x10000 && chars.IndexOf((char)_next) >= 0;
    int TokenLength => _next < 0 ? 0 : _nextEscaped ? 2 : 1;

    bool Match(char c)
    {
        if (!NextIs(c)) return false;
        Advance();
        return true;
    }

    /// <summary>Returns the next token (code point, escaped) and advances; cp is -1 at the end.</summary>
    (int Cp, bool Escaped) Get()
    {
        var t = (_next, _nextEscaped);
        Advance();
        return t;
    }

    string GetWhile(int n, Func<int, bool> accept)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < n; i++)
        {
            if (_next < 0 || _nextEscaped || !accept(_next)) break;
            CodePoints.Append(sb, _next);
            Advance();
        }
        return sb.ToString();
    }

    string GetUntil(char terminator, string name)
    {
        var sb = new StringBuilder();
        int length = 0;
        while (true)
        {
            var (c, esc) = Get();
            if (c < 0)
            {
                if (length == 0) throw Error("missing " + name);
                throw Error($"missing {terminator}, unterminated name", length);
            }
            if (c == terminator && !esc)
            {
                if (length == 0) throw Error("missing " + name, 1);
                break;
            }
            if (esc) { sb.Append('\\'); length++; }
            CodePoints.Append(sb, c);
            length++;
        }
        return sb.ToString();
    }

    int Tell() => _index - TokenLength;

    void Seek(int index)
    {
        _index = index;
        Advance();
    }

    ReSyntaxError Error(string msg, int offset = 0)
    {
        if (!_isText) msg = AsciiBackslashReplace(msg);
        return new ReSyntaxError(msg, Tell() - offset);
    }

    static string AsciiBackslashReplace(string s)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < s.Length;)
        {
            int c = CodePoints.At(s, i, out int w);
            i += w;
            if (c < 128) sb.Append((char)c);
            else if (c < 0x100) sb.Append("\\x").Append(c.ToString("x2"));
            else if (c < 0x10000) sb.Append("\\u").Append(c.ToString("x4"));
            else sb.Append("\\U").Append(c.ToString("x8"));
        }
        return sb.ToString();
    }

    static int CpLength(string s) => CodePoints.Count(s);

    void CheckGroupName(string name, int offset)
    {
        if (!(_isText || StrPredicates.IsAscii(name)))
            throw Error($"bad character in group name {AsciiRepr(name)}", CpLength(name) + offset);
        if (!StrPredicates.IsIdentifier(name))
            throw Error($"bad character in group name {RegexParseState.PyRepr(name)}", CpLength(name) + offset);
    }

    static string AsciiRepr(string s) => StrRepr.Repr(s, asciiOnly: true);

    static string TokenText(int c, bool escaped) => (escaped ? "\\" : "") + char.ConvertFromUtf32(c);

    // ---- entry point ----

    public sealed record Result(RSeq Root, RegexParseState State, List<string> Warnings);

    /// <summary>Parses a pattern; <paramref name="flags"/> are the compile flags (fixed up for str/bytes afterwards).</summary>
    public static Result Parse(int[] cps, bool isText, ReFlags flags)
    {
        var p = new RegexParser(cps, isText);
        p._state.Flags = flags;
        var root = p.ParseSub((flags & ReFlags.Verbose) != 0, 0, 0);
        p._state.Flags = FixFlags(isText, p._state.Flags);
        if (!p.AtEnd) throw p.Error("unbalanced parenthesis");
        foreach (var (g, pos) in p._state.GroupRefPos)
            if (g >= p._state.Groups) throw new ReSyntaxError($"invalid group reference {g}", pos);
        return new Result(root, p._state, p.Warnings);
    }

    public static ReFlags FixFlags(bool isText, ReFlags flags)
    {
        if (isText)
        {
            if ((flags & ReFlags.Locale) != 0) throw PyErr.ValueError("cannot use LOCALE flag with a str pattern");
            if ((flags & ReFlags.Ascii) == 0) flags |= ReFlags.Unicode;
            else if ((flags & ReFlags.Unicode) != 0) throw PyErr.ValueError("ASCII and UNICODE flags are incompatible");
        }
        else
        {
            if ((flags & ReFlags.Unicode) != 0) throw PyErr.ValueError("cannot use UNICODE flag with a bytes pattern");
            if ((flags & ReFlags.Locale) != 0 && (flags & ReFlags.Ascii) != 0) throw PyErr.ValueError("ASCII and LOCALE flags are incompatible");
        }
        return flags;
    }

    // ---- grammar ----

    RSeq ParseSub(bool verbose, int nested, int parentGroup)
    {
        var items = new List<RSeq>();
        while (true)
        {
            bool itemVerbose = verbose;
            items.Add(ParseSeq(ref itemVerbose, nested + 1, nested == 0 && items.Count == 0, parentGroup));
            if (!Match('|')) break;
            if (nested == 0) verbose = (_state.Flags & ReFlags.Verbose) != 0;
        }
        if (items.Count == 1) return items[0];
        var seq = new RSeq();
        seq.Items.Add(new RBranch(items));
        return seq;
    }

    RSeq ParseSeq(ref bool verbose, int nested, bool first, int parentGroup)
    {
        var seq = new RSeq();
        var items = seq.Items;
        while (true)
        {
            if (AtEnd) break;
            if (NextIs('|') || NextIs(')')) break;
            var (c, escaped) = Get();
            if (verbose && !escaped)
            {
                if (c < 0x80 && Whitespace.IndexOf((char)c) >= 0) continue;
                if (c == '#')
                {
                    while (true)
                    {
                        var (t, te) = Get();
                        if (t < 0 || (t == '\n' && !te)) break;
                    }
                    continue;
                }
            }
            if (escaped)
            {
                items.Add(ParseEscape(c));
            }
            else if (c >= 0x10000 || SpecialChars.IndexOf((char)c) < 0)
            {
                items.Add(new RLiteral(c));
            }
            else if (c == '[')
            {
                items.Add(ParseSet(nested));
            }
            else if (RepeatChars.IndexOf((char)c) >= 0)
            {
                if (ParseRepeat(c, items)) continue;
            }
            else if (c == '.')
            {
                items.Add(new RAny());
            }
            else if (c == '(')
            {
                var node = ParseGroup(ref verbose, nested, first, items.Count > 0, parentGroup);
                if (node is not null) items.Add(node);
            }
            else if (c == '^')
            {
                items.Add(new RAt(RAtKind.Beginning));
            }
            else if (c == '$')
            {
                items.Add(new RAt(RAtKind.End));
            }
        }
        // Non-capturing groups without flags are spliced into the sequence.
        for (int i = items.Count - 1; i >= 0; i--)
        {
            if (items[i] is RGroup g && g.Group == 0 && g.Add == 0 && g.Del == 0)
            {
                items.RemoveAt(i);
                items.InsertRange(i, g.Body.Items);
            }
        }
        return seq;
    }

    /// <summary>Handles a repeat character after an item; returns true when '{' turned out to be a literal.</summary>
    bool ParseRepeat(int c, List<RNode> items)
    {
        int here = Tell();
        long min, max;
        switch (c)
        {
            case '?': min = 0; max = 1; break;
            case '*': min = 0; max = RRepeat.Unbounded; break;
            case '+': min = 1; max = RRepeat.Unbounded; break;
            default:
                {
                    if (NextIs('}'))
                    {
                        items.Add(new RLiteral(c));
                        return true;
                    }
                    min = 0;
                    max = RRepeat.Unbounded;
                    string lo = GetWhile(int.MaxValue, IsAsciiDigit), hi;
                    if (Match(',')) hi = GetWhile(int.MaxValue, IsAsciiDigit);
                    else hi = lo;
                    if (!Match('}'))
                    {
                        items.Add(new RLiteral(c));
                        Seek(here);
                        return true;
                    }
                    if (lo.Length > 0)
                    {
                        min = ParseRepeatCount(lo);
                    }
                    if (hi.Length > 0)
                    {
                        max = ParseRepeatCount(hi);
                        if (max < min) throw Error("min repeat greater than max repeat", Tell() - here);
                    }
                    break;
                }
        }
        RNode? item = items.Count > 0 ? items[^1] : null;
        if (item is null || item is RAt) throw Error("nothing to repeat", Tell() - here + 1);
        if (item is RRepeat) throw Error("multiple repeat", Tell() - here + 1);
        RSeq body;
        if (item is RGroup g && g.Group == 0 && g.Add == 0 && g.Del == 0) body = g.Body;
        else
        {
            body = new RSeq();
            body.Items.Add(item);
        }
        var kind = Match('?') ? RRepeatKind.Lazy : Match('+') ? RRepeatKind.Possessive : RRepeatKind.Greedy;
        items[^1] = new RRepeat(min, max, body, kind);
        return false;
    }

    static bool IsAsciiDigit(int c) => c >= '0' && c <= '9';

    static long ParseRepeatCount(string digits)
    {
        // Python compares the exact integer with MAXREPEAT.
        string trimmed = digits.TrimStart('0');
        if (trimmed.Length > 10 || (trimmed.Length > 0 && long.Parse(trimmed) >= RegexParseState.MaxRepeat))
            throw PyErr.OverflowError("the repetition number is too large");
        return trimmed.Length == 0 ? 0 : long.Parse(trimmed);
    }

    RNode ParseSet(int nested)
    {
        int here = Tell() - 1;
        var set = new List<RSetItem>();
        if (NextIs('[')) Warnings.Add($"Possible nested set at position {Tell()}");
        bool negate = Match('^');
        while (true)
        {
            var (c, esc) = Get();
            if (c < 0) throw Error("unterminated character set", Tell() - here);
            if (c == ']' && !esc && set.Count > 0) break;
            RSetItem code1;
            bool code1IsLiteral;
            if (esc)
            {
                code1 = ClassEscape(c, out code1IsLiteral);
            }
            else
            {
                if (set.Count > 0 && c < 0x80 && "-&~|".IndexOf((char)c) >= 0 && NextIs((char)c))
                {
                    string what = c == '-' ? "difference" : c == '&' ? "intersection" : c == '~' ? "symmetric difference" : "union";
                    Warnings.Add($"Possible set {what} at position {Tell() - 1}");
                }
                code1 = RSetItem.Literal(c);
                code1IsLiteral = true;
            }
            if (Match('-'))
            {
                var (that, thatEsc) = Get();
                if (that < 0) throw Error("unterminated character set", Tell() - here);
                if (that == ']' && !thatEsc)
                {
                    set.Add(code1);
                    set.Add(RSetItem.Literal('-'));
                    break;
                }
                RSetItem code2;
                bool code2IsLiteral;
                if (thatEsc) code2 = ClassEscape(that, out code2IsLiteral);
                else
                {
                    if (that == '-') Warnings.Add($"Possible set difference at position {Tell() - 2}");
                    code2 = RSetItem.Literal(that);
                    code2IsLiteral = true;
                }
                string thisText = TokenText(c, esc);
                string thatText = TokenText(that, thatEsc);
                if (!code1IsLiteral || !code2IsLiteral)
                    throw Error($"bad character range {thisText}-{thatText}", CpLength(thisText) + 1 + CpLength(thatText));
                if (code2.Lo < code1.Lo)
                    throw Error($"bad character range {thisText}-{thatText}", CpLength(thisText) + 1 + CpLength(thatText));
                set.Add(RSetItem.Range(code1.Lo, code2.Lo));
            }
            else set.Add(code1);
        }
        var unique = new List<RSetItem>();
        foreach (var item in set) if (!unique.Contains(item)) unique.Add(item);
        if (unique.Count == 1 && unique[0].IsLiteral)
            return negate ? new RNotLiteral(unique[0].Lo) : new RLiteral(unique[0].Lo);
        return new RSet(unique, negate);
    }

    RSetItem ClassEscape(int c, out bool isLiteral)
    {
        isLiteral = true;
        string text = "\\" + char.ConvertFromUtf32(c);
        RSetItem result;
        switch (c)
        {
            case 'a': result = RSetItem.Literal(7); break;
            case 'b': result = RSetItem.Literal(8); break;
            case 'f': result = RSetItem.Literal(12); break;
            case 'n': result = RSetItem.Literal(10); break;
            case 'r': result = RSetItem.Literal(13); break;
            case 't': result = RSetItem.Literal(9); break;
            case 'v': result = RSetItem.Literal(11); break;
            case '\\': result = RSetItem.Literal('\\'); break;
            case 'd': isLiteral = false; result = RSetItem.Of(RCategory.Digit); break;
            case 'D': isLiteral = false; result = RSetItem.Of(RCategory.NotDigit); break;
            case 's': isLiteral = false; result = RSetItem.Of(RCategory.Space); break;
            case 'S': isLiteral = false; result = RSetItem.Of(RCategory.NotSpace); break;
            case 'w': isLiteral = false; result = RSetItem.Of(RCategory.Word); break;
            case 'W': isLiteral = false; result = RSetItem.Of(RCategory.NotWord); break;
            default:
                result = RSetItem.Literal(CommonEscape(c, ref text, inClass: true));
                break;
        }
        return result;
    }

    /// <summary>\x, \u, \U, \N, octal and identity escapes shared by classes and expressions;
    /// <paramref name="text"/> grows to the whole escape as it is read.</summary>
    int CommonEscape(int c, ref string text, bool inClass)
    {
        if (c == 'x')
        {
            text += GetWhile(2, IsHexDigit);
            if (text.Length != 4) throw Error($"incomplete escape {text}", text.Length);
            return Convert.ToInt32(text[2..], 16);
        }
        if (c == 'u' && _isText)
        {
            text += GetWhile(4, IsHexDigit);
            if (text.Length != 6) throw Error($"incomplete escape {text}", text.Length);
            return Convert.ToInt32(text[2..], 16);
        }
        if (c == 'U' && _isText)
        {
            text += GetWhile(8, IsHexDigit);
            if (text.Length != 10) throw Error($"incomplete escape {text}", text.Length);
            long v = Convert.ToInt64(text[2..], 16);
            if (v > CodePointSet.MaxCodePoint) throw Error($"bad escape {text}", text.Length);
            return (int)v;
        }
        if (c == 'N' && _isText)
        {
            if (!Match('{')) throw Error("missing {");
            string name = GetUntil('}', "character name");
            if (UnicodeNames.TryLookup(name, namedSequences: true, out var found) && CodePoints.Count(found) == 1)
                return CodePoints.At(found, 0, out _);
            throw Error($"undefined character name {RegexParseState.PyRepr(name)}", CpLength(name) + 4);
        }
        if (inClass && c >= '0' && c <= '7')
        {
            text += GetWhile(2, IsOctDigit);
            int v = Convert.ToInt32(text[1..], 8);
            if (v > 0xff) throw Error($"octal escape value {text} outside of range 0-0o377", text.Length);
            return v;
        }
        if (inClass && c >= '0' && c <= '9') throw Error($"bad escape {text}", CpLength(text));
        if (c < 0x80 && char.IsAsciiLetter((char)c)) throw Error($"bad escape {text}", CpLength(text));
        return c;
    }

    static bool IsHexDigit(int c) => c < 0x80 && char.IsAsciiHexDigit((char)c);
    static bool IsOctDigit(int c) => c >= '0' && c <= '7';

    RNode ParseEscape(int c)
    {
        switch (c)
        {
            case 'A': return new RAt(RAtKind.BeginningString);
            case 'b': return new RAt(RAtKind.Boundary);
            case 'B': return new RAt(RAtKind.NonBoundary);
            case 'Z': return new RAt(RAtKind.EndString);
            case 'd': return CategorySet(RCategory.Digit);
            case 'D': return CategorySet(RCategory.NotDigit);
            case 's': return CategorySet(RCategory.Space);
            case 'S': return CategorySet(RCategory.NotSpace);
            case 'w': return CategorySet(RCategory.Word);
            case 'W': return CategorySet(RCategory.NotWord);
            case 'a': return new RLiteral(7);
            case 'f': return new RLiteral(12);
            case 'n': return new RLiteral(10);
            case 'r': return new RLiteral(13);
            case 't': return new RLiteral(9);
            case 'v': return new RLiteral(11);
            case '\\': return new RLiteral('\\');
        }
        string text = "\\" + char.ConvertFromUtf32(c);
        if (c == '0')
        {
            text += GetWhile(2, IsOctDigit);
            return new RLiteral(Convert.ToInt32(text[1..], 8));
        }
        if (c >= '1' && c <= '9')
        {
            if (_next >= '0' && _next <= '9' && !_nextEscaped)
            {
                text += char.ConvertFromUtf32(Get().Cp);
                if (IsOctDigit(text[1]) && IsOctDigit(text[2]) && IsOctDigit(_next) && !_nextEscaped)
                {
                    text += char.ConvertFromUtf32(Get().Cp);
                    int v = Convert.ToInt32(text[1..], 8);
                    if (v > 0xff) throw Error($"octal escape value {text} outside of range 0-0o377", text.Length);
                    return new RLiteral(v);
                }
            }
            int group = int.Parse(text[1..]);
            if (group < _state.Groups)
            {
                if (!_state.CheckGroup(group)) throw Error("cannot refer to an open group", text.Length);
                CheckLookbehindGroup(group);
                return new RGroupRef(group);
            }
            throw Error($"invalid group reference {group}", text.Length - 1);
        }
        return new RLiteral(CommonEscape(c, ref text, inClass: false));
    }

    static RSet CategorySet(RCategory c) => new(new List<RSetItem> { RSetItem.Of(c) }, false);

    void CheckLookbehindGroup(int gid)
    {
        if (_state.LookbehindGroups is int lb)
        {
            if (!_state.CheckGroup(gid)) throw Error("cannot refer to an open group");
            if (gid >= lb) throw Error("cannot refer to group defined in the same lookbehind subpattern");
        }
    }

    RNode? ParseGroup(ref bool verbose, int nested, bool first, bool hasItems, int parentGroup)
    {
        int start = Tell() - 1;
        bool capture = true, atomic = false;
        string? name = null;
        ReFlags addFlags = 0, delFlags = 0;
        if (Match('?'))
        {
            var (ch, chEsc) = Get();
            if (ch < 0) throw Error("unexpected end of pattern");
            string chText = TokenText(ch, chEsc);
            if (ch == 'P' && !chEsc)
            {
                if (Match('<'))
                {
                    name = GetUntil('>', "group name");
                    CheckGroupName(name, 1);
                }
                else if (Match('='))
                {
                    name = GetUntil(')', "group name");
                    CheckGroupName(name, 1);
                    if (!_state.GroupDict.TryGetValue(name, out int gid))
                        throw Error($"unknown group name {RegexParseState.PyRepr(name)}", CpLength(name) + 1);
                    if (!_state.CheckGroup(gid)) throw Error("cannot refer to an open group", CpLength(name) + 1);
                    CheckLookbehindGroup(gid);
                    return new RGroupRef(gid);
                }
                else
                {
                    var (ch2, ch2Esc) = Get();
                    if (ch2 < 0) throw Error("unexpected end of pattern");
                    string t2 = TokenText(ch2, ch2Esc);
                    throw Error("unknown extension ?P" + t2, CpLength(t2) + 2);
                }
            }
            else if (ch == ':' && !chEsc)
            {
                capture = false;
            }
            else if (ch == '#' && !chEsc)
            {
                while (true)
                {
                    if (AtEnd) throw Error("missing ), unterminated comment", Tell() - start);
                    var (t, te) = Get();
                    if (t == ')' && !te) break;
                }
                return null;
            }
            else if ((ch == '=' || ch == '!' || ch == '<') && !chEsc)
            {
                bool behind = false;
                int? savedLookbehind = null;
                if (ch == '<')
                {
                    var (ch2, ch2Esc) = Get();
                    if (ch2 < 0) throw Error("unexpected end of pattern");
                    if (ch2Esc || (ch2 != '=' && ch2 != '!'))
                    {
                        string t2 = TokenText(ch2, ch2Esc);
                        throw Error("unknown extension ?<" + t2, CpLength(t2) + 2);
                    }
                    ch = ch2;
                    behind = true;
                    savedLookbehind = _state.LookbehindGroups;
                    if (savedLookbehind is null) _state.LookbehindGroups = _state.Groups;
                }
                var body = ParseSub(verbose, nested + 1, parentGroup);
                if (behind && savedLookbehind is null) _state.LookbehindGroups = null;
                if (!Match(')')) throw Error("missing ), unterminated subpattern", Tell() - start);
                if (ch == '=') return new RAssert(behind, false, body);
                if (body.Items.Count > 0) return new RAssert(behind, true, body);
                return new RFailure();
            }
            else if (ch == '(' && !chEsc)
            {
                return ParseConditional(verbose, nested, start, parentGroup);
            }
            else if (ch == '>' && !chEsc)
            {
                capture = false;
                atomic = true;
            }
            else if (!chEsc && (FlagOf(ch) != 0 || ch == '-'))
            {
                var flags = ParseFlags(ch);
                if (flags is null)
                {
                    if (!first || hasItems)
                        throw Error("global flags not at the start of the expression", Tell() - start);
                    verbose = (_state.Flags & ReFlags.Verbose) != 0;
                    return null;
                }
                (addFlags, delFlags) = flags.Value;
                capture = false;
            }
            else
            {
                throw Error("unknown extension ?" + chText, CpLength(chText) + 1);
            }
        }
        int group = 0;
        if (capture)
        {
            try { group = _state.OpenGroup(name, parentGroup); }
            catch (ReSyntaxError e) { throw Error(e.Msg, CpLength(name ?? "") + 1); }
        }
        bool subVerbose = (verbose || (addFlags & ReFlags.Verbose) != 0) && (delFlags & ReFlags.Verbose) == 0;
        var p = ParseSub(subVerbose, nested + 1, capture ? group : parentGroup);
        if (!Match(')')) throw Error("missing ), unterminated subpattern", Tell() - start);
        if (capture) _state.GroupWidths[group] = p.Width(_state);
        if (atomic) return new RAtomic(p);
        return new RGroup(group, addFlags, delFlags, p);
    }

    RNode ParseConditional(bool verbose, int nested, int start, int parentGroup)
    {
        string condName = GetUntil(')', "group name");
        int condGroup;
        if (!(StrPredicates.IsDecimal(condName) && StrPredicates.IsAscii(condName)))
        {
            CheckGroupName(condName, 1);
            if (!_state.GroupDict.TryGetValue(condName, out condGroup))
                throw Error($"unknown group name {RegexParseState.PyRepr(condName)}", CpLength(condName) + 1);
        }
        else
        {
            string digits = condName.TrimStart('0');
            if (digits.Length > 10 || (digits.Length > 0 && long.Parse(digits) >= RegexParseState.MaxGroups))
                throw Error($"invalid group reference {(digits.Length == 0 ? "0" : digits)}", CpLength(condName) + 1);
            condGroup = digits.Length == 0 ? 0 : int.Parse(digits);
            if (condGroup == 0) throw Error("bad group number", CpLength(condName) + 1);
            if (!_state.GroupRefPos.ContainsKey(condGroup))
                _state.GroupRefPos[condGroup] = Tell() - CpLength(condName) - 1;
        }
        CheckLookbehindGroup(condGroup);
        bool v = verbose;
        var yes = ParseSeq(ref v, nested + 1, false, parentGroup);
        RSeq? no = null;
        if (Match('|'))
        {
            v = verbose;
            no = ParseSeq(ref v, nested + 1, false, parentGroup);
            if (NextIs('|')) throw Error("conditional backref with more than two branches");
        }
        if (!Match(')')) throw Error("missing ), unterminated subpattern", Tell() - start);
        return new RGroupRefExists(condGroup, yes, no);
    }

    static ReFlags FlagOf(int c) => c switch
    {
        'i' => ReFlags.IgnoreCase,
        'L' => ReFlags.Locale,
        'm' => ReFlags.Multiline,
        's' => ReFlags.DotAll,
        'x' => ReFlags.Verbose,
        'a' => ReFlags.Ascii,
        'u' => ReFlags.Unicode,
        _ => 0,
    };

    /// <summary>Inline flags after "(?": null for global flags "(?i)", else the scoped (add, del) of "(?i-s:".</summary>
    (ReFlags, ReFlags)? ParseFlags(int ch)
    {
        ReFlags add = 0, del = 0;
        bool esc = false;
        if (ch != '-')
        {
            while (true)
            {
                var flag = FlagOf(ch);
                if (_isText)
                {
                    if (ch == 'L') throw Error("bad inline flags: cannot use 'L' flag with a str pattern");
                }
                else if (ch == 'u') throw Error("bad inline flags: cannot use 'u' flag with a bytes pattern");
                add |= flag;
                if ((flag & ReFlags.TypeFlags) != 0 && (add & ReFlags.TypeFlags) != flag)
                    throw Error("bad inline flags: flags 'a', 'u' and 'L' are incompatible");
                (ch, esc) = Get();
                if (ch < 0) throw Error("missing -, : or )");
                if (!esc && (ch == ')' || ch == '-' || ch == ':')) break;
                if (esc || FlagOf(ch) == 0)
                {
                    string t = TokenText(ch, esc);
                    throw Error(IsAlphaToken(ch, esc) ? "unknown flag" : "missing -, : or )", CpLength(t));
                }
            }
        }
        if (ch == ')')
        {
            _state.Flags |= add;
            return null;
        }
        if ((add & ReFlags.Debug) != 0) throw Error("bad inline flags: cannot turn on global flag", 1);
        if (ch == '-')
        {
            (ch, esc) = Get();
            if (ch < 0) throw Error("missing flag");
            if (esc || FlagOf(ch) == 0)
            {
                string t = TokenText(ch, esc);
                throw Error(IsAlphaToken(ch, esc) ? "unknown flag" : "missing flag", CpLength(t));
            }
            while (true)
            {
                var flag = FlagOf(ch);
                if ((flag & ReFlags.TypeFlags) != 0) throw Error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'");
                del |= flag;
                (ch, esc) = Get();
                if (ch < 0) throw Error("missing :");
                if (ch == ':' && !esc) break;
                if (esc || FlagOf(ch) == 0)
                {
                    string t = TokenText(ch, esc);
                    throw Error(IsAlphaToken(ch, esc) ? "unknown flag" : "missing :", CpLength(t));
                }
            }
        }
        if ((del & ReFlags.Debug) != 0) throw Error("bad inline flags: cannot turn off global flag", 1);
        if ((add & del) != 0) throw Error("bad inline flags: flag turned on and off", 1);
        return (add, del);
    }

    /// <summary>str.isalpha of the token text (an escape token "\x" is never alphabetic).</summary>
    static bool IsAlphaToken(int c, bool escaped) => !escaped && UnicodeType.IsAlpha(c);
}
