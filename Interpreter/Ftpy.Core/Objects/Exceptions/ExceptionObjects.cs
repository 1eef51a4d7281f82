using System.Text;
using Ftpy.Runtime;

namespace Ftpy.Objects;

/// <summary>Behaviour of the builtin exception types: construction, args, str/repr, chaining
/// attributes, notes, and each family's own fields (StopIteration.value, OSError.errno, ...).</summary>
public static partial class ExceptionObjects
{
    // Field slots of PyExceptionWithFields per family.
    const int ExitCode = 0;
    const int OsErrno = 0, OsStrerror = 1, OsFilename = 2, OsFilename2 = 3, OsWinerror = 4, OsCharacters = 5;
    const int SynMsg = 0, SynFilename = 1, SynLineno = 2, SynOffset = 3, SynText = 4, SynEndLineno = 5, SynEndOffset = 6, SynPrintFile = 7;
    const int ImpMsg = 0, ImpName = 1, ImpPath = 2, ImpNameFrom = 3;
    const int NameName = 0;
    const int AttrName = 0, AttrObj = 1;
    const int UniEncoding = 0, UniObject = 1, UniStart = 2, UniEnd = 3, UniReason = 4;
    const int GroupMessage = 0, GroupExceptions = 1;

    static int FieldCount(PyType t)
    {
        if (t.IsSubtype(ExceptionTypes.SystemExit)) return 1;
        if (t.IsSubtype(ExceptionTypes.OSError)) return 6;
        if (t.IsSubtype(ExceptionTypes.SyntaxError)) return 8;
        if (t.IsSubtype(ExceptionTypes.ImportError)) return 4;
        if (t.IsSubtype(ExceptionTypes.NameError)) return 1;
        if (t.IsSubtype(ExceptionTypes.AttributeError)) return 2;
        if (t.IsSubtype(ExceptionTypes.UnicodeEncodeError) || t.IsSubtype(ExceptionTypes.UnicodeDecodeError)
            || t.IsSubtype(ExceptionTypes.UnicodeTranslateError)) return 5;
        if (t.IsSubtype(ExceptionTypes.BaseExceptionGroup)) return 2;
        return 0;
    }

    /// <summary>A bare instance of an exception type (before __init__).</summary>
    static PyBaseException Alloc(PyType t)
    {
        if (t.IsSubtype(ExceptionTypes.StopIteration)) return new PyStopIteration(t);
        int n = FieldCount(t);
        return n == 0 ? new PyBaseException(t) : new PyExceptionWithFields(t, n);
    }

    internal static Func<PyType, PyObject> AllocatorFor(PyType t) => type => Alloc(type);

    /// <summary>The exception type whose instance layout <paramref name="t"/> shares (its solid
    /// base): the root of its field family, or BaseException for exceptions with no extra fields.
    /// Exceptions of one layout can be combined as bases (class E(ValueError, KeyError)).</summary>
    internal static PyType LayoutBase(PyType t)
    {
        PyType[] roots =
        {
            ExceptionTypes.StopIteration, ExceptionTypes.SystemExit, ExceptionTypes.OSError, ExceptionTypes.SyntaxError,
            ExceptionTypes.ImportError, ExceptionTypes.NameError, ExceptionTypes.AttributeError,
            ExceptionTypes.UnicodeEncodeError, ExceptionTypes.UnicodeDecodeError, ExceptionTypes.UnicodeTranslateError,
            ExceptionTypes.BaseExceptionGroup,
        };
        foreach (var r in roots) if (t.IsSubtype(r)) return r;
        return ExceptionTypes.BaseException;
    }

    /// <summary>type(*args): __new__ and __init__ through the normal call path.</summary>
    public static PyBaseException Instantiate(PyType type, PyTuple args)
    {
        var r = Py.Call(type, args.Items);
        if (r is PyBaseException e) return e;
        Py.Decref(r);
        throw PyErr.TypeError($"calling {type.ShortName} should have returned an instance of BaseException");
    }

