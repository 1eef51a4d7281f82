using System.Text;
using Ftpy.Objects.Text;
using Ftpy.Runtime;

namespace Ftpy.Objects;

/// <summary>The open file shared by a file object and the objects its <c>raw</c> and <c>buffer</c>
/// attributes return: closing any of them closes it for all.</summary>
sealed class FileHandle
{
    public FileStream? Stream;
    public bool CloseFd = true;
}

/// <summary>
/// A file object returned by open(): FileIO (raw bytes, buffering=0), BufferedReader/Writer/
/// Random (bytes), or TextIOWrapper (str, with an encoding and universal newlines on read).
/// Buffered through the .NET FileStream. Each kind keeps CPython's error messages, which differ
/// between the three layers ("read of closed file", "File not open for reading", "not readable").
/// </summary>
public sealed class PyFile : PyObject
{
    public static readonly PyType TextType = new("_io.TextIOWrapper");
    public static readonly PyType BufferedReaderType = new("_io.BufferedReader");
    public static readonly PyType BufferedWriterType = new("_io.BufferedWriter");
    public static readonly PyType BufferedRandomType = new("_io.BufferedRandom");
    public static readonly PyType FileIOType = new("_io.FileIO");

    internal static PyType[] Types => new[] { TextType, BufferedReaderType, BufferedWriterType, BufferedRandomType, FileIOType };

    const int SeenCR = 1, SeenLF = 2, SeenCRLF = 4;
    const string ClosedText = "I/O operation on closed file.";
    const string ClosedRaw = "I/O operation on closed file";

    readonly FileHandle _h;
    readonly bool _text, _isRaw, _readable, _writable;
    readonly string _encoding, _errors;
    readonly string? _newline;
    readonly string _binaryMode;
    /// <summary>The name attribute (None once the cycle collector has cleared the file).</summary>
    public PyObject Name;
    public readonly string Mode;
    bool _lineBuffering;
    int _seen;
    // The raw FileIO (of a buffered file) or the buffered object (of a text file), made on first use.
    PyFile? _inner;
    // Text mode keeps decoded-but-unread characters here.
    string _pending = "";

    PyFile(PyType type, FileHandle h, bool text, bool readable, bool writable, string encoding, string errors, string? newline, PyObject name, string mode, string binaryMode) : base(type)
    {
        _h = h; _text = text; _isRaw = type == FileIOType; _readable = readable; _writable = writable;
        _encoding = encoding; _errors = errors; _newline = newline;
        Name = Py.NewRef(name); Mode = mode; _binaryMode = binaryMode;
        GcRegistry.Track(this);
    }

    protected internal override bool IsGcContainer => true;

    public bool Closed => _h.Stream is null;

    FileStream S => _h.Stream ?? throw PyErr.ValueError(ClosedText);

    FileStream Open(string closedMessage) => _h.Stream ?? throw PyErr.ValueError(closedMessage);

    /// <summary>The stream for a read operation, after the checks of this file's layer.</summary>
    FileStream ForRead(string op)
    {
        if (_text)
        {
            var s = Open(ClosedText);
            if (!_readable) throw Unsupported("not readable");
            return s;
        }
        if (_isRaw)
        {
            var s = Open(ClosedRaw);
            if (!_readable) throw Unsupported("File not open for reading");
            return s;
        }
        if (!_readable) throw Unsupported(op == "peek" ? "peek" : "read");
        return Open($"{op} of closed file");
    }

    FileStream ForWrite()
    {
        if (_text)
        {
            var s = Open(ClosedText);
            if (!_writable) throw Unsupported("not writable");
            return s;
        }
        if (_isRaw)
        {
            var s = Open(ClosedRaw);
            if (!_writable) throw Unsupported("File not open for writing");
            return s;
        }
        if (!_writable) throw Unsupported("write");
        return Open("write to closed file");
    }

