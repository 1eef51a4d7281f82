using System.Text;
using System.Text.RegularExpressions;
using Ftpy.Objects;
using Ftpy.Runtime;

namespace Ftpy.Modules.Re;

/// <summary>Which .NET regex a search uses: plain search, anchored match, anchored full match,
/// or a search that rejects an empty match at its start (sre's must_advance after an empty match).</summary>
public enum ReVariant { Search = 0, Match = 1, FullMatch = 2, Advance = 3, MatchAdvance = 4 }

/// <summary>
/// re.Pattern: a compiled regular expression. Holds the parsed pattern, its group names and
/// nesting, and the .NET regexes it translates to (built on first use, per variant and per
/// subject form).
/// </summary>
public sealed class PyPattern : PyObject
{
    public static readonly PyType Type = new("re.Pattern", TypeFlags.None);

    internal PyObject Source = PyNone.Instance;
    internal ReFlags Flags;
    internal bool IsText;
    internal int GroupCount;
    internal PyDict GroupIndex = null!;
    internal string?[] GroupNames = Array.Empty<string>();
    internal int[] GroupParent = Array.Empty<int>();
    RSeq _root = null!;
    RegexParseState _state = null!;
    string _bmpText = "";
    string? _astralText;
    readonly Regex?[] _bmp = new Regex?[5];
    readonly Regex?[] _astral = new Regex?[5];
    readonly Dictionary<string, ReTemplate> _templates = new(StringComparer.Ordinal);

    PyPattern() : base(Type) => GcRegistry.Track(this);

    protected internal override bool IsGcContainer => true;

    /// <summary>Compiles a str or bytes pattern; errors are re.error with CPython's message and position.</summary>
    public static PyPattern Compile(PyObject source, int flagsValue)
    {
        bool isText;
        int[] cps;
        if (source is PyStr s)
        {
            isText = true;
            cps = RegexParser.CodePointsOf(s.Value);
        }
        else if (BytesType.TryGetBytes(source, out var bytes) && source is PyBytes or PyByteArray)
        {
            isText = false;
            cps = bytes.Select(b => (int)b).ToArray();
        }
        else throw PyErr.TypeError("first argument must be string or compiled pattern");
        RegexParser.Result parsed;
        string bmpText;
        try
        {
            parsed = RegexParser.Parse(cps, isText, (ReFlags)flagsValue);
            bmpText = RegexTranslator.Translate(parsed.Root, parsed.State, astral: false);
        }
        catch (ReSyntaxError e)
        {
            throw ReModule.Error(e.Msg, source, e.Pos);
        }
        ReModule.Warn(parsed.Warnings);
        var state = parsed.State;
        var p = new PyPattern
        {
            Source = Py.NewRef(source),
            Flags = state.Flags,
            IsText = isText,
            GroupCount = state.Groups - 1,
            _root = parsed.Root,
            _state = state,
            _bmpText = bmpText,
            GroupParent = state.GroupParent.ToArray(),
        };
        p.GroupNames = new string?[state.Groups];
        var index = new PyDict();
        foreach (var (name, gid) in state.GroupDict.OrderBy(kv => kv.Value))
        {
            p.GroupNames[gid] = name;
            var key = PyStr.From(name);
            var value = PyInt.From(gid);
            index.SetItem(key, value);
            Py.Decref(key);
            Py.Decref(value);
        }
        p.GroupIndex = index;
        return p;
    }

    internal Regex GetRegex(bool astral, ReVariant variant)
    {
        var cache = astral ? _astral : _bmp;
        var regex = cache[(int)variant];
        if (regex is not null) return regex;
        string body = astral ? (_astralText ??= RegexTranslator.Translate(_root, _state, astral: true)) : _bmpText;
        string text = VariantPattern(body, astral, variant);
        try
        {
            regex = new Regex(text, RegexOptions.CultureInvariant);
        }
        catch (ArgumentException e)
        {
            throw ReModule.Error("internal error: the translated pattern was rejected (" + e.Message + ")", Source, null);
        }
        cache[(int)variant] = regex;
        return regex;
    }

