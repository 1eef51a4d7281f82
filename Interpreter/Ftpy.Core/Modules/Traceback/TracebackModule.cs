using Ftpy.Objects;
using Ftpy.Runtime;

namespace Ftpy.Modules;

/// <summary>
/// _ftpy_traceback: the parser-backed helper the Python traceback module needs to draw caret
/// anchors ("~~^^~~") exactly as the interpreter's own traceback printer does.
/// </summary>
public static class TracebackModule
{
    public static PyModule Create(InterpreterState interp)
    {
        var m = new PyModule("_ftpy_traceback");
        m.Dict.SetItem("__doc__", PyStr.From("helpers for the traceback module"));
        m.AddFunction(new MethodDef("anchors", (PyObject self, PyObject s) =>
        {
            if (s is not PyStr str) throw PyErr.TypeError($"anchors() argument must be str, not {s.ob_type.ShortName}");
            string segment = str.Value;
            if (segment.Length == 0) return PyStr.From("");
            return PyStr.From(TracebackPrinter.Anchors(segment, 0, segment.Length));
        }, "anchors(segment) -> the caret string marking segment's primary operation"));
        return m;
    }
}
