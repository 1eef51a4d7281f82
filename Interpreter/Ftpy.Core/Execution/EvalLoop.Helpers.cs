using Ftpy.Objects;
using Ftpy.Runtime;

namespace Ftpy.Execution;

public static partial class EvalLoop
{
    /// <summary>Stores into a frame's slot array without .NET's covariance and bounds checks (the
    /// array is object[] at runtime, see Frame.NewSlots). The compiler's stack-depth analysis
    /// guarantees <paramref name="i"/> is below the code's frame size.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    static void Put(PyObject?[] slots, int i, PyObject? v)
    {
        System.Diagnostics.Debug.Assert((uint)i < (uint)slots.Length);
        System.Runtime.CompilerServices.Unsafe.Add(ref System.Runtime.InteropServices.MemoryMarshal.GetArrayDataReference(slots), i) = v;
    }

    // CPython sets NameError.name only for NameError itself, so UnboundLocalError.name stays None.
    static PyException UnboundLocal(PyCode code, int index) =>
        new(ExceptionTypes.UnboundLocalError,
            $"cannot access local variable '{code.LocalsPlusNames[index].Value}' where it is not associated with a value");

    static PyException FreeVarError(PyCode code, int index) =>
        ExceptionObjects.NameErrorFor(ExceptionTypes.NameError,
            $"cannot access free variable '{code.LocalsPlusNames[index].Value}' where it is not associated with a value in enclosing scope",
            code.LocalsPlusNames[index]);

    static PyException NameError(PyStr name) =>
        ExceptionObjects.NameErrorFor(ExceptionTypes.NameError, $"name '{name.Value}' is not defined", name);

    /// <summary>LOAD_NAME: locals mapping, then globals, then builtins.</summary>
    static PyObject LoadName(Frame frame, PyStr name)
    {
        var locals = frame.Locals ?? throw PyErr.SystemError($"no locals when loading '{name.Value}'");
        var v = LookupMapping(locals, name);
        if (v is not null) return v;
        return LoadGlobal(frame, name);
    }

    /// <summary>A name from a locals mapping (dict fast path, else __getitem__ with KeyError meaning absent); a new reference or null.</summary>
    static PyObject? LookupMapping(PyObject mapping, PyStr name)
    {
        if (mapping is PyDict d && d.ob_type == PyDict.Type)
        {
            var v = d.GetItemBorrowed(name);
            return v is null ? null : Py.NewRef(v);
        }
        try
        {
            return Py.GetItem(mapping, name);
        }
        catch (PyException e) when (e.Matches(ExceptionTypes.KeyError))
        {
            e.Release();
            return null;
        }
    }

    /// <summary>LOAD_GLOBAL: globals, then builtins; a new reference.</summary>
    static PyObject LoadGlobal(Frame frame, PyStr name)
    {
        var v = frame.Globals.GetItemBorrowed(name) ?? frame.Builtins.GetItemBorrowed(name);
        if (v is null) throw NameError(name);
        Py.Incref(v);
        return v;
    }

    /// <summary>Calls a non-Python-function callable from the eval loop (args borrowed).</summary>
    static PyObject CallObject(PyObject callable, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var call = callable.ob_type.tp_call ?? throw Py.NotCallable(callable);
        return call(callable, args, kwnames);
    }

    static void ListExtend(PyList list, PyObject iterable)
    {
        if (iterable is PyTuple t)
        {
            foreach (var x in t.Items) list.Append(x);
            return;
        }
        if (iterable is PyList l && l.ob_type == PyList.Type)
        {
            var items = l.AsSpan().ToArray();
            foreach (var x in items) list.Append(x);
            return;
        }
        PyObject it;
        try
        {
            it = Py.GetIter(iterable);
        }
        catch (PyException e) when (e.Matches(ExceptionTypes.TypeError) && iterable.ob_type.tp_iter is null && iterable.ob_type.sq_item is null)
        {
            e.Release();
            throw PyErr.TypeError($"Value after * must be an iterable, not {iterable.ob_type.ShortName}");
        }
        try
        {
            while (Py.IterNext(it) is { } x) list.AppendSteal(x);
        }
        finally { Py.Decref(it); }
    }