    /// <summary>The .NET pattern of one search variant around a translated pattern.</summary>
    public static string VariantPattern(string body, bool astral, ReVariant variant)
    {
        // In the astral form a search must not start between the halves of a surrogate pair.
        string guard = astral ? "(?!(?<=[\\uD800-\\uDBFF])[\\uDC00-\\uDFFF])" : "";
        return variant switch
        {
            ReVariant.Search => guard + "(?:" + body + ")",
            ReVariant.Match => "\\G(?:" + body + ")",
            ReVariant.FullMatch => "\\G(?:" + body + ")\\z",
            ReVariant.MatchAdvance => "\\G(?:" + body + ")(?!\\G)",
            _ => guard + "(?:" + body + ")(?!\\G)",
        };
    }

    internal bool GroupNameToIndex(string name, out int index) => _state.GroupDict.TryGetValue(name, out index);

    internal ReTemplate Template(PyObject template)
    {
        string key = (template is PyStr ts ? "s" + ts.Value : "b" + Encoding.Latin1.GetString(BytesType.BytesFromObject(template)));
        lock (_templates)
        {
            if (_templates.TryGetValue(key, out var cached)) return cached;
        }
        var parsed = ReTemplate.Parse(this, template);
        lock (_templates)
        {
            if (_templates.Count > 64) _templates.Clear();
            _templates[key] = parsed;
        }
        return parsed;
    }

    // ---- searching ----

    /// <summary>sre's state for one string: bounds, the .NET input, and the scanning position.</summary>
    internal sealed class State
    {
        public readonly PyPattern Pattern;
        public readonly ReSubject Subject;
        public readonly int Pos, EndPos;
        readonly string _input;
        readonly int _startUnit, _endUnit;
        public int Next;
        public bool MustAdvance;
        public bool Exhausted;

        public State(PyPattern pattern, PyObject subject, long pos, long endpos)
        {
            Pattern = pattern;
            Subject = ReSubject.For(subject, pattern.IsText);
            int length = Subject.Length;
            Pos = (int)System.Math.Clamp(pos, 0, length);
            EndPos = (int)System.Math.Clamp(endpos, 0, length);
            _startUnit = Subject.ToUnit(Pos);
            _endUnit = Subject.ToUnit(EndPos);
            _input = _endUnit == Subject.Text.Length ? Subject.Text : Subject.Text.Substring(0, _endUnit);
            Next = _startUnit;
        }

        public bool Empty => Pos > EndPos;

        System.Text.RegularExpressions.Match Run(ReVariant variant, int start) =>
            Pattern.GetRegex(Subject.Astral, variant).Match(_input, start);

        /// <summary>match/fullmatch at pos.</summary>
        public PyMatch? Anchored(ReVariant variant)
        {
            if (Pos > EndPos)
            {
                if (variant == ReVariant.FullMatch) return null;
                // sre still tries the pattern at pos; only an empty match can succeed there.
                var m0 = Pattern.GetRegex(Subject.Astral, variant).Match(Subject.Text.Substring(0, _startUnit), _startUnit);
                return m0.Success ? new PyMatch(this, m0) : null;
            }
            var m = Run(variant, _startUnit);
            return m.Success ? new PyMatch(this, m) : null;
        }

        /// <summary>Scanner.match: an anchored match at the scan position, advancing the scan.</summary>
        public PyMatch? AnchoredAtNext()
        {
            if (Exhausted || Pos > EndPos) return null;
            var m = Run(MustAdvance ? ReVariant.MatchAdvance : ReVariant.Match, Next);
            if (!m.Success)
            {
                Exhausted = true;
                return null;
            }
            int end = m.Index + m.Length;
            MustAdvance = end == m.Index;
            Next = end;
            return new PyMatch(this, m);
        }

        /// <summary>The next match of a scan (search, finditer, findall, sub, split), or null when done.</summary>
        public System.Text.RegularExpressions.Match? NextMatch()
        {
            if (Exhausted || Pos > EndPos) return null;
            var m = Run(MustAdvance ? ReVariant.Advance : ReVariant.Search, Next);
            if (!m.Success)
            {
                Exhausted = true;
                return null;
            }
            int end = m.Index + m.Length;
            MustAdvance = end == m.Index;
            Next = end;
            return m;
        }
    }

