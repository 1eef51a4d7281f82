using System.Text;
using Ftpy.Objects;
using Ftpy.Runtime;

namespace Ftpy.Modules.Re;

/// <summary>
/// re.Match: the result of a successful match. Spans are Python indices (code points, or
/// bytes); an unmatched group has span (-1, -1). lastindex follows sre: the capture group
/// that closed last, i.e. the one ending furthest right, an enclosing group after the groups
/// it contains, and otherwise the later group.
/// </summary>
public sealed class PyMatch : PyObject
{
    public static readonly PyType Type = new("re.Match", TypeFlags.None);

    PyPattern _pattern;
    readonly ReSubject _subject;
    PyObject _string;
    readonly int _pos, _endpos;
    readonly int[] _spans;
    readonly int _lastIndex;

    internal PyMatch(PyPattern.State state, System.Text.RegularExpressions.Match m) : base(Type)
    {
        GcRegistry.Track(this);
        _pattern = Py.NewRef(state.Pattern);
        _subject = state.Subject;
        _string = Py.NewRef(_subject.Obj);
        _pos = state.Pos;
        _endpos = state.EndPos;
        int n = state.Pattern.GroupCount;
        _spans = new int[2 * (n + 1)];
        for (int g = 0; g <= n; g++)
        {
            var grp = m.Groups[g];
            if (grp.Success)
            {
                _spans[2 * g] = _subject.ToIndex(grp.Index);
                _spans[2 * g + 1] = _subject.ToIndex(grp.Index + grp.Length);
            }
            else _spans[2 * g] = _spans[2 * g + 1] = -1;
        }
        _lastIndex = ComputeLastIndex(state.Pattern.GroupParent);
    }

    int ComputeLastIndex(int[] parent)
    {
        int best = -1;
        for (int g = 1; 2 * g < _spans.Length; g++)
        {
            if (_spans[2 * g] < 0) continue;
            if (best < 0 || _spans[2 * g + 1] > _spans[2 * best + 1]
                || (_spans[2 * g + 1] == _spans[2 * best + 1] && !IsAncestor(parent, best, g)))
                best = g;
        }
        return best;
    }

    /// <summary>True when group <paramref name="outer"/> encloses group <paramref name="inner"/>.</summary>
    static bool IsAncestor(int[] parent, int outer, int inner)
    {
        for (int p = parent[inner]; p > 0; p = parent[p])
            if (p == outer) return true;
        return false;
    }

    protected internal override bool IsGcContainer => true;

    internal int GroupCount => _pattern.GroupCount;
    internal bool SubjectIsText => _subject.IsText;
    internal int Start(int g) => _spans[2 * g];
    internal int End(int g) => _spans[2 * g + 1];

    /// <summary>The group's text, or <paramref name="unmatched"/> (a new reference is returned either way).</summary>
    internal PyObject GroupText(int g, PyObject unmatched)
    {
        int a = _spans[2 * g], b = _spans[2 * g + 1];
        if (a < 0) return Py.NewRef(unmatched);
        return _subject.Slice(a, b);
    }

    /// <summary>match_getindex: an int-like group number or a group name, else "no such group".</summary>
    int GroupIndexOf(PyObject key)
    {
        long i = -1;
        if (key.ob_type.nb_index is not null) i = Py.AsSsize(key, null);
        else if (_pattern.GroupIndex.GetItem(key) is { } found)
        {
            try { if (found is PyInt fi) i = (long)fi.Value; }
            finally { Py.Decref(found); }
        }
        if (i < 0 || i > GroupCount) throw PyErr.IndexError("no such group");
        return (int)i;
    }

