using System.Text;
using Ftpy.Objects.Text;
using Ftpy.Runtime;

namespace Ftpy.Objects;

/// <summary>
/// A file object returned by open(): binary (bytes in/out) or text (str, with an encoding and
/// universal newlines on read). Buffered through the .NET FileStream.
/// </summary>
public sealed class PyFile : PyObject
{
    public static readonly PyType TextType = new("_io.TextIOWrapper");
    public static readonly PyType BufferedReaderType = new("_io.BufferedReader");
    public static readonly PyType BufferedWriterType = new("_io.BufferedWriter");
    public static readonly PyType BufferedRandomType = new("_io.BufferedRandom");
    public static readonly PyType FileIOType = new("_io.FileIO");

    internal static PyType[] Types => new[] { TextType, BufferedReaderType, BufferedWriterType, BufferedRandomType, FileIOType };

    FileStream? _stream;
    readonly bool _text, _readable, _writable;
    readonly string _encoding, _errors;
    readonly string? _newline;
    public readonly PyObject Name;
    public readonly string Mode;
    // Text mode keeps decoded-but-unread characters here.
    string _pending = "";

    PyFile(PyType type, FileStream stream, bool text, bool readable, bool writable, string encoding, string errors, string? newline, PyObject name, string mode) : base(type)
    {
        _stream = stream; _text = text; _readable = readable; _writable = writable;
        _encoding = encoding; _errors = errors; _newline = newline;
        Name = Py.NewRef(name); Mode = mode;
        GcRegistry.Track(this);
    }

    protected internal override bool IsGcContainer => true;

    public bool Closed => _stream is null;

    FileStream S => _stream ?? throw PyErr.ValueError("I/O operation on closed file.");

    public static PyObject Open(PyObject file, string mode, long buffering, string? encoding, string? errors, string? newline)
    {
        string path = file switch
        {
            PyStr s => s.Value,
            PyBytes b => Encoding.UTF8.GetString(b.Value),
            _ => Py.LookupAttr(file, "__fspath__") is { } fspath
                ? Py.StrString(Py.CallNoArgs(fspath))
                : throw PyErr.TypeError($"expected str, bytes or os.PathLike object, not {file.ob_type.ShortName}"),
        };
        bool r = false, w = false, a = false, x = false, plus = false, bin = false, t = false;
        for (int i = 0; i < mode.Length; i++)
        {
            char c = mode[i];
            switch (c)
            {
                case 'r': r = true; break;
                case 'w': w = true; break;
                case 'a': a = true; break;
                case 'x': x = true; break;
                case '+': plus = true; break;
                case 'b': bin = true; break;
                case 't': t = true; break;
                default: throw PyErr.ValueError($"invalid mode: '{mode}'");
            }
            if (mode.IndexOf(c, i + 1) >= 0) throw PyErr.ValueError($"invalid mode: '{mode}'");
        }
        if (bin && t) throw PyErr.ValueError("can't have text and binary mode at once");
        int kinds = (r ? 1 : 0) + (w ? 1 : 0) + (a ? 1 : 0) + (x ? 1 : 0);
        if (kinds > 1) throw PyErr.ValueError("must have exactly one of create/read/write/append mode");
        if (bin && encoding is not null) throw PyErr.ValueError("binary mode doesn't take an encoding argument");
        if (bin && errors is not null) throw PyErr.ValueError("binary mode doesn't take an errors argument");
        if (bin && newline is not null) throw PyErr.ValueError("binary mode doesn't take a newline argument");
        if (kinds == 0) throw PyErr.ValueError("Must have exactly one of create/read/write/append mode and at most one plus");
        if (newline is not null && newline is not ("" or "\n" or "\r" or "\r\n")) throw PyErr.ValueError($"illegal newline value: {newline}");
        if (buffering == 0 && !bin) throw PyErr.ValueError("can't have unbuffered text I/O");
        FileMode fm = r ? FileMode.Open : w ? FileMode.Create : a ? FileMode.Append : FileMode.CreateNew;
        FileAccess fa = r ? (plus ? FileAccess.ReadWrite : FileAccess.Read) : (plus ? FileAccess.ReadWrite : FileAccess.Write);
        if (a && plus) { fm = FileMode.OpenOrCreate; fa = FileAccess.ReadWrite; }
        FileStream fs;
        try
        {
            if (Directory.Exists(path)) throw OsError(21, "Is a directory", file);
            fs = new FileStream(path, fm, fa, FileShare.ReadWrite | FileShare.Delete, 1 << 14);
            if (a && plus) fs.Seek(0, SeekOrigin.End);
        }
        catch (FileNotFoundException) { throw OsError(2, "No such file or directory", file); }
        catch (DirectoryNotFoundException) { throw OsError(2, "No such file or directory", file); }
        catch (UnauthorizedAccessException) { throw OsError(13, "Permission denied", file); }
        catch (IOException) when (x && File.Exists(path)) { throw OsError(17, "File exists", file); }
        catch (IOException e) { throw PyErr.OSError(e.Message); }
        if (bin)
        {
            // FileIO's mode string: created, appending, then readable/writable.
            bool readable = r || plus;
            string fileMode = x ? (readable ? "xb+" : "xb") : a ? (readable ? "ab+" : "ab") : readable ? (!r || plus ? "rb+" : "rb") : "wb";
            var type = buffering == 0 ? FileIOType : plus ? BufferedRandomType : r ? BufferedReaderType : BufferedWriterType;
            return new PyFile(type, fs, false, r || plus, !r || plus, "", "", null, file, fileMode);
        }
        // The locale encoding of a UTF-8 system is reported as 'UTF-8', as CPython does.
        return new PyFile(TextType, fs, true, r || plus, !r || plus, encoding ?? "UTF-8", errors ?? "strict", newline, file, mode);
    }

