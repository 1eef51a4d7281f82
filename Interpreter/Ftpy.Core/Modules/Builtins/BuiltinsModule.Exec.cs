using Ftpy.Compiling;
using Ftpy.Execution;
using Ftpy.Objects;
using Ftpy.Parsing;
using Ftpy.Runtime;

namespace Ftpy.Modules;

public static partial class BuiltinsModule
{
    static string SourceText(PyObject src, string funcName)
    {
        switch (src)
        {
            case PyStr s: return s.Value;
            case PyBytes or PyByteArray:
                var data = BytesType.BytesFromObject(src);
                try { return SourceDecoder.Decode(data, "<string>"); }
                catch (SyntaxErrorException e) { throw SyntaxErrors.ToPython(e); }
            default:
                throw PyErr.TypeError(funcName == "compile"
                    ? $"compile() arg 1 must be a string, bytes or AST object"
                    : $"{funcName}() arg 1 must be a string, bytes or code object");
        }
    }

    static PyObject CompileBuiltin(ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        Span<PyObject?> v = new PyObject?[7];
        ArgParser.Parse("compile", a, kw, new[] { "source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version" }, 3, v);
        string filename = v[1] switch
        {
            PyStr s => s.Value,
            PyBytes b => System.Text.Encoding.UTF8.GetString(b.Value),
            _ => throw PyErr.TypeError($"compile() argument 'filename' must be str, bytes or os.PathLike, not {v[1]!.ob_type.ShortName}"),
        };
        string mode = v[2] is PyStr ms ? ms.Value : throw PyErr.TypeError($"compile() argument 'mode' must be str, not {v[2]!.ob_type.ShortName}");
        var cm = mode switch
        {
            "exec" => CompileMode.Exec,
            "eval" => CompileMode.Eval,
            "single" => CompileMode.Single,
            _ => throw PyErr.ValueError("compile() mode must be 'exec', 'eval' or 'single'"),
        };
        long flags = v[3] is null ? 0 : Py.AsLong(v[3]!);
        if ((flags & 0x400) != 0) throw PyErr.ValueError("compile() with PyCF_ONLY_AST is not supported yet");
        int optimize = v[5] is null ? -1 : (int)Py.AsLong(v[5]!);
        string src = SourceText(v[0]!, "compile");
        if (src.Contains('\0')) throw PyErr.SyntaxErrorSimple("source code string cannot contain null bytes");
        bool opt = optimize > 0 || (optimize < 0 && Interp.Options.Optimize);
        try
        {
            return Compiler.Compile(src, filename, cm, opt);
        }
        catch (SyntaxErrorException e)
        {
            throw SyntaxErrors.ToPython(e);
        }
    }

    static PyObject ExecOrEval(ReadOnlySpan<PyObject> a, PyTuple? kw, bool isExec)
    {
        string name = isExec ? "exec" : "eval";
        Span<PyObject?> v = new PyObject?[4];
        ArgParser.Parse(name, a, kw, new[] { "source", "globals", "locals", "closure" }, 1, v, kwOnlyStart: isExec ? 3 : 3);
        var src = v[0]!;
        var globals = v[1] is PyNone ? null : v[1];
        var locals = v[2] is PyNone ? null : v[2];
        if (globals is not null and not PyDict)
            throw PyErr.TypeError(isExec ? $"exec() globals must be a dict, not {globals.ob_type.ShortName}" : (globals.ob_type.mp_subscript is null ? "globals must be a dict" : "globals must be a real dict; try eval(expr, {}, mapping)"));
        if (locals is not null && locals.ob_type.mp_subscript is null)
            throw PyErr.TypeError($"locals must be a mapping");
        var frame = ThreadState.Current.CurrentFrame;
        PyDict g;
        PyObject? l;
        if (globals is null)
        {
            if (frame is null) throw PyErr.SystemError("globals and locals cannot be NULL");
            g = frame.Globals;
            l = locals ?? FrameLocalsForExec(frame);
        }
        else
        {
            g = (PyDict)globals;
            l = locals ?? g;
            Py.Incref(l);
        }
        PyCode? compiled = null;
        try
        {
            if (!g.ContainsKey(PyStr.Intern("__builtins__"))) g.SetItem("__builtins__", Interp.Builtins);
            PyCode code;
            if (src is PyCode c) code = c;
            else
            {
                string text = SourceText(src, name);
                if (!isExec) text = text.TrimStart(' ', '\t');
                if (text.Contains('\0')) throw PyErr.SyntaxErrorSimple("source code string cannot contain null bytes");
                try { code = compiled = Compiler.Compile(text, "<string>", isExec ? CompileMode.Exec : CompileMode.Eval, Interp.Options.Optimize); }
                catch (SyntaxErrorException e) { throw SyntaxErrors.ToPython(e); }
            }
            if (code.NFree > 0) throw PyErr.TypeError($"code object passed to {name}() may not contain free variables");
            var result = Interp.Exec(code, g, l);
            if (isExec) { Py.Decref(result); return PyNone.Instance; }
            return result;
        }
        finally
        {
            Py.XDecref(compiled);
            Py.XDecref(l);
        }
    }

    /// <summary>exec/eval without explicit namespaces use the caller's globals and locals
    /// (a snapshot for functions, the mapping itself for modules and classes); a new reference.</summary>
    static PyObject FrameLocalsForExec(Frame frame) => FrameLocals.Snapshot(frame);
}

/// <summary>Turns the parser's SyntaxErrorException into Python's SyntaxError/IndentationError/TabError.</summary>
public static class SyntaxErrors
{
    public static PyException ToPython(SyntaxErrorException e)
    {
        var type = e.Kind switch
        {
            SyntaxErrorKind.IndentationError => ExceptionTypes.IndentationError,
            SyntaxErrorKind.TabError => ExceptionTypes.TabError,
            _ => ExceptionTypes.SyntaxError,
        };
        PyObject N(int? x) => x is null ? PyNone.Instance : PyInt.From(x.Value);
        var info = PyTuple.Steal(new PyObject[]
        {
            PyStr.From(e.Filename), N(e.Lineno), N(e.Offset),
            e.Text is null ? PyNone.Instance : PyStr.From(e.Text), N(e.EndLineno), N(e.EndOffset),
        });
        var args = PyTuple.Steal(new PyObject[] { PyStr.From(e.Msg), info });
        try { return new PyException(ExceptionObjects.Instantiate(type, args)); }
        finally { Py.Decref(args); }
    }
}
