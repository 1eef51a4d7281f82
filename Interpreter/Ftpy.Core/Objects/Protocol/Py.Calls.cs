using System.Runtime.CompilerServices;
using Ftpy.Runtime;

namespace Ftpy.Objects;

/// <summary>Calling objects (vectorcall). Every call from C# into an object goes through
/// <see cref="Call"/>, which guards C# recursion depth.</summary>
public static partial class Py
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject Call(PyObject callable, ReadOnlySpan<PyObject> args, PyTuple? kwnames = null)
    {
        var call = callable.ob_type.tp_call ?? throw NotCallable(callable);
        var ts = ThreadState.Current;
        if (++ts.CRecursionDepth > Limits.CRecursionLimit) RecursionOverflow(ts, " while calling a Python object");
        try
        {
            return call(callable, args, kwnames);
        }
        finally
        {
            ts.CRecursionDepth--;
        }
    }

    public static PyException NotCallable(PyObject o) => PyErr.TypeError($"'{o.ob_type.Name}' object is not callable");

    public static PyObject CallNoArgs(PyObject callable) => Call(callable, ReadOnlySpan<PyObject>.Empty);

    public static PyObject CallOneArg(PyObject callable, PyObject arg) => Call(callable, new ReadOnlySpan<PyObject>(ref arg));

    public static PyObject Call(PyObject callable, PyObject a, PyObject b)
    {
        Span<PyObject> args = [a, b];
        return Call(callable, args);
    }

    public static PyObject Call(PyObject callable, PyObject a, PyObject b, PyObject c)
    {
        Span<PyObject> args = [a, b, c];
        return Call(callable, args);
    }

    /// <summary>callable(*args, **kwargs) with a tuple and an optional dict (PyObject_Call).</summary>
    public static PyObject CallTupleDict(PyObject callable, PyTuple args, PyDict? kwargs)
    {
        if (kwargs is null || kwargs.Count == 0) return Call(callable, args.Items);
        int n = args.Count, k = kwargs.Count;
        var all = new PyObject[n + k];
        Array.Copy(args.Items, all, n);
        var names = new PyObject[k];
        int pos = 0, i = 0;
        while (kwargs.Next(ref pos, out var key, out var value))
        {
            if (key is not PyStr) throw PyErr.TypeError("keywords must be strings");
            names[i] = NewRef(key);
            all[n + i] = value;
            i++;
        }
        var kwnames = PyTuple.Steal(names);
        try
        {
            return Call(callable, all, kwnames);
        }
        finally
        {
            Decref(kwnames);
        }
    }

    /// <summary>o.name(*args): looks the method up and calls it.</summary>
    public static PyObject CallMethod(PyObject o, string name, ReadOnlySpan<PyObject> args)
    {
        var m = GetAttr(o, name);
        try { return Call(m, args); }
        finally { Decref(m); }
    }

    public static PyObject CallMethod(PyObject o, string name) => CallMethod(o, name, ReadOnlySpan<PyObject>.Empty);

    public static PyObject CallMethod(PyObject o, string name, PyObject arg) => CallMethod(o, name, new ReadOnlySpan<PyObject>(ref arg));

    /// <summary>Looks <paramref name="name"/> up on type(o) (not the instance), binds it and calls it —
    /// how the interpreter invokes special methods. Null when type(o) has no such attribute.</summary>
    public static PyObject? CallSpecialMethod(PyObject o, PyStr name, ReadOnlySpan<PyObject> args)
    {
        var descr = o.ob_type.Lookup(name);
        if (descr is null) return null;
        return CallBoundDescriptor(descr, o, args);
    }

    /// <summary>Calls descr bound to self: functions are called with self prepended without making a bound method.</summary>
    internal static PyObject CallBoundDescriptor(PyObject descr, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames = null)
    {
        Incref(descr);
        try
        {
            if (descr.ob_type.HasFlag(TypeFlags.MethodDescriptor))
            {
                int n = args.Length;
                var all = new PyObject[n + 1];
                all[0] = self;
                args.CopyTo(all.AsSpan(1));
                return Call(descr, all, kwnames);
            }
            var get = descr.ob_type.tp_descr_get;
            if (get is null) return Call(descr, args, kwnames);
            var bound = get(descr, self, self.ob_type);
            try { return Call(bound, args, kwnames); }
            finally { Decref(bound); }
        }
        finally
        {
            Decref(descr);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static void RecursionOverflow(ThreadState ts, string where)
    {
        ts.CRecursionDepth--;
        throw PyErr.RecursionError("maximum recursion depth exceeded" + where);
    }

    /// <summary>Runs <paramref name="body"/> one C#-recursion level deeper (Py_EnterRecursiveCall).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void EnterRecursiveCall(string where)
    {
        var ts = ThreadState.Current;
        if (++ts.CRecursionDepth > Limits.CRecursionLimit) RecursionOverflow(ts, where);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void LeaveRecursiveCall() => ThreadState.Current.CRecursionDepth--;
}
