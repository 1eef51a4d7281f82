using System.Text;
using Ftpy.Objects;
using Ftpy.Parsing;
using Ftpy.Parsing.Ast;

namespace Ftpy.Runtime;

/// <summary>
/// Formats exceptions the way CPython 3.13's traceback module prints them: the chain of causes
/// and contexts, "Traceback (most recent call last):", one entry per frame with the source line
/// and caret anchors, the exception line, notes, and SyntaxError's source/caret block.
/// </summary>
public static class TracebackPrinter
{
    const string CauseMessage = "\nThe above exception was the direct cause of the following exception:\n\n";
    const string ContextMessage = "\nDuring handling of the above exception, another exception occurred:\n\n";

    /// <param name="carets">False for CPython's C-level traceback printer (unraisable
    /// exceptions), which shows source lines without caret anchors.</param>
    public static string Format(PyBaseException exc, bool carets = true)
    {
        var sb = new StringBuilder();
        var seen = new HashSet<PyObject>(ReferenceEqualityComparer.Instance);
        FormatChain(sb, exc, seen, carets);
        return sb.ToString();
    }

    static void FormatChain(StringBuilder sb, PyBaseException exc, HashSet<PyObject> seen, bool carets)
    {
        seen.Add(exc);
        if (exc.Cause is { } cause && !seen.Contains(cause))
        {
            FormatChain(sb, cause, seen, carets);
            sb.Append(CauseMessage);
        }
        else if (!exc.SuppressContext && exc.Context is { } ctx && !seen.Contains(ctx))
        {
            FormatChain(sb, ctx, seen, carets);
            sb.Append(ContextMessage);
        }
        FormatOne(sb, exc, carets);
    }

    static void FormatOne(StringBuilder sb, PyBaseException exc, bool carets)
    {
        if (exc.Traceback is PyTraceback tb)
        {
            sb.Append("Traceback (most recent call last):\n");
            FormatEntries(sb, tb, carets);
        }
        sb.Append(FormatExceptionOnly(exc));
    }

    /// <summary>The "  File ..., line N, in f" entries with source lines, collapsing long repeats as CPython does.</summary>
    public static void FormatEntries(StringBuilder sb, PyTraceback? tb, bool carets = true)
    {
        string? lastFile = null, lastName = null;
        int lastLine = -1, repeat = 0;
        for (var t = tb; t is not null; t = t.Next)
        {
            var frame = t.FrameObject.Frame;
            var code = frame.Code;
            string file = code.Filename;
            string name = code.Name;
            int line = t.Line;
            if (file == lastFile && line == lastLine && name == lastName)
            {
                repeat++;
                if (repeat > 3) continue;
            }
            else
            {
                if (repeat > 3) AppendRepeat(sb, repeat - 3);
                repeat = 1;
                lastFile = file; lastLine = line; lastName = name;
            }
            sb.Append("  File \"").Append(file).Append("\", line ").Append(line < 0 ? "None" : line.ToString()).Append(", in ").Append(name).Append('\n');
            var pos = t.LastInstr >= 0 && t.LastInstr < code.Positions.Length ? code.Positions[t.LastInstr] : default;
            AppendSourceLine(sb, code, line, carets ? pos : default);
        }
        if (repeat > 3) AppendRepeat(sb, repeat - 3);
    }

    static void AppendRepeat(StringBuilder sb, int n) =>
        sb.Append("  [Previous line repeated ").Append(n).Append(" more time").Append(n > 1 ? "s" : "").Append("]\n");