    static PyException OsError(int errno, string msg, PyObject filename)
    {
        var args = PyTuple.Steal(new PyObject[] { PyInt.From(errno), PyStr.From(msg), Py.NewRef(filename) });
        try { return new PyException(ExceptionObjects.Instantiate(ExceptionTypes.OSError, args)); }
        finally { Py.Decref(args); }
    }

    void CheckReadable() { _ = S; if (!_readable) throw Unsupported("not readable"); }
    void CheckWritable() { _ = S; if (!_writable) throw Unsupported("not writable"); }

    static PyException Unsupported(string msg) => new(IoModule.UnsupportedOperation, msg);

    byte[] ReadAllBytes()
    {
        using var ms = new MemoryStream();
        S.CopyTo(ms);
        return ms.ToArray();
    }

    /// <summary>Reads one chunk of bytes and appends its decoded text, untranslated, to the pending
    /// text (an incomplete UTF-8 sequence at the end is left for the next chunk). False at end of file.</summary>
    bool FillPending()
    {
        var buf = new byte[8192];
        int n = S.Read(buf, 0, buf.Length);
        if (n == 0) return false;
        int cut = n;
        if (_encoding.Replace("-", "").Replace("_", "").Equals("utf8", StringComparison.OrdinalIgnoreCase))
        {
            int k = n - 1, back = 0;
            while (k >= 0 && back < 3 && (buf[k] & 0xC0) == 0x80) { k--; back++; }
            if (k >= 0 && (buf[k] & 0x80) != 0)
            {
                int need = (buf[k] & 0xE0) == 0xC0 ? 2 : (buf[k] & 0xF0) == 0xE0 ? 3 : (buf[k] & 0xF8) == 0xF0 ? 4 : 1;
                if (n - k < need && k > 0) { cut = k; S.Seek(k - n, SeekOrigin.Current); }
            }
        }
        _pending += DecodeChunk(buf.AsSpan(0, cut).ToArray());
        return true;
    }

    string DecodeChunk(byte[] data) => Codecs.Decode(data, _encoding, _errors);

    /// <summary>Reads translated text: up to <paramref name="limit"/> characters (all when negative),
    /// stopping after a line end when <paramref name="line"/>. The raw (untranslated) text not yet
    /// returned stays pending, so tell() can count its bytes.</summary>
    string ReadText(long limit, bool line)
    {
        var sb = new StringBuilder();
        int pos = 0;
        bool eof = false;
        if (limit < 0 && !line)
        {
            var rest = ReadAllBytes();
            if (rest.Length > 0) _pending += DecodeChunk(rest);
            eof = true;
        }
        bool universal = _newline is null;
        bool anyEnd = _newline is null or "";
        while (limit < 0 || sb.Length < limit)
        {
            if (pos >= _pending.Length)
            {
                if (eof || !FillPending()) break;
                continue;
            }
            char c = _pending[pos];
            if (anyEnd && c == '\r')
            {
                // A line end of \r needs the next character to tell it from \r\n.
                if (pos + 1 >= _pending.Length && !eof)
                {
                    if (!FillPending()) eof = true;
                    continue;
                }
                bool crlf = pos + 1 < _pending.Length && _pending[pos + 1] == '\n';
                if (universal) { sb.Append('\n'); pos += crlf ? 2 : 1; }
                else
                {
                    sb.Append('\r');
                    pos++;
                    if (crlf) { sb.Append('\n'); pos++; }
                }
                if (line) break;
                continue;
            }
            sb.Append(c);
            pos++;
            if (line)
            {
                if (c == '\n' && _newline is null or "" or "\n") break;
                if (_newline == "\r" && c == '\r') break;
                if (_newline == "\r\n" && c == '\n' && sb.Length >= 2 && sb[^2] == '\r') break;
            }
        }
        _pending = _pending[pos..];
        return sb.ToString();
    }