    static void DictUpdate(PyDict dict, PyObject update)
    {
        if (update is PyDict d && d.ob_type == PyDict.Type) { dict.Update(d); return; }
        if (Py.LookupAttr(update, "keys") is not { } keys)
            throw PyErr.TypeError($"'{update.ob_type.ShortName}' object is not a mapping");
        Py.Decref(keys);
        DictOps.MergeFromMapping(dict, update, overrideExisting: true);
    }

    /// <summary>DICT_MERGE for f(**kw): duplicate keys are an error naming the callable.</summary>
    static void DictMerge(PyDict dict, PyObject update, PyObject? callable)
    {
        if (update is not PyDict)
        {
            var k = Py.LookupAttr(update, "keys");
            if (k is null)
            {
                string fn = callable is null ? "function" : FunctionStr(callable);
                throw PyErr.TypeError($"{fn} argument after ** must be a mapping, not {update.ob_type.ShortName}");
            }
            Py.Decref(k);
        }
        var items = new List<(PyObject, PyObject)>();
        if (update is PyDict d)
        {
            foreach (var kv in d.Items()) items.Add((Py.NewRef(kv.Key), Py.NewRef(kv.Value)));
        }
        else
        {
            var keysResult = Py.CallMethod(update, "keys");
            List<PyObject> keys;
            try { keys = Py.ToList(keysResult); }
            finally { Py.Decref(keysResult); }
            int i = 0;
            try
            {
                for (; i < keys.Count; i++) items.Add((keys[i], Py.GetItem(update, keys[i])));
            }
            catch
            {
                for (int j = i; j < keys.Count; j++) Py.Decref(keys[j]);
                foreach (var (key, value) in items) { Py.Decref(key); Py.Decref(value); }
                throw;
            }
        }
        try
        {
            foreach (var (key, value) in items)
            {
                if (key is not PyStr)
                    throw PyErr.TypeError("keywords must be strings");
                if (dict.ContainsKey(key))
                {
                    string fn = callable is null ? "function" : FunctionStr(callable);
                    throw PyErr.TypeError($"{fn} got multiple values for keyword argument '{((PyStr)key).Value}'");
                }
                dict.SetItem(key, value);
            }
        }
        finally
        {
            foreach (var (key, value) in items) { Py.Decref(key); Py.Decref(value); }
        }
    }

    /// <summary>_PyObject_FunctionStr: "module.qualname()" (no module for builtins), else str(callable).</summary>
    internal static string FunctionStr(PyObject callable)
    {
        var qualname = Py.LookupAttr(callable, "__qualname__");
        if (qualname is null) return Py.StrString(callable);
        try
        {
            var module = Py.LookupAttr(callable, "__module__");
            if (module is not null)
            {
                try
                {
                    if (module is not PyNone && !(module is PyStr ms && ms.Value == "builtins"))
                        return Py.StrString(module) + "." + Py.StrString(qualname) + "()";
                }
                finally { Py.Decref(module); }
            }
            return Py.StrString(qualname) + "()";
        }
        finally { Py.Decref(qualname); }
    }

    /// <summary>CALL_FUNCTION_EX's positional arguments as a tuple (check_args_iterable's message).</summary>
    static PyTuple CallArgsTuple(PyObject callable, PyObject callargs)
    {
        if (callargs is PyTuple t && t.ob_type == PyTuple.Type) return Py.NewRef(t);
        if (callargs.ob_type.tp_iter is null && callargs.ob_type.sq_item is null)
            throw PyErr.TypeError($"{FunctionStr(callable)} argument after * must be an iterable, not {callargs.ob_type.ShortName}");
        var items = Py.ToList(callargs);
        var r = PyTuple.Create(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(items));
        foreach (var x in items) Py.Decref(x);
        return r;
    }

