using System.Text;
using Ftpy.Objects;
using Ftpy.Objects.Numbers;
using Ftpy.Runtime;

namespace Ftpy.Modules.Json;

/// <summary>
/// _json.make_scanner: the JSON decoder's scan_once. Calling it with (string, idx) parses one
/// JSON value starting exactly at idx and returns (value, end); when no value starts there it
/// raises StopIteration(idx), which JSONDecoder.raw_decode turns into "Expecting value".
/// Every other error is a json.decoder.JSONDecodeError with CPython's message and position.
/// Positions are code-point indices; the scan itself walks UTF-16 units (see <see cref="Doc"/>).
/// </summary>
public sealed class JsonScanner : PyObject
{
    public static readonly PyType Type = new("_json.Scanner", TypeFlags.None);

    bool _strict;
    PyObject _objectHook = PyNone.Instance, _pairsHook = PyNone.Instance;
    PyObject _parseFloat = PyNone.Instance, _parseInt = PyNone.Instance, _parseConstant = PyNone.Instance;
    bool _floatIsDefault, _intIsDefault;

    JsonScanner(PyType type) : base(type) => GcRegistry.Track(this);

    protected internal override bool IsGcContainer => true;

    internal static void Setup(PyType t)
    {
        t.Doc = "JSON scanner object";
        t.tp_new = (type, args, kw) =>
        {
            Span<PyObject?> vals = new PyObject?[1];
            ArgParser.Parse("make_scanner", args, kw, new[] { "context" }, 1, vals);
            var ctx = vals[0]!;
            var s = new JsonScanner(type);
            try
            {
                var strict = Py.GetAttr(ctx, "strict");
                try { s._strict = Py.IsTrue(strict); }
                finally { Py.Decref(strict); }
                s._objectHook = Py.GetAttr(ctx, "object_hook");
                s._pairsHook = Py.GetAttr(ctx, "object_pairs_hook");
                s._parseFloat = Py.GetAttr(ctx, "parse_float");
                s._parseInt = Py.GetAttr(ctx, "parse_int");
                s._parseConstant = Py.GetAttr(ctx, "parse_constant");
            }
            catch
            {
                Py.Decref(s);
                throw;
            }
            s._floatIsDefault = ReferenceEquals(s._parseFloat, PyFloat.Type);
            s._intIsDefault = ReferenceEquals(s._parseInt, PyInt.Type);
            return s;
        };
        t.tp_call = (self, args, kw) =>
        {
            var s = (JsonScanner)self;
            Span<PyObject?> vals = new PyObject?[2];
            ArgParser.Parse("scan_once", args, kw, new[] { "string", "idx" }, 2, vals);
            if (vals[0] is not PyStr str) throw PyErr.TypeError($"first argument must be a string, not {vals[0]!.ob_type.ShortName}");
            long idx = Py.AsSsize(vals[1]!, ExceptionTypes.OverflowError);
            return s.ScanOnceTop(str, idx);
        };
        t.AddGetter("strict", o => PyBool.From(((JsonScanner)o)._strict));
        t.AddGetter("object_hook", o => Py.NewRef(((JsonScanner)o)._objectHook));
        t.AddGetter("object_pairs_hook", o => Py.NewRef(((JsonScanner)o)._pairsHook));
        t.AddGetter("parse_float", o => Py.NewRef(((JsonScanner)o)._parseFloat));
        t.AddGetter("parse_int", o => Py.NewRef(((JsonScanner)o)._parseInt));
        t.AddGetter("parse_constant", o => Py.NewRef(((JsonScanner)o)._parseConstant));
    }

    PyObject ScanOnceTop(PyStr str, long idx)
    {
        if (idx < 0) throw PyErr.ValueError("idx cannot be negative");
        var doc = new Doc(str);
        if (idx >= str.Length) throw StopAt(doc, doc.Text.Length);
        // Object keys are shared through the memo, which owns one reference to each.
        var memo = new Dictionary<string, PyStr>(StringComparer.Ordinal);
        try
        {
            int start = doc.ToUnit((int)idx);
            var value = ScanOnce(doc, memo, start, out int end);
            return PyTuple.Steal(new PyObject[] { value, PyInt.From(doc.ToIndex(end)) });
        }
        finally
        {
            foreach (var key in memo.Values) Py.Decref(key);
        }
    }

