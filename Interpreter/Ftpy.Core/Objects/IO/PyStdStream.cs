using System.Text;
using Ftpy.Runtime;

namespace Ftpy.Objects;

/// <summary>
/// A text stream over one of the process's standard streams (sys.stdin/stdout/stderr): UTF-8,
/// writes buffered and flushed at exit, on flush(), on reading stdin, and per line when the
/// stream is a terminal (as CPython's line buffering). stderr is unbuffered per write.
/// </summary>
public sealed class PyStdStream : PyObject
{
    public static readonly PyType Type = new("_io.TextIOWrapper");

    readonly TextWriter? _writer;
    readonly TextReader? _reader;
    readonly string _name;
    readonly int _fd;
    readonly bool _lineBuffered;
    public bool Closed;

    public PyStdStream(TextWriter writer, string name, int fd, bool lineBuffered) : base(Type)
    {
        _writer = writer;
        _name = name;
        _fd = fd;
        _lineBuffered = lineBuffered;
    }

    public PyStdStream(TextReader reader, string name, int fd) : base(Type)
    {
        _reader = reader;
        _name = name;
        _fd = fd;
    }

    public void Write(string s)
    {
        if (Closed) throw PyErr.ValueError("I/O operation on closed file.");
        if (_writer is null) throw PyErr.UnsupportedOperation("not writable");
        _writer.Write(s);
        if (_lineBuffered && s.Contains('\n')) _writer.Flush();
    }

    public void Flush() => _writer?.Flush();

    internal TextWriter? Writer => _writer;
    internal int Fd => _fd;
    internal string StreamName => _name;

    /// <summary>Bytes written through sys.stdout.buffer: after the pending text, straight to the
    /// process stream when there is one, else decoded into the text writer.</summary>
    internal void WriteBytes(byte[] data)
    {
        if (_writer is null) throw PyErr.UnsupportedOperation("not writable");
        if (_writer is StreamWriter sw)
        {
            sw.Flush();
            sw.BaseStream.Write(data, 0, data.Length);
            if (_lineBuffered || _fd == 2) sw.BaseStream.Flush();
            return;
        }
        _writer.Write(Encoding.UTF8.GetString(data));
    }

    /// <summary>Up to <paramref name="n"/> characters of stdin (all that is left when negative).</summary>
    internal string ReadChars(long n)
    {
        if (_reader is null) throw PyErr.UnsupportedOperation("not readable");
        InterpreterState.Main.FlushStdout();
        if (n < 0) return _reader.ReadToEnd();
        var buf = new char[n];
        int got = _reader.ReadBlock(buf, 0, (int)n);
        return new string(buf, 0, got);
    }

    public string ReadLine()
    {
        if (_reader is null) throw PyErr.UnsupportedOperation("not readable");
        InterpreterState.Main.FlushStdout();
        var sb = new StringBuilder();
        while (true)
        {
            int c = _reader.Read();
            if (c < 0) break;
            sb.Append((char)c);
            if (c == '\n') break;
        }
        return sb.ToString();
    }

    internal static void Setup(PyType t)
    {
        t.tp_iter = o => Py.NewRef(o);
        t.tp_iternext = o =>
        {
            var line = ((PyStdStream)o).ReadLine();
            return line.Length == 0 ? null : PyStr.From(line);
        };
        t.tp_repr = o =>
        {
            var s = (PyStdStream)o;
            return PyStr.From($"<_io.TextIOWrapper name='<{s._name}>' mode='{(s._reader is null ? "w" : "r")}' encoding='utf-8'>");
        };
        t.AddMethod("write", (PyObject self, PyObject text) =>
        {
            if (text is not PyStr s) throw PyErr.TypeError($"write() argument must be str, not {text.ob_type.ShortName}");
            ((PyStdStream)self).Write(s.Value);
            return PyInt.From(s.Length);
        });
        t.AddMethod("writelines", (PyObject self, PyObject lines) =>
        {
            foreach (var l in Py.Iterate(lines))
            {
                try
                {
                    if (l is not PyStr s) throw PyErr.TypeError($"write() argument must be str, not {l.ob_type.ShortName}");
                    ((PyStdStream)self).Write(s.Value);
                }
                finally { Py.Decref(l); }
            }
            return PyNone.Instance;
        });
        t.AddMethod("flush", (PyObject self) => { ((PyStdStream)self).Flush(); return PyNone.Instance; });
        t.AddMethod("readline", (PyObject self, ReadOnlySpan<PyObject> a) => PyStr.From(((PyStdStream)self).ReadLine()));
        t.AddMethod("read", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            long n = a.Length > 0 && a[0] is not PyNone ? Py.AsLong(a[0]) : -1;
            return PyStr.From(((PyStdStream)self).ReadChars(n));
        });
        t.AddMethod("readlines", (PyObject self) =>
        {
            var l = new PyList();
            var s = (PyStdStream)self;
            while (s.ReadLine() is { Length: > 0 } line) l.AppendSteal(PyStr.From(line));
            return l;
        });
        t.AddMethod("fileno", (PyObject self) => PyInt.From(((PyStdStream)self)._fd));
        t.AddMethod("isatty", (PyObject self) => PyBool.From(((PyStdStream)self)._lineBuffered));
        t.AddMethod("readable", (PyObject self) => PyBool.From(((PyStdStream)self)._reader is not null));
        t.AddMethod("writable", (PyObject self) => PyBool.From(((PyStdStream)self)._writer is not null));
        t.AddMethod("seekable", (PyObject self) => PyBool.False);
        t.AddMethod("close", (PyObject self) => { var s = (PyStdStream)self; s.Flush(); s.Closed = true; return PyNone.Instance; });
        t.AddGetter("closed", o => PyBool.From(((PyStdStream)o).Closed));
        t.AddGetter("encoding", o => PyStr.Intern("utf-8"));
        t.AddGetter("errors", o => PyStr.Intern(((PyStdStream)o)._fd == 2 ? "backslashreplace" : "strict"));
        t.AddGetter("name", o => PyStr.From($"<{((PyStdStream)o)._name}>"));
        t.AddGetter("mode", o => PyStr.Intern(((PyStdStream)o)._reader is null ? "w" : "r"));
        t.AddGetter("line_buffering", o => PyBool.From(((PyStdStream)o)._lineBuffered));
        t.AddGetter("buffer", o => PyStdBuffer.For((PyStdStream)o));
        t.AddGetter("newlines", o => PyNone.Instance);
        t.AddGetter("write_through", o => PyBool.False);
        t.AddMethod("reconfigure", (PyObject self, ReadOnlySpan<PyObject> a, PyTuple? kw) =>
        {
            Span<PyObject?> v = new PyObject?[5];
            Modules.ClinicArgs.Parse("reconfigure", a, kw, new[] { "encoding", "errors", "newline", "line_buffering", "write_through" }, 0, v, kwOnlyStart: 0);
            if (v[0] is PyStr enc && !enc.Value.Replace("-", "").Replace("_", "").Equals("utf8", StringComparison.OrdinalIgnoreCase))
                throw PyErr.ValueError($"ftpy's standard streams are UTF-8; cannot reconfigure to {enc.Value}");
            ((PyStdStream)self).Flush();
            return PyNone.Instance;
        });
        t.AddMethod("__enter__", (PyObject self) => Py.NewRef(self));
        t.AddMethod("__exit__", (PyObject self, ReadOnlySpan<PyObject> a) => { ((PyStdStream)self).Flush(); return PyNone.Instance; });
    }
}