    PyObject MatchMethod(ReadOnlySpan<PyObject> args, PyTuple? kw, string name, ReVariant variant)
    {
        var (subject, pos, endpos) = ParseSubjectArgs(name, args, kw);
        var state = new State(this, subject, pos, endpos);
        if (variant == ReVariant.Search)
        {
            var m = state.NextMatch();
            return m is null ? PyNone.Instance : new PyMatch(state, m);
        }
        return (PyObject?)state.Anchored(variant) ?? PyNone.Instance;
    }

    static readonly string[] s_subjectArgs = { "string", "pos", "endpos" };

    internal static (PyObject, long, long) ParseSubjectArgs(string name, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> v = new PyObject?[3];
        ArgParser.Parse(name, args, kw, s_subjectArgs, 1, v);
        long pos = v[1] is null ? 0 : Py.AsSsize(v[1]!, null);
        long endpos = v[2] is null ? long.MaxValue : Py.AsSsize(v[2]!, null);
        return (v[0]!, pos, endpos);
    }

    PyObject FindAll(ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var (subject, pos, endpos) = ParseSubjectArgs("findall", args, kw);
        var state = new State(this, subject, pos, endpos);
        var result = new PyList();
        try
        {
            while (state.NextMatch() is { } m)
            {
                PyObject item;
                if (GroupCount == 0) item = Slice(state, m.Groups[0]);
                else if (GroupCount == 1) item = Slice(state, m.Groups[1], emptyIfUnmatched: true);
                else
                {
                    var items = new PyObject[GroupCount];
                    for (int g = 1; g <= GroupCount; g++) items[g - 1] = Slice(state, m.Groups[g], emptyIfUnmatched: true);
                    item = PyTuple.Steal(items);
                }
                result.AppendSteal(item);
            }
            return Py.NewRef(result);
        }
        finally { Py.Decref(result); }
    }

    static PyObject Slice(State state, Group g, bool emptyIfUnmatched = false)
    {
        if (!g.Success) return emptyIfUnmatched ? Py.NewRef(state.Subject.Empty) : PyNone.Instance;
        var subj = state.Subject;
        return subj.Slice(subj.ToIndex(g.Index), subj.ToIndex(g.Index + g.Length));
    }

    PyObject Split(ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> v = new PyObject?[2];
        ArgParser.Parse("split", args, kw, new[] { "string", "maxsplit" }, 1, v);
        long maxsplit = v[1] is null ? 0 : Py.AsSsize(v[1]!, null);
        var state = new State(this, v[0]!, 0, long.MaxValue);
        var subj = state.Subject;
        var result = new PyList();
        try
        {
            int last = 0, n = 0;
            while (maxsplit <= 0 || n < maxsplit)
            {
                var m = state.NextMatch();
                if (m is null) break;
                int start = subj.ToIndex(m.Index);
                result.AppendSteal(subj.Slice(last, start));
                for (int g = 1; g <= GroupCount; g++) result.AppendSteal(Slice(state, m.Groups[g]));
                n++;
                last = subj.ToIndex(m.Index + m.Length);
            }
            result.AppendSteal(subj.Slice(last, subj.Length));
            return Py.NewRef(result);
        }
        finally { Py.Decref(result); }
    }

    /// <summary>sub/subn: replaces up to count matches; returns the new string and the count.</summary>
    internal (PyObject Result, int Count) Substitute(PyObject repl, PyObject subject, long count)
    {
        PyObject? function = null;
        PyObject? literal = null;
        ReTemplate? template = null;
        if (repl.ob_type.tp_call is not null) function = repl;
        else
        {
            bool hasBackslash = repl switch
            {
                PyStr rs => rs.Value.Contains('\\'),
                PyBytes rb => Array.IndexOf(rb.Value, (byte)'\\') >= 0,
                PyByteArray rba => rba.Span.IndexOf((byte)'\\') >= 0,
                _ => true,
            };
            if (!hasBackslash) literal = repl;
            else template = Template(repl);
        }
        var state = new State(this, subject, 0, long.MaxValue);
        var subj = state.Subject;
        var pieces = new List<PyObject>();
        try
        {
            int i = 0, n = 0;
            while (count <= 0 || n < count)
            {
                var m = state.NextMatch();
                if (m is null) break;
                int b = subj.ToIndex(m.Index), e = subj.ToIndex(m.Index + m.Length);
                if (i < b) pieces.Add(subj.Slice(i, b));
                if (function is not null)
                {
                    var match = new PyMatch(state, m);
                    PyObject item;
                    try { item = Py.CallOneArg(function, match); }
                    finally { Py.Decref(match); }
                    if (item is PyNone) Py.Decref(item);
                    else pieces.Add(item);
                }
                else if (literal is not null) pieces.Add(Py.NewRef(literal));
                else pieces.Add(template!.Expand(state, m));
                i = e;
                n++;
            }
            if (i < subj.Length) pieces.Add(subj.Slice(i, subj.Length));
            return (Join(pieces, subj.IsText), n);
        }
        finally
        {
            foreach (var p in pieces) Py.Decref(p);
        }
    }