    /// <summary>A document being scanned: its text and the mapping between UTF-16 units and code points.</summary>
    internal readonly struct Doc
    {
        public readonly PyStr Str;
        public readonly string Text;

        public Doc(PyStr str)
        {
            Str = str;
            Text = str.Value;
        }

        public int ToUnit(int index) => Str.Utf16Offset(index);
        public int ToIndex(int unit) => Str.CodePointIndex(unit);
    }

    static bool IsWhitespace(char c) => c is ' ' or '\t' or '\n' or '\r';

    static PyException StopAt(Doc doc, int unit)
    {
        var value = PyInt.From(doc.ToIndex(unit));
        try { return new PyException((PyBaseException)Py.CallOneArg(ExceptionTypes.StopIteration, value)); }
        finally { Py.Decref(value); }
    }

    /// <summary>json.decoder.JSONDecodeError(msg, doc, pos), imported when first needed as CPython does.</summary>
    internal static PyException DecodeError(string message, PyStr doc, int index)
    {
        var interp = ThreadState.Current.Interp!;
        var module = Import.ImportAbsolute(interp, "json.decoder");
        PyObject errorType;
        try { errorType = Py.GetAttr(module, "JSONDecodeError"); }
        finally { Py.Decref(module); }
        var msg = PyStr.From(message);
        var pos = PyInt.From(index);
        try
        {
            var exc = Py.Call(errorType, msg, doc, pos);
            if (exc is PyBaseException be) return new PyException(be);
            Py.Decref(exc);
            return PyErr.TypeError("exceptions must derive from BaseException");
        }
        finally
        {
            Py.Decref(msg);
            Py.Decref(pos);
            Py.Decref(errorType);
        }
    }

    static PyException ErrorAt(Doc doc, string message, int unit) => DecodeError(message, doc.Str, doc.ToIndex(unit));

    PyObject ScanOnce(Doc doc, Dictionary<string, PyStr> memo, int idx, out int next)
    {
        string s = doc.Text;
        int length = s.Length;
        if (idx >= length) throw StopAt(doc, idx);
        switch (s[idx])
        {
            case '"':
                return ScanString(doc, idx + 1, _strict, out next);
            case '{':
                Py.EnterRecursiveCall(" while decoding a JSON object from a unicode string");
                try { return ParseObject(doc, memo, idx + 1, out next); }
                finally { Py.LeaveRecursiveCall(); }
            case '[':
                Py.EnterRecursiveCall(" while decoding a JSON array from a unicode string");
                try { return ParseArray(doc, memo, idx + 1, out next); }
                finally { Py.LeaveRecursiveCall(); }
            case 'n':
                if (Matches(s, idx, "null")) { next = idx + 4; return PyNone.Instance; }
                break;
            case 't':
                if (Matches(s, idx, "true")) { next = idx + 4; return PyBool.True; }
                break;
            case 'f':
                if (Matches(s, idx, "false")) { next = idx + 5; return PyBool.False; }
                break;
            case 'N':
                if (Matches(s, idx, "NaN")) { next = idx + 3; return ParseConstant("NaN"); }
                break;
            case 'I':
                if (Matches(s, idx, "Infinity")) { next = idx + 8; return ParseConstant("Infinity"); }
                break;
            case '-':
                if (Matches(s, idx, "-Infinity")) { next = idx + 9; return ParseConstant("-Infinity"); }
                break;
        }
        return MatchNumber(doc, idx, out next);
    }

    static bool Matches(string s, int idx, string word) => string.CompareOrdinal(s, idx, word, 0, word.Length) == 0 && idx + word.Length <= s.Length;

    PyObject ParseConstant(string name)
    {
        var arg = PyStr.From(name);
        try { return Py.CallOneArg(_parseConstant, arg); }
        finally { Py.Decref(arg); }
    }