    static PyBaseException E(PyObject o) => (PyBaseException)o;
    static PyObject?[] F(PyObject o) => ((PyExceptionWithFields)o).Fields;

    static PyObject Field(PyObject o, int i) => Py.NewRef(F(o)[i] ?? PyNone.Instance);

    static void SetField(PyObject o, int i, PyObject? v)
    {
        var f = F(o);
        Py.XIncref(v);
        Py.XSetRef(ref f[i], v);
    }

    /// <summary>Stores a new reference the caller gives up.</summary>
    static void StealField(PyObject o, int i, PyObject v)
    {
        var f = F(o);
        Py.XSetRef(ref f[i], v);
    }

    internal static Action<PyType> SetupFor(PyType t)
    {
        var setup = FamilySetup(t);
        return type =>
        {
            if (ExceptionTypes.Docs.TryGetValue(type.Name, out var doc)) type.Doc = doc;
            setup(type);
        };
    }

    static Action<PyType> FamilySetup(PyType t)
    {
        if (ReferenceEquals(t, ExceptionTypes.BaseException)) return SetupBase;
        if (ReferenceEquals(t, ExceptionTypes.StopIteration)) return SetupStopIteration;
        if (ReferenceEquals(t, ExceptionTypes.SystemExit)) return SetupSystemExit;
        if (ReferenceEquals(t, ExceptionTypes.OSError)) return SetupOSError;
        if (ReferenceEquals(t, ExceptionTypes.SyntaxError)) return SetupSyntaxError;
        if (ReferenceEquals(t, ExceptionTypes.ImportError)) return SetupImportError;
        if (ReferenceEquals(t, ExceptionTypes.NameError)) return SetupNameError;
        if (ReferenceEquals(t, ExceptionTypes.AttributeError)) return SetupAttributeError;
        if (ReferenceEquals(t, ExceptionTypes.KeyError)) return SetupKeyError;
        if (ReferenceEquals(t, ExceptionTypes.UnicodeError)) return SetupUnicodeError;
        if (ReferenceEquals(t, ExceptionTypes.UnicodeEncodeError) || ReferenceEquals(t, ExceptionTypes.UnicodeDecodeError)
            || ReferenceEquals(t, ExceptionTypes.UnicodeTranslateError)) return SetupUnicodeSubError;
        if (ReferenceEquals(t, ExceptionTypes.BaseExceptionGroup)) return ExceptionGroupType.SetupBase;
        if (ReferenceEquals(t, ExceptionTypes.ExceptionGroup)) return ExceptionGroupType.SetupExceptionGroup;
        return _ => { };
    }