    string ReadAllText() => ReadText(-1, line: false);

    string ReadLineText(long limit) => ReadText(limit, line: true);


    byte[] ReadLineBytes(long limit)
    {
        var list = new List<byte>();
        while (limit < 0 || list.Count < limit)
        {
            int b = S.ReadByte();
            if (b < 0) break;
            list.Add((byte)b);
            if (b == '\n') break;
        }
        return list.ToArray();
    }

    void WriteText(string s)
    {
        if (_newline is not null and not "" and not "\n") s = s.Replace("\n", _newline);
        var bytes = Codecs.Encode(s, _encoding, _errors);
        S.Write(bytes, 0, bytes.Length);
    }

    public void Close()
    {
        var s = _stream;
        if (s is null) return;
        _stream = null;
        try { s.Flush(); } catch (IOException) { }
        s.Dispose();
    }

    internal static void Setup(PyType t)
    {
        bool text = t == TextType;
        t.tp_iter = o => { _ = ((PyFile)o).S; return Py.NewRef(o); };
        t.tp_iternext = o =>
        {
            var f = (PyFile)o;
            f.CheckReadable();
            if (f._text)
            {
                var line = f.ReadLineText(-1);
                return line.Length == 0 ? null : PyStr.From(line);
            }
            var b = f.ReadLineBytes(-1);
            return b.Length == 0 ? null : PyBytes.From(b);
        };
        t.tp_finalize = o => ((PyFile)o).Close();
        t.tp_repr = o =>
        {
            var f = (PyFile)o;
            string tn = o.ob_type.Name;
            return PyStr.From(f._text
                ? $"<{tn} name={Py.ReprString(f.Name)} mode='{f.Mode}' encoding='{f._encoding}'>"
                : $"<{tn} name={Py.ReprString(f.Name)}>");
        };
        t.AddMethod("read", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            var f = (PyFile)self;
            f.CheckReadable();
            long n = a.Length > 0 && a[0] is not PyNone ? Py.AsLong(a[0]) : -1;
            if (f._text) return PyStr.From(f.ReadText(n, line: false));
            if (n < 0) return PyBytes.From(f.ReadAllBytes());
            var buf = new byte[n];
            int got = 0;
            while (got < n) { int k = f.S.Read(buf, got, (int)(n - got)); if (k == 0) break; got += k; }
            return PyBytes.From(buf.AsSpan(0, got).ToArray());
        });
        t.AddMethod("readline", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            var f = (PyFile)self;
            f.CheckReadable();
            long n = a.Length > 0 && a[0] is not PyNone ? Py.AsLong(a[0]) : -1;
            return f._text ? PyStr.From(f.ReadLineText(n)) : PyBytes.From(f.ReadLineBytes(n));
        });
        t.AddMethod("readlines", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            var f = (PyFile)self;
            f.CheckReadable();
            var l = new PyList();
            while (true)
            {
                PyObject line = f._text ? PyStr.From(f.ReadLineText(-1)) : PyBytes.From(f.ReadLineBytes(-1));
                if (Py.Length(line) == 0) { Py.Decref(line); break; }
                l.AppendSteal(line);
            }
            return l;
        });
        t.AddMethod("write", (PyObject self, PyObject data) =>
        {
            var f = (PyFile)self;
            f.CheckWritable();
            if (f._text)
            {
                if (data is not PyStr s) throw PyErr.TypeError($"write() argument must be str, not {data.ob_type.ShortName}");
                f.WriteText(s.Value);
                return PyInt.From(s.Length);
            }
            if (!BytesType.TryGetBytes(data, out var bytes)) throw PyErr.TypeError($"a bytes-like object is required, not '{data.ob_type.ShortName}'");
            f.S.Write(bytes, 0, bytes.Length);
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
        t.AddMethod("seek", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            var f = (PyFile)self;
            ArgParser.CheckPositional("seek", a, 1, 2);
            long off = Py.AsLong(a[0]);
            int whence = a.Length > 1 ? (int)Py.AsLong(a[1]) : 0;
            if (f._text && whence != 0 && off != 0) throw Unsupported(whence == 1 ? "can't do nonzero cur-relative seeks" : "can't do nonzero end-relative seeks");
            f._pending = "";
            long pos = f.S.Seek(off, whence switch { 0 => SeekOrigin.Begin, 1 => SeekOrigin.Current, 2 => SeekOrigin.End, _ => throw PyErr.ValueError($"invalid whence ({whence}, should be 0, 1 or 2)") });
            return PyInt.From(pos);
        });
        t.AddMethod("tell", (PyObject self) =>
        {
            var f = (PyFile)self;
            long pos = f.S.Position;
            if (f._text && f._pending.Length > 0) pos -= Codecs.Encode(f._pending, f._encoding, f._errors).Length;
            return PyInt.From(pos);
        });
        t.AddMethod("truncate", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            var f = (PyFile)self;
            f.CheckWritable();
            long size = a.Length > 0 && a[0] is not PyNone ? Py.AsLong(a[0]) : f.S.Position;
            f.S.SetLength(size);
            return PyInt.From(size);
        });
        t.AddMethod("flush", (PyObject self) => { ((PyFile)self)._stream?.Flush(); return PyNone.Instance; });
        t.AddMethod("close", (PyObject self) => { ((PyFile)self).Close(); return PyNone.Instance; });
        t.AddMethod("fileno", (PyObject self) =>
        {
            var f = (PyFile)self;
            if (f._stream is null) throw PyErr.ValueError("I/O operation on closed file");
            return PyInt.From((long)f._stream.SafeFileHandle.DangerousGetHandle());
        });
        t.AddMethod("isatty", (PyObject self) => { _ = ((PyFile)self).S; return PyBool.False; });
        t.AddMethod("readable", (PyObject self) => { var f = (PyFile)self; _ = f.S; return PyBool.From(f._readable); });
        t.AddMethod("writable", (PyObject self) => { var f = (PyFile)self; _ = f.S; return PyBool.From(f._writable); });
        t.AddMethod("seekable", (PyObject self) => { _ = ((PyFile)self).S; return PyBool.True; });
        t.AddMethod("__enter__", (PyObject self) => { _ = ((PyFile)self).S; return Py.NewRef(self); });
        t.AddMethod("__exit__", (PyObject self, ReadOnlySpan<PyObject> a) => { ((PyFile)self).Close(); return PyNone.Instance; });
        t.AddGetter("closed", o => PyBool.From(((PyFile)o).Closed));
        t.AddGetter("name", o => Py.NewRef(((PyFile)o).Name));
        t.AddGetter("mode", o => PyStr.From(((PyFile)o).Mode));
        if (text)
        {
            t.AddGetter("encoding", o => PyStr.From(((PyFile)o)._encoding));
            t.AddGetter("errors", o => PyStr.From(((PyFile)o)._errors));
            t.AddGetter("newlines", o => PyNone.Instance);
        }
    }

    protected internal override void ReleaseReferences()
    {
        Close();
        Py.Decref(Name);
    }

    protected internal override void Traverse(Action<PyObject> visit) => visit(Name);
}