    internal static void Setup(PyType t)
    {
        t.Doc = "The result of re.match() and re.search().\nMatch objects always have a boolean value of True.";
        t.tp_repr = o =>
        {
            var m = (PyMatch)o;
            var g0 = m.GroupText(0, PyNone.Instance);
            string text;
            try { text = Py.ReprString(g0); }
            finally { Py.Decref(g0); }
            if (text.Length > 50) text = text[..50];
            return PyStr.From($"<re.Match object; span=({m.Start(0)}, {m.End(0)}), match={text}>");
        };
        t.mp_subscript = (o, key) =>
        {
            var m = (PyMatch)o;
            return m.GroupText(m.GroupIndexOf(key), PyNone.Instance);
        };
        t.AddMethod("group", (PyObject self, ReadOnlySpan<PyObject> args) =>
        {
            var m = (PyMatch)self;
            if (args.Length == 0) return m.GroupText(0, PyNone.Instance);
            if (args.Length == 1) return m.GroupText(m.GroupIndexOf(args[0]), PyNone.Instance);
            var items = new PyObject[args.Length];
            int filled = 0;
            try
            {
                for (; filled < args.Length; filled++) items[filled] = m.GroupText(m.GroupIndexOf(args[filled]), PyNone.Instance);
            }
            catch
            {
                for (int k = 0; k < filled; k++) Py.Decref(items[k]);
                throw;
            }
            return PyTuple.Steal(items);
        }, "group([group1, ...]) -> str or tuple.\n    Return subgroup(s) of the match by indices or names.\n    For 0 returns the entire match.");
        t.AddMethod("groups", (PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw) =>
        {
            var m = (PyMatch)self;
            Span<PyObject?> v = new PyObject?[1];
            ArgParser.Parse("groups", args, kw, new[] { "default" }, 0, v);
            var dflt = v[0] ?? PyNone.Instance;
            var items = new PyObject[m.GroupCount];
            for (int g = 1; g <= m.GroupCount; g++) items[g - 1] = m.GroupText(g, dflt);
            return PyTuple.Steal(items);
        }, "Return a tuple containing all the subgroups of the match, from 1.\n\n  default\n    Is used for groups that did not participate in the match.");
        t.AddMethod("groupdict", (PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw) =>
        {
            var m = (PyMatch)self;
            Span<PyObject?> v = new PyObject?[1];
            ArgParser.Parse("groupdict", args, kw, new[] { "default" }, 0, v);
            var dflt = v[0] ?? PyNone.Instance;
            var d = new PyDict();
            foreach (var kv in m._pattern.GroupIndex.Items())
            {
                int g = (int)((PyInt)kv.Value).Value;
                var value = m.GroupText(g, dflt);
                d.SetItem(kv.Key, value);
                Py.Decref(value);
            }
            return d;
        }, "Return a dictionary containing all the named subgroups of the match, keyed by the subgroup name.");
        t.AddMethod("start", (PyObject self, ReadOnlySpan<PyObject> args) =>
        {
            var m = (PyMatch)self;
            ArgParser.CheckPositional("start", args, 0, 1);
            return PyInt.From(m.Start(args.Length == 0 ? 0 : m.GroupIndexOf(args[0])));
        }, "Return index of the start of the substring matched by group.");
        t.AddMethod("end", (PyObject self, ReadOnlySpan<PyObject> args) =>
        {
            var m = (PyMatch)self;
            ArgParser.CheckPositional("end", args, 0, 1);
            return PyInt.From(m.End(args.Length == 0 ? 0 : m.GroupIndexOf(args[0])));
        }, "Return index of the end of the substring matched by group.");
        t.AddMethod("span", (PyObject self, ReadOnlySpan<PyObject> args) =>
        {
            var m = (PyMatch)self;
            ArgParser.CheckPositional("span", args, 0, 1);
            int g = args.Length == 0 ? 0 : m.GroupIndexOf(args[0]);
            return PyTuple.Steal(new PyObject[] { PyInt.From(m.Start(g)), PyInt.From(m.End(g)) });
        }, "For match object m, return the 2-tuple (m.start(group), m.end(group)).");
        t.AddMethod("expand", (PyObject self, PyObject template) =>
        {
            var m = (PyMatch)self;
            return m._pattern.Template(template).ExpandMatch(m);
        }, "Return the string obtained by doing backslash substitution on the string template, as done by the sub() method.");
        t.AddMethod("__copy__", (PyObject self) => Py.NewRef(self));
        t.AddMethod("__deepcopy__", (PyObject self, PyObject memo) => Py.NewRef(self));
        t.AddClassMethod(new MethodDef("__class_getitem__", (PyObject cls, PyObject arg) => PyGenericAlias.Create(cls, arg)));
        t.AddGetter("string", o => Py.NewRef(((PyMatch)o)._string));
        t.AddGetter("re", o => Py.NewRef(((PyMatch)o)._pattern));
        t.AddGetter("pos", o => PyInt.From(((PyMatch)o)._pos));
        t.AddGetter("endpos", o => PyInt.From(((PyMatch)o)._endpos));
        t.AddGetter("lastindex", o => ((PyMatch)o)._lastIndex < 0 ? PyNone.Instance : PyInt.From(((PyMatch)o)._lastIndex));
        t.AddGetter("lastgroup", o =>
        {
            var m = (PyMatch)o;
            if (m._lastIndex < 0 || m._pattern.GroupNames[m._lastIndex] is not { } name) return PyNone.Instance;
            return PyStr.From(name);
        });
        t.AddGetter("regs", o =>
        {
            var m = (PyMatch)o;
            var items = new PyObject[m.GroupCount + 1];
            for (int g = 0; g <= m.GroupCount; g++)
                items[g] = PyTuple.Steal(new PyObject[] { PyInt.From(m.Start(g)), PyInt.From(m.End(g)) });
            return PyTuple.Steal(items);
        });
    }