    static void SetupBase(PyType t)
    {
        t.tp_new = (type, args, kw) =>
        {
            var e = Alloc(type);
            Py.SetRef(ref e.Args, PyTuple.Create(args[..(args.Length - (kw?.Count ?? 0))]));
            return e;
        };
        t.tp_init = (self, args, kw) =>
        {
            if (kw is not null && kw.Count > 0) throw PyErr.TypeError($"{self.ob_type.Name}() takes no keyword arguments");
            var e = E(self);
            Py.SetRef(ref e.Args, PyTuple.Create(args[..(args.Length - (kw?.Count ?? 0))]));
        };
        t.tp_repr = o =>
        {
            var e = E(o);
            string name = o.ob_type.ShortName;
            if (e.Args.Count == 1) return PyStr.From($"{name}({Py.ReprString(e.Args.Items[0])})");
            return PyStr.From(name + Py.ReprString(e.Args));
        };
        t.tp_str = o =>
        {
            var e = E(o);
            return e.Args.Count switch
            {
                0 => PyStr.Empty,
                1 => Py.Str(e.Args.Items[0]),
                _ => Py.Str(e.Args),
            };
        };
        t.tp_getattro = Py.GenericGetAttr;
        t.tp_setattro = Py.GenericSetAttr;
        t.AddGetSet("args", o => Py.NewRef(E(o).Args), (o, v) =>
        {
            if (v is null) throw PyErr.TypeError("args may not be deleted");
            var tuple = v is PyTuple tu ? Py.NewRef(tu) : PyTuple.Steal(Py.ToList(v).ToArray());
            var e = E(o);
            var old = e.Args;
            e.Args = tuple;
            Py.Decref(old);
        });
        t.AddGetSet("__traceback__", o => Py.NewRef(E(o).Traceback ?? PyNone.Instance), (o, v) =>
        {
            if (v is null) throw PyErr.TypeError("__traceback__ may not be deleted");
            if (v is not PyNone and not PyTraceback) throw PyErr.TypeError("__traceback__ must be a traceback or None");
            Py.XSetRef(ref E(o).Traceback, v is PyNone ? null : Py.NewRef(v));
        });
        t.AddGetSet("__cause__", o => Py.NewRef((PyObject?)E(o).Cause ?? PyNone.Instance), (o, v) =>
        {
            if (v is null) throw PyErr.TypeError("__cause__ may not be deleted");
            if (v is not PyNone and not PyBaseException) throw PyErr.TypeError("exception cause must be None or derive from BaseException");
            var e = E(o);
            Py.XSetRef(ref e.Cause, v is PyNone ? null : (PyBaseException)Py.NewRef(v));
            e.SuppressContext = true;
        });
        t.AddGetSet("__context__", o => Py.NewRef((PyObject?)E(o).Context ?? PyNone.Instance), (o, v) =>
        {
            if (v is null) throw PyErr.TypeError("__context__ may not be deleted");
            if (v is not PyNone and not PyBaseException) throw PyErr.TypeError("exception context must be None or derive from BaseException");
            Py.XSetRef(ref E(o).Context, v is PyNone ? null : (PyBaseException)Py.NewRef(v));
        });
        t.AddGetSet("__suppress_context__", o => PyBool.From(E(o).SuppressContext), (o, v) => E(o).SuppressContext = v is not null && Py.IsTrue(v));
        t.AddGetSet("__dict__", o => Py.NewRef(E(o).GetOrCreateDict()), (o, v) =>
        {
            if (v is not PyDict d) throw PyErr.TypeError("__dict__ must be a dictionary");
            Py.XSetRef(ref E(o).Dict, Py.NewRef(d));
        });
        t.AddMethod("with_traceback", (PyObject self, PyObject tb) =>
        {
            if (tb is not PyNone and not PyTraceback) throw PyErr.TypeError("__traceback__ must be a traceback or None");
            Py.XSetRef(ref E(self).Traceback, tb is PyNone ? null : Py.NewRef(tb));
            return Py.NewRef(self);
        });
        t.AddMethod("add_note", (PyObject self, PyObject note) =>
        {
            if (note is not PyStr) throw PyErr.TypeError($"note must be a str, not '{note.ob_type.ShortName}'");
            AddNote(E(self), note);
            return PyNone.Instance;
        });
        t.AddMethod("__reduce__", (PyObject self) =>
        {
            var e = E(self);
            var items = e.Dict is { } d
                ? new PyObject[] { Py.NewRef(self.ob_type), Py.NewRef(e.Args), Py.NewRef(d) }
                : new PyObject[] { Py.NewRef(self.ob_type), Py.NewRef(e.Args) };
            return PyTuple.Steal(items);
        });
        t.AddMethod("__setstate__", (PyObject self, PyObject state) =>
        {
            if (state is PyDict d) foreach (var kv in d.Items()) Py.SetAttr(self, (PyStr)kv.Key, kv.Value);
            return PyNone.Instance;
        });
    }

    /// <summary>Appends to __notes__, creating the list (BaseException.add_note).</summary>
    public static void AddNote(PyBaseException e, PyObject note)
    {
        var d = e.GetOrCreateDict();
        var notes = d.GetItemBorrowed("__notes__");
        if (notes is null)
        {
            var l = new PyList();
            d.SetItem("__notes__", l);
            Py.Decref(l);
            notes = l;
        }
        if (notes is not PyList list) throw PyErr.TypeError("Cannot add note: __notes__ is not a list");
        list.Append(note);
    }