    /// <summary>UNPACK_SEQUENCE: writes the items in reverse so the first ends on top.</summary>
    static void UnpackSequence(PyObject seq, int n, PyObject?[] slots, int sp)
    {
        if (seq is PyTuple t && t.Count == n)
        {
            for (int i = 0; i < n; i++) Put(slots, sp + n - 1 - i, Py.NewRef(t.Items[i]));
            return;
        }
        if (seq is PyList l && l.ob_type == PyList.Type && l.Count == n)
        {
            for (int i = 0; i < n; i++) Put(slots, sp + n - 1 - i, Py.NewRef(l[i]));
            return;
        }
        PyObject it;
        try { it = Py.GetIter(seq); }
        catch (PyException e) when (e.Matches(ExceptionTypes.TypeError) && seq.ob_type.tp_iter is null && seq.ob_type.sq_item is null)
        {
            e.Release();
            throw PyErr.TypeError($"cannot unpack non-iterable {seq.ob_type.ShortName} object");
        }
        var got = new List<PyObject>(n);
        try
        {
            for (int i = 0; i < n; i++)
            {
                var x = Py.IterNext(it);
                if (x is null)
                {
                    var stale = ThreadState.Current.TakeStopIterationValue();
                    Py.Decref(stale);
                    throw PyErr.ValueError($"not enough values to unpack (expected {n}, got {i})");
                }
                got.Add(x);
            }
            var extra = Py.IterNext(it);
            if (extra is not null)
            {
                Py.Decref(extra);
                throw PyErr.ValueError($"too many values to unpack (expected {n})");
            }
        }
        catch
        {
            foreach (var x in got) Py.Decref(x);
            throw;
        }
        finally { Py.Decref(it); }
        for (int i = 0; i < n; i++) Put(slots, sp + n - 1 - i, got[i]);
    }

    static void UnpackEx(PyObject seq, int before, int after, PyObject?[] slots, int sp)
    {
        List<PyObject> items;
        try { items = Py.ToList(seq); }
        catch (PyException e) when (e.Matches(ExceptionTypes.TypeError) && seq.ob_type.tp_iter is null && seq.ob_type.sq_item is null)
        {
            e.Release();
            throw PyErr.TypeError($"cannot unpack non-iterable {seq.ob_type.ShortName} object");
        }
        if (items.Count < before + after)
        {
            foreach (var x in items) Py.Decref(x);
            throw PyErr.ValueError($"not enough values to unpack (expected at least {before + after}, got {items.Count})");
        }
        int total = before + after + 1;
        // Stack order: last item deepest... first item on top.
        int pos = sp + total - 1;
        for (int i = 0; i < before; i++) Put(slots, pos--, items[i]);
        int middleCount = items.Count - before - after;
        var middle = new PyList(middleCount);
        for (int i = 0; i < middleCount; i++) middle.AppendSteal(items[before + i]);
        Put(slots, pos--, middle);
        for (int i = 0; i < after; i++) Put(slots, pos--, items[before + middleCount + i]);
    }

    /// <summary>MAKE_FUNCTION's annotations tuple (name, value, ...) as a dict.</summary>
    static PyDict AnnotationsDict(PyTuple pairs)
    {
        var d = new PyDict();
        for (int i = 0; i + 1 < pairs.Count; i += 2) d.SetItem(pairs.Items[i], pairs.Items[i + 1]);
        Py.Decref(pairs);
        return d;
    }

    static void SetupAnnotations(Frame frame)
    {
        var locals = frame.Locals ?? throw PyErr.SystemError("no locals found when setting up annotations");
        var key = PyStr.Intern("__annotations__");
        if (locals is PyDict d)
        {
            if (!d.ContainsKey(key))
            {
                var ann = new PyDict();
                d.SetItem(key, ann);
                Py.Decref(ann);
            }
            return;
        }
        var existing = LookupMapping(locals, key);
        if (existing is not null) { Py.Decref(existing); return; }
        var a = new PyDict();
        try { Py.SetItem(locals, key, a); }
        finally { Py.Decref(a); }
    }
}

/// <summary>Interned names the eval loop looks up.</summary>
static class WithNames
{
    public static readonly PyStr Enter = PyStr.Intern("__enter__");
    public static readonly PyStr Exit = PyStr.Intern("__exit__");
    public static readonly PyStr BuildClass = PyStr.Intern("__build_class__");
}