    public static PyObject Open(PyObject file, string mode, long buffering, string? encoding, string? errors, string? newline, bool closefd, PyObject? opener)
    {
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
        FileAccess fa = r ? (plus ? FileAccess.ReadWrite : FileAccess.Read) : (plus ? FileAccess.ReadWrite : FileAccess.Write);
        var h = new FileHandle { CloseFd = closefd };
        if (file is PyInt)
        {
            h.Stream = FromDescriptor(Py.AsInt(file), fa, closefd);
        }
        else
        {
            if (!closefd) throw PyErr.ValueError("Cannot use closefd=False with file name");
            string path = file switch
            {
                PyStr s => s.Value,
                PyBytes b => Codecs.Decode(b.Value, "utf-8", "surrogateescape"),
                _ => Py.LookupAttr(file.ob_type, "__fspath__") is { } fspath
                    ? FsPath(file, fspath)
                    : throw PyErr.TypeError($"expected str, bytes or os.PathLike object, not {file.ob_type.ShortName}"),
            };
            if (path.Contains('\0')) throw PyErr.ValueError("embedded null character");
            if (opener is not null && opener is not PyNone)
            {
                int flags = (plus ? 2 : r ? 0 : 1) | (r ? 0 : 0x40) | (w ? 0x200 : 0) | (a ? 0x400 : 0) | (x ? 0x80 : 0) | 0x80000;
                var fl = PyInt.From(flags);
                PyObject fdObj;
                try { fdObj = Py.Call(opener, new[] { file, fl }); }
                finally { Py.Decref(fl); }
                int fd;
                try { fd = Py.AsInt(fdObj); }
                finally { Py.Decref(fdObj); }
                if (fd < 0) throw PyErr.ValueError($"opener returned {fd}");
                h.Stream = FromDescriptor(fd, fa, true);
            }
            else h.Stream = OpenPath(path, file, r, w, a, x, plus, fa);
        }
        bool readable = r || plus;
        bool writable = !r || plus;
        // FileIO's mode string: created, appending, then readable/writable.
        string fileMode = x ? (readable ? "xb+" : "xb") : a ? (readable ? "ab+" : "ab") : r ? (plus ? "rb+" : "rb") : (plus ? "rb+" : "wb");
        if (bin)
        {
            var type = buffering == 0 ? FileIOType : plus ? BufferedRandomType : r ? BufferedReaderType : BufferedWriterType;
            return new PyFile(type, h, false, readable, writable, "", "", null, file, fileMode, fileMode);
        }
        // The locale encoding of a UTF-8 system is reported as 'UTF-8', as CPython does.
        var f = new PyFile(TextType, h, true, readable, writable, encoding ?? "UTF-8", errors ?? "strict", newline, file, mode, fileMode);
        f._lineBuffering = buffering == 1;
        return f;
    }

    static string FsPath(PyObject file, PyObject fspath)
    {
        Py.Decref(fspath);
        var p = Py.CallMethod(file, "__fspath__");
        try
        {
            return p switch
            {
                PyStr s => s.Value,
                PyBytes b => Codecs.Decode(b.Value, "utf-8", "surrogateescape"),
                _ => throw PyErr.TypeError($"expected {file.ob_type.ShortName}.__fspath__() to return str or bytes, not {p.ob_type.ShortName}"),
            };
        }
        finally { Py.Decref(p); }
    }

    static FileStream FromDescriptor(int fd, FileAccess fa, bool owns)
    {
        if (fd < 0) throw PyErr.ValueError("negative file descriptor");
        try
        {
            var handle = new Microsoft.Win32.SafeHandles.SafeFileHandle((nint)fd, owns);
            return new FileStream(handle, fa, 1 << 14);
        }
        catch (Exception e) when (e is IOException or ArgumentException or UnauthorizedAccessException)
        {
            throw OsError(9, "Bad file descriptor", null);
        }
    }

    static FileStream OpenPath(string path, PyObject file, bool r, bool w, bool a, bool x, bool plus, FileAccess fa)
    {
        FileMode fm = r ? FileMode.Open : w ? FileMode.Create : a ? FileMode.Append : FileMode.CreateNew;
        if (a && plus) { fm = FileMode.OpenOrCreate; fa = FileAccess.ReadWrite; }
        try
        {
            if (Directory.Exists(path)) throw OsError(21, "Is a directory", file);
            var fs = new FileStream(path, fm, fa, FileShare.ReadWrite | FileShare.Delete, 1 << 14);
            if (a && plus) fs.Seek(0, SeekOrigin.End);
            return fs;
        }
        catch (FileNotFoundException) { throw OsError(2, "No such file or directory", file); }
        catch (DirectoryNotFoundException) { throw OsError(2, "No such file or directory", file); }
        catch (UnauthorizedAccessException) { throw OsError(13, "Permission denied", file); }
        catch (IOException) when (x && File.Exists(path)) { throw OsError(17, "File exists", file); }
        catch (PathTooLongException) { throw OsError(36, "File name too long", file); }
        catch (IOException e) { throw PyErr.OSError(e.Message); }
    }