    public static void AddNote(PyBaseException e, string note)
    {
        var s = PyStr.From(note);
        AddNote(e, s);
        Py.Decref(s);
    }

    static void SetupStopIteration(PyType t)
    {
        t.tp_init = (self, args, kw) =>
        {
            ExceptionTypes.BaseException.tp_init!(self, args, kw);
            var si = (PyStopIteration)self;
            var v = args.Length > 0 ? args[0] : PyNone.Instance;
            var old = si.Value;
            si.Value = Py.NewRef(v);
            Py.Decref(old);
        };
        t.AddGetSet("value", o => Py.NewRef(((PyStopIteration)o).Value), (o, v) =>
        {
            var si = (PyStopIteration)o;
            var old = si.Value;
            si.Value = Py.NewRef(v ?? PyNone.Instance);
            Py.Decref(old);
        });
    }

    static void SetupSystemExit(PyType t)
    {
        t.tp_init = (self, args, kw) =>
        {
            ExceptionTypes.BaseException.tp_init!(self, args, kw);
            var code = args.Length == 0 ? PyNone.Instance : args.Length == 1 ? args[0] : E(self).Args;
            SetField(self, ExitCode, code);
        };
        t.AddGetSet("code", o => Field(o, ExitCode), (o, v) => SetField(o, ExitCode, v));
    }

    static void SetupKeyError(PyType t)
    {
        t.tp_str = o =>
        {
            var e = E(o);
            if (e.Args.Count == 1) return Py.Repr(e.Args.Items[0]);
            return ExceptionTypes.BaseException.tp_str!(o);
        };
    }

    static void SetupNameError(PyType t)
    {
        t.tp_init = (self, args, kw) =>
        {
            int nkw = kw?.Count ?? 0;
            ExceptionTypes.BaseException.tp_init!(self, args[..(args.Length - nkw)], null);
            for (int i = 0; i < nkw; i++)
            {
                string k = ((PyStr)kw!.Items[i]).Value;
                if (k != "name") throw PyErr.TypeError($"NameError() got an unexpected keyword argument '{k}'");
                SetField(self, NameName, args[args.Length - nkw + i]);
            }
        };
        t.AddGetSet("name", o => Field(o, NameName), (o, v) => SetField(o, NameName, v));
    }

    static void SetupAttributeError(PyType t)
    {
        t.tp_init = (self, args, kw) =>
        {
            int nkw = kw?.Count ?? 0;
            ExceptionTypes.BaseException.tp_init!(self, args[..(args.Length - nkw)], null);
            for (int i = 0; i < nkw; i++)
            {
                string k = ((PyStr)kw!.Items[i]).Value;
                if (k == "name") SetField(self, AttrName, args[args.Length - nkw + i]);
                else if (k == "obj") SetField(self, AttrObj, args[args.Length - nkw + i]);
                else throw PyErr.TypeError($"AttributeError() got an unexpected keyword argument '{k}'");
            }
        };
        t.AddGetSet("name", o => Field(o, AttrName), (o, v) => SetField(o, AttrName, v));
        t.AddGetSet("obj", o => Field(o, AttrObj), (o, v) => SetField(o, AttrObj, v));
    }