/// <summary>open(): argument handling in front of <see cref="PyFile.Open"/>.</summary>
public static class FileOpen
{
    public static PyObject Open(ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        Span<PyObject?> v = new PyObject?[8];
        ArgParser.Parse("open", a, kw, new[] { "file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener" }, 1, v);
        string mode = v[1] is null ? "r" : v[1] is PyStr m ? m.Value : throw PyErr.TypeError($"open() argument 'mode' must be str, not {v[1]!.ob_type.ShortName}");
        string? Str(PyObject? o, string n) => o is null or PyNone ? null : o is PyStr s ? s.Value : throw PyErr.TypeError($"open() argument '{n}' must be str or None, not {o.ob_type.ShortName}");
        var file = v[0]!;
        if (file is PyInt) throw PyErr.OSError("opening file descriptors is not supported");
        string? encoding = Str(v[3], "encoding");
        if (encoding is not null)
        {
            try { Codecs.Lookup(encoding); }
            catch (PyException e) when (e.Matches(ExceptionTypes.LookupError)) { e.Release(); throw PyErr.LookupError($"unknown encoding: {encoding}"); }
        }
        long buffering = v[2] is null ? -1 : Py.AsInt(v[2]!);
        return PyFile.Open(file, mode, buffering, encoding, Str(v[4], "errors"), Str(v[5], "newline"));
    }
}

/// <summary>The C# parts of the io module (io.UnsupportedOperation).</summary>
public static class IoModule
{
    public static readonly PyType UnsupportedOperation = MakeUnsupported();

    static PyType MakeUnsupported()
    {
        TypeSystem.EnsureInitialized();
        // Created on OSError's layout, then given CPython's bases (OSError, ValueError): ValueError
        // adds no fields, but the builtin exception types each count as their own layout here.
        var bases = PyTuple.Create(ExceptionTypes.OSError);
        var ns = new PyDict();
        ns.SetItem("__module__", PyStr.From("io"));
        var t = TypeCreation.Create(PyType.Type, "UnsupportedOperation", bases, ns, new List<(PyStr, PyObject)>());
        Py.Decref(ns);
        var full = PyTuple.Create(ExceptionTypes.OSError, ExceptionTypes.ValueError);
        var old = t.Bases;
        t.Bases = full;
        Py.Decref(old);
        TypeCreation.SetMro(t, Mro.Compute(t, new[] { ExceptionTypes.OSError, ExceptionTypes.ValueError }));
        Py.SetImmortal(t);
        return t;
    }
}
