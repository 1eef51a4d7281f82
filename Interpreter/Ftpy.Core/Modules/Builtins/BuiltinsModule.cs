using System.Numerics;
using System.Text;
using Ftpy.Compiling;
using Ftpy.Execution;
using Ftpy.Objects;
using Ftpy.Runtime;

namespace Ftpy.Modules;

/// <summary>The builtins module: builtin types, constants, exceptions and functions.</summary>
public static partial class BuiltinsModule
{
    public static PyModule Create(InterpreterState interp)
    {
        var m = new PyModule("builtins");
        var d = m.Dict;
        d.SetItem("__doc__", PyStr.From("Built-in functions, types, exceptions, and other objects."));
        d.SetItem("None", PyNone.Instance);
        d.SetItem("Ellipsis", PyEllipsis.Instance);
        d.SetItem("NotImplemented", PyNotImplemented.Instance);
        d.SetItem("True", PyBool.True);
        d.SetItem("False", PyBool.False);
        foreach (var t in new[]
        {
            PyBaseObject.Type, PyType.Type, PyInt.Type, PyBool.Type, PyFloat.Type, PyComplex.Type, PyStr.Type,
            PyBytes.Type, PyByteArray.Type, PyMemoryView.Type, PyTuple.Type, PyList.Type, PyDict.Type, PySet.Type, PyFrozenSet.Type,
            PyRange.Type, PySlice.Type, PyStaticMethod.Type, PyClassMethod.Type, PyProperty.Type, PySuper.Type,
            BuiltinIterators.Enumerate, BuiltinIterators.Zip, BuiltinIterators.Map, BuiltinIterators.Filter, BuiltinIterators.Reversed,
        })
            d.SetItem(t.ShortName, t);
        foreach (var t in ExceptionTypes.All) d.SetItem(t.Name, t);
        d.SetItem("EnvironmentError", ExceptionTypes.OSError);
        d.SetItem("IOError", ExceptionTypes.OSError);
        AddFunctions(m, interp);
        return m;
    }

    static InterpreterState Interp => ThreadState.Current.Interp!;

