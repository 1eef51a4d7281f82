using System.Text;
using Ftpy.Objects;
using Ftpy.Runtime;

namespace Ftpy.Modules.Json;

/// <summary>
/// _json.make_encoder: the one-shot JSON encoder behind JSONEncoder.encode. Calling it with
/// (obj, current_indent_level) returns a 1-tuple holding the whole document, built in one
/// StringBuilder. Circular references are tracked by object identity (the markers argument
/// only switches the check on or off); containers nest through Py_EnterRecursiveCall.
/// </summary>
public sealed class JsonEncoder : PyObject
{
    public static readonly PyType Type = new("_json.Encoder", TypeFlags.None);

    PyObject _default = PyNone.Instance, _encoder = PyNone.Instance;
    string? _indent;
    string _keySeparator = ": ", _itemSeparator = ", ";
    bool _sortKeys, _skipKeys, _allowNan, _checkCircular;
    /// <summary>0: call _encoder; 1: ASCII escaping; 2: Unicode escaping.</summary>
    int _fastEncode;

    internal static MethodDef? AsciiDef, UnicodeDef;

    JsonEncoder(PyType type) : base(type) => GcRegistry.Track(this);

    protected internal override bool IsGcContainer => true;

    static readonly string[] s_names =
        { "markers", "default", "encoder", "indent", "key_separator", "item_separator", "sort_keys", "skipkeys", "allow_nan" };

    internal static void Setup(PyType t)
    {
        t.Doc = "Encoder(markers, default, encoder, indent, key_separator, item_separator, sort_keys, skipkeys, allow_nan)";
        t.tp_new = (type, args, kw) =>
        {
            Span<PyObject?> v = new PyObject?[9];
            ArgParser.Parse("make_encoder", args, kw, s_names, 9, v);
            var markers = v[0]!;
            if (markers is not PyNone && markers is not PyDict)
                throw PyErr.TypeError($"make_encoder() argument 1 must be dict or None, not {markers.ob_type.ShortName}");
            if (v[4] is not PyStr keySep)
                throw PyErr.TypeError($"make_encoder() argument 5 must be str, not {v[4]!.ob_type.ShortName}");
            if (v[5] is not PyStr itemSep)
                throw PyErr.TypeError($"make_encoder() argument 6 must be str, not {v[5]!.ob_type.ShortName}");
            var indent = v[3]!;
            if (indent is not PyNone && indent is not PyStr)
                throw PyErr.TypeError($"make_encoder() argument 4 must be str or None, not {indent.ob_type.ShortName}");
            var e = new JsonEncoder(type)
            {
                _checkCircular = markers is PyDict,
                _default = Py.NewRef(v[1]!),
                _encoder = Py.NewRef(v[2]!),
                _indent = indent is PyStr ind ? ind.Value : null,
                _keySeparator = keySep.Value,
                _itemSeparator = itemSep.Value,
                _sortKeys = Py.IsTrue(v[6]!),
                _skipKeys = Py.IsTrue(v[7]!),
                _allowNan = Py.IsTrue(v[8]!),
            };
            if (e._encoder is PyBuiltinFunction bf)
                e._fastEncode = ReferenceEquals(bf.Def, AsciiDef) ? 1 : ReferenceEquals(bf.Def, UnicodeDef) ? 2 : 0;
            return e;
        };
        t.tp_call = (self, args, kw) =>
        {
            var e = (JsonEncoder)self;
            Span<PyObject?> v = new PyObject?[2];
            ArgParser.Parse("_iterencode", args, kw, new[] { "obj", "_current_indent_level" }, 2, v);
            int level = (int)Py.AsSsize(v[1]!, ExceptionTypes.OverflowError);
            var sb = new StringBuilder();
            var run = new Run(e, sb);
            run.Encode(v[0]!, level);
            return PyTuple.Steal(new PyObject[] { PyStr.From(sb.ToString()) });
        };
    }

    /// <summary>One encoding: the output and the containers currently being encoded.</summary>
    sealed class Run
    {
        readonly JsonEncoder _e;
        readonly StringBuilder _sb;
        readonly HashSet<PyObject>? _markers;

        public Run(JsonEncoder e, StringBuilder sb)
        {
            _e = e;
            _sb = sb;
            if (e._checkCircular) _markers = new HashSet<PyObject>(ReferenceEqualityComparer.Instance);
        }

        public void Encode(PyObject o, int level)
        {
            if (o is PyNone) _sb.Append("null");
            else if (ReferenceEquals(o, PyBool.True)) _sb.Append("true");
            else if (ReferenceEquals(o, PyBool.False)) _sb.Append("false");
            else if (o is PyStr s) AppendString(s);
            else if (o is PyInt) AppendRepr(PyInt.Type, o);
            else if (o is PyFloat f) AppendFloat(f);
            else if (o is PyList || o is PyTuple)
            {
                Py.EnterRecursiveCall(" while encoding a JSON object");
                try { EncodeList(o, level); }
                finally { Py.LeaveRecursiveCall(); }
            }
            else if (o is PyDict d)
            {
                Py.EnterRecursiveCall(" while encoding a JSON object");
                try { EncodeDict(d, level); }
                finally { Py.LeaveRecursiveCall(); }
            }
            else
            {
                Enter(o);
                var replacement = Py.CallOneArg(_e._default, o);
                try
                {
                    Py.EnterRecursiveCall(" while encoding a JSON object");
                    try { Encode(replacement, level); }
                    finally { Py.LeaveRecursiveCall(); }
                }
                finally { Py.Decref(replacement); }
                Leave(o);
            }
        }

        void Enter(PyObject o)
        {
            if (_markers is not null && !_markers.Add(o)) throw PyErr.ValueError("Circular reference detected");
        }