    static string? SourceLine(PyCode code, int line)
    {
        if (line < 1) return null;
        var lines = code.SourceLines;
        if (lines is null)
        {
            try
            {
                if (File.Exists(code.Filename)) lines = Compiling.Compiler.SplitLines(File.ReadAllText(code.Filename));
            }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
        if (lines is null || line > lines.Length) return null;
        return lines[line - 1];
    }

    static void AppendSourceLine(StringBuilder sb, PyCode code, int line, SourcePosition pos)
    {
        var text = SourceLine(code, line);
        if (text is null) return;
        string stripped = text.TrimStart(' ', '\t', '\f');
        if (stripped.Length == 0) return;
        stripped = stripped.TrimEnd();
        int indent = text.Length - text.TrimStart(' ', '\t', '\f').Length;
        sb.Append("    ").Append(stripped).Append('\n');
        if (pos.Line != line || pos.EndLine != line || pos.EndCol <= pos.Col) return;
        int start = pos.Col - indent, end = Math.Min(pos.EndCol - indent, stripped.Length);
        if (CaretLine(stripped, start, end) is { } carets)
            sb.Append("    ").Append(carets).Append('\n');
    }

    /// <summary>
    /// The caret line under a stripped source line for the instruction at [start, end), or null
    /// when CPython 3.13 shows none: when the marks would only underline the whole line, or when
    /// the instruction is the plain call that makes up a whole `return f(...)` or `x = f(...)`.
    /// </summary>
    public static string? CaretLine(string stripped, int start, int end)
    {
        if (start < 0 || start >= end || end > stripped.Length) return null;
        if (IsWholeStatementCall(stripped, start, end)) return null;
        var marks = Anchors(stripped, start, end);
        bool anchored = marks.Contains('~');
        if (!anchored && start == 0 && end >= stripped.Length) return null;
        return new string(' ', start) + marks.TrimEnd();
    }

    static bool IsWholeStatementCall(string line, int start, int end)
    {
        if (end != line.Length) return false;
        var segment = line.AsSpan(start, end - start);
        string head = line[..start].TrimEnd();
        // `return f(...)` with a plain name; `x = <any call>` with one plain name as target.
        if (head == "return") return IsNameCall(segment, dotted: false);
        if (!IsNameCall(segment, dotted: true)) return false;
        if (!head.EndsWith('=') || head.EndsWith("==") || head.EndsWith("!=") || head.EndsWith("<=") || head.EndsWith(">=")) return false;
        string target = head[..^1].TrimEnd();
        return IsIdentifier(target);
    }

    static bool IsIdentifier(string s)
    {
        if (s.Length == 0 || !(char.IsLetter(s[0]) || s[0] == '_')) return false;
        foreach (char c in s) if (!(char.IsLetterOrDigit(c) || c == '_')) return false;
        return true;
    }

    /// <summary>True when text is exactly one call whose callee is a plain name, f(...), or
    /// with <paramref name="dotted"/> a dotted name, obj.method(...).</summary>
    static bool IsNameCall(ReadOnlySpan<char> text, bool dotted)
    {
        int i = 0, n = text.Length;
        if (n == 0 || !(char.IsLetter(text[0]) || text[0] == '_')) return false;
        while (i < n && (char.IsLetterOrDigit(text[i]) || text[i] == '_' ||
               (dotted && text[i] == '.' && i + 1 < n && (char.IsLetter(text[i + 1]) || text[i + 1] == '_')))) i++;
        while (i < n && text[i] == ' ') i++;
        if (i >= n || text[i] != '(') return false;
        int depth = 0;
        char quote = '\0';
        for (; i < n; i++)
        {
            char c = text[i];
            if (quote != '\0')
            {
                if (c == '\\') i++;
                else if (c == quote) quote = '\0';
            }
            else if (c is '\'' or '"') quote = c;
            else if (c is '(' or '[' or '{') depth++;
            else if (c is ')' or ']' or '}')
            {
                depth--;
                if (depth == 0) return i == n - 1;
            }
        }
        return false;
    }

    /// <summary>"~~^^~~": the primary part of a binary operation, subscript or call gets '^', the rest '~'.</summary>
    internal static string Anchors(string line, int start, int end)
    {
        string segment = line[start..end];
        try
        {
            var tree = Parser.ParseExpression("(" + segment + "\n)", "<anchors>");
            var body = tree.Body;
            // Column offsets in the parsed text are shifted by the leading "(".
            int Col(int c) => c - 1;
            int len = segment.Length;
            switch (body)
            {
                case BinOp b when b.Left.EndLineno == 1 && b.Right.Lineno == 1:
                {
                    int opStart = Col(b.Left.EndColOffset);
                    while (opStart < len && (segment[opStart] == ' ' || segment[opStart] == ')')) opStart++;
                    int opEnd = opStart + 1;
                    if (opEnd < len && !char.IsWhiteSpace(segment[opEnd]) && "*/=<>|&^".Contains(segment[opEnd])) opEnd++;
                    if (opEnd < len && segment[opEnd] == '=' && segment[opStart] != '=') opEnd++;
                    return Mark(len, opStart, opEnd);
                }
                case Subscript s when s.Value.EndLineno == 1:
                {
                    int open = Col(s.Value.EndColOffset);
                    while (open < len && segment[open] != '[') open++;
                    return Mark(len, open, len);
                }
                case Call c when c.Func.EndLineno == 1:
                {
                    int open = Col(c.Func.EndColOffset);
                    while (open < len && segment[open] != '(') open++;
                    return Mark(len, open, len);
                }
            }
        }
        catch (SyntaxErrorException) { }
        catch (PyException e) { e.Release(); }
        return new string('^', end - start);
    }

    static string Mark(int len, int primaryStart, int primaryEnd)
    {
        var c = new char[len];
        for (int i = 0; i < len; i++) c[i] = i >= primaryStart && i < primaryEnd ? '^' : '~';
        return new string(c);
    }

    /// <summary>The final "Type: message" line(s), plus SyntaxError's source block and any notes.</summary>
    public static string FormatExceptionOnly(PyBaseException exc)
    {
        var sb = new StringBuilder();
        var type = exc.ob_type;
        string qual = TypeObject.QualName(type);
        string module = TypeObject.ModuleName(type);
        string stype = module is "__main__" or "builtins" ? qual : $"{module}.{qual}";
        if (type.IsSubtype(ExceptionTypes.SyntaxError) && exc is PyExceptionWithFields f)
        {
            AppendSyntaxError(sb, stype, f);
        }
        else
        {
            string value = SafeStr(exc);
            sb.Append(value.Length == 0 ? stype : $"{stype}: {value}").Append('\n');
        }
        AppendNotes(sb, exc);
        return sb.ToString();
    }

    static string SafeStr(PyObject o)
    {
        try
        {
            return Py.StrString(o);
        }
        catch (PyException e)
        {
            e.Release();
            return "<exception str() failed>";
        }
    }

    static void AppendNotes(StringBuilder sb, PyBaseException exc)
    {
        var notes = exc.Dict?.GetItemBorrowed("__notes__");
        if (notes is null) return;
        if (notes is PyList or PyTuple)
        {
            foreach (var n in Py.ToList(notes))
            {
                sb.Append(n is PyStr s ? s.Value : SafeRepr(n)).Append('\n');
                Py.Decref(n);
            }
        }
        else sb.Append(SafeRepr(notes)).Append('\n');
    }

    static string SafeRepr(PyObject o)
    {
        try { return Py.ReprString(o); }
        catch (PyException e) { e.Release(); return "<note str() failed>"; }
    }

    static void AppendSyntaxError(StringBuilder sb, string stype, PyExceptionWithFields e)
    {
        var f = e.Fields;
        string file = f[1] is PyStr fs ? fs.Value : "<string>";
        string? lineno = f[2] is PyInt li ? li.Value.ToString() : null;
        if (lineno is not null) sb.Append("  File \"").Append(file).Append("\", line ").Append(lineno).Append('\n');
        if (f[4] is PyStr text)
        {
            string raw = text.Value.TrimEnd('\n', '\r');
            string ltext = raw.TrimStart(' ', '\t', '\f');
            int spaces = raw.Length - ltext.Length;
            string rtext = ltext.TrimEnd();
            sb.Append("    ").Append(rtext).Append('\n');
            if (f[3] is PyInt offObj)
            {
                long offset = (long)offObj.Value;
                long endOffset = f[6] is PyInt eo && f[5] is PyInt el && f[2] is PyInt l0 && el.Value == l0.Value ? (long)eo.Value : offset + 1;
                if (endOffset <= offset) endOffset = offset + 1;
                long colStart = offset - 1 - spaces;
                long colEnd = endOffset - 1 - spaces;
                if (colStart >= 0 && colStart <= rtext.Length)
                {
                    colEnd = Math.Min(colEnd, Math.Max(rtext.Length, colStart + 1));
                    sb.Append("    ").Append(new string(' ', (int)colStart)).Append(new string('^', (int)Math.Max(1, colEnd - colStart))).Append('\n');
                }
            }
        }
        string msg = f[0] is PyStr ms ? ms.Value : "<no detail available>";
        sb.Append(stype).Append(": ").Append(msg).Append('\n');
    }
}

/// <summary>sys.unraisablehook's default output ("Exception ignored in: ...") for errors no caller can
/// receive: in finalizers, weakref callbacks and at shutdown.</summary>
public static class Unraisable
{
    public static void Write(PyException e, string message, PyObject? obj)
    {
        var exc = e.TakeValue();
        try
        {
            var ts = ThreadState.Current;
            // An exception raised by C# code has no traceback yet: show where Python code was
            // (PyErr_WriteUnraisable makes one from the current frame).
            if (exc.Traceback is null && ts.CurrentFrame is { } frame)
                exc.Traceback = new PyTraceback(null, PyFrameObject.For(frame), frame.LastInstr, frame.Line);
            var interp = ts.Interp;
            var sb = new StringBuilder();
            sb.Append(message);
            if (obj is not null)
            {
                string r;
                try { r = Py.ReprString(obj); }
                catch (PyException inner) { inner.Release(); r = $"<object repr() failed>"; }
                sb.Append(r);
            }
            sb.Append('\n');
            sb.Append(TracebackPrinter.Format(exc, carets: false));
            interp?.WriteStderr(sb.ToString());
        }
        finally
        {
            Py.Decref(exc);
        }
    }
}

/// <summary>Text helpers for exceptions seen from C#.</summary>
public static class ExceptionFormatting
{
    /// <summary>str(exc), or "" when str() itself fails.</summary>
    public static string StrOrEmpty(PyBaseException e)
    {
        try { return Py.StrString(e); }
        catch (PyException inner) { inner.Release(); return ""; }
    }
}
