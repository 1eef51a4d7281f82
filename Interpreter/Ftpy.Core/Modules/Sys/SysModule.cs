using Ftpy.Execution;
using Ftpy.Objects;
using Ftpy.Runtime;

namespace Ftpy.Modules;

/// <summary>The sys module.</summary>
public static class SysModule
{
    public const string VersionString = "3.13.0";
    public const int Major = 3, Minor = 13, Micro = 0;
    public static readonly (int, int, int) FtpyVersion = (0, 1, 0);

    static PyType? s_versionInfo, s_flags, s_floatInfo, s_intInfo, s_hashInfo, s_threadInfo;

    static PyType VersionInfoType => s_versionInfo ??= StructSeq.Create("sys.version_info", new[] { "major", "minor", "micro", "releaselevel", "serial" });
    static PyType FlagsType => s_flags ??= StructSeq.Create("sys.flags", new[]
    {
        "debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site",
        "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated",
        "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits", "gil",
    });
    static PyType FloatInfoType => s_floatInfo ??= StructSeq.Create("sys.float_info", new[]
    { "max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds" });
    static PyType IntInfoType => s_intInfo ??= StructSeq.Create("sys.int_info", new[]
    { "bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold" });
    static PyType HashInfoType => s_hashInfo ??= StructSeq.Create("sys.hash_info", new[]
    { "width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff" });
    static PyType ThreadInfoType => s_threadInfo ??= StructSeq.Create("sys.thread_info", new[] { "name", "lock", "version" });

    static PyObject I(long v) => PyInt.From(v);

    /// <summary>sys.stdlib_module_names: the names of CPython 3.13's standard library modules.</summary>
    const string StdlibModuleNames = "__future__,_abc,_aix_support,_android_support,_ast,_asyncio,_bisect,_blake2,_bz2,_codecs,_codecs_cn,_codecs_hk,_codecs_iso2022,_codecs_jp,_codecs_kr,_codecs_tw,_collections,_collections_abc,_colorize,_compat_pickle,_compression,_contextvars,_csv,_ctypes,_curses,_curses_panel,_datetime,_dbm,_decimal,_elementtree,_frozen_importlib,_frozen_importlib_external,_functools,_gdbm,_hashlib,_heapq,_imp,_interpchannels,_interpqueues,_interpreters,_io,_ios_support,_json,_locale,_lsprof,_lzma,_markupbase,_md5,_multibytecodec,_multiprocessing,_opcode,_opcode_metadata,_operator,_osx_support,_overlapped,_pickle,_posixshmem,_posixsubprocess,_py_abc,_pydatetime,_pydecimal,_pyio,_pylong,_pyrepl,_queue,_random,_scproxy,_sha1,_sha2,_sha3,_signal,_sitebuiltins,_socket,_sqlite3,_sre,_ssl,_stat,_statistics,_string,_strptime,_struct,_suggestions,_symtable,_sysconfig,_thread,_threading_local,_tkinter,_tokenize,_tracemalloc,_typing,_uuid,_warnings,_weakref,_weakrefset,_winapi,_wmi,_zoneinfo,abc,antigravity,argparse,array,ast,asyncio,atexit,base64,bdb,binascii,bisect,builtins,bz2,cProfile,calendar,cmath,cmd,code,codecs,codeop,collections,colorsys,compileall,concurrent,configparser,contextlib,contextvars,copy,copyreg,csv,ctypes,curses,dataclasses,datetime,dbm,decimal,difflib,dis,doctest,email,encodings,ensurepip,enum,errno,faulthandler,fcntl,filecmp,fileinput,fnmatch,fractions,ftplib,functools,gc,genericpath,getopt,getpass,gettext,glob,graphlib,grp,gzip,hashlib,heapq,hmac,html,http,idlelib,imaplib,importlib,inspect,io,ipaddress,itertools,json,keyword,linecache,locale,logging,lzma,mailbox,marshal,math,mimetypes,mmap,modulefinder,msvcrt,multiprocessing,netrc,nt,ntpath,nturl2path,numbers,opcode,operator,optparse,os,pathlib,pdb,pickle,pickletools,pkgutil,platform,plistlib,poplib,posix,posixpath,pprint,profile,pstats,pty,pwd,py_compile,pyclbr,pydoc,pydoc_data,pyexpat,queue,quopri,random,re,readline,reprlib,resource,rlcompleter,runpy,sched,secrets,select,selectors,shelve,shlex,shutil,signal,site,smtplib,socket,socketserver,sqlite3,sre_compile,sre_constants,sre_parse,ssl,stat,statistics,string,stringprep,struct,subprocess,symtable,sys,sysconfig,syslog,tabnanny,tarfile,tempfile,termios,textwrap,this,threading,time,timeit,tkinter,token,tokenize,tomllib,trace,traceback,tracemalloc,tty,turtle,turtledemo,types,typing,unicodedata,unittest,urllib,uuid,venv,warnings,wave,weakref,webbrowser,winreg,winsound,wsgiref,xml,xmlrpc,zipapp,zipfile,zipimport,zlib,zoneinfo";
    static PyObject S(string s) => PyStr.From(s);

