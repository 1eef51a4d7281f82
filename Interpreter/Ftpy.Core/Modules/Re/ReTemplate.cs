using System.Text;
using Ftpy.Objects;
using Ftpy.Objects.Text;
using Ftpy.Runtime;

namespace Ftpy.Modules.Re;

/// <summary>
/// A parsed replacement template (re._parser.parse_template): literal text and group
/// references (\1, \g&lt;name&gt;, \g&lt;0&gt;), with CPython's escapes and errors. Unmatched groups
/// expand to nothing.
/// </summary>
public sealed class ReTemplate
{
    readonly List<object> _items = new();
    readonly bool _isText;

    ReTemplate(bool isText) => _isText = isText;

    public static ReTemplate Parse(PyPattern pattern, PyObject template)
    {
        int[] cps;
        bool isText;
        if (template is PyStr s)
        {
            isText = true;
            cps = RegexParser.CodePointsOf(s.Value);
        }
        else if (BytesType.TryGetBytes(template, out var bytes))
        {
            isText = false;
            cps = bytes.Select(b => (int)b).ToArray();
        }
        else throw PyErr.TypeError($"expected str or bytes-like object, got '{template.ob_type.ShortName}'");
        try
        {
            return new Reader(cps, isText, pattern).Read();
        }
        catch (ReSyntaxError e)
        {
            throw ReModule.Error(e.Msg, template, e.Pos);
        }
    }

    sealed class Reader
    {
        readonly int[] _cps;
        readonly bool _isText;
        readonly PyPattern _pattern;
        int _index;
        int _next;
        bool _nextEscaped;
        readonly ReTemplate _result;
        readonly StringBuilder _literal = new();

        public Reader(int[] cps, bool isText, PyPattern pattern)
        {
            _cps = cps;
            _isText = isText;
            _pattern = pattern;
            _result = new ReTemplate(isText);
            Advance();
        }

        void Advance()
        {
            if (_index >= _cps.Length)
            {
                _next = -1;
                _nextEscaped = false;
                return;
            }
            int c = _cps[_index];
            if (c == '\\')
            {
                _index++;
                if (_index >= _cps.Length) throw new ReSyntaxError("bad escape (end of pattern)", _cps.Length - 1);
                _next = _cps[_index];
                _nextEscaped = true;
            }
            else
            {
                _next = c;
                _nextEscaped = false;
            }
            _index++;
        }

        int Tell() => _index - (_next < 0 ? 0 : _nextEscaped ? 2 : 1);

        ReSyntaxError Error(string msg, int offset = 0)
        {
            if (!_isText) msg = AsciiOnly(msg);
            return new ReSyntaxError(msg, Tell() - offset);
        }

        static string AsciiOnly(string s)
        {
            var sb = new StringBuilder();
            foreach (char c in s)
            {
                if (c < 128) sb.Append(c);
                else sb.Append("\\x").Append(((int)c).ToString("x2"));
            }
            return sb.ToString();
        }

        (int, bool) Get()
        {
            var t = (_next, _nextEscaped);
            Advance();
            return t;
        }

        bool NextIsDigit(bool octal) => _next >= '0' && _next <= (octal ? '7' : '9') && !_nextEscaped;

        void AddLiteral()
        {
            if (_literal.Length > 0)
            {
                _result._items.Add(_literal.ToString());
                _literal.Clear();
            }
        }

        void AddGroup(long index, int offset)
        {
            if (index > _pattern.GroupCount) throw Error($"invalid group reference {index}", offset);
            AddLiteral();
            _result._items.Add((int)index);
        }

