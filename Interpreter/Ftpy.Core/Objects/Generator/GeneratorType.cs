using Ftpy.Runtime;

namespace Ftpy.Objects;

/// <summary>The generator type: iteration, send, throw, close and the gi_* attributes.</summary>
public static class GeneratorType
{
    static PyGenerator G(PyObject o) => (PyGenerator)o;

    internal static void Setup(PyType t)
    {
        t.Flags |= TypeFlags.DisallowInstantiation;
        t.Flags &= ~TypeFlags.BaseType;
        t.tp_iter = o => Py.NewRef(o);
        t.tp_iternext = PyGenerator.IterNext;
        t.tp_finalize = PyGenerator.Finalize;
        t.tp_repr = o => PyStr.From($"<generator object {G(o).QualName.Value} at 0x{Py.Id(o):x}>");
        t.AddMethod("send", (PyObject self, PyObject v) => G(self).Send(v));
        t.AddMethod("throw", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            ArgParser.CheckPositional("throw", a, 1, 3);
            var exc = ExceptionObjects.FromThrowArgs(a);
            try { return G(self).Throw(exc); }
            finally { Py.Decref(exc); }
        });
        t.AddMethod("close", (PyObject self) => G(self).Close());
        t.AddGetter("gi_running", o => PyBool.From(G(o).Running));
        t.AddGetter("gi_suspended", o => PyBool.From(G(o).Frame is not null && G(o).Started && !G(o).Running));
        t.AddGetter("gi_frame", o => G(o).Frame is { } f ? PyFrameObject.For(f) : PyNone.Instance);
        t.AddGetter("gi_code", o => Py.NewRef(G(o).Code));
        t.AddGetter("gi_yieldfrom", o => G(o).Frame is { } f && PyGenerator.YieldFromReceiver(f) is { } r ? Py.NewRef(r) : PyNone.Instance);
        t.AddGetSet("__name__", o => Py.NewRef(G(o).Name), (o, v) =>
        {
            if (v is not PyStr s) throw PyErr.TypeError("__name__ must be set to a string object");
            var g = G(o); var old = g.Name; g.Name = Py.NewRef(s); Py.Decref(old);
        });
        t.AddGetSet("__qualname__", o => Py.NewRef(G(o).QualName), (o, v) =>
        {
            if (v is not PyStr s) throw PyErr.TypeError("__qualname__ must be set to a string object");
            var g = G(o); var old = g.QualName; g.QualName = Py.NewRef(s); Py.Decref(old);
        });
    }
}
