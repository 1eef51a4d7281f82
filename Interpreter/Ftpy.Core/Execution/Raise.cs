using Ftpy.Objects;
using Ftpy.Runtime;

namespace Ftpy.Execution;

/// <summary>The raise statement and exception chaining (do_raise, _PyErr_SetObject's context logic).</summary>
static class Raise
{
    /// <summary>Builds the exception for <c>raise exc [from cause]</c>; consumes both references.</summary>
    public static PyException Prepare(ThreadState ts, PyObject exc, PyObject? cause)
    {
        PyBaseException value;
        try
        {
            value = Instantiate(exc);
            if (cause is not null)
            {
                if (cause is PyNone)
                {
                    Py.Clear(ref value.Cause);
                }
                else
                {
                    PyBaseException causeValue;
                    try { causeValue = Instantiate(cause, forCause: true); }
                    catch { Py.Decref(value); throw; }
                    Py.XSetRef(ref value.Cause, causeValue);
                }
                value.SuppressContext = true;
            }
        }
        finally
        {
            Py.Decref(exc);
            if (cause is not null) Py.Decref(cause);
        }
        return new PyException(value);
    }

    /// <summary>An exception instance from a raise operand: instances as they are, classes called
    /// with no arguments; anything else is a TypeError.</summary>
    static PyBaseException Instantiate(PyObject o, bool forCause = false)
    {
        if (o is PyType t && t.IsSubtype(ExceptionTypes.BaseException))
        {
            var inst = Py.CallNoArgs(t);
            if (inst is PyBaseException e) return e;
            string tn = inst.ob_type.ShortName;
            Py.Decref(inst);
            throw PyErr.TypeError($"calling {t.ShortName} should have returned an instance of BaseException, not {tn}");
        }
        if (o is PyBaseException be) return Py.NewRef(be);
        throw PyErr.TypeError(forCause ? "exception causes must derive from BaseException" : "exceptions must derive from BaseException");
    }

    /// <summary>Sets __context__ of a newly raised exception to the exception being handled,
    /// breaking any cycle that would create.</summary>
    public static void SetContext(ThreadState ts, PyBaseException exc)
    {
        var handled = ts.ExcInfo.Topmost;
        if (handled is null || ReferenceEquals(handled, exc)) return;
        // Avoid a cycle: if exc is already in handled's context chain, cut it there.
        var o = handled;
        while (o.Context is { } ctx)
        {
            if (ReferenceEquals(ctx, exc))
            {
                o.Context = null;
                Py.Decref(ctx);
                break;
            }
            o = ctx;
        }
        Py.Incref(handled);
        Py.XSetRef(ref exc.Context, handled);
    }

    /// <summary>except clauses accept exception classes or tuples of them.</summary>
    public static void CheckExceptTarget(PyObject type, bool star)
    {
        if (type is PyTuple t)
        {
            foreach (var item in t.Items)
            {
                if (item is not PyType it || !it.IsSubtype(ExceptionTypes.BaseException))
                    throw PyErr.TypeError("catching classes that do not inherit from BaseException is not allowed");
                if (star && it.IsSubtype(ExceptionTypes.BaseExceptionGroup))
                    throw PyErr.TypeError("catching ExceptionGroup with except* is not allowed. Use except instead.");
            }
            return;
        }
        if (type is PyType pt && pt.IsSubtype(ExceptionTypes.BaseException))
        {
            if (star && pt.IsSubtype(ExceptionTypes.BaseExceptionGroup))
                throw PyErr.TypeError("catching ExceptionGroup with except* is not allowed. Use except instead.");
            return;
        }
        throw PyErr.TypeError("catching classes that do not inherit from BaseException is not allowed");
    }
}