        public ReTemplate Read()
        {
            while (true)
            {
                var (c, escaped) = Get();
                if (c < 0) break;
                if (!escaped)
                {
                    CodePoints.Append(_literal, c);
                    continue;
                }
                if (c == 'g')
                {
                    if (!(_next == '<' && !_nextEscaped)) throw Error("missing <");
                    Advance();
                    string name = GetUntilGt();
                    int nameLength = CodePoints.Count(name);
                    if (!(StrPredicates.IsDecimal(name) && StrPredicates.IsAscii(name)))
                    {
                        if (!(_isText || StrPredicates.IsAscii(name)) || !StrPredicates.IsIdentifier(name))
                            throw Error($"bad character in group name {RegexParseState.PyRepr(name)}", nameLength + 1);
                        if (!_pattern.GroupNameToIndex(name, out int gi))
                            throw PyErr.IndexError($"unknown group name {RegexParseState.PyRepr(name)}");
                        AddGroup(gi, nameLength + 1);
                    }
                    else
                    {
                        string digits = name.TrimStart('0');
                        long index = digits.Length == 0 ? 0 : digits.Length > 12 ? long.MaxValue : long.Parse(digits);
                        if (index >= RegexParseState.MaxGroups) throw Error($"invalid group reference {(digits.Length == 0 ? "0" : digits)}", nameLength + 1);
                        AddGroup(index, nameLength + 1);
                    }
                }
                else if (c == '0')
                {
                    int v = 0;
                    if (NextIsDigit(octal: true))
                    {
                        v = Get().Item1 - '0';
                        if (NextIsDigit(octal: true)) v = v * 8 + Get().Item1 - '0';
                    }
                    _literal.Append((char)(v & 0xff));
                }
                else if (c >= '1' && c <= '9')
                {
                    string text = "\\" + (char)c;
                    bool isOctal = false;
                    if (NextIsDigit(octal: false))
                    {
                        text += (char)Get().Item1;
                        if (c <= '7' && text[2] <= '7' && NextIsDigit(octal: true))
                        {
                            text += (char)Get().Item1;
                            isOctal = true;
                            int v = Convert.ToInt32(text[1..], 8);
                            if (v > 0xff) throw Error($"octal escape value {text} outside of range 0-0o377", text.Length);
                            _literal.Append((char)v);
                        }
                    }
                    if (!isOctal) AddGroup(int.Parse(text[1..]), text.Length - 1);
                }
                else
                {
                    int mapped = c switch
                    {
                        'a' => 7, 'b' => 8, 'f' => 12, 'n' => 10, 'r' => 13, 't' => 9, 'v' => 11, '\\' => '\\',
                        _ => -1,
                    };
                    if (mapped >= 0) _literal.Append((char)mapped);
                    else
                    {
                        if (c < 128 && char.IsAsciiLetter((char)c)) throw Error($"bad escape \\{(char)c}", 2);
                        _literal.Append('\\');
                        CodePoints.Append(_literal, c);
                    }
                }
            }
            AddLiteral();
            return _result;
        }

        string GetUntilGt()
        {
            var sb = new StringBuilder();
            int length = 0;
            while (true)
            {
                var (c, esc) = Get();
                if (c < 0)
                {
                    if (length == 0) throw Error("missing group name");
                    throw Error("missing >, unterminated name", length);
                }
                if (c == '>' && !esc)
                {
                    if (length == 0) throw Error("missing group name", 1);
                    break;
                }
                if (esc) { sb.Append('\\'); length++; }
                CodePoints.Append(sb, c);
                length++;
            }
            return sb.ToString();
        }
    }

    PyObject Literal(string text) => _isText ? PyStr.From(text) : PyBytes.From(Encoding.Latin1.GetBytes(text));

    /// <summary>The replacement for a match found during sub().</summary>
    internal PyObject Expand(PyPattern.State state, System.Text.RegularExpressions.Match m)
    {
        var subj = state.Subject;
        if (_isText == subj.IsText && _items.Count == 1 && _items[0] is string only) return Literal(only);
        var pieces = new List<PyObject>(_items.Count);
        try
        {
            foreach (var item in _items)
            {
                if (item is string s) pieces.Add(Literal(s));
                else
                {
                    var g = m.Groups[(int)item];
                    if (g.Success) pieces.Add(subj.Slice(subj.ToIndex(g.Index), subj.ToIndex(g.Index + g.Length)));
                }
            }
            return PyPattern.Join(pieces, subj.IsText);
        }
        finally
        {
            foreach (var p in pieces) Py.Decref(p);
        }
    }

    /// <summary>Match.expand(template).</summary>
    internal PyObject ExpandMatch(PyMatch match)
    {
        var pieces = new List<PyObject>(_items.Count);
        try
        {
            bool subjectIsText = match.SubjectIsText;
            foreach (var item in _items)
            {
                if (item is string s) pieces.Add(Literal(s));
                else if (match.Start((int)item) >= 0) pieces.Add(match.GroupText((int)item, PyNone.Instance));
            }
            return PyPattern.Join(pieces, subjectIsText);
        }
        finally
        {
            foreach (var p in pieces) Py.Decref(p);
        }
    }
}
