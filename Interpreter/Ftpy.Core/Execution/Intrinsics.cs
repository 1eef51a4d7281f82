using Ftpy.Compiling;
using Ftpy.Modules;
using Ftpy.Objects;
using Ftpy.Runtime;

namespace Ftpy.Execution;

/// <summary>CALL_INTRINSIC_1/2 functions.</summary>
static class Intrinsics
{
    public static PyObject Call1(Intrinsic1 which, ThreadState ts, Frame frame, PyObject v)
    {
        switch (which)
        {
            case Intrinsic1.Print:
                return DisplayHook.Call(ts, v);
            case Intrinsic1.ImportStar:
                Import.ImportStar(ts, frame, v);
                return PyNone.Instance;
            case Intrinsic1.StopIterationError:
                return StopIterationError(v);
            case Intrinsic1.UnaryPositive:
                return Py.Positive(v);
            case Intrinsic1.ListToTuple:
                return PyTuple.Create(((PyList)v).AsSpan());
            default:
                throw PyErr.SystemError($"intrinsic {which} is not supported");
        }
    }

    /// <summary>Inside a generator, an escaping StopIteration becomes RuntimeError (PEP 479). Returns the
    /// exception for the RERAISE that follows, so the generator's frame gains no extra traceback entry.</summary>
    static PyObject StopIterationError(PyObject v)
    {
        var exc = (PyBaseException)v;
        if (exc.ob_type.IsSubtype(ExceptionTypes.StopIteration))
        {
            var err = ExceptionTypes.Create(ExceptionTypes.RuntimeError, "generator raised StopIteration");
            err.Cause = (PyBaseException)Py.NewRef(exc);
            err.Context = (PyBaseException)Py.NewRef(exc);
            err.SuppressContext = true;
            return err;
        }
        if (exc.ob_type.IsSubtype(ExceptionTypes.StopAsyncIteration))
        {
            var err = ExceptionTypes.Create(ExceptionTypes.RuntimeError, "async generator raised StopAsyncIteration");
            err.Cause = (PyBaseException)Py.NewRef(exc);
            err.Context = (PyBaseException)Py.NewRef(exc);
            err.SuppressContext = true;
            return err;
        }
        return Py.NewRef(exc);
    }

    public static PyObject Call2(Intrinsic2 which, PyObject a, PyObject b)
    {
        switch (which)
        {
            case Intrinsic2.PrepReraiseStar:
                return ExceptionGroups.PrepReraiseStar(a, (PyList)b);
            default:
                throw PyErr.SystemError($"intrinsic {which} is not supported");
        }
    }
}
