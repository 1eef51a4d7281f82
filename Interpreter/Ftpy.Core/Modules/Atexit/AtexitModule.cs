using Ftpy.Objects;
using Ftpy.Runtime;

namespace Ftpy.Modules;

/// <summary>The atexit module (Modules/atexitmodule.c). Callbacks live in
/// <see cref="InterpreterState.AtExit"/>, which owns a reference to each function, argument
/// tuple and keyword dict; they run last-registered first at interpreter shutdown.</summary>
public static class AtexitModule
{
    public static PyModule Create(InterpreterState interp)
    {
        var m = new PyModule("atexit");
        m.Dict.SetItem("__doc__", PyStr.From("allow programmer to define multiple exit functions to be executed\nupon normal program termination.\n\nTwo public functions, register and unregister, are defined.\n"));
        m.AddFunction("register", (PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames) =>
        {
            int nkw = kwnames?.Count ?? 0;
            int npos = args.Length - nkw;
            if (npos < 1) throw PyErr.TypeError($"register() takes at least 1 argument ({npos} given)");
            var func = args[0];
            if (func.ob_type.tp_call is null) throw PyErr.TypeError("the first argument must be callable");
            var callArgs = PyTuple.Create(args[1..npos]);
            PyDict? kwargs = null;
            if (nkw > 0)
            {
                kwargs = new PyDict();
                for (int i = 0; i < nkw; i++) kwargs.SetItem(kwnames!.Items[i], args[npos + i]);
            }
            Current.AtExit.Add((Py.NewRef(func), callArgs, kwargs));
            return Py.NewRef(func);
        });
        m.AddFunction("unregister", (PyObject self, PyObject func) =>
        {
            var list = Current.AtExit;
            for (int i = 0; i < list.Count; i++)
            {
                var entry = list[i];
                if (!Py.RichCompareBool(entry.func, func, CompareOp.Eq)) continue;
                list.RemoveAt(i--);
                Release(entry);
            }
            return PyNone.Instance;
        });
        m.AddFunction("_run_exitfuncs", (PyObject self) => { RunExitFuncs(Current); return PyNone.Instance; });
        m.AddFunction("_clear", (PyObject self) =>
        {
            var list = Current.AtExit;
            var entries = list.ToArray();
            list.Clear();
            foreach (var e in entries) Release(e);
            return PyNone.Instance;
        });
        m.AddFunction("_ncallbacks", (PyObject self) => PyInt.From(Current.AtExit.Count));
        return m;
    }

    static InterpreterState Current => ThreadState.Current.Interp!;

    /// <summary>Calls every registered callback, last registered first, and forgets them; errors
    /// (SystemExit included) are reported as unraisable and do not stop the others.</summary>
    public static void RunExitFuncs(InterpreterState interp)
    {
        var list = interp.AtExit;
        while (list.Count > 0)
        {
            var entry = list[^1];
            list.RemoveAt(list.Count - 1);
            try
            {
                Py.Decref(Py.CallTupleDict(entry.func, entry.args, entry.kwargs));
            }
            catch (PyException e)
            {
                string repr;
                try { repr = Py.ReprString(entry.func); }
                catch (PyException inner) { inner.Release(); repr = "<object repr() failed>"; }
                Unraisable.Write(e, $"Exception ignored in atexit callback {repr}:", null);
            }
            finally
            {
                Release(entry);
            }
        }
    }

    static void Release((PyObject func, PyTuple args, PyDict? kwargs) entry)
    {
        Py.Decref(entry.func);
        Py.Decref(entry.args);
        Py.XDecref(entry.kwargs);
    }
}
