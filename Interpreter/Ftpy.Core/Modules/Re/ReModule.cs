using System.Text;
using Ftpy.Objects;
using Ftpy.Runtime;

namespace Ftpy.Modules.Re;

/// <summary>
/// _ftpy_re: the engine behind Lib/re.py. compile() parses Python regex syntax and translates it
/// to .NET (see README.md in this folder for every place where the two differ and how the
/// translation closes the gap); Pattern, Match and the scanner are the types re exposes.
/// re.py registers its error class (re.PatternError) so that errors raised here are that class.
/// </summary>
public static class ReModule
{
    static PyObject? s_errorType;

    public static PyModule Create(InterpreterState interp)
    {
        TypeSystem.ReadyStatic(PyPattern.Type, null, PyPattern.Setup);
        TypeSystem.ReadyStatic(PyMatch.Type, null, PyMatch.Setup);
        TypeSystem.ReadyStatic(PyScanner.Type, null, PyScanner.SetupScanner);
        TypeSystem.ReadyStatic(PyScanner.IteratorType, null, PyScanner.SetupIter);
        var m = new PyModule("_ftpy_re");
        m.Add("Pattern", PyPattern.Type);
        m.Add("Match", PyMatch.Type);
        m.Add("MAXREPEAT", PyInt.From(RegexParseState.MaxRepeat));
        m.Add("MAXGROUPS", PyInt.From(RegexParseState.MaxGroups));
        m.AddFunction("compile", (PyObject self, ReadOnlySpan<PyObject> args) =>
        {
            ArgParser.CheckPositional("compile", args, 2, 2);
            return PyPattern.Compile(args[0], Py.AsInt(args[1]));
        });
        m.AddFunction("set_error", (PyObject self, PyObject type) =>
        {
            var old = s_errorType;
            s_errorType = Py.NewRef(type);
            if (old is not null) Py.Decref(old);
            return PyNone.Instance;
        });
        m.AddFunction("escape", (PyObject self, PyObject pattern) => Escape(pattern));
        m.AddFunction("ascii_iscased", (PyObject self, PyObject ch) => PyBool.From(Py.AsInt(ch) is >= 'A' and <= 'Z' or >= 'a' and <= 'z'));
        m.AddFunction("unicode_iscased", (PyObject self, PyObject ch) => PyBool.From(CaseFolding.IsCased(Py.AsInt(ch))));
        m.AddFunction("ascii_tolower", (PyObject self, PyObject ch) => PyInt.From(CaseFolding.AsciiLower(Py.AsInt(ch))));
        m.AddFunction("unicode_tolower", (PyObject self, PyObject ch) => PyInt.From(CaseFolding.Lower(Py.AsInt(ch))));
        return m;
    }

    /// <summary>re.error(msg, pattern, pos) as a PyException; pos null means no position.</summary>
    internal static PyException Error(string msg, PyObject pattern, int? pos)
    {
        var type = s_errorType;
        if (type is null) return PyErr.ValueError(pos is int p ? $"{msg} at position {p}" : msg);
        var m = PyStr.From(msg);
        var position = pos is int q ? PyInt.From(q) : (PyObject)PyNone.Instance;
        try
        {
            var exc = Py.Call(type, m, pattern, position);
            if (exc is PyBaseException be) return new PyException(be);
            Py.Decref(exc);
            return PyErr.TypeError("exceptions must derive from BaseException");
        }
        finally
        {
            Py.Decref(m);
            Py.Decref(position);
        }
    }

    /// <summary>An attribute of the re module (for pickling support).</summary>
    internal static PyObject ReAttr(string name)
    {
        var re = Import.ImportAbsolute(ThreadState.Current.Interp!, "re");
        try { return Py.GetAttr(re, name); }
        finally { Py.Decref(re); }
    }

    /// <summary>Emits the parser's FutureWarnings (possible set operations) through the warnings module.</summary>
    internal static void Warn(List<string> messages)
    {
        if (messages.Count == 0) return;
        var interp = ThreadState.Current.Interp!;
        PyObject warnings;
        try { warnings = Import.ImportAbsolute(interp, "warnings"); }
        catch (PyException e) when (e.Matches(ExceptionTypes.ImportError))
        {
            e.Release();
            return;
        }
        try
        {
            foreach (var msg in messages)
            {
                var text = PyStr.From(msg);
                var level = PyInt.From(4);
                try { Py.Decref(Py.CallMethod(warnings, "warn", new PyObject[] { text, ExceptionTypes.FutureWarning, level })); }
                finally
                {
                    Py.Decref(text);
                    Py.Decref(level);
                }
            }
        }
        finally { Py.Decref(warnings); }
    }

    /// <summary>re.escape: a backslash before every character that is special in a pattern.</summary>
    static PyObject Escape(PyObject pattern)
    {
        const string special = "()[]{}?*+-|^$\\.&~# \t\n\r\v\f";
        if (pattern is PyStr s)
        {
            var sb = new StringBuilder(s.Value.Length + 8);
            foreach (char c in s.Value)
            {
                if (special.IndexOf(c) >= 0) sb.Append('\\');
                sb.Append(c);
            }
            return PyStr.From(sb.ToString());
        }
        if (BytesType.TryGetBytes(pattern, out var bytes))
        {
            var list = new List<byte>(bytes.Length + 8);
            foreach (byte b in bytes)
            {
                if (b < 128 && special.IndexOf((char)b) >= 0) list.Add((byte)'\\');
                list.Add(b);
            }
            return PyBytes.From(list.ToArray());
        }
        throw PyErr.TypeError($"decoding to str: need a bytes-like object, {pattern.ob_type.ShortName} found");
    }
}