    static void SetupImportError(PyType t)
    {
        t.tp_init = (self, args, kw) =>
        {
            int nkw = kw?.Count ?? 0;
            var pos = args[..(args.Length - nkw)];
            ExceptionTypes.BaseException.tp_init!(self, pos, null);
            for (int i = 0; i < nkw; i++)
            {
                string k = ((PyStr)kw!.Items[i]).Value;
                var v = args[pos.Length + i];
                if (k == "name") SetField(self, ImpName, v);
                else if (k == "path") SetField(self, ImpPath, v);
                else if (k == "name_from") SetField(self, ImpNameFrom, v);
                else throw PyErr.TypeError($"ImportError() got an unexpected keyword argument '{k}'");
            }
            SetField(self, ImpMsg, pos.Length == 1 ? pos[0] : null);
        };
        t.tp_str = o =>
        {
            var msg = F(o)[ImpMsg];
            if (msg is not null && msg is not PyNone) return Py.Str(msg);
            return ExceptionTypes.BaseException.tp_str!(o);
        };
        t.AddGetSet("msg", o => Field(o, ImpMsg), (o, v) => SetField(o, ImpMsg, v));
        t.AddGetSet("name", o => Field(o, ImpName), (o, v) => SetField(o, ImpName, v));
        t.AddGetSet("path", o => Field(o, ImpPath), (o, v) => SetField(o, ImpPath, v));
        t.AddGetSet("name_from", o => Field(o, ImpNameFrom), (o, v) => SetField(o, ImpNameFrom, v));
    }

    static void SetupOSError(PyType t)
    {
        t.tp_new = (type, args, kw) =>
        {
            int nkw = kw?.Count ?? 0;
            if (nkw > 0 && type.tp_init == ExceptionTypes.OSError.tp_init)
                throw PyErr.TypeError($"{type.Name}() takes no keyword arguments");
            var pos = args[..(args.Length - nkw)];
            // OSError(errno, ...) picks the subclass for the errno, as CPython does.
            if (ReferenceEquals(type, ExceptionTypes.OSError) && pos.Length >= 2 && pos[0] is PyInt errno && !errno.IsBig)
                type = OsErrors.SubclassFor(errno.Small) ?? type;
            var e = Alloc(type);
            Py.SetRef(ref e.Args, PyTuple.Create(pos));
            return e;
        };
        t.tp_init = (self, args, kw) =>
        {
            int nkw = kw?.Count ?? 0;
            if (nkw > 0)
                throw PyErr.TypeError($"{self.ob_type.Name}() takes no keyword arguments");
            var pos = args[..(args.Length - nkw)];
            var e = E(self);
            Py.SetRef(ref e.Args, PyTuple.Create(pos));
            if (pos.Length < 2 || pos.Length > 5) return;
            // oserror_init: errno, strerror[, filename[, winerror[, filename2]]].
            SetField(self, OsErrno, pos[0]);
            SetField(self, OsStrerror, pos[1]);
            var filename = pos.Length >= 3 ? pos[2] : null;
            if (filename is null || filename is PyNone) return;
            if (ReferenceEquals(self.ob_type, ExceptionTypes.BlockingIOError) && Py.IsNumber(filename))
            {
                // BlockingIOError's third argument is the number of characters written.
                StealField(self, OsCharacters, PyInt.From(Py.AsSsize(filename, ExceptionTypes.ValueError)));
                return;
            }
            SetField(self, OsFilename, filename);
            if (pos.Length == 5 && pos[4] is not PyNone) SetField(self, OsFilename2, pos[4]);
            // The filename arguments are dropped from args, as CPython keeps them.
            Py.SetRef(ref e.Args, PyTuple.Create(pos[..2]));
        };
        t.AddMethod("__reduce__", (PyObject self) =>
        {
            var e = E(self);
            var f = F(self);
            PyTuple args;
            if (e.Args.Count == 2 && f[OsFilename] is { } fn)
            {
                args = f[OsFilename2] is { } fn2
                    ? PyTuple.Create(e.Args.Items[0], e.Args.Items[1], fn, PyNone.Instance, fn2)
                    : PyTuple.Create(e.Args.Items[0], e.Args.Items[1], fn);
            }
            else args = Py.NewRef(e.Args);
            return e.Dict is { } d
                ? PyTuple.Steal(new PyObject[] { Py.NewRef(self.ob_type), args, Py.NewRef(d) })
                : PyTuple.Steal(new PyObject[] { Py.NewRef(self.ob_type), args });
        });
        t.tp_str = o =>
        {
            var f = F(o);
            if (f[OsFilename] is { } fn)
            {
                if (f[OsFilename2] is { } fn2)
                    return PyStr.From($"[Errno {Py.StrString(f[OsErrno]!)}] {Py.StrString(f[OsStrerror]!)}: {Py.ReprString(fn)} -> {Py.ReprString(fn2)}");
                return PyStr.From($"[Errno {Py.StrString(f[OsErrno]!)}] {Py.StrString(f[OsStrerror]!)}: {Py.ReprString(fn)}");
            }
            if (f[OsErrno] is { } en && f[OsStrerror] is { } se)
                return PyStr.From($"[Errno {Py.StrString(en)}] {Py.StrString(se)}");
            return ExceptionTypes.BaseException.tp_str!(o);
        };
        t.AddGetSet("errno", o => Field(o, OsErrno), (o, v) => SetField(o, OsErrno, v));
        t.AddGetSet("strerror", o => Field(o, OsStrerror), (o, v) => SetField(o, OsStrerror, v));
        t.AddGetSet("filename", o => Field(o, OsFilename), (o, v) => SetField(o, OsFilename, v));
        t.AddGetSet("filename2", o => Field(o, OsFilename2), (o, v) => SetField(o, OsFilename2, v));
        t.AddGetSet("characters_written", o => F(o)[OsCharacters] is { } c ? Py.NewRef(c) : throw PyErr.AttributeError("characters_written"),
            (o, v) => SetField(o, OsCharacters, v));
    }