    PyObject MatchNumber(Doc doc, int start, out int next)
    {
        string s = doc.Text;
        int end = s.Length - 1;
        int idx = start;
        if (s[idx] == '-')
        {
            idx++;
            if (idx > end) throw StopAt(doc, start);
        }
        if (s[idx] >= '1' && s[idx] <= '9')
        {
            idx++;
            while (idx <= end && char.IsAsciiDigit(s[idx])) idx++;
        }
        else if (s[idx] == '0') idx++;
        else throw StopAt(doc, start);
        bool isFloat = false;
        if (idx < end && s[idx] == '.' && char.IsAsciiDigit(s[idx + 1]))
        {
            isFloat = true;
            idx += 2;
            while (idx <= end && char.IsAsciiDigit(s[idx])) idx++;
        }
        if (idx < end && (s[idx] == 'e' || s[idx] == 'E'))
        {
            int eStart = idx;
            idx++;
            if (idx < end && (s[idx] == '-' || s[idx] == '+')) idx++;
            while (idx <= end && char.IsAsciiDigit(s[idx])) idx++;
            if (char.IsAsciiDigit(s[idx - 1])) isFloat = true;
            else idx = eStart;
        }
        next = idx;
        string text = s.Substring(start, idx - start);
        if (isFloat)
        {
            if (_floatIsDefault) return PyFloat.From(FloatParse.Parse(text));
            return CallWithText(_parseFloat, text);
        }
        if (_intIsDefault)
        {
            if (text.Length <= 18) return PyInt.From(long.Parse(text, System.Globalization.CultureInfo.InvariantCulture));
            int limit = ThreadState.Current.Interp?.IntMaxStrDigits ?? Limits.DefaultMaxStrDigits;
            return PyInt.From(IntParse.Parse(text, 10, limit));
        }
        return CallWithText(_parseInt, text);
    }

    static PyObject CallWithText(PyObject f, string text)
    {
        var arg = PyStr.From(text);
        try { return Py.CallOneArg(f, arg); }
        finally { Py.Decref(arg); }
    }

    PyObject ParseObject(Doc doc, Dictionary<string, PyStr> memo, int idx, out int next)
    {
        string s = doc.Text;
        int end = s.Length - 1;
        bool pairs = _pairsHook is not PyNone;
        PyObject result = pairs ? new PyList() : new PyDict();
        try
        {
            while (idx <= end && IsWhitespace(s[idx])) idx++;
            if (idx > end || s[idx] != '}')
            {
                while (true)
                {
                    if (idx > end || s[idx] != '"')
                        throw ErrorAt(doc, "Expecting property name enclosed in double quotes", idx);
                    var rawKey = ScanString(doc, idx + 1, _strict, out int afterKey);
                    PyStr key;
                    if (memo.TryGetValue(rawKey.Value, out var known))
                    {
                        Py.Decref(rawKey);
                        key = Py.NewRef(known);
                    }
                    else
                    {
                        memo[rawKey.Value] = rawKey;
                        key = rawKey;
                        Py.Incref(key);
                    }
                    idx = afterKey;
                    try
                    {
                        while (idx <= end && IsWhitespace(s[idx])) idx++;
                        if (idx > end || s[idx] != ':') throw ErrorAt(doc, "Expecting ':' delimiter", idx);
                        idx++;
                        while (idx <= end && IsWhitespace(s[idx])) idx++;
                        var value = ScanOnce(doc, memo, idx, out idx);
                        if (pairs)
                            ((PyList)result).AppendSteal(PyTuple.Steal(new PyObject[] { Py.NewRef(key), value }));
                        else
                        {
                            try { ((PyDict)result).SetItem(key, value); }
                            finally { Py.Decref(value); }
                        }
                    }
                    finally { Py.Decref(key); }
                    while (idx <= end && IsWhitespace(s[idx])) idx++;
                    if (idx <= end && s[idx] == '}') break;
                    if (idx > end || s[idx] != ',') throw ErrorAt(doc, "Expecting ',' delimiter", idx);
                    int comma = idx;
                    idx++;
                    while (idx <= end && IsWhitespace(s[idx])) idx++;
                    if (idx <= end && s[idx] == '}') throw ErrorAt(doc, "Illegal trailing comma before end of object", comma);
                }
            }
            next = idx + 1;
            if (pairs) return Py.CallOneArg(_pairsHook, result);
            if (_objectHook is not PyNone) return Py.CallOneArg(_objectHook, result);
            return Py.NewRef(result);
        }
        finally { Py.Decref(result); }
    }

