using System.Security.Cryptography;
using Ftpy.Objects;
using Ftpy.Objects.Text;
using Ftpy.Runtime;

namespace Ftpy.Modules.Posix;

/// <summary>
/// posix: the operating-system calls under Lib/os.py. Paths are str, bytes or os.PathLike;
/// a failing call raises OSError(errno, strerror, filename[, None, filename2]), which picks the
/// errno's subclass (FileNotFoundError, ...) as CPython's does. stat returns a plain tuple that
/// os.py turns into os.stat_result.
/// </summary>
public static unsafe class PosixModule
{
    public static PyModule Create(InterpreterState interp)
    {
        var m = new PyModule("posix");
        m.AddFunction(new MethodDef("stat", (PyObject self, ReadOnlySpan<PyObject> a, PyTuple? kw) =>
        {
            Span<PyObject?> v = new PyObject?[3];
            ClinicArgs.Parse("stat", a, kw, new[] { "path", "dir_fd", "follow_symlinks" }, 1, v, kwOnlyStart: 1);
            bool follow = v[2] is null || Py.IsTrue(v[2]!);
            return Stat("stat", v[0]!, follow);
        }));
        m.AddFunction(new MethodDef("lstat", (PyObject self, ReadOnlySpan<PyObject> a, PyTuple? kw) =>
        {
            Span<PyObject?> v = new PyObject?[2];
            ClinicArgs.Parse("lstat", a, kw, new[] { "path", "dir_fd" }, 1, v, kwOnlyStart: 1);
            return Stat("lstat", v[0]!, false);
        }));
        m.AddFunction("getcwd", (PyObject self) => PyStr.From(FsDecode(GetCwd())));
        m.AddFunction("getcwdb", (PyObject self) => PyBytes.From(GetCwd()));
        m.AddFunction("chdir", (PyObject self, PyObject path) =>
        {
            var p = PathBytes("chdir", "path", path);
            fixed (byte* pp = p) if (PosixNative.chdir(pp) != 0) throw Error(PosixNative.Errno, path);
            return PyNone.Instance;
        });
        m.AddFunction("listdir", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            ArgParser.CheckPositional("listdir", a, 0, 1);
            PyObject? path = a.Length > 0 && a[0] is not PyNone ? a[0] : null;
            return ListDir(path);
        });
        m.AddFunction(new MethodDef("mkdir", (PyObject self, ReadOnlySpan<PyObject> a, PyTuple? kw) =>
        {
            Span<PyObject?> v = new PyObject?[3];
            ClinicArgs.Parse("mkdir", a, kw, new[] { "path", "mode", "dir_fd" }, 1, v, kwOnlyStart: 2);
            uint mode = v[1] is null ? 0x1ff : (uint)Py.AsLong(v[1]!);
            var p = PathBytes("mkdir", "path", v[0]!);
            fixed (byte* pp = p) if (PosixNative.mkdir(pp, mode) != 0) throw Error(PosixNative.Errno, v[0]!);
            return PyNone.Instance;
        }));
        m.AddFunction("rmdir", (PyObject self, PyObject path) => Simple("rmdir", path, &PosixNative.rmdir));
        m.AddFunction("unlink", (PyObject self, PyObject path) => Simple("unlink", path, &PosixNative.unlink));
        m.AddFunction("remove", (PyObject self, PyObject path) => Simple("remove", path, &PosixNative.unlink));
        m.AddFunction("rename", (PyObject self, ReadOnlySpan<PyObject> a) => Rename("rename", a));
        m.AddFunction("replace", (PyObject self, ReadOnlySpan<PyObject> a) => Rename("replace", a));
        m.AddFunction("chmod", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            ArgParser.CheckPositional("chmod", a, 2, 2);
            var p = PathBytes("chmod", "path", a[0]);
            fixed (byte* pp = p) if (PosixNative.chmod(pp, (uint)Py.AsLong(a[1])) != 0) throw Error(PosixNative.Errno, a[0]);
            return PyNone.Instance;
        });
        m.AddFunction("access", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            ArgParser.CheckPositional("access", a, 2, 2);
            var p = PathBytes("access", "path", a[0]);
            fixed (byte* pp = p) return PyBool.From(PosixNative.access(pp, (int)Py.AsLong(a[1])) == 0);
        });
        m.AddFunction("symlink", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            ArgParser.CheckPositional("symlink", a, 2, 3);
            var s = PathBytes("symlink", "src", a[0]);
            var d = PathBytes("symlink", "dst", a[1]);
            fixed (byte* ps = s) fixed (byte* pd = d)
                if (PosixNative.symlink(ps, pd) != 0) throw Error(PosixNative.Errno, a[0], a[1]);
            return PyNone.Instance;
        });
        m.AddFunction("readlink", (PyObject self, PyObject path) =>
        {
            var p = PathBytes("readlink", "path", path);
            var buf = new byte[4096];
            nint n;
            fixed (byte* pp = p) fixed (byte* pb = buf) n = PosixNative.readlink(pp, pb, (nuint)buf.Length);
            if (n < 0) throw Error(PosixNative.Errno, path);
            var target = buf.AsSpan(0, (int)n);
            return IsBytesPath(path) ? PyBytes.From(target) : PyStr.From(FsDecode(target));
        });
        m.AddFunction("utime", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            ArgParser.CheckPositional("utime", a, 1, 2);
            var p = PathBytes("utime", "path", a[0]);
            long* ts = stackalloc long[4];
            long* arg = null;
            if (a.Length > 1 && a[1] is not PyNone)
            {
                if (a[1] is not PyTuple t || t.Count != 2) throw PyErr.TypeError("utime: 'times' must be either a tuple of two ints or None");
                for (int i = 0; i < 2; i++)
                {
                    double d = Py.AsDouble(t.Items[i]);
                    double sec = System.Math.Floor(d);
                    ts[2 * i] = (long)sec;
                    ts[2 * i + 1] = (long)((d - sec) * 1e9);
                }
                arg = ts;
            }
            fixed (byte* pp = p) if (PosixNative.utimensat(PosixNative.AtFdCwd, pp, arg, 0) != 0) throw Error(PosixNative.Errno, a[0]);
            return PyNone.Instance;
        });
        AddDescriptorCalls(m);
        m.AddFunction("getpid", (PyObject self) => PyInt.From(Environment.ProcessId));
        m.AddFunction("getppid", (PyObject self) => PyInt.From(PosixNative.getppid()));
        m.AddFunction("getuid", (PyObject self) => PyInt.From(PosixNative.getuid()));
        m.AddFunction("umask", (PyObject self, PyObject mask) => PyInt.From(PosixNative.umask((uint)Py.AsLong(mask))));
        m.AddFunction("cpu_count", (PyObject self) => PyInt.From(Environment.ProcessorCount));
        m.AddFunction("urandom", (PyObject self, PyObject size) =>
        {
            long n = Py.AsLong(size);
            if (n < 0) throw PyErr.ValueError("negative argument not allowed");
            return PyBytes.From(RandomNumberGenerator.GetBytes((int)n));
        });
        m.AddFunction("strerror", (PyObject self, PyObject code) => PyStr.From(StrError((int)Py.AsLong(code))));
        m.AddFunction("putenv", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            ArgParser.CheckPositional("putenv", a, 2, 2);
            string name = EnvString(a[0], "putenv"), value = EnvString(a[1], "putenv");
            if (name.Length == 0 || name.Contains('=')) throw PyErr.ValueError("illegal environment variable name");
            SetEnv(name, value);
            return PyNone.Instance;
        });
        m.AddFunction("unsetenv", (PyObject self, PyObject name) =>
        {
            string n = EnvString(name, "unsetenv");
            if (n.Length == 0 || n.Contains('=')) throw PyErr.ValueError("illegal environment variable name");
            SetEnv(n, null);
            return PyNone.Instance;
        });
        var env = new PyDict();
        foreach (System.Collections.DictionaryEntry e in Environment.GetEnvironmentVariables())
        {
            var k = PyStr.From((string)e.Key);
            var val = PyStr.From((string?)e.Value ?? "");
            env.SetItem(k, val);
            Py.Decref(k);
            Py.Decref(val);
        }
        m.Dict.SetItem("environ", env);
        Py.Decref(env);
        return m;
    }

    /// <summary>os.open/close/read/write/lseek/fstat/isatty/ftruncate on file descriptors.</summary>
    static void AddDescriptorCalls(PyModule m)
    {
        m.AddFunction(new MethodDef("open", (PyObject self, ReadOnlySpan<PyObject> a, PyTuple? kw) =>
        {
            Span<PyObject?> v = new PyObject?[4];
            ClinicArgs.Parse("open", a, kw, new[] { "path", "flags", "mode", "dir_fd" }, 2, v, kwOnlyStart: 3);
            var p = PathBytes("open", "path", v[0]!);
            int flags = (int)Py.AsLong(v[1]!) | 0x80000;
            uint mode = v[2] is null ? 0x1ff : (uint)Py.AsLong(v[2]!);
            int fd;
            fixed (byte* pp = p) fd = PosixNative.open_(pp, flags, mode);
            if (fd < 0) throw Error(PosixNative.Errno, v[0]!);
            return PyInt.From(fd);
        }));
        m.AddFunction("close", (PyObject self, PyObject fd) =>
        {
            if (PosixNative.close(Fd(fd)) != 0) throw Error(PosixNative.Errno, null);
            return PyNone.Instance;
        });
        m.AddFunction("read", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            ArgParser.CheckPositional("read", a, 2, 2);
            long n = Py.AsLong(a[1]);
            if (n < 0) throw PyErr.ValueError("negative length");
            var buf = new byte[n];
            nint got;
            fixed (byte* pb = buf) got = PosixNative.read(Fd(a[0]), pb, (nuint)n);
            if (got < 0) throw Error(PosixNative.Errno, null);
            return PyBytes.From(buf.AsSpan(0, (int)got));
        });
        m.AddFunction("write", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            ArgParser.CheckPositional("write", a, 2, 2);
            int fd = Fd(a[0]);
            var data = BufferProtocol.ToArray(a[1]);
            nint put;
            fixed (byte* pd = data) put = PosixNative.write(fd, pd, (nuint)data.Length);
            if (put < 0) throw Error(PosixNative.Errno, null);
            return PyInt.From(put);
        });
        m.AddFunction("lseek", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            ArgParser.CheckPositional("lseek", a, 3, 3);
            long r = PosixNative.lseek(Fd(a[0]), Py.AsLong(a[1]), (int)Py.AsLong(a[2]));
            if (r < 0) throw Error(PosixNative.Errno, null);
            return PyInt.From(r);
        });
        m.AddFunction("isatty", (PyObject self, PyObject fd) => PyBool.From(PosixNative.isatty(Fd(fd)) == 1));
        m.AddFunction("ftruncate", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            ArgParser.CheckPositional("ftruncate", a, 2, 2);
            if (PosixNative.ftruncate(Fd(a[0]), Py.AsLong(a[1])) != 0) throw Error(PosixNative.Errno, null);
            return PyNone.Instance;
        });
        m.AddFunction("fstat", (PyObject self, PyObject fd) =>
        {
            int f = Fd(fd);
            PosixNative.StatX st;
            byte empty = 0;
            if (PosixNative.statx(f, &empty, PosixNative.AtEmptyPath, PosixNative.StatxBasicStats, &st) != 0)
                throw Error(PosixNative.Errno, null);
            return StatTuple(in st);
        });
    }

    static int Fd(PyObject o)
    {
        if (o is not PyInt) throw PyErr.TypeError($"'{o.ob_type.ShortName}' object cannot be interpreted as an integer");
        return Py.AsInt(o);
    }

    static void SetEnv(string name, string? value)
    {
        // .NET keeps its own copy of the environment for the processes it starts; libc's is the
        // one native code and exec'd children of native code see. Both are kept in step.
        Environment.SetEnvironmentVariable(name, value);
        var n = Cstr(System.Text.Encoding.UTF8.GetBytes(name));
        fixed (byte* pn = n)
        {
            if (value is null) { PosixNative.unsetenv(pn); return; }
            var v = Cstr(System.Text.Encoding.UTF8.GetBytes(value));
            fixed (byte* pv = v) if (PosixNative.setenv(pn, pv, 1) != 0) throw Error(PosixNative.Errno, null);
        }
    }

    static string EnvString(PyObject o, string func) => o switch
    {
        PyStr s => s.Value.Contains('\0') ? throw PyErr.ValueError("embedded null byte") : s.Value,
        PyBytes b => FsDecode(b.Value),
        _ => throw PyErr.TypeError($"str expected, not {o.ob_type.ShortName}"),
    };

    static PyObject Simple(string func, PyObject path, delegate*<byte*, int> call)
    {
        var p = PathBytes(func, "path", path);
        fixed (byte* pp = p) if (call(pp) != 0) throw Error(PosixNative.Errno, path);
        return PyNone.Instance;
    }

    static PyObject Rename(string func, ReadOnlySpan<PyObject> a)
    {
        ArgParser.CheckPositional(func, a, 2, 2);
        var s = PathBytes(func, "src", a[0]);
        var d = PathBytes(func, "dst", a[1]);
        fixed (byte* ps = s) fixed (byte* pd = d)
            if (PosixNative.rename(ps, pd) != 0) throw Error(PosixNative.Errno, a[0], a[1]);
        return PyNone.Instance;
    }

    static byte[] GetCwd()
    {
        for (int size = 1024; ; size *= 2)
        {
            var buf = new byte[size];
            fixed (byte* pb = buf)
            {
                if (PosixNative.getcwd(pb, (nuint)size) != null)
                {
                    int n = Array.IndexOf(buf, (byte)0);
                    return buf.AsSpan(0, n).ToArray();
                }
                int err = PosixNative.Errno;
                if (err != 34 || size > 1 << 20) throw Error(err, null);
            }
        }
    }

    static PyObject Stat(string func, PyObject path, bool follow)
    {
        var p = PathBytes(func, "path", path);
        PosixNative.StatX st;
        fixed (byte* pp = p)
            if (PosixNative.statx(PosixNative.AtFdCwd, pp, follow ? 0 : PosixNative.AtSymlinkNoFollow, PosixNative.StatxBasicStats, &st) != 0)
                throw Error(PosixNative.Errno, path);
        return StatTuple(in st);
    }

    static PyObject StatTuple(in PosixNative.StatX st)
    {
        static long Ns(PosixNative.StatxTimestamp t) => t.Sec * 1_000_000_000L + t.Nsec;
        ulong dev = ((ulong)st.DevMajor << 8 & 0xfff00) | ((ulong)st.DevMajor << 32 & ~0xfffffffffUL) | (st.DevMinor & 0xffUL) | ((ulong)st.DevMinor << 12 & 0xffffff00UL);
        var items = new PyObject[]
        {
            PyInt.From(st.Mode), PyInt.From((long)st.Ino), PyInt.From((long)dev), PyInt.From(st.NLink),
            PyInt.From(st.Uid), PyInt.From(st.Gid), PyInt.From((long)st.Size),
            PyInt.From(Ns(st.ATime)), PyInt.From(Ns(st.MTime)), PyInt.From(Ns(st.CTime)),
            PyInt.From(st.BlkSize), PyInt.From((long)st.Blocks),
        };
        return PyTuple.Steal(items);
    }

    static PyObject ListDir(PyObject? path)
    {
        bool asBytes = path is not null && IsBytesPath(path);
        var p = path is null ? Cstr("."u8.ToArray()) : PathBytes("listdir", "path", path);
        nint dir;
        fixed (byte* pp = p) dir = PosixNative.opendir(pp);
        if (dir == 0) throw Error(PosixNative.Errno, path ?? PyStr.From("."));
        var list = new PyList();
        try
        {
            while (true)
            {
                nint ent = PosixNative.readdir(dir);
                if (ent == 0) break;
                byte* name = (byte*)ent + PosixNative.DirentNameOffset;
                int len = 0;
                while (name[len] != 0) len++;
                var span = new ReadOnlySpan<byte>(name, len);
                if (span.SequenceEqual("."u8) || span.SequenceEqual(".."u8)) continue;
                list.AppendSteal(asBytes ? PyBytes.From(span) : PyStr.From(FsDecode(span)));
            }
        }
        catch
        {
            Py.Decref(list);
            throw;
        }
        finally { PosixNative.closedir(dir); }
        return list;
    }

    static bool IsBytesPath(PyObject path) => path is PyBytes || (path is not PyStr && Py.LookupAttr(path, "__fspath__") is { } f && Check(f));

    static bool Check(PyObject fspath)
    {
        var r = Py.CallNoArgs(fspath);
        Py.Decref(fspath);
        bool b = r is PyBytes;
        Py.Decref(r);
        return b;
    }

    public static string FsDecode(ReadOnlySpan<byte> data) => Codecs.Decode(data, "utf-8", "surrogateescape");

    static byte[] Cstr(byte[] data)
    {
        var r = new byte[data.Length + 1];
        data.CopyTo(r, 0);
        return r;
    }

    /// <summary>The NUL-terminated file-system bytes of a path argument (PyUnicode_FSConverter).</summary>
    public static byte[] PathBytes(string func, string arg, PyObject path)
    {
        PyObject? owned = null;
        try
        {
            var o = path;
            if (o is not PyStr and not PyBytes)
            {
                var f = Py.LookupAttr(o.ob_type, "__fspath__");
                if (f is null)
                    throw PyErr.TypeError($"{func}: {arg} should be string, bytes or os.PathLike, not {o.ob_type.ShortName}");
                Py.Decref(f);
                owned = Py.CallMethod(o, "__fspath__");
                if (owned is not PyStr and not PyBytes)
                    throw PyErr.TypeError($"expected {o.ob_type.ShortName}.__fspath__() to return str or bytes, not {owned.ob_type.ShortName}");
                o = owned;
            }
            byte[] data = o is PyStr s ? Codecs.Encode(s.Value, "utf-8", "surrogateescape") : ((PyBytes)o).Value;
            if (Array.IndexOf(data, (byte)0) >= 0) throw PyErr.ValueError($"{func}: embedded null character in {arg}");
            return Cstr(data);
        }
        finally { if (owned is not null) Py.Decref(owned); }
    }

    public static string StrError(int errno)
    {
        byte* s = PosixNative.strerror(errno);
        if (s == null) return $"Unknown error {errno}";
        int n = 0;
        while (s[n] != 0) n++;
        return System.Text.Encoding.UTF8.GetString(s, n);
    }

    /// <summary>OSError(errno, strerror(errno)[, filename[, None, filename2]]): the subclass follows errno.</summary>
    public static PyException Error(int errno, PyObject? filename, PyObject? filename2 = null)
    {
        var items = new List<PyObject> { PyInt.From(errno), PyStr.From(StrError(errno)) };
        if (filename is not null)
        {
            items.Add(Py.NewRef(filename));
            if (filename2 is not null) { items.Add(PyNone.Instance); items.Add(Py.NewRef(filename2)); }
        }
        var args = PyTuple.Steal(items.ToArray());
        try { return new PyException(ExceptionObjects.Instantiate(ExceptionTypes.OSError, args)); }
        finally { Py.Decref(args); }
    }
}
