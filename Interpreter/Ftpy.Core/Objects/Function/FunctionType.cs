using Ftpy.Execution;
using Ftpy.Runtime;

namespace Ftpy.Objects;

/// <summary>function, method (bound), cell and builtin_function_or_method types.</summary>
public static class FunctionType
{
    static PyFunction F(PyObject o) => (PyFunction)o;

    /// <summary>Calls a Python function from C#: binds arguments into a new frame and runs it
    /// (or creates the generator).</summary>
    public static PyObject Call(PyObject callable, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var func = (PyFunction)callable;
        var frame = new Frame(func.Code, func.Globals, func.Builtins, null, func);
        try { ArgBinding.Bind(frame, func, args, kwnames); }
        catch { frame.ReleaseSlots(); throw; }
        if (func.Code.IsGenerator) return new PyGenerator(frame, func);
        return EvalLoop.Run(ThreadState.Current, frame);
    }

    internal static void Setup(PyType t)
    {
        t.Flags &= ~TypeFlags.BaseType;
        t.tp_call = Call;
        t.tp_descr_get = (f, obj, type) => obj is null ? Py.NewRef(f) : new PyMethod(f, obj);
        t.tp_repr = o => PyStr.From($"<function {F(o).QualName.Value} at 0x{Py.Id(o):x}>");
        t.tp_getattro = Py.GenericGetAttr;
        t.tp_setattro = Py.GenericSetAttr;
        t.tp_new = (type, args, kw) =>
        {
            Span<PyObject?> a = new PyObject?[6];
            ArgParser.Parse("function", args, kw, new[] { "code", "globals", "name", "argdefs", "closure", "kwdefaults" }, 2, a);
            if (a[0] is not PyCode code) throw PyErr.TypeError($"function() argument 'code' must be code, not {a[0]!.ob_type.ShortName}");
            if (a[1] is not PyDict globals) throw PyErr.TypeError($"function() argument 'globals' must be dict, not {a[1]!.ob_type.ShortName}");
            var interp = ThreadState.Current.Interp!;
            var f = new PyFunction(code, globals, interp.BuiltinsFor(globals), PyStr.Intern(code.QualName));
            if (a[2] is PyStr n) { Py.Incref(n); f.Name = n; }
            if (a[3] is PyTuple d) f.Defaults = Py.NewRef(d);
            if (a[4] is PyTuple c) f.Closure = Py.NewRef(c);
            if (a[5] is PyDict kd) f.KwDefaults = Py.NewRef(kd);
            return f;
        };
        t.AddGetSet("__name__", o => Py.NewRef(F(o).Name), (o, v) =>
        {
            if (v is not PyStr s) throw PyErr.TypeError("__name__ must be set to a string object");
            var f = F(o); var old = f.Name; f.Name = Py.NewRef(s); Py.Decref(old);
        });
        t.AddGetSet("__qualname__", o => Py.NewRef(F(o).QualName), (o, v) =>
        {
            if (v is not PyStr s) throw PyErr.TypeError("__qualname__ must be set to a string object");
            var f = F(o); var old = f.QualName; f.QualName = Py.NewRef(s); Py.Decref(old);
        });
        t.AddGetSet("__doc__", o => Py.NewRef(F(o).Doc), (o, v) => { var f = F(o); var old = f.Doc; f.Doc = Py.NewRef(v ?? PyNone.Instance); Py.Decref(old); });
        t.AddGetSet("__module__", o => Py.NewRef(F(o).Module), (o, v) => { var f = F(o); var old = f.Module; f.Module = Py.NewRef(v ?? PyNone.Instance); Py.Decref(old); });
        t.AddGetSet("__code__", o => Py.NewRef(F(o).Code), (o, v) =>
        {
            if (v is not PyCode c) throw PyErr.TypeError("__code__ must be set to a code object");
            var f = F(o); var old = f.Code; f.Code = Py.NewRef(c); Py.Decref(old); f.Version = PyFunction.NextVersion();
        });
        t.AddReadonlyMember("__globals__", o => F(o).Globals);
        t.AddReadonlyMember("__builtins__", o => F(o).Builtins);
        t.AddReadonlyMember("__closure__", o => F(o).Closure);
        t.AddGetSet("__defaults__", o => Py.NewRef((PyObject?)F(o).Defaults ?? PyNone.Instance), (o, v) =>
        {
            var f = F(o);
            if (v is not null and not PyNone and not PyTuple) throw PyErr.TypeError("__defaults__ must be set to a tuple object");
            Py.XSetRef(ref f.Defaults, v is PyTuple tu ? Py.NewRef(tu) : null);
            f.Version = PyFunction.NextVersion();
        });
        t.AddGetSet("__kwdefaults__", o => Py.NewRef((PyObject?)F(o).KwDefaults ?? PyNone.Instance), (o, v) =>
        {
            var f = F(o);
            if (v is not null and not PyNone and not PyDict) throw PyErr.TypeError("__kwdefaults__ must be set to a dict object");
            Py.XSetRef(ref f.KwDefaults, v is PyDict d ? Py.NewRef(d) : null);
            f.Version = PyFunction.NextVersion();
        });
        t.AddGetSet("__annotations__", o =>
        {
            var f = F(o);
            if (f.Annotations is null) f.Annotations = new PyDict();
            return Py.NewRef(f.Annotations);
        }, (o, v) =>
        {
            if (v is not null and not PyDict and not PyNone) throw PyErr.TypeError("__annotations__ must be set to a dict object");
            Py.XSetRef(ref F(o).Annotations, v is PyDict d ? Py.NewRef(d) : null);
        });
        t.AddGetSet("__dict__", o => Py.NewRef(o.GetInstanceDict(true)!), (o, v) =>
        {
            if (v is not PyDict d) throw PyErr.TypeError("__dict__ must be set to a dictionary, not a '" + (v?.ob_type.ShortName ?? "NoneType") + "'");
            o.SetInstanceDict(d);
        });
        t.AddGetSet("__type_params__", o => Py.NewRef(F(o).TypeParams), (o, v) =>
        {
            if (v is not PyTuple tu) throw PyErr.TypeError("__type_params__ must be set to a tuple");
            var f = F(o); var old = f.TypeParams; f.TypeParams = Py.NewRef(tu); Py.Decref(old);
        });
    }

