using System.Text;
using Ftpy.Runtime;

namespace Ftpy.Objects;

/// <summary>
/// The binary layer under a standard stream (sys.stdout.buffer, sys.stdin.buffer). Writes flush
/// the text layer first so text and bytes keep their order, then go to the process stream's
/// bytes (or, when the text layer is not over a byte stream, are decoded as UTF-8 into it).
/// Reads take the text layer's remaining characters and encode them as UTF-8.
/// </summary>
public sealed class PyStdBuffer : PyObject
{
    public static readonly PyType WriterType = new("_io.BufferedWriter");
    public static readonly PyType ReaderType = new("_io.BufferedReader");

    readonly PyStdStream _text;

    PyStdBuffer(PyType type, PyStdStream text) : base(type)
    {
        _text = text;
        Py.Incref(text);
        GcRegistry.Track(this);
    }

    protected internal override bool IsGcContainer => true;

    internal static PyObject For(PyStdStream text)
    {
        if (text.Writer is not null)
        {
            TypeSystem.ReadyStatic(WriterType, null, SetupWriter);
            return new PyStdBuffer(WriterType, text);
        }
        TypeSystem.ReadyStatic(ReaderType, null, SetupReader);
        return new PyStdBuffer(ReaderType, text);
    }

    internal static PyType ReadyWriter()
    {
        TypeSystem.ReadyStatic(WriterType, null, SetupWriter);
        return WriterType;
    }

    internal static PyType ReadyReader()
    {
        TypeSystem.ReadyStatic(ReaderType, null, SetupReader);
        return ReaderType;
    }

    void CheckOpen(string op)
    {
        if (_text.Closed) throw PyErr.ValueError($"{op} of closed file");
    }

    static PyStdBuffer Self(PyObject o) => (PyStdBuffer)o;

    static void SetupCommon(PyType t)
    {
        t.AddGetter("closed", o => PyBool.From(Self(o)._text.Closed));
        t.AddGetter("raw", o => Py.NewRef(o));
        t.AddGetter("name", o => PyInt.From(Self(o)._text.Fd));
        t.AddGetter("mode", o => PyStr.Intern(Self(o)._text.Writer is null ? "rb" : "wb"));
        t.AddMethod("fileno", (PyObject self) => PyInt.From(Self(self)._text.Fd));
        t.AddMethod("isatty", (PyObject self) => PyBool.False);
        t.AddMethod("seekable", (PyObject self) => PyBool.False);
        t.AddMethod("readable", (PyObject self) => PyBool.From(Self(self)._text.Writer is null));
        t.AddMethod("writable", (PyObject self) => PyBool.From(Self(self)._text.Writer is not null));
        t.AddMethod("flush", (PyObject self) => { Self(self)._text.Flush(); return PyNone.Instance; });
        t.AddMethod("close", (PyObject self) => { Self(self)._text.Flush(); Self(self)._text.Closed = true; return PyNone.Instance; });
        t.AddMethod("__enter__", (PyObject self) => Py.NewRef(self));
        t.AddMethod("__exit__", (PyObject self, ReadOnlySpan<PyObject> a) => { Self(self)._text.Flush(); return PyNone.Instance; });
        t.tp_repr = o => PyStr.From($"<{o.ob_type.Name} name='<{Self(o)._text.StreamName}>'>");
    }

    static void SetupWriter(PyType t)
    {
        SetupCommon(t);
        t.AddMethod("write", (PyObject self, PyObject data) =>
        {
            var b = Self(self);
            b.CheckOpen("write to closed file");
            var bytes = BufferProtocol.GetBytes(data).ToArray();
            b._text.WriteBytes(bytes);
            return PyInt.From(bytes.Length);
        });
        t.AddMethod("writelines", (PyObject self, PyObject lines) =>
        {
            foreach (var l in Py.Iterate(lines))
            {
                try { Py.Decref(Py.CallMethod(self, "write", l)); }
                finally { Py.Decref(l); }
            }
            return PyNone.Instance;
        });
    }

    static void SetupReader(PyType t)
    {
        SetupCommon(t);
        t.tp_iter = o => Py.NewRef(o);
        t.tp_iternext = o =>
        {
            var line = Encoding.UTF8.GetBytes(Self(o)._text.ReadLine());
            return line.Length == 0 ? null : PyBytes.From(line);
        };
        t.AddMethod("read", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            var b = Self(self);
            b.CheckOpen("read");
            long n = a.Length > 0 && a[0] is not PyNone ? Py.AsLong(a[0]) : -1;
            return PyBytes.From(Encoding.UTF8.GetBytes(b._text.ReadChars(n)));
        });
        t.AddMethod("readline", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            var b = Self(self);
            b.CheckOpen("readline");
            return PyBytes.From(Encoding.UTF8.GetBytes(b._text.ReadLine()));
        });
        t.AddMethod("readlines", (PyObject self) =>
        {
            var l = new PyList();
            var text = Self(self)._text;
            while (text.ReadLine() is { Length: > 0 } line) l.AppendSteal(PyBytes.From(Encoding.UTF8.GetBytes(line)));
            return l;
        });
    }

    protected internal override void ReleaseReferences() => Py.Decref(_text);

    protected internal override void Traverse(Action<PyObject> visit) => visit(_text);
}