    /// <summary>"".join / b"".join of the pieces, with join's messages for a wrong piece.</summary>
    internal static PyObject Join(List<PyObject> pieces, bool text)
    {
        if (text)
        {
            var sb = new StringBuilder();
            for (int k = 0; k < pieces.Count; k++)
            {
                if (pieces[k] is not PyStr s)
                    throw PyErr.TypeError($"sequence item {k}: expected str instance, {pieces[k].ob_type.ShortName} found");
                sb.Append(s.Value);
            }
            return PyStr.From(sb.ToString());
        }
        var bytes = new List<byte>();
        for (int k = 0; k < pieces.Count; k++)
        {
            if (!BytesType.TryGetBytes(pieces[k], out var data))
                throw PyErr.TypeError($"sequence item {k}: expected a bytes-like object, {pieces[k].ob_type.ShortName} found");
            bytes.AddRange(data);
        }
        return PyBytes.From(bytes.ToArray());
    }

    static readonly string[] s_subArgs = { "repl", "string", "count" };

    PyObject Sub(ReadOnlySpan<PyObject> args, PyTuple? kw, bool withCount)
    {
        Span<PyObject?> v = new PyObject?[3];
        ArgParser.Parse(withCount ? "subn" : "sub", args, kw, s_subArgs, 2, v);
        long count = v[2] is null ? 0 : Py.AsSsize(v[2]!, null);
        var (result, n) = Substitute(v[0]!, v[1]!, count);
        if (!withCount) return result;
        return PyTuple.Steal(new PyObject[] { result, PyInt.From(n) });
    }