    internal static void SetupMethod(PyType t)
    {
        t.Flags &= ~TypeFlags.BaseType;
        t.tp_call = (self, args, kw) =>
        {
            var m = (PyMethod)self;
            var all = new PyObject[args.Length + 1];
            all[0] = m.Self;
            args.CopyTo(all.AsSpan(1));
            return Py.Call(m.Func, all, kw);
        };
        t.tp_new = (type, args, kw) =>
        {
            ArgParser.NoKeywords("method", kw);
            ArgParser.CheckPositional("method", args, 2, 2);
            if (args[0].ob_type.tp_call is null) throw PyErr.TypeError("first argument must be callable");
            if (args[1] is PyNone) throw PyErr.TypeError("instance must not be None");
            return new PyMethod(args[0], args[1]);
        };
        t.tp_descr_get = (m, obj, type) => Py.NewRef(m);
        t.tp_repr = o =>
        {
            var m = (PyMethod)o;
            var name = Py.LookupAttr(m.Func, "__qualname__") ?? Py.LookupAttr(m.Func, "__name__");
            string n = name is PyStr s ? s.Value : "?";
            Py.XDecref(name);
            return PyStr.From($"<bound method {n} of {Py.ReprString(m.Self)}>");
        };
        t.tp_hash = o => { var m = (PyMethod)o; return Py.IdentityHash(m.Self) ^ Py.Hash(m.Func); };
        t.tp_richcompare = (a, b, op) =>
        {
            if (op is not (CompareOp.Eq or CompareOp.Ne) || b is not PyMethod mb) return PyNotImplemented.Instance;
            var ma = (PyMethod)a;
            bool eq = ReferenceEquals(ma.Self, mb.Self) && Py.RichCompareBool(ma.Func, mb.Func, CompareOp.Eq);
            return PyBool.From(eq == (op == CompareOp.Eq));
        };
        t.tp_getattro = (o, name) => Py.GenericGetAttr(o, name) ?? Py.LookupAttr(((PyMethod)o).Func, name);
        t.AddGetter("__func__", o => Py.NewRef(((PyMethod)o).Func));
        t.AddGetter("__self__", o => Py.NewRef(((PyMethod)o).Self));
        t.AddGetter("__doc__", o => Py.LookupAttr(((PyMethod)o).Func, "__doc__") ?? PyNone.Instance);
        t.AddMethod("__reduce__", (PyObject self) =>
        {
            var m = (PyMethod)self;
            var getattr = ThreadState.Current.Interp!.Builtins.Dict.GetItemBorrowed("getattr")!;
            var name = Py.GetAttr(m.Func, "__name__");
            return PyTuple.Steal(new PyObject[] { Py.NewRef(getattr), PyTuple.Steal(new PyObject[] { Py.NewRef(m.Self), name }) });
        });
    }