    static void SetupSyntaxError(PyType t)
    {
        t.tp_init = (self, args, kw) =>
        {
            int nkw = kw?.Count ?? 0;
            var pos = args[..(args.Length - nkw)];
            ExceptionTypes.BaseException.tp_init!(self, pos, null);
            if (pos.Length >= 1) SetField(self, SynMsg, pos[0]);
            if (pos.Length == 2)
            {
                var info = Py.ToList(pos[1]);
                try
                {
                    if (info.Count < 4) throw PyErr.TypeError($"function takes at least 4 arguments ({info.Count} given)");
                    if (info.Count > 6) throw PyErr.TypeError($"function takes at most 6 arguments ({info.Count} given)");
                    SetField(self, SynFilename, info[0]);
                    SetField(self, SynLineno, info[1]);
                    SetField(self, SynOffset, info[2]);
                    SetField(self, SynText, info[3]);
                    if (info.Count > 4) SetField(self, SynEndLineno, info[4]);
                    if (info.Count > 5) SetField(self, SynEndOffset, info[5]);
                }
                finally { foreach (var x in info) Py.Decref(x); }
            }
        };
        t.tp_str = o =>
        {
            var f = F(o);
            string msg = Py.StrString(f[SynMsg] ?? PyNone.Instance);
            string? file = f[SynFilename] is PyStr fs ? Path.GetFileName(fs.Value) : null;
            string? line = f[SynLineno] is PyInt li && li.ob_type == PyInt.Type ? li.Value.ToString() : null;
            if (file is not null && line is not null) return PyStr.From($"{msg} ({file}, line {line})");
            if (file is not null) return PyStr.From($"{msg} ({file})");
            if (line is not null) return PyStr.From($"{msg} (line {line})");
            return PyStr.From(msg);
        };
        string[] names = { "msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line" };
        for (int i = 0; i < names.Length; i++)
        {
            int idx = i;
            t.AddGetSet(names[i], o => Field(o, idx), (o, v) => SetField(o, idx, v));
        }
    }

    static void SetupUnicodeError(PyType t) { }