    protected internal override void ReleaseReferences()
    {
        var p = _pattern;
        _pattern = null!;
        if (p is not null) Py.Decref(p);
        var s = _string;
        _string = PyNone.Instance;
        Py.Decref(s);
    }

    protected internal override void Traverse(Action<PyObject> visit)
    {
        if (_pattern is not null) visit(_pattern);
        visit(_string);
    }
}

/// <summary>
/// The SRE_Scanner object of Pattern.scanner(), and (with iterator set) the iterator finditer
/// returns: each search continues where the previous match ended, with sre's empty-match rule.
/// </summary>
public sealed class PyScanner : PyIteratorBase
{
    public static readonly PyType Type = new("_sre.SRE_Scanner", TypeFlags.None);
    public static readonly PyType IteratorType = new("callable_iterator", TypeFlags.None);

    PyPattern.State? _state;
    PyPattern _pattern;
    PyObject _subject;

    internal PyScanner(PyPattern.State state, bool iterator) : base(iterator ? IteratorType : Type)
    {
        _state = state;
        _pattern = Py.NewRef(state.Pattern);
        _subject = Py.NewRef(state.Subject.Obj);
    }

    public override PyObject? Next()
    {
        var state = _state;
        if (state is null) return null;
        var m = state.NextMatch();
        if (m is null)
        {
            _state = null;
            return null;
        }
        return new PyMatch(state, m);
    }

    internal static void SetupScanner(PyType t)
    {
        t.AddMethod("search", (PyObject self) => ((PyScanner)self).Next() ?? PyNone.Instance);
        t.AddMethod("match", (PyObject self) =>
        {
            var s = (PyScanner)self;
            var state = s._state;
            if (state is null) return PyNone.Instance;
            var m = state.AnchoredAtNext();
            if (m is null)
            {
                s._state = null;
                return PyNone.Instance;
            }
            return m;
        });
        t.AddGetter("pattern", o => Py.NewRef(((PyScanner)o)._pattern));
    }

    internal static void SetupIter(PyType t) => SetupIterator(t);

    protected internal override void ReleaseReferences()
    {
        _state = null;
        var p = _pattern;
        _pattern = null!;
        if (p is not null) Py.Decref(p);
        var s = _subject;
        _subject = PyNone.Instance;
        Py.Decref(s);
    }

    protected internal override void Traverse(Action<PyObject> visit)
    {
        if (_pattern is not null) visit(_pattern);
        visit(_subject);
    }
}