    internal static void SetupCell(PyType t)
    {
        t.tp_new = (type, args, kw) =>
        {
            ArgParser.NoKeywords("cell", kw);
            ArgParser.CheckPositional("cell", args, 0, 1);
            return new PyCell(args.Length > 0 ? args[0] : null);
        };
        t.tp_repr = o =>
        {
            var c = (PyCell)o;
            return PyStr.From(c.Contents is null
                ? $"<cell at 0x{Py.Id(o):x}: empty>"
                : $"<cell at 0x{Py.Id(o):x}: {c.Contents.ob_type.ShortName} object at 0x{Py.Id(c.Contents):x}>");
        };
        t.tp_richcompare = (a, b, op) =>
        {
            if (b is not PyCell cb) return PyNotImplemented.Instance;
            var ca = (PyCell)a;
            if (ca.Contents is null || cb.Contents is null)
            {
                int x = ca.Contents is null ? 0 : 1, y = cb.Contents is null ? 0 : 1;
                return PyBool.From(op switch { CompareOp.Lt => x < y, CompareOp.Le => x <= y, CompareOp.Eq => x == y, CompareOp.Ne => x != y, CompareOp.Gt => x > y, _ => x >= y });
            }
            return Py.RichCompare(ca.Contents, cb.Contents, op);
        };
        t.AddGetSet("cell_contents", o => Py.NewRef(((PyCell)o).Contents ?? throw PyErr.ValueError("Cell is empty")),
            (o, v) => ((PyCell)o).Set(v));
    }

    internal static void SetupBuiltin(PyType t)
    {
        t.Flags &= ~TypeFlags.BaseType;
        t.tp_call = PyBuiltinFunction.Call;
        t.tp_repr = o =>
        {
            var f = (PyBuiltinFunction)o;
            if (f.Self is null or PyModule) return PyStr.From($"<built-in function {f.Name}>");
            return PyStr.From($"<built-in method {f.Name} of {f.Self.ob_type.ShortName} object at 0x{Py.Id(f.Self):x}>");
        };
        t.tp_hash = o => Py.IdentityHash(o);
        t.tp_richcompare = (a, b, op) =>
        {
            if (op is not (CompareOp.Eq or CompareOp.Ne) || b is not PyBuiltinFunction fb) return PyNotImplemented.Instance;
            var fa = (PyBuiltinFunction)a;
            bool eq = ReferenceEquals(fa, fb) || (ReferenceEquals(fa.Def, fb.Def) && ReferenceEquals(fa.Self, fb.Self));
            return PyBool.From(eq == (op == CompareOp.Eq));
        };
        t.AddGetter("__name__", o => PyStr.From(((PyBuiltinFunction)o).Name));
        t.AddGetter("__qualname__", o =>
        {
            var f = (PyBuiltinFunction)o;
            if (f.Self is null or PyModule) return PyStr.From(f.Name);
            var owner = f.Self is PyType st ? st : f.Self.ob_type;
            return PyStr.From($"{owner.ShortName}.{f.Name}");
        });
        t.AddGetter("__self__", o =>
        {
            var f = (PyBuiltinFunction)o;
            if (f.Self is not null) return Py.NewRef(f.Self);
            // Module-level functions are immortal and hold no reference to their module: find it by name.
            if (f.ModuleName is { } mn && Runtime.ThreadState.Current.Interp?.Modules.GetItemBorrowed(PyStr.Intern(mn)) is PyModule m)
                return Py.NewRef(m);
            return PyNone.Instance;
        });
        t.AddGetter("__module__", o => ((PyBuiltinFunction)o).ModuleName is { } m ? PyStr.From(m) : PyNone.Instance);
        t.AddGetter("__doc__", o => ((PyBuiltinFunction)o).Def.Doc is { } d ? PyStr.From(d) : PyNone.Instance);
        t.AddGetter("__text_signature__", o => PyNone.Instance);
        t.AddMethod("__reduce__", (PyObject self) =>
        {
            var f = (PyBuiltinFunction)self;
            if (f.Self is null or PyModule) return PyStr.From(f.Name);
            var getattr = ThreadState.Current.Interp!.Builtins.Dict.GetItemBorrowed("getattr")!;
            return PyTuple.Steal(new PyObject[] { Py.NewRef(getattr), PyTuple.Steal(new PyObject[] { Py.NewRef(f.Self), PyStr.From(f.Name) }) });
        });
    }
}