    static void SetupUnicodeSubError(PyType t)
    {
        bool translate = ReferenceEquals(t, ExceptionTypes.UnicodeTranslateError);
        bool decode = ReferenceEquals(t, ExceptionTypes.UnicodeDecodeError);
        t.tp_init = (self, args, kw) =>
        {
            ExceptionTypes.BaseException.tp_init!(self, args, kw);
            int expected = translate ? 4 : 5;
            if (args.Length != expected)
                throw PyErr.TypeError($"function takes exactly {expected} arguments ({args.Length} given)");
            int i = 0;
            PyObject? encoding = null;
            if (!translate)
            {
                encoding = args[0] as PyStr ?? throw PyErr.TypeError($"argument 1 must be str, not {args[0].ob_type.Name}");
                i = 1;
            }
            var obj = args[i];
            PyObject objValue;
            if (decode)
            {
                if (obj is PyBytes) objValue = Py.NewRef(obj);
                else if (BytesType.TryGetBytes(obj, out var data)) objValue = PyBytes.From(data);
                else throw PyErr.TypeError($"a bytes-like object is required, not '{obj.ob_type.Name}'");
            }
            else
            {
                if (obj is not PyStr) throw PyErr.TypeError($"argument {i + 1} must be str, not {obj.ob_type.Name}");
                objValue = Py.NewRef(obj);
            }
            try
            {
                long start = Py.AsSsize(args[i + 1], ExceptionTypes.OverflowError);
                long end = Py.AsSsize(args[i + 2], ExceptionTypes.OverflowError);
                if (args[i + 3] is not PyStr) throw PyErr.TypeError($"argument {i + 4} must be str, not {args[i + 3].ob_type.Name}");
                if (encoding is not null) SetField(self, UniEncoding, encoding);
                SetField(self, UniObject, objValue);
                StealField(self, UniStart, PyInt.From(start));
                StealField(self, UniEnd, PyInt.From(end));
                SetField(self, UniReason, args[i + 3]);
            }
            finally { Py.Decref(objValue); }
        };
        t.tp_str = o => PyStr.From(UnicodeErrorText(o));
        string[] names = { "encoding", "object", "start", "end", "reason" };
        for (int n = 0; n < names.Length; n++)
        {
            int idx = n;
            t.AddGetSet(names[n], o => Field(o, idx), (o, v) => SetField(o, idx, v));
        }
    }

    static string UnicodeErrorText(PyObject o)
    {
        var f = F(o);
        if (f[UniObject] is null) return "";
        long start = f[UniStart] is PyInt s ? (long)s.Value : 0;
        long end = f[UniEnd] is PyInt e ? (long)e.Value : 0;
        string reason = f[UniReason] is PyStr r ? r.Value : "";
        string enc = f[UniEncoding] is PyStr en ? en.Value : "";
        if (o.ob_type.IsSubtype(ExceptionTypes.UnicodeDecodeError))
        {
            var data = BytesType.TryGetBytes(f[UniObject]!, out var b) ? b : Array.Empty<byte>();
            if (start >= 0 && start < data.Length && end == start + 1)
                return $"'{enc}' codec can't decode byte 0x{data[start]:x2} in position {start}: {reason}";
            return $"'{enc}' codec can't decode bytes in position {start}-{end - 1}: {reason}";
        }
        var str = f[UniObject] as PyStr;
        string CharRepr(int cp) => cp <= 0xff ? $"\\x{cp:x2}" : cp <= 0xffff ? $"\\u{cp:x4}" : $"\\U{cp:x8}";
        bool isEncode = o.ob_type.IsSubtype(ExceptionTypes.UnicodeEncodeError);
        string verb = isEncode ? $"'{enc}' codec can't encode" : "can't translate";
        if (str is not null && start >= 0 && start < str.Length && end == start + 1)
            return $"{verb} character '{CharRepr(str.CodePointAt((int)start))}' in position {start}: {reason}";
        return $"{verb} characters in position {start}-{end - 1}: {reason}";
    }

    // ---- helpers used across the runtime ----

    public static PyException KeyErrorFor(PyObject key)
    {
        var args = PyTuple.Create(key);
        var e = Instantiate(ExceptionTypes.KeyError, args);
        Py.Decref(args);
        return new PyException(e);
    }