    public static PyModule Create(InterpreterState interp)
    {
        var m = new PyModule("sys");
        var d = m.Dict;
        var o = interp.Options;
        interp.InitStdio();
        d.SetItem("stdout", interp.StdoutStream!);
        d.SetItem("stderr", interp.StderrStream!);
        d.SetItem("stdin", interp.StdinStream!);
        d.SetItem("__stdout__", interp.StdoutStream!);
        d.SetItem("__stderr__", interp.StderrStream!);
        d.SetItem("__stdin__", interp.StdinStream!);
        var argv = new PyList();
        foreach (var a in o.Argv) argv.AppendSteal(S(a));
        d.SetItem("argv", argv);
        Py.Decref(argv);
        d.SetItem("orig_argv", PyList.Create(o.Argv.Select(S).ToArray()));
        var path = new PyList();
        if (o.PathZero is not null) path.AppendSteal(S(o.PathZero));
        foreach (var p in o.ExtraPath) path.AppendSteal(S(p));
        var pythonPath = Environment.GetEnvironmentVariable("PYTHONPATH");
        if (!o.Isolated && !string.IsNullOrEmpty(pythonPath))
            foreach (var p in pythonPath.Split(':', StringSplitOptions.RemoveEmptyEntries)) path.AppendSteal(S(p));
        path.AppendSteal(S(Import.LibDirectory));
        d.SetItem("path", path);
        Py.Decref(path);
        d.SetItem("modules", interp.Modules);
        d.SetItem("meta_path", new PyList());
        d.SetItem("path_hooks", new PyList());
        d.SetItem("path_importer_cache", new PyDict());
        d.SetItem("version", S($"{VersionString} (ftpy {FtpyVersion.Item1}.{FtpyVersion.Item2}.{FtpyVersion.Item3}, free-threaded) [.NET {Environment.Version}]"));
        d.SetItem("version_info", StructSeq.Make(VersionInfoType, I(Major), I(Minor), I(Micro), S("final"), I(0)));
        d.SetItem("hexversion", I((Major << 24) | (Minor << 16) | (Micro << 8) | 0xF0));
        d.SetItem("api_version", I(1013));
        var impl = new PyNamespace(PyNamespace.Type);
        impl.Dict.SetItem("name", S("ftpy"));
        impl.Dict.SetItem("cache_tag", PyNone.Instance);
        impl.Dict.SetItem("version", StructSeq.Make(VersionInfoType, I(FtpyVersion.Item1), I(FtpyVersion.Item2), I(FtpyVersion.Item3), S("alpha"), I(0)));
        impl.Dict.SetItem("hexversion", I((FtpyVersion.Item1 << 24) | (FtpyVersion.Item2 << 16) | (FtpyVersion.Item3 << 8) | 0xA0));
        impl.Dict.SetItem("_multiarch", S("x86_64-linux-gnu"));
        d.SetItem("implementation", impl);
        Py.Decref(impl);
        d.SetItem("platform", S(OperatingSystem.IsWindows() ? "win32" : OperatingSystem.IsMacOS() ? "darwin" : "linux"));
        d.SetItem("byteorder", S(BitConverter.IsLittleEndian ? "little" : "big"));
        d.SetItem("executable", S(Environment.ProcessPath ?? ""));
        d.SetItem("_base_executable", S(Environment.ProcessPath ?? ""));
        d.SetItem("prefix", S(AppContext.BaseDirectory.TrimEnd('/')));
        d.SetItem("base_prefix", S(AppContext.BaseDirectory.TrimEnd('/')));
        d.SetItem("exec_prefix", S(AppContext.BaseDirectory.TrimEnd('/')));
        d.SetItem("base_exec_prefix", S(AppContext.BaseDirectory.TrimEnd('/')));
        d.SetItem("platlibdir", S("lib"));
        d.SetItem("maxsize", I(long.MaxValue));
        d.SetItem("maxunicode", I(0x10FFFF));
        d.SetItem("float_repr_style", S("short"));
        d.SetItem("dont_write_bytecode", PyBool.True);
        d.SetItem("copyright", S("Copyright (c) ftpy contributors."));
        var warnoptions = new PyList();
        if (!o.Isolated && Environment.GetEnvironmentVariable("PYTHONWARNINGS") is { Length: > 0 } envWarnings)
            foreach (var w in envWarnings.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)) warnoptions.AppendSteal(S(w));
        foreach (var w in o.WarnOptions) warnoptions.AppendSteal(S(w));
        d.SetItem("warnoptions", warnoptions);
        Py.Decref(warnoptions);
        var xopts = new PyDict();
        foreach (var kv in o.XOptions) xopts.SetItem(kv.Key, kv.Value.Length == 0 ? PyBool.True : S(kv.Value));
        d.SetItem("_xoptions", xopts);
        Py.Decref(xopts);
        d.SetItem("flags", StructSeq.Make(FlagsType, I(0), I(0), I(o.Interactive ? 1 : 0), I(o.Optimize ? 1 : 0), I(1), I(1), I(0),
            I(0), I(0), I(0), I(0), I(o.HashSeed == "0" ? 0 : 1), I(o.Isolated ? 1 : 0), PyBool.False, I(1), I(0), PyBool.False,
            I(o.IntMaxStrDigits), I(o.GilEnabled ? 1 : 0)));
        d.SetItem("float_info", StructSeq.Make(FloatInfoType, PyFloat.From(double.MaxValue), I(1024), I(308),
            PyFloat.From(2.2250738585072014e-308), I(-1021), I(-307), I(15), I(53), PyFloat.From(double.Epsilon * 0 + 2.220446049250313e-16), I(2), I(1)));
        d.SetItem("int_info", StructSeq.Make(IntInfoType, I(30), I(4), I(Limits.DefaultMaxStrDigits), I(Limits.MaxStrDigitsThreshold)));
        d.SetItem("hash_info", StructSeq.Make(HashInfoType, I(64), I((1L << 61) - 1), I(314159), I(0), I(1000003), S("siphash13"), I(64), I(128), I(0)));
        d.SetItem("thread_info", StructSeq.Make(ThreadInfoType, S("pthread"), S("mutex+cond"), PyNone.Instance));
        d.SetItem("builtin_module_names", PyTuple.Create(ModuleRegistry.Names.Append("builtins").Append("sys").OrderBy(x => x, StringComparer.Ordinal).Select(S).ToArray()));
        d.SetItem("abiflags", S("t"));
        var stdlibNames = new PyFrozenSet();
        foreach (var n in StdlibModuleNames.Split(','))
        {
            var name = S(n);
            stdlibNames.Add(name);
            Py.Decref(name);
        }
        d.SetItem("stdlib_module_names", stdlibNames);
        Py.Decref(stdlibNames);