/// <summary>The code type: a few of co_* attributes and replace().</summary>
public static class CodeType
{
    static PyCode C(PyObject o) => (PyCode)o;

    internal static void Setup(PyType t)
    {
        t.Flags &= ~TypeFlags.BaseType;
        t.tp_repr = o => PyStr.From($"<code object {C(o).Name} at 0x{Py.Id(o):x}, file \"{C(o).Filename}\", line {C(o).FirstLineNo}>");
        t.tp_hash = Py.IdentityHash;
        t.AddGetter("co_name", o => PyStr.From(C(o).Name));
        t.AddGetter("co_qualname", o => PyStr.From(C(o).QualName));
        t.AddGetter("co_filename", o => PyStr.From(C(o).Filename));
        t.AddGetter("co_firstlineno", o => PyInt.From(C(o).FirstLineNo));
        t.AddGetter("co_argcount", o => PyInt.From(C(o).ArgCount));
        t.AddGetter("co_posonlyargcount", o => PyInt.From(C(o).PosOnlyArgCount));
        t.AddGetter("co_kwonlyargcount", o => PyInt.From(C(o).KwOnlyArgCount));
        t.AddGetter("co_nlocals", o => PyInt.From(C(o).NLocals));
        t.AddGetter("co_stacksize", o => PyInt.From(C(o).StackSize));
        t.AddGetter("co_flags", o => PyInt.From((long)C(o).Flags));
        t.AddGetter("co_consts", o => PyTuple.Create(C(o).Consts));
        t.AddGetter("co_names", o => PyTuple.Create(C(o).Names.Cast<PyObject>().ToArray()));
        t.AddGetter("co_varnames", o => NamesOfKind(C(o), LocalKind.Local));
        t.AddGetter("co_cellvars", o => NamesOfKind(C(o), LocalKind.Cell));
        t.AddGetter("co_freevars", o => NamesOfKind(C(o), LocalKind.Free));
        t.AddGetter("co_code", o => PyBytes.From(C(o).External.Code));
        t.AddGetter("_co_code_adaptive", o => PyBytes.From(C(o).External.Code));
        t.AddGetter("co_exceptiontable", o => PyBytes.From(C(o).External.ExceptionTable));
        t.AddMethod("co_lines", (PyObject self) =>
        {
            var positions = C(self).External.Positions;
            var list = new PyList();
            int start = 0;
            for (int i = 1; i <= positions.Length; i++)
            {
                if (i == positions.Length || positions[i].Line != positions[start].Line)
                {
                    var line = positions[start].Line;
                    list.AppendSteal(PyTuple.Steal(new PyObject[] { PyInt.From(start * 2), PyInt.From(i * 2), line >= 0 ? PyInt.From(line) : PyNone.Instance }));
                    start = i;
                }
            }
            var it = Py.GetIter(list);
            Py.Decref(list);
            return it;
        });
        t.AddMethod("co_positions", (PyObject self) =>
        {
            var list = new PyList();
            foreach (var p in C(self).External.Positions)
            {
                list.AppendSteal(p.Line < 0
                    ? PyTuple.Steal(new PyObject[] { PyNone.Instance, PyNone.Instance, PyNone.Instance, PyNone.Instance })
                    : PyTuple.Steal(new PyObject[] { PyInt.From(p.Line), PyInt.From(p.EndLine), PyInt.From(p.Col), PyInt.From(p.EndCol) }));
            }
            var it = Py.GetIter(list);
            Py.Decref(list);
            return it;
        });
        // dis resolves LOAD_DEREF and friends, whose oparg indexes all of locals-plus.
        t.AddMethod("_varname_from_oparg", (PyObject self, PyObject index) =>
        {
            var code = C(self);
            long i = Py.AsLong(index);
            if (i < 0 || i >= code.LocalsPlusNames.Length) throw PyErr.IndexError("tuple index out of range");
            return PyStr.From(code.LocalsPlusNames[(int)i].Value);
        });
    }

    static PyObject NamesOfKind(PyCode c, LocalKind kind)
    {
        var names = new List<PyObject>();
        for (int i = 0; i < c.LocalsPlusNames.Length; i++)
            if ((c.LocalsPlusKinds[i] & kind) != 0) names.Add(c.LocalsPlusNames[i]);
        return PyTuple.Create(names.ToArray());
    }
}