    public static PyException AttributeErrorFor(string message, PyObject obj, PyStr name)
    {
        var e = ExceptionTypes.Create(ExceptionTypes.AttributeError, message);
        SetField(e, AttrName, name);
        SetField(e, AttrObj, obj);
        return new PyException(e);
    }

    public static PyException NameErrorFor(PyType type, string message, PyStr name)
    {
        var e = ExceptionTypes.Create(type, message);
        SetField(e, NameName, name);
        return new PyException(e);
    }

    public static void SetImportErrorName(PyBaseException e, string name)
    {
        var s = PyStr.From(name);
        SetField(e, ImpName, s);
        Py.Decref(s);
    }

    public static string? ImportErrorName(PyBaseException e) =>
        e is PyExceptionWithFields f && f.Fields.Length > ImpName && f.Fields[ImpName] is PyStr s ? s.Value : null;

    /// <summary>StopIteration carrying the value the thread recorded for the last exhausted iterator.</summary>
    public static PyException StopIterationFromThread()
    {
        var v = ThreadState.Current.TakeStopIterationValue();
        try { return StopIterationWithValue(v); }
        finally { Py.Decref(v); }
    }

    public static PyException StopIterationWithValue(PyObject value)
    {
        var args = value is PyNone ? PyTuple.Empty : PyTuple.Create(value);
        var e = Instantiate(ExceptionTypes.StopIteration, args);
        Py.Decref(args);
        return new PyException(e);
    }

    /// <summary>gen.throw(typ[, val[, tb]]) argument forms.</summary>
    public static PyBaseException FromThrowArgs(ReadOnlySpan<PyObject> a)
    {
        var typ = a[0];
        var val = a.Length > 1 ? a[1] : null;
        var tb = a.Length > 2 ? a[2] : null;
        if (tb is not null && tb is not PyNone and not PyTraceback) throw PyErr.TypeError("throw() third argument must be a traceback object");
        PyBaseException exc;
        if (typ is PyType t && t.IsSubtype(ExceptionTypes.BaseException))
        {
            if (val is PyBaseException v && v.ob_type.IsSubtype(t)) exc = Py.NewRef(v);
            else
            {
                var args = val is null or PyNone ? PyTuple.Empty : val is PyTuple vt ? Py.NewRef(vt) : PyTuple.Create(val);
                try { exc = Instantiate(t, args); }
                finally { Py.Decref(args); }
            }
        }
        else if (typ is PyBaseException inst)
        {
            if (val is not null and not PyNone) throw PyErr.TypeError("instance exception may not have a separate value");
            exc = Py.NewRef(inst);
        }
        else throw PyErr.TypeError($"exceptions must be classes or instances deriving from BaseException, not {typ.ob_type.ShortName}");
        if (tb is PyTraceback tbo) Py.XSetRef(ref exc.Traceback, Py.NewRef(tbo));
        return exc;
    }
}

/// <summary>errno to OSError subclass (PEP 3151).</summary>
static class OsErrors
{
    public static PyType? SubclassFor(long errno) => errno switch
    {
        11 or 114 or 115 => ExceptionTypes.BlockingIOError,
        10 => ExceptionTypes.ChildProcessError,
        32 or 108 => ExceptionTypes.BrokenPipeError,
        103 => ExceptionTypes.ConnectionAbortedError,
        111 => ExceptionTypes.ConnectionRefusedError,
        104 => ExceptionTypes.ConnectionResetError,
        17 => ExceptionTypes.FileExistsError,
        2 => ExceptionTypes.FileNotFoundError,
        4 => ExceptionTypes.InterruptedError,
        21 => ExceptionTypes.IsADirectoryError,
        20 => ExceptionTypes.NotADirectoryError,
        1 or 13 => ExceptionTypes.PermissionError,
        3 => ExceptionTypes.ProcessLookupError,
        110 => ExceptionTypes.TimeoutError,
        _ => null,
    };
}