    PyObject ParseArray(Doc doc, Dictionary<string, PyStr> memo, int idx, out int next)
    {
        string s = doc.Text;
        int end = s.Length - 1;
        var result = new PyList();
        try
        {
            while (idx <= end && IsWhitespace(s[idx])) idx++;
            if (idx > end || s[idx] != ']')
            {
                while (true)
                {
                    result.AppendSteal(ScanOnce(doc, memo, idx, out idx));
                    while (idx <= end && IsWhitespace(s[idx])) idx++;
                    if (idx <= end && s[idx] == ']') break;
                    if (idx > end || s[idx] != ',') throw ErrorAt(doc, "Expecting ',' delimiter", idx);
                    int comma = idx;
                    idx++;
                    while (idx <= end && IsWhitespace(s[idx])) idx++;
                    if (idx <= end && s[idx] == ']') throw ErrorAt(doc, "Illegal trailing comma before end of array", comma);
                }
            }
            next = idx + 1;
            return Py.NewRef(result);
        }
        finally { Py.Decref(result); }
    }

    /// <summary>
    /// scanstring: the string whose opening quote is just before <paramref name="start"/>; sets
    /// <paramref name="next"/> past the closing quote. \u escapes append their UTF-16 unit, so an
    /// escaped surrogate pair becomes one code point and a lone surrogate stays lone.
    /// </summary>
    internal static PyStr ScanString(Doc doc, int start, bool strict, out int next)
    {
        string s = doc.Text;
        int length = s.Length;
        int begin = start - 1;
        int pos = start;
        StringBuilder? sb = null;
        while (true)
        {
            int chunkStart = pos;
            char c = '\0';
            while (pos < length)
            {
                c = s[pos];
                if (c == '"' || c == '\\') break;
                if (c <= 0x1f && strict) throw ErrorAt(doc, "Invalid control character at", pos);
                pos++;
            }
            if (pos >= length) throw ErrorAt(doc, "Unterminated string starting at", begin);
            if (c == '"')
            {
                next = pos + 1;
                if (sb is null) return PyStr.From(s.Substring(chunkStart, pos - chunkStart));
                sb.Append(s, chunkStart, pos - chunkStart);
                return PyStr.From(sb.ToString());
            }
            sb ??= new StringBuilder();
            sb.Append(s, chunkStart, pos - chunkStart);
            pos++;
            if (pos >= length) throw ErrorAt(doc, "Unterminated string starting at", begin);
            c = s[pos];
            if (c != 'u')
            {
                pos++;
                char decoded = c switch
                {
                    '"' => '"',
                    '\\' => '\\',
                    '/' => '/',
                    'b' => '\b',
                    'f' => '\f',
                    'n' => '\n',
                    'r' => '\r',
                    't' => '\t',
                    _ => '\0',
                };
                if (decoded == '\0') throw ErrorAt(doc, "Invalid \\escape", pos - 2);
                sb.Append(decoded);
                continue;
            }
            pos++;
            int escapeEnd = pos + 4;
            if (escapeEnd >= length) throw ErrorAt(doc, "Invalid \\uXXXX escape", pos - 1);
            int value = 0;
            for (; pos < escapeEnd; pos++)
            {
                int digit = HexValue(s[pos]);
                if (digit < 0) throw ErrorAt(doc, "Invalid \\uXXXX escape", escapeEnd - 5);
                value = (value << 4) | digit;
            }
            sb.Append((char)value);
        }
    }

    static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    protected internal override void ReleaseReferences()
    {
        Release(ref _objectHook);
        Release(ref _pairsHook);
        Release(ref _parseFloat);
        Release(ref _parseInt);
        Release(ref _parseConstant);
    }

    static void Release(ref PyObject field)
    {
        var old = field;
        field = PyNone.Instance;
        Py.Decref(old);
    }

    protected internal override void Traverse(Action<PyObject> visit)
    {
        visit(_objectHook);
        visit(_pairsHook);
        visit(_parseFloat);
        visit(_parseInt);
        visit(_parseConstant);
    }
}