    static void AddFunctions(PyModule m, InterpreterState interp)
    {
        m.AddFunction("abs", (PyObject self, PyObject x) => Py.Absolute(x));
        m.AddFunction("all", (PyObject self, PyObject it) =>
        {
            foreach (var x in Py.Iterate(it)) { bool t; try { t = Py.IsTrue(x); } finally { Py.Decref(x); } if (!t) return PyBool.False; }
            return PyBool.True;
        });
        m.AddFunction("any", (PyObject self, PyObject it) =>
        {
            foreach (var x in Py.Iterate(it)) { bool t; try { t = Py.IsTrue(x); } finally { Py.Decref(x); } if (t) return PyBool.True; }
            return PyBool.False;
        });
        m.AddFunction("ascii", (PyObject self, PyObject x) => Py.Ascii(x));
        m.AddFunction("bin", (PyObject self, PyObject x) => PyStr.From(Objects.Numbers.IntText.ToPrefixedString(Py.AsBigInteger(x), 2)));
        m.AddFunction("oct", (PyObject self, PyObject x) => PyStr.From(Objects.Numbers.IntText.ToPrefixedString(Py.AsBigInteger(x), 8)));
        m.AddFunction("hex", (PyObject self, PyObject x) => PyStr.From(Objects.Numbers.IntText.ToPrefixedString(Py.AsBigInteger(x), 16)));
        m.AddFunction("callable", (PyObject self, PyObject x) => PyBool.From(x.ob_type.tp_call is not null));
        m.AddFunction("chr", (PyObject self, PyObject x) =>
        {
            if (x.ob_type.nb_index is null) throw PyErr.TypeError($"'{x.ob_type.ShortName}' object cannot be interpreted as an integer");
            var v = Py.AsBigInteger(x);
            if (v < 0 || v > 0x10FFFF) throw PyErr.ValueError("chr() arg not in range(0x110000)");
            return PyStr.FromCodePoint((int)v);
        });
        m.AddFunction("ord", (PyObject self, PyObject x) =>
        {
            switch (x)
            {
                case PyStr s:
                    if (s.Length != 1) throw PyErr.TypeError($"ord() expected a character, but string of length {s.Length} found");
                    return PyInt.From(s.CodePointAt(0));
                case PyBytes b:
                    if (b.Value.Length != 1) throw PyErr.TypeError($"ord() expected a character, but string of length {b.Value.Length} found");
                    return PyInt.From(b.Value[0]);
                case PyByteArray ba:
                    if (ba.Count != 1) throw PyErr.TypeError($"ord() expected a character, but string of length {ba.Count} found");
                    return PyInt.From(ba.Buffer[0]);
                default:
                    throw PyErr.TypeError($"ord() expected string of length 1, but {x.ob_type.ShortName} found");
            }
        });
        m.AddFunction("delattr", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            ArgParser.CheckPositional("delattr", a, 2, 2);
            Py.DelAttr(a[0], AttrName(a[1]));
            return PyNone.Instance;
        });
        m.AddFunction("getattr", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            ArgParser.CheckPositional("getattr", a, 2, 3);
            var name = AttrName(a[1]);
            if (a.Length == 2) return Py.GetAttr(a[0], name);
            return Py.LookupAttr(a[0], name) ?? Py.NewRef(a[2]);
        });
        m.AddFunction("setattr", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            ArgParser.CheckPositional("setattr", a, 3, 3);
            Py.SetAttr(a[0], AttrName(a[1]), a[2]);
            return PyNone.Instance;
        });
        m.AddFunction("hasattr", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            ArgParser.CheckPositional("hasattr", a, 2, 2);
            var v = Py.LookupAttr(a[0], AttrName(a[1]));
            if (v is null) return PyBool.False;
            Py.Decref(v);
            return PyBool.True;
        });
        m.AddFunction("dir", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            ArgParser.CheckPositional("dir", a, 0, 1);
            PyObject r;
            if (a.Length == 0)
            {
                var locals = LocalsOfCaller();
                try { r = Py.CallMethod(locals, "keys"); }
                finally { Py.Decref(locals); }
            }
            else
            {
                var dirm = a[0].ob_type.Lookup("__dir__") ?? throw PyErr.TypeError("object does not provide __dir__");
                r = Py.CallBoundDescriptor(dirm, a[0], default);
            }
            PyList list;
            try
            {
                var names = Py.ToList(r);
                list = PyList.Steal(names.ToArray(), names.Count);
            }
            finally { Py.Decref(r); }
            try { ListSort.Sort(list, null, false); }
            catch { Py.Decref(list); throw; }
            return list;
        });
        m.AddFunction("divmod", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            ArgParser.CheckPositional("divmod", a, 2, 2);
            return Py.DivMod(a[0], a[1]);
        });
        m.AddFunction(new MethodDef("format", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            ArgParser.CheckPositional("format", a, 1, 2);
            var spec = a.Length > 1 ? a[1] : PyStr.Empty;
            if (spec is not PyStr) throw PyErr.TypeError($"format() argument 2 must be str, not {spec.ob_type.ShortName}");
            return Formatting.Format(a[0], spec);
        }));
        m.AddFunction("hash", (PyObject self, PyObject x) => PyInt.From(Py.Hash(x)));
        m.AddFunction("id", (PyObject self, PyObject x) => PyInt.From(Py.Id(x)));
        m.AddFunction("isinstance", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            ArgParser.CheckPositional("isinstance", a, 2, 2);
            return PyBool.From(Py.IsInstance(a[0], a[1]));
        });
        m.AddFunction("issubclass", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            ArgParser.CheckPositional("issubclass", a, 2, 2);
            return PyBool.From(Py.IsSubclass(a[0], a[1]));
        });
        m.AddFunction("iter", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            ArgParser.CheckPositional("iter", a, 1, 2);
            if (a.Length == 1) return Py.GetIter(a[0]);
            if (a[0].ob_type.tp_call is null) throw PyErr.TypeError("iter(v, w): v must be callable");
            return new PyCallIterator(a[0], a[1]);
        });
        m.AddFunction("next", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            ArgParser.CheckPositional("next", a, 1, 2);
            var it = a[0];
            var f = it.ob_type.tp_iternext ?? throw PyErr.TypeError($"'{it.ob_type.ShortName}' object is not an iterator");
            var x = f(it);
            if (x is not null) return x;
            if (a.Length > 1)
            {
                Py.Decref(ThreadState.Current.TakeStopIterationValue());
                return Py.NewRef(a[1]);
            }
            throw ExceptionObjects.StopIterationFromThread();
        });
        m.AddFunction("len", (PyObject self, PyObject x) => PyInt.From(Py.Length(x)));
        m.AddFunction(new MethodDef("max", (PyObject self, ReadOnlySpan<PyObject> a, PyTuple? kw) => MinMax(a, kw, "max", CompareOp.Gt)));
        m.AddFunction(new MethodDef("min", (PyObject self, ReadOnlySpan<PyObject> a, PyTuple? kw) => MinMax(a, kw, "min", CompareOp.Lt)));
        m.AddFunction(new MethodDef("pow", (PyObject self, ReadOnlySpan<PyObject> a, PyTuple? kw) =>
        {
            Span<PyObject?> v = new PyObject?[3];
            ArgParser.Parse("pow", a, kw, new[] { "base", "exp", "mod" }, 2, v);
            return Py.Power(v[0]!, v[1]!, v[2] ?? PyNone.Instance);
        }));
        m.AddFunction("repr", (PyObject self, PyObject x) => Py.Repr(x));
        m.AddFunction(new MethodDef("round", (PyObject self, ReadOnlySpan<PyObject> a, PyTuple? kw) =>
        {
            Span<PyObject?> v = new PyObject?[2];
            ArgParser.Parse("round", a, kw, new[] { "number", "ndigits" }, 1, v);
            var x = v[0]!;
            var round = x.ob_type.Lookup("__round__") ?? throw PyErr.TypeError($"type {x.ob_type.ShortName} doesn't define __round__ method");
            if (v[1] is null || v[1] is PyNone) return Py.CallBoundDescriptor(round, x, default);
            return Py.CallBoundDescriptor(round, x, new[] { v[1]! });
        }));
        m.AddFunction(new MethodDef("sorted", (PyObject self, ReadOnlySpan<PyObject> a, PyTuple? kw) =>
        {
            int nkw = kw?.Count ?? 0;
            if (a.Length - nkw != 1) throw PyErr.TypeError($"sorted expected 1 argument, got {a.Length - nkw}");
            var list = new PyList();
            try
            {
                ListType.Extend(list, a[0]);
                Span<PyObject?> v = new PyObject?[2];
                ArgParser.Parse("sort", a[1..], kw, ListType.s_sortKeywords, 0, v, kwOnlyStart: 0);
                ListSort.Sort(list, v[0] is PyNone ? null : v[0], v[1] is not null && Py.IsTrue(v[1]!));
                return list;
            }
            catch { Py.Decref(list); throw; }
        }));
        m.AddFunction(new MethodDef("sum", (PyObject self, ReadOnlySpan<PyObject> a, PyTuple? kw) =>
        {
            Span<PyObject?> v = new PyObject?[2];
            ArgParser.Parse("sum", a, kw, new[] { "iterable", "start" }, 1, v, posOnly: 1);
            return Sum(v[0]!, v[1]);
        }));
        m.AddFunction("vars", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            ArgParser.CheckPositional("vars", a, 0, 1);
            if (a.Length == 0) return LocalsOfCaller();
            return Py.LookupAttr(a[0], "__dict__") ?? throw PyErr.TypeError("vars() argument must have __dict__ attribute");
        });
        m.AddFunction("globals", (PyObject self) =>
        {
            var f = ThreadState.Current.CurrentFrame ?? throw PyErr.SystemError("no current frame");
            return Py.NewRef(f.Globals);
        });
        m.AddFunction("locals", (PyObject self) => LocalsOfCaller());
        m.AddFunction(new MethodDef("print", (PyObject self, ReadOnlySpan<PyObject> a, PyTuple? kw) => Print(a, kw)));
        m.AddFunction("input", (PyObject self, ReadOnlySpan<PyObject> a) => Input(a));
        m.AddFunction(new MethodDef("compile", (PyObject self, ReadOnlySpan<PyObject> a, PyTuple? kw) => CompileBuiltin(a, kw)));
        m.AddFunction(new MethodDef("exec", (PyObject self, ReadOnlySpan<PyObject> a, PyTuple? kw) => ExecOrEval(a, kw, isExec: true)));
        m.AddFunction(new MethodDef("eval", (PyObject self, ReadOnlySpan<PyObject> a, PyTuple? kw) => ExecOrEval(a, kw, isExec: false)));
        m.AddFunction(new MethodDef("__build_class__", (PyObject self, ReadOnlySpan<PyObject> a, PyTuple? kw) => BuildClass.Build(a, kw)));
        m.AddFunction(new MethodDef("__import__", (PyObject self, ReadOnlySpan<PyObject> a, PyTuple? kw) =>
        {
            Span<PyObject?> v = new PyObject?[5];
            ArgParser.Parse("__import__", a, kw, new[] { "name", "globals", "locals", "fromlist", "level" }, 1, v);
            if (v[0] is not PyStr name) throw PyErr.TypeError("module name must be a string");
            int level = v[4] is null ? 0 : (int)Py.AsLong(v[4]!);
            return Import.ImportModuleLevel(Interp, name.Value, v[1] as PyDict, v[3], level);
        }));
        m.AddFunction(new MethodDef("open", (PyObject self, ReadOnlySpan<PyObject> a, PyTuple? kw) => FileOpen.Open(a, kw)));
        m.AddFunction("breakpoint", (PyObject self, ReadOnlySpan<PyObject> a) => PyNone.Instance);
        m.AddFunction("aiter", (PyObject self, PyObject x) => Py.CallMethod(x, "__aiter__"));
        m.AddFunction("anext", (PyObject self, ReadOnlySpan<PyObject> a) => Py.CallMethod(a[0], "__anext__"));
    }

    static PyStr AttrName(PyObject o) =>
        o as PyStr ?? throw PyErr.TypeError($"attribute name must be string, not '{o.ob_type.ShortName}'");

    static PyObject LocalsOfCaller()
    {
        var f = ThreadState.Current.CurrentFrame ?? throw PyErr.SystemError("no current frame");
        return FrameLocals.Snapshot(f);
    }

    static readonly string[] s_minMaxKeywords = { "key", "default" };

    /// <summary>min/max (builtin min_max): items are read one at a time, each key computed as its item arrives.</summary>
    static PyObject MinMax(ReadOnlySpan<PyObject> a, PyTuple? kw, string name, CompareOp op)
    {
        int nkw = kw?.Count ?? 0;
        int npos = a.Length - nkw;
        if (npos == 0) throw PyErr.TypeError($"{name} expected at least 1 argument, got 0");
        PyObject? key = null, def = null;
        for (int i = 0; i < nkw; i++)
        {
            string k = ((PyStr)kw!.Items[i]).Value;
            if (k == "key") key = a[npos + i] is PyNone ? null : a[npos + i];
            else if (k == "default") def = a[npos + i];
            else throw ArgParser.UnexpectedKeyword(name, k, s_minMaxKeywords);
        }
        if (npos > 1 && def is not null)
            throw PyErr.TypeError($"Cannot specify a default for {name}() with multiple positional arguments");
        PyObject? it = npos == 1 ? Py.GetIter(a[0]) : null;
        PyObject? bestItem = null, bestVal = null;
        try
        {
            for (int i = 0; ; i++)
            {
                PyObject? item;
                if (it is not null) item = Py.IterNext(it);
                else item = i < npos ? Py.NewRef(a[i]) : null;
                if (item is null) break;
                PyObject val;
                try { val = key is null ? Py.NewRef(item) : Py.CallOneArg(key, item); }
                catch { Py.Decref(item); throw; }
                if (bestVal is null)
                {
                    bestItem = item;
                    bestVal = val;
                    continue;
                }
                bool better;
                try { better = Py.RichCompareBool(val, bestVal, op); }
                catch { Py.Decref(item); Py.Decref(val); throw; }
                if (better)
                {
                    Py.Decref(bestItem!);
                    Py.Decref(bestVal);
                    bestItem = item;
                    bestVal = val;
                }
                else
                {
                    Py.Decref(item);
                    Py.Decref(val);
                }
            }
            if (bestVal is null)
            {
                if (def is not null) return Py.NewRef(def);
                throw PyErr.ValueError($"{name}() iterable argument is empty");
            }
            var result = bestItem!;
            bestItem = null;
            return result;
        }
        finally
        {
            if (bestItem is not null) Py.Decref(bestItem);
            if (bestVal is not null) Py.Decref(bestVal);
            if (it is not null) Py.Decref(it);
        }
    }

    /// <summary>
    /// sum() as builtin_sum_impl: a C long accumulator while the items are exact ints or bools
    /// and nothing overflows, then (if the total is an exact float) Neumaier's compensated sum
    /// while the items are exact floats or ints that fit a long, then plain + for the rest.
    /// Each fast path, once left, is not taken again.
    /// </summary>
    static PyObject Sum(PyObject iterable, PyObject? start)
    {
        if (start is PyStr) throw PyErr.TypeError("sum() can't sum strings [use ''.join(seq) instead]");
        if (start is PyBytes) throw PyErr.TypeError("sum() can't sum bytes [use b''.join(seq) instead]");
        if (start is PyByteArray) throw PyErr.TypeError("sum() can't sum bytearray [use b''.join(seq) instead]");
        var it = Py.GetIter(iterable);
        PyObject result = Py.NewRef(start ?? PyInt.Zero);
        try
        {
            if (result.ob_type == PyInt.Type && !((PyInt)result).IsBig)
            {
                long total = ((PyInt)result).Small;
                while (true)
                {
                    var item = Py.IterNext(it);
                    if (item is null)
                    {
                        Py.Decref(result);
                        return PyInt.From(total);
                    }
                    if ((item.ob_type == PyInt.Type || item.ob_type == PyBool.Type) && !((PyInt)item).IsBig)
                    {
                        long b = ((PyInt)item).Small;
                        if (total >= 0 ? b <= long.MaxValue - total : b >= long.MinValue - total)
                        {
                            total += b;
                            Py.Decref(item);
                            continue;
                        }
                    }
                    Py.Decref(result);
                    result = PyInt.From(total);
                    AddItem(ref result, item);
                    break;
                }
            }
            if (result.ob_type == PyFloat.Type)
            {
                var fs = new Objects.Numbers.FloatSum(((PyFloat)result).Value);
                while (true)
                {
                    var item = Py.IterNext(it);
                    if (item is null)
                    {
                        Py.Decref(result);
                        return PyFloat.From(fs.Result());
                    }
                    if (item.ob_type == PyFloat.Type)
                    {
                        fs.Add(((PyFloat)item).Value);
                        Py.Decref(item);
                        continue;
                    }
                    if (item is PyInt i && !i.IsBig)
                    {
                        fs.AddUncompensated(i.Small);
                        Py.Decref(item);
                        continue;
                    }
                    Py.Decref(result);
                    result = PyFloat.From(fs.Result());
                    AddItem(ref result, item);
                    break;
                }
            }
            while (Py.IterNext(it) is { } item) AddItem(ref result, item);
            return result;
        }
        catch
        {
            Py.Decref(result);
            throw;
        }
        finally { Py.Decref(it); }
    }

    /// <summary>result = result + item (binary +, never in place), consuming the item.</summary>
    static void AddItem(ref PyObject result, PyObject item)
    {
        PyObject sum;
        try { sum = Py.BinaryOp(result, item, BinaryOp.Add); }
        finally { Py.Decref(item); }
        Py.Decref(result);
        result = sum;
    }
    static readonly string[] s_printKeywords = { "sep", "end", "file", "flush" };

    static PyObject Print(ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        int nkw = kw?.Count ?? 0;
        int npos = a.Length - nkw;
        PyObject? sep = null, end = null, file = null, flush = null;
        for (int i = 0; i < nkw; i++)
        {
            string k = ((PyStr)kw!.Items[i]).Value;
            var v = a[npos + i];
            switch (k)
            {
                case "sep": sep = v; break;
                case "end": end = v; break;
                case "file": file = v; break;
                case "flush": flush = v; break;
                default: throw ArgParser.UnexpectedKeyword("print", k, s_printKeywords);
            }
        }
        if (sep is not null and not PyNone and not PyStr) throw PyErr.TypeError($"sep must be None or a string, not {sep.ob_type.ShortName}");
        if (end is not null and not PyNone and not PyStr) throw PyErr.TypeError($"end must be None or a string, not {end.ob_type.ShortName}");
        var interp = Interp;
        if (file is null or PyNone)
        {
            file = interp.Sys.Dict.GetItemBorrowed("stdout");
            if (file is null or PyNone) return PyNone.Instance;
        }
        string sepText = sep is PyStr ss ? ss.Value : " ";
        string endText = end is PyStr es ? es.Value : "\n";
        if (file is PyStdStream stream)
        {
            var sb = new StringBuilder();
            for (int i = 0; i < npos; i++)
            {
                if (i > 0) sb.Append(sepText);
                sb.Append(Py.StrString(a[i]));
            }
            sb.Append(endText);
            stream.Write(sb.ToString());
            if (flush is not null && Py.IsTrue(flush)) stream.Flush();
            return PyNone.Instance;
        }
        var write = Py.GetAttr(file, "write");
        try
        {
            for (int i = 0; i < npos; i++)
            {
                if (i > 0) WriteText(write, sepText);
                var s = Py.Str(a[i]);
                try { Py.Decref(Py.CallOneArg(write, s)); }
                finally { Py.Decref(s); }
            }
            WriteText(write, endText);
        }
        finally { Py.Decref(write); }
        if (flush is not null && Py.IsTrue(flush)) Py.Decref(Py.CallMethod(file, "flush"));
        return PyNone.Instance;
    }

    static void WriteText(PyObject write, string text)
    {
        var s = PyStr.From(text);
        try { Py.Decref(Py.CallOneArg(write, s)); }
        finally { Py.Decref(s); }
    }

    static PyObject Input(ReadOnlySpan<PyObject> a)
    {
        ArgParser.CheckPositional("input", a, 0, 1);
        var interp = Interp;
        var stdout = interp.Sys.Dict.GetItemBorrowed("stdout");
        if (a.Length == 1 && stdout is not null and not PyNone)
        {
            var p = Py.Str(a[0]);
            try { Py.Decref(Py.CallMethod(stdout, "write", p)); }
            finally { Py.Decref(p); }
        }
        if (stdout is not null and not PyNone)
        {
            var f = Py.LookupAttr(stdout, "flush");
            if (f is not null) { Py.Decref(Py.CallNoArgs(f)); Py.Decref(f); }
        }
        var stdin = interp.Sys.Dict.GetItemBorrowed("stdin") ?? throw PyErr.RuntimeError("input(): lost sys.stdin");
        var line = Py.CallMethod(stdin, "readline");
        try
        {
            if (line is not PyStr s) throw PyErr.TypeError("object.readline() returned non-string");
            if (s.Value.Length == 0) throw PyErr.EOFError("EOF when reading a line");
            string v = s.Value.EndsWith('\n') ? s.Value[..^1] : s.Value;
            return PyStr.From(v);
        }
        finally { Py.Decref(line); }
    }
}