    internal static void Setup(PyType t)
    {
        t.Doc = "Compiled regular expression object.";
        t.tp_repr = o => PyStr.From(((PyPattern)o).Repr());
        t.tp_hash = o =>
        {
            var p = (PyPattern)o;
            long h = Py.Hash(p.Source);
            h ^= (long)p.Flags * 1000003 + (p.IsText ? 1 : 0);
            return h == -1 ? -2 : h;
        };
        t.tp_richcompare = (a, b, op) =>
        {
            if (b is not PyPattern pb || op is not (CompareOp.Eq or CompareOp.Ne)) return PyNotImplemented.Instance;
            var pa = (PyPattern)a;
            bool eq = ReferenceEquals(pa, pb) || (pa.Flags == pb.Flags && pa.IsText == pb.IsText
                && pa.Source.ob_type == pb.Source.ob_type && Py.RichCompareBool(pa.Source, pb.Source, CompareOp.Eq));
            return PyBool.From(eq == (op == CompareOp.Eq));
        };
        t.AddMethod("match", (PyObject self, ReadOnlySpan<PyObject> a, PyTuple? kw) => ((PyPattern)self).MatchMethod(a, kw, "match", ReVariant.Match),
            "Matches zero or more characters at the beginning of the string.");
        t.AddMethod("fullmatch", (PyObject self, ReadOnlySpan<PyObject> a, PyTuple? kw) => ((PyPattern)self).MatchMethod(a, kw, "fullmatch", ReVariant.FullMatch),
            "Matches against all of the string.");
        t.AddMethod("search", (PyObject self, ReadOnlySpan<PyObject> a, PyTuple? kw) => ((PyPattern)self).MatchMethod(a, kw, "search", ReVariant.Search),
            "Scan through string looking for a match, and return a corresponding match object instance.\n\nReturn None if no position in the string matches.");
        t.AddMethod("findall", (PyObject self, ReadOnlySpan<PyObject> a, PyTuple? kw) => ((PyPattern)self).FindAll(a, kw),
            "Return a list of all non-overlapping matches of pattern in string.");
        t.AddMethod("finditer", (PyObject self, ReadOnlySpan<PyObject> a, PyTuple? kw) =>
        {
            var (subject, pos, endpos) = ParseSubjectArgs("finditer", a, kw);
            return new PyScanner(new State((PyPattern)self, subject, pos, endpos), iterator: true);
        }, "Return an iterator over all non-overlapping matches for the RE pattern in string.\n\nFor each match, the iterator returns a match object.");
        t.AddMethod("scanner", (PyObject self, ReadOnlySpan<PyObject> a, PyTuple? kw) =>
        {
            var (subject, pos, endpos) = ParseSubjectArgs("scanner", a, kw);
            return new PyScanner(new State((PyPattern)self, subject, pos, endpos), iterator: false);
        });
        t.AddMethod("split", (PyObject self, ReadOnlySpan<PyObject> a, PyTuple? kw) => ((PyPattern)self).Split(a, kw),
            "Split string by the occurrences of pattern.");
        t.AddMethod("sub", (PyObject self, ReadOnlySpan<PyObject> a, PyTuple? kw) => ((PyPattern)self).Sub(a, kw, false),
            "Return the string obtained by replacing the leftmost non-overlapping occurrences of pattern in string by the replacement repl.");
        t.AddMethod("subn", (PyObject self, ReadOnlySpan<PyObject> a, PyTuple? kw) => ((PyPattern)self).Sub(a, kw, true),
            "Return the tuple (new_string, number_of_subs_made) found by replacing the leftmost non-overlapping occurrences of pattern with the replacement repl.");
        t.AddMethod("__copy__", (PyObject self) => Py.NewRef(self));
        t.AddMethod("__deepcopy__", (PyObject self, PyObject memo) => Py.NewRef(self));
        t.AddMethod("__reduce__", (PyObject self) =>
        {
            var p = (PyPattern)self;
            var compile = ReModule.ReAttr("_compile");
            return PyTuple.Steal(new PyObject[] { compile, PyTuple.Steal(new PyObject[] { Py.NewRef(p.Source), PyInt.From((int)p.Flags) }) });
        });
        t.AddClassMethod(new MethodDef("__class_getitem__", (PyObject cls, PyObject arg) => PyGenericAlias.Create(cls, arg)));
        t.AddGetter("pattern", o => Py.NewRef(((PyPattern)o).Source));
        t.AddGetter("flags", o => PyInt.From((int)((PyPattern)o).Flags));
        t.AddGetter("groups", o => PyInt.From(((PyPattern)o).GroupCount));
        t.AddGetter("groupindex", o => new PyMappingProxy(((PyPattern)o).GroupIndex));
    }

    string Repr()
    {
        string source = Py.ReprString(Source);
        if (source.Length > 200) source = source[..200];
        var flags = Flags;
        if (IsText && (flags & ReFlags.TypeFlags) == ReFlags.Unicode) flags &= ~ReFlags.Unicode;
        if (flags == 0) return $"re.compile({source})";
        var names = new List<string>();
        (ReFlags, string)[] table =
        {
            (ReFlags.Template, "re.TEMPLATE"), (ReFlags.IgnoreCase, "re.IGNORECASE"), (ReFlags.Locale, "re.LOCALE"),
            (ReFlags.Multiline, "re.MULTILINE"), (ReFlags.DotAll, "re.DOTALL"), (ReFlags.Unicode, "re.UNICODE"),
            (ReFlags.Verbose, "re.VERBOSE"), (ReFlags.Debug, "re.DEBUG"), (ReFlags.Ascii, "re.ASCII"),
        };
        foreach (var (f, name) in table)
        {
            if ((flags & f) != 0)
            {
                names.Add(name);
                flags &= ~f;
            }
        }
        if (flags != 0) names.Add("0x" + ((int)flags).ToString("x"));
        return $"re.compile({source}, {string.Join('|', names)})";
    }

    protected internal override void ReleaseReferences()
    {
        var s = Source;
        Source = PyNone.Instance;
        Py.Decref(s);
        var g = GroupIndex;
        GroupIndex = null!;
        if (g is not null) Py.Decref(g);
    }

    protected internal override void Traverse(Action<PyObject> visit)
    {
        visit(Source);
        if (GroupIndex is not null) visit(GroupIndex);
    }
}