        m.AddFunction("exit", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            ArgParser.CheckPositional("exit", a, 0, 1);
            // PyErr_SetObject(SystemExit, status): None means no arguments, a tuple is the arguments.
            var args = a.Length == 0 || a[0] is PyNone ? PyTuple.Empty : a[0] is PyTuple tuple && tuple.ob_type == PyTuple.Type ? Py.NewRef(tuple) : PyTuple.Create(a[0]);
            try { throw new PyException(ExceptionObjects.Instantiate(ExceptionTypes.SystemExit, args)); }
            finally { Py.Decref(args); }
        });
        m.AddFunction("getrecursionlimit", (PyObject self) => I(ThreadState.Current.RecursionLimit));
        m.AddFunction("setrecursionlimit", (PyObject self, PyObject n) =>
        {
            if (n is not PyInt) throw PyErr.TypeError("'" + n.ob_type.ShortName + "' object cannot be interpreted as an integer");
            long v = Py.AsLong(n);
            if (v < 1) throw PyErr.ValueError("recursion limit must be greater or equal than 1");
            var ts = ThreadState.Current;
            if (v <= ts.PyRecursionDepth)
                throw PyErr.RecursionError($"cannot set the recursion limit to {v} at the recursion depth {ts.PyRecursionDepth}: the limit is too low");
            ts.RecursionLimit = (int)System.Math.Min(v, int.MaxValue);
            return PyNone.Instance;
        });
        m.AddFunction("getrefcount", (PyObject self, PyObject x) =>
        {
            long rc = x.RefCount;
            if ((x.ob_gc_bits & GcBits.Deferred) != 0) rc -= RefState.DeferredBias;
            return I(x.IsImmortal ? uint.MaxValue : rc + 1);
        });
        m.AddFunction("intern", (PyObject self, PyObject s) =>
        {
            if (s is not PyStr ps) throw PyErr.TypeError($"intern() argument must be str, not {s.ob_type.ShortName}");
            if (s.ob_type != PyStr.Type) throw PyErr.TypeError($"can't intern {s.ob_type.ShortName}");
            return PyStr.Intern(ps);
        });
        m.AddFunction("_is_interned", (PyObject self, PyObject s) => PyBool.From(s is PyStr ps && ps.IsInterned));
        m.AddFunction("exc_info", (PyObject self) =>
        {
            var e = ThreadState.Current.ExcInfo.Topmost;
            if (e is null) return PyTuple.Create(PyNone.Instance, PyNone.Instance, PyNone.Instance);
            return PyTuple.Create(e.ob_type, e, (PyObject?)e.Traceback ?? PyNone.Instance);
        });
        m.AddFunction("exception", (PyObject self) => Py.NewRef((PyObject?)ThreadState.Current.ExcInfo.Topmost ?? PyNone.Instance));
        m.AddFunction("_getframe", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            ArgParser.CheckPositional("_getframe", a, 0, 1);
            long depth = a.Length > 0 ? Py.AsLong(a[0]) : 0;
            var f = ThreadState.Current.CurrentFrame;
            for (long i = 0; i < depth && f is not null; i++) f = f.Previous;
            if (f is null) throw PyErr.ValueError("call stack is not deep enough");
            return PyFrameObject.For(f);
        });
        m.AddFunction("getdefaultencoding", (PyObject self) => S("utf-8"));
        m.AddFunction("getfilesystemencoding", (PyObject self) => S("utf-8"));
        m.AddFunction("getfilesystemencodeerrors", (PyObject self) => S("surrogateescape"));
        m.AddFunction("get_int_max_str_digits", (PyObject self) => I(ThreadState.Current.Interp!.IntMaxStrDigits));
        m.AddFunction(new MethodDef("set_int_max_str_digits", (PyObject self, ReadOnlySpan<PyObject> a, PyTuple? kw) =>
        {
            Span<PyObject?> v = new PyObject?[1];
            ArgParser.Parse("set_int_max_str_digits", a, kw, new[] { "maxdigits" }, 1, v);
            long n = Py.AsLong(v[0]!);
            if (n != 0 && n < Limits.MaxStrDigitsThreshold)
                throw PyErr.ValueError($"maxdigits must be 0 or larger than {Limits.MaxStrDigitsThreshold}");
            ThreadState.Current.Interp!.IntMaxStrDigits = (int)n;
            return PyNone.Instance;
        }));
        m.AddFunction("getsizeof", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            if (a.Length == 0) throw PyErr.TypeError("getsizeof() missing required argument 'object' (pos 1)");
            if (a.Length > 2) throw PyErr.TypeError($"getsizeof() takes at most 2 arguments ({a.Length} given)");
            var sizeof_ = a[0].ob_type.Lookup("__sizeof__");
            if (sizeof_ is null) return a.Length > 1 ? Py.NewRef(a[1]) : throw PyErr.TypeError("Type does not define __sizeof__");
            var r = Py.CallBoundDescriptor(sizeof_, a[0], default);
            try { return I(Py.AsLong(r) + (a[0].IsGcContainer ? 16 : 0)); }
            finally { Py.Decref(r); }
        });
        m.AddFunction("call_tracing", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            ArgParser.CheckPositional("call_tracing", a, 2, 2);
            if (a[1] is not PyTuple targs) throw PyErr.TypeError($"call_tracing() argument 2 must be tuple, not {a[1].ob_type.Name}");
            return Py.Call(a[0], targs.Items);
        });
        m.AddFunction("getallocatedblocks", (PyObject self) => I(0));
        m.AddFunction("getunicodeinternedsize", (PyObject self) => I(0));
        m.AddFunction("is_stack_trampoline_active", (PyObject self) => PyBool.False);
        m.AddFunction("activate_stack_trampoline", (PyObject self, PyObject backend) =>
        {
            if (backend is not PyStr) throw PyErr.TypeError($"activate_stack_trampoline() argument must be str, not {backend.ob_type.Name}");
            throw PyErr.ValueError("perf trampoline not available on this platform");
        });
        m.AddFunction("deactivate_stack_trampoline", (PyObject self) => PyNone.Instance);
        m.AddFunction("is_finalizing", (PyObject self) => PyBool.From(ThreadState.Current.Interp!.Finalizing));
        m.AddFunction("_is_gil_enabled", (PyObject self) => PyBool.From(ThreadState.Current.Interp!.Options.GilEnabled));
        m.AddFunction("getswitchinterval", (PyObject self) => PyFloat.From(0.005));
        m.AddFunction("setswitchinterval", (PyObject self, PyObject v) =>
        {
            double x = Py.AsDouble(v);
            if (x <= 0) throw PyErr.ValueError("switch interval must be strictly positive");
            return PyNone.Instance;
        });
        m.AddFunction("settrace", (PyObject self, PyObject f) => PyNone.Instance);
        m.AddFunction("gettrace", (PyObject self) => PyNone.Instance);
        m.AddFunction("setprofile", (PyObject self, PyObject f) => PyNone.Instance);
        m.AddFunction("getprofile", (PyObject self) => PyNone.Instance);
        m.AddFunction("audit", (PyObject self, ReadOnlySpan<PyObject> a) => PyNone.Instance);
        m.AddFunction("addaudithook", (PyObject self, PyObject hook) => PyNone.Instance);
        var displayhook = new PyBuiltinFunction(new MethodDef("displayhook", (PyObject self, PyObject v) => DisplayHook.Default(v)), "sys");
        var excepthook = new PyBuiltinFunction(new MethodDef("excepthook", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            ArgParser.CheckPositional("excepthook", a, 3, 3);
            if (a[1] is PyBaseException e) ThreadState.Current.Interp!.WriteStderr(TracebackPrinter.Format(e));
            else ThreadState.Current.Interp!.WriteStderr($"TypeError: print_exception(): Exception expected for value, {a[1].ob_type.ShortName} found\n");
            return PyNone.Instance;
        }), "sys");
        var unraisablehook = new PyBuiltinFunction(new MethodDef("unraisablehook", (PyObject self, PyObject info) => PyNone.Instance), "sys");
        d.SetItem("displayhook", displayhook);
        d.SetItem("__displayhook__", displayhook);
        d.SetItem("excepthook", excepthook);
        d.SetItem("__excepthook__", excepthook);
        d.SetItem("unraisablehook", unraisablehook);
        d.SetItem("__unraisablehook__", unraisablehook);
        return m;
    }
}

/// <summary>sys.displayhook: what the interactive interpreter prints for an expression statement.</summary>
public static class DisplayHook
{
    public static PyObject Call(ThreadState ts, PyObject v)
    {
        var hook = ts.Interp!.Sys.Dict.GetItemBorrowed("displayhook") ?? throw PyErr.RuntimeError("lost sys.displayhook");
        return Py.CallOneArg(hook, v);
    }

    public static PyObject Default(PyObject v)
    {
        if (v is PyNone) return PyNone.Instance;
        var interp = ThreadState.Current.Interp!;
        interp.Builtins.Dict.SetItem("_", PyNone.Instance);
        var repr = Py.ReprString(v);
        var stdout = interp.Sys.Dict.GetItemBorrowed("stdout");
        if (stdout is PyStdStream s) s.Write(repr + "\n");
        else if (stdout is not null and not PyNone)
        {
            var t = PyStr.From(repr + "\n");
            try { Py.Decref(Py.CallMethod(stdout, "write", t)); }
            finally { Py.Decref(t); }
        }
        interp.Builtins.Dict.SetItem("_", v);
        return PyNone.Instance;
    }
}