        void Leave(PyObject o) => _markers?.Remove(o);

        void AppendRepr(PyType type, PyObject o)
        {
            var r = type.tp_repr!(o);
            try { _sb.Append(((PyStr)r).Value); }
            finally { Py.Decref(r); }
        }

        void AppendFloat(PyFloat f)
        {
            double d = f.Value;
            if (double.IsFinite(d))
            {
                if (f.ob_type == PyFloat.Type) _sb.Append(Objects.Numbers.FloatRepr.Repr(d));
                else AppendRepr(PyFloat.Type, f);
                return;
            }
            if (!_e._allowNan)
                throw PyErr.ValueError("Out of range float values are not JSON compliant: " + Py.ReprString(f));
            _sb.Append(d > 0 ? "Infinity" : d < 0 ? "-Infinity" : "NaN");
        }

        void AppendString(PyStr s)
        {
            switch (_e._fastEncode)
            {
                case 1: JsonStrings.AppendAscii(_sb, s.Value); return;
                case 2: JsonStrings.AppendUnicode(_sb, s.Value); return;
            }
            var r = Py.CallOneArg(_e._encoder, s);
            try
            {
                if (r is not PyStr rs) throw PyErr.TypeError($"encoder() must return a string, not {r.ob_type.ShortName}");
                _sb.Append(rs.Value);
            }
            finally { Py.Decref(r); }
        }

        string? NewlineIndent(int level)
        {
            if (_e._indent is null) return null;
            var sb = new StringBuilder("\n", 1 + _e._indent.Length * level);
            for (int i = 0; i < level; i++) sb.Append(_e._indent);
            return sb.ToString();
        }

        void EncodeList(PyObject seq, int level)
        {
            // list and tuple subclasses are encoded by their items, as PySequence_Fast reads them.
            var items = seq is PyList l ? PyTuple.Create(l.AsSpan()) : (PyTuple)Py.NewRef(seq);
            try
            {
                if (items.Count == 0)
                {
                    _sb.Append("[]");
                    return;
                }
                Enter(seq);
                _sb.Append('[');
                string separator = _e._itemSeparator;
                string? newline = NewlineIndent(level + 1);
                if (newline is not null)
                {
                    level++;
                    separator += newline;
                    _sb.Append(newline);
                }
                for (int i = 0; i < items.Count; i++)
                {
                    if (i > 0) _sb.Append(separator);
                    Encode(items.Items[i], level);
                }
                Leave(seq);
                if (newline is not null) _sb.Append(NewlineIndent(level - 1));
                _sb.Append(']');
            }
            finally { Py.Decref(items); }
        }

        void EncodeDict(PyDict dict, int level)
        {
            if (dict.Count == 0)
            {
                _sb.Append("{}");
                return;
            }
            Enter(dict);
            _sb.Append('{');
            string separator = _e._itemSeparator;
            string? newline = NewlineIndent(level + 1);
            if (newline is not null)
            {
                level++;
                separator += newline;
                _sb.Append(newline);
            }
            PyObject items;
            if (_e._sortKeys || dict.ob_type != PyDict.Type)
            {
                var mapped = Py.CallMethod(dict, "items");
                try { items = Py.CallOneArg(PyList.Type, mapped); }
                finally { Py.Decref(mapped); }
            }
            else
            {
                var pairs = new PyList(dict.Count);
                foreach (var kv in dict.Items())
                    pairs.AppendSteal(PyTuple.Create(kv.Key, kv.Value));
                items = pairs;
            }
            try
            {
                if (_e._sortKeys) Py.Decref(Py.CallMethod(items, "sort"));
                bool first = true;
                foreach (var item in ((PyList)items).AsSpan().ToArray())
                {
                    if (item is not PyTuple pair || pair.Count != 2) throw PyErr.ValueError("items must return 2-tuples");
                    EncodeItem(pair.Items[0], pair.Items[1], ref first, separator, level);
                }
            }
            finally { Py.Decref(items); }
            Leave(dict);
            if (newline is not null) _sb.Append(NewlineIndent(level - 1));
            _sb.Append('}');
        }

        void EncodeItem(PyObject key, PyObject value, ref bool first, string separator, int level)
        {
            PyStr keyStr;
            if (key is PyStr ks) keyStr = Py.NewRef(ks);
            else if (key is PyFloat kf)
            {
                int mark = _sb.Length;
                AppendFloat(kf);
                keyStr = PyStr.From(_sb.ToString(mark, _sb.Length - mark));
                _sb.Length = mark;
            }
            else if (ReferenceEquals(key, PyBool.True)) keyStr = PyStr.From("true");
            else if (ReferenceEquals(key, PyBool.False)) keyStr = PyStr.From("false");
            else if (key is PyNone) keyStr = PyStr.From("null");
            else if (key is PyInt) keyStr = (PyStr)PyInt.Type.tp_repr!(key);
            else if (_e._skipKeys) return;
            else throw PyErr.TypeError($"keys must be str, int, float, bool or None, not {key.ob_type.ShortName}");
            try
            {
                if (first) first = false;
                else _sb.Append(separator);
                AppendString(keyStr);
                _sb.Append(_e._keySeparator);
                Encode(value, level);
            }
            finally { Py.Decref(keyStr); }
        }
    }

    protected internal override void ReleaseReferences()
    {
        var d = _default;
        _default = PyNone.Instance;
        Py.Decref(d);
        var enc = _encoder;
        _encoder = PyNone.Instance;
        Py.Decref(enc);
    }

    protected internal override void Traverse(Action<PyObject> visit)
    {
        visit(_default);
        visit(_encoder);
    }
}