    static PyException OsError(int errno, string msg, PyObject? filename)
    {
        var args = PyTuple.Steal(filename is null
            ? new PyObject[] { PyInt.From(errno), PyStr.From(msg) }
            : new PyObject[] { PyInt.From(errno), PyStr.From(msg), Py.NewRef(filename) });
        try { return new PyException(ExceptionObjects.Instantiate(ExceptionTypes.OSError, args)); }
        finally { Py.Decref(args); }
    }

    static PyException Unsupported(string msg) => new(IoModule.UnsupportedOperation, msg);

    static long SizeArg(ReadOnlySpan<PyObject> a, string name)
    {
        ArgParser.CheckPositional(name, a, 0, 1);
        if (a.Length == 0 || a[0] is PyNone) return -1;
        if (a[0] is not PyInt && Py.LookupAttr(a[0].ob_type, "__index__") is not { } idx)
            throw PyErr.TypeError($"argument should be integer or None, not '{a[0].ob_type.ShortName}'");
        else if (a[0] is not PyInt) { }
        return Py.AsLong(a[0]);
    }

    byte[] ReadAllBytes(FileStream s)
    {
        using var ms = new MemoryStream();
        s.CopyTo(ms);
        return ms.ToArray();
    }

    byte[] ReadBytes(FileStream s, long n)
    {
        if (n < 0) return ReadAllBytes(s);
        var buf = new byte[n];
        int got = 0;
        while (got < n) { int k = s.Read(buf, got, (int)(n - got)); if (k == 0) break; got += k; }
        return got == n ? buf : buf.AsSpan(0, got).ToArray();
    }

    /// <summary>Reads one chunk of bytes and appends its decoded text, untranslated, to the pending
    /// text (an incomplete UTF-8 sequence at the end is left for the next chunk). False at end of file.</summary>
    bool FillPending()
    {
        var s = S;
        var buf = new byte[8192];
        int n = s.Read(buf, 0, buf.Length);
        if (n == 0) return false;
        int cut = n;
        if (_encoding.Replace("-", "").Replace("_", "").Equals("utf8", StringComparison.OrdinalIgnoreCase))
        {
            int k = n - 1, back = 0;
            while (k >= 0 && back < 3 && (buf[k] & 0xC0) == 0x80) { k--; back++; }
            if (k >= 0 && (buf[k] & 0x80) != 0)
            {
                int need = (buf[k] & 0xE0) == 0xC0 ? 2 : (buf[k] & 0xF0) == 0xE0 ? 3 : (buf[k] & 0xF8) == 0xF0 ? 4 : 1;
                if (n - k < need && k > 0) { cut = k; s.Seek(k - n, SeekOrigin.Current); }
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
            var rest = ReadAllBytes(S);
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
                _seen |= crlf ? SeenCRLF : SeenCR;
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
            if (anyEnd && c == '\n') _seen |= SeenLF;
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

    byte[] ReadLineBytes(FileStream s, long limit)
    {
        var list = new List<byte>();
        while (limit < 0 || list.Count < limit)
        {
            int b = s.ReadByte();
            if (b < 0) break;
            list.Add((byte)b);
            if (b == '\n') break;
        }
        return list.ToArray();
    }

    void WriteText(string text)
    {
        var s = ForWrite();
        if (_pending.Length > 0) DropReadAhead(s);
        string t = text;
        if (_newline is not null and not "" and not "\n") t = t.Replace("\n", _newline);
        var bytes = Codecs.Encode(t, _encoding, _errors);
        s.Write(bytes, 0, bytes.Length);
        if (_lineBuffering && (text.Contains('\n') || text.Contains('\r'))) s.Flush();
    }

    /// <summary>Gives back decoded-but-unread text so that a write lands at the logical position.</summary>
    void DropReadAhead(FileStream s)
    {
        long back = Codecs.Encode(_pending, _encoding, _errors).Length;
        _pending = "";
        if (s.CanSeek) s.Seek(-back, SeekOrigin.Current);
    }

    bool _detached;

    public void Close()
    {
        var s = _h.Stream;
        if (s is null || _detached) return;
        _h.Stream = null;
        try { s.Flush(); } catch (IOException) { }
        if (_h.CloseFd) s.Dispose();
    }

    PyFile Inner()
    {
        if (_inner is { } i) return i;
        var type = _text
            ? (_readable && _writable ? BufferedRandomType : _readable ? BufferedReaderType : BufferedWriterType)
            : FileIOType;
        _inner = new PyFile(type, _h, false, _readable, _writable, "", "", null, Name, _binaryMode, _binaryMode);
        return _inner;
    }

    static PyFile Self(PyObject o) => (PyFile)o;

    /// <summary>readable()/writable() on a closed file: the layer that owns the answer checks.</summary>
    PyObject Capability(bool has)
    {
        if (!_isRaw && !has) return PyBool.False;
        Open(ClosedRaw);
        return PyBool.From(has);
    }

    internal static void Setup(PyType t)
    {
        bool text = t == TextType;
        bool raw = t == FileIOType;
        bool buffered = !text && !raw;
        t.tp_iter = o => { Self(o).Open(ClosedText); return Py.NewRef(o); };
        t.tp_iternext = o =>
        {
            var f = Self(o);
            if (f._text)
            {
                f.ForRead("readline");
                var line = f.ReadText(-1, line: true);
                return line.Length == 0 ? null : PyStr.From(line);
            }
            var b = f.ReadLineBytes(f.ForRead("readline"), -1);
            return b.Length == 0 ? null : PyBytes.From(b);
        };
        t.tp_finalize = o => Self(o).Close();
        t.tp_repr = o =>
        {
            var f = Self(o);
            string tn = o.ob_type.Name;
            if (f.Closed && !f._text) return PyStr.From(raw ? "<_io.FileIO [closed]>" : $"<{tn} name={Py.ReprString(f.Name)}>");
            if (f._text) return PyStr.From($"<{tn} name={Py.ReprString(f.Name)} mode='{f.Mode}' encoding='{f._encoding}'>");
            if (raw) return PyStr.From($"<{tn} name={Py.ReprString(f.Name)} mode='{f.Mode}' closefd={(f._h.CloseFd ? "True" : "False")}>");
            return PyStr.From($"<{tn} name={Py.ReprString(f.Name)}>");
        };
        t.AddMethod("read", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            var f = Self(self);
            long n = SizeArg(a, "read");
            var s = f.ForRead("read");
            if (f._text) return PyStr.From(f.ReadText(n, line: false));
            return PyBytes.From(f.ReadBytes(s, n));
        });
        t.AddMethod("readline", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            var f = Self(self);
            long n = SizeArg(a, "readline");
            var s = f.ForRead("readline");
            return f._text ? PyStr.From(f.ReadText(n, line: true)) : PyBytes.From(f.ReadLineBytes(s, n));
        });
        t.AddMethod("readlines", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            var f = Self(self);
            long hint = SizeArg(a, "readlines");
            var s = f.ForRead("readline");
            var l = new PyList();
            long total = 0;
            while (true)
            {
                PyObject line = f._text ? PyStr.From(f.ReadText(-1, line: true)) : PyBytes.From(f.ReadLineBytes(s, -1));
                long len = Py.Length(line);
                if (len == 0) { Py.Decref(line); break; }
                l.AppendSteal(line);
                total += len;
                if (hint > 0 && total >= hint) break;
            }
            return l;
        });
        if (!text)
        {
            t.AddMethod("readinto", (PyObject self, PyObject buffer) => Self(self).ReadInto(buffer, "readinto"));
            if (buffered)
            {
                t.AddMethod("readinto1", (PyObject self, PyObject buffer) => Self(self).ReadInto(buffer, "readinto"));
                t.AddMethod("read1", (PyObject self, ReadOnlySpan<PyObject> a) =>
                {
                    var f = Self(self);
                    long n = SizeArg(a, "read1");
                    var s = f.ForRead("read");
                    return PyBytes.From(f.ReadBytes(s, n < 0 ? 8192 : n));
                });
                t.AddMethod("peek", (PyObject self, ReadOnlySpan<PyObject> a) =>
                {
                    var f = Self(self);
                    ArgParser.CheckPositional("peek", a, 0, 1);
                    var s = f.ForRead("peek");
                    var data = f.ReadBytes(s, 8192);
                    if (data.Length > 0) s.Seek(-data.Length, SeekOrigin.Current);
                    return PyBytes.From(data);
                });
                t.AddGetter("raw", o => Py.NewRef(Self(o).Inner()));
                t.AddMethod("detach", (PyObject self) =>
                {
                    var f = Self(self);
                    f.Open(ClosedRaw);
                    f._h.Stream!.Flush();
                    f._detached = true;
                    return Py.NewRef(f.Inner());
                });
            }
            else
            {
                t.AddMethod("readall", (PyObject self) => { var f = Self(self); return PyBytes.From(f.ReadAllBytes(f.ForRead("read"))); });
                t.AddGetter("closefd", o => PyBool.From(Self(o)._h.CloseFd));
            }
        }
        t.AddMethod("write", (PyObject self, PyObject data) =>
        {
            var f = Self(self);
            if (f._text)
            {
                if (data is not PyStr str) throw PyErr.TypeError($"write() argument must be str, not {data.ob_type.ShortName}");
                f.WriteText(str.Value);
                return PyInt.From(str.Length);
            }
            var s = f.ForWrite();
            var bytes = BufferProtocol.GetBytes(data);
            s.Write(bytes);
            return PyInt.From(bytes.Length);
        });
        t.AddMethod("writelines", (PyObject self, PyObject lines) =>
        {
            Self(self).Open(ClosedText);
            foreach (var l in Py.Iterate(lines))
            {
                try { Py.Decref(Py.CallMethod(self, "write", l)); }
                finally { Py.Decref(l); }
            }
            return PyNone.Instance;
        });
        t.AddMethod("seek", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            var f = Self(self);
            ArgParser.CheckPositional("seek", a, 1, 2);
            long off = Py.AsLong(a[0]);
            int whence = a.Length > 1 ? (int)Py.AsLong(a[1]) : 0;
            var s = f.Open(f._text ? ClosedText : raw ? ClosedRaw : "seek of closed file");
            if (whence is < 0 or > 2)
                throw PyErr.ValueError(f._text || raw ? $"invalid whence ({whence}, should be 0, 1 or 2)" : $"whence value {whence} unsupported");
            if (f._text)
            {
                if (whence != 0 && off != 0) throw Unsupported(whence == 1 ? "can't do nonzero cur-relative seeks" : "can't do nonzero end-relative seeks");
                if (whence == 1) return PyInt.From(f.Tell(s));
                if (whence == 0 && off < 0) throw PyErr.ValueError($"negative seek position {off}");
            }
            f._pending = "";
            try
            {
                long pos = s.Seek(off, whence switch { 0 => SeekOrigin.Begin, 1 => SeekOrigin.Current, _ => SeekOrigin.End });
                return PyInt.From(pos);
            }
            catch (IOException) { throw OsError(22, "Invalid argument", null); }
            catch (ArgumentException) { throw OsError(22, "Invalid argument", null); }
            catch (NotSupportedException) { throw OsError(29, "Illegal seek", null); }
        });
        t.AddMethod("tell", (PyObject self) =>
        {
            var f = Self(self);
            return PyInt.From(f.Tell(f.Open(f._text ? ClosedText : ClosedRaw)));
        });
        t.AddMethod("truncate", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            var f = Self(self);
            ArgParser.CheckPositional("truncate", a, 0, 1);
            var s = f.Open(f._text ? ClosedText : raw ? ClosedRaw : "truncate of closed file");
            if (!f._writable) throw Unsupported(f._text ? "not writable" : raw ? "File not open for writing" : "truncate");
            long size = a.Length > 0 && a[0] is not PyNone ? Py.AsLong(a[0]) : f.Tell(s);
            s.Flush();
            s.SetLength(size);
            return PyInt.From(size);
        });
        t.AddMethod("flush", (PyObject self) => { Self(self).Open(ClosedText).Flush(); return PyNone.Instance; });
        t.AddMethod("close", (PyObject self) => { Self(self).Close(); return PyNone.Instance; });
        t.AddMethod("fileno", (PyObject self) =>
        {
            var s = Self(self).Open(ClosedRaw);
            return PyInt.From((long)s.SafeFileHandle.DangerousGetHandle());
        });
        t.AddMethod("isatty", (PyObject self) => { Self(self).Open(ClosedRaw); return PyBool.False; });
        t.AddMethod("readable", (PyObject self) => { var f = Self(self); return f.Capability(f._readable); });
        t.AddMethod("writable", (PyObject self) => { var f = Self(self); return f.Capability(f._writable); });
        t.AddMethod("seekable", (PyObject self) => PyBool.From(Self(self).Open(ClosedRaw).CanSeek));
        t.AddMethod("__enter__", (PyObject self) => { Self(self).Open(ClosedText); return Py.NewRef(self); });
        t.AddMethod("__exit__", (PyObject self, ReadOnlySpan<PyObject> a) => { Self(self).Close(); return PyNone.Instance; });
        t.AddGetter("closed", o => PyBool.From(Self(o).Closed));
        t.AddGetter("name", o => Py.NewRef(Self(o).Name));
        t.AddGetter("mode", o => PyStr.From(Self(o).Mode));
        if (text)
        {
            t.AddGetter("encoding", o => PyStr.From(Self(o)._encoding));
            t.AddGetter("errors", o => PyStr.From(Self(o)._errors));
            t.AddGetter("newlines", o =>
            {
                var f = Self(o);
                if (f._newline is not (null or "")) return PyNone.Instance;
                return f._seen switch
                {
                    SeenCR => PyStr.From("\r"),
                    SeenLF => PyStr.From("\n"),
                    SeenCRLF => PyStr.From("\r\n"),
                    0 => PyNone.Instance,
                    _ => NewlineTuple(f._seen),
                };
            });
            t.AddGetter("line_buffering", o => PyBool.From(Self(o)._lineBuffering));
            t.AddGetter("write_through", o => PyBool.False);
            t.AddGetter("buffer", o => Py.NewRef(Self(o).Inner()));
            t.AddMethod("detach", (PyObject self) =>
            {
                var f = Self(self);
                f.Open(ClosedText).Flush();
                f._detached = true;
                return Py.NewRef(f.Inner());
            });
        }
    }

    static PyObject NewlineTuple(int seen)
    {
        var items = new List<PyObject>();
        if ((seen & SeenCR) != 0) items.Add(PyStr.From("\r"));
        if ((seen & SeenLF) != 0) items.Add(PyStr.From("\n"));
        if ((seen & SeenCRLF) != 0) items.Add(PyStr.From("\r\n"));
        return PyTuple.Steal(items.ToArray());
    }

    long Tell(FileStream s)
    {
        try
        {
            long pos = s.Position;
            if (_text && _pending.Length > 0) pos -= Codecs.Encode(_pending, _encoding, _errors).Length;
            return pos;
        }
        catch (NotSupportedException) { throw OsError(29, "Illegal seek", null); }
    }

    PyObject ReadInto(PyObject buffer, string op)
    {
        var s = ForRead(op);
        if (buffer is not IBufferExporter e || buffer is PyBytes)
            throw PyErr.TypeError($"readinto() argument must be read-write bytes-like object, not {buffer.ob_type.ShortName}");
        var view = e.GetBuffer(writable: true);
        try
        {
            if (!view.IsCContiguous) throw new PyException(ExceptionTypes.BufferError, "readinto() argument must be a contiguous buffer");
            int got = 0;
            while (got < view.Length)
            {
                int k = s.Read(view.Data, view.Offset + got, view.Length - got);
                if (k == 0) break;
                got += k;
            }
            return PyInt.From(got);
        }
        finally { e.ReleaseBuffer(); }
    }

    protected internal override void ReleaseReferences()
    {
        Close();
        var inner = _inner;
        _inner = null;
        if (inner is not null) Py.Decref(inner);
        // The collector may clear a file before it dies: release the name only once.
        var name = Name;
        Name = PyNone.Instance;
        Py.Decref(name);
    }

    protected internal override void Traverse(Action<PyObject> visit)
    {
        visit(Name);
        if (_inner is not null) visit(_inner);
    }
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
        string? encoding = Str(v[3], "encoding");
        if (encoding is not null)
        {
            try { Codecs.Lookup(encoding); }
            catch (PyException e) when (e.Matches(ExceptionTypes.LookupError)) { e.Release(); throw PyErr.LookupError($"unknown encoding: {encoding}"); }
        }
        long buffering = v[2] is null ? -1 : Py.AsInt(v[2]!);
        bool closefd = v[6] is null || Py.IsTrue(v[6]!);
        return PyFile.Open(file, mode, buffering, encoding, Str(v[4], "errors"), Str(v[5], "newline"), closefd, v[7]);
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
