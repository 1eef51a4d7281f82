using Ftpy.Objects;
using Ftpy.Runtime;

namespace Ftpy.Modules;

/// <summary>The gc module (Modules/gcmodule.c): the interface to <see cref="GcState"/>.</summary>
public static class GcModule
{
    static GcState Gc => ThreadState.Current.Interp!.Gc;

    static PyObject I(long v) => PyInt.From(v);

    public static PyModule Create(InterpreterState interp)
    {
        var m = new PyModule("gc");
        var d = m.Dict;
        d.SetItem("__doc__", PyStr.From("This module provides access to the garbage collector for reference cycles."));
        d.SetItem("garbage", interp.Gc.Garbage);
        d.SetItem("callbacks", interp.Gc.Callbacks);
        SetInt(d, "DEBUG_STATS", GcState.DebugStats);
        SetInt(d, "DEBUG_COLLECTABLE", GcState.DebugCollectable);
        SetInt(d, "DEBUG_UNCOLLECTABLE", GcState.DebugUncollectable);
        SetInt(d, "DEBUG_SAVEALL", GcState.DebugSaveAll);
        SetInt(d, "DEBUG_LEAK", GcState.DebugLeak);

        m.AddFunction("collect", (PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw) =>
        {
            Span<PyObject?> vals = new PyObject?[1];
            ArgParser.Parse("collect", args, kw, new[] { "generation" }, 0, vals);
            long generation = vals[0] is null ? 2 : Py.AsLong(vals[0]!);
            if (generation < 0 || generation >= GcState.Generations) throw PyErr.ValueError("invalid generation");
            return I(Gc.Collect((int)generation));
        });
        m.AddFunction("enable", (PyObject self) => { Gc.Enabled = true; return PyNone.Instance; });
        m.AddFunction("disable", (PyObject self) => { Gc.Enabled = false; return PyNone.Instance; });
        m.AddFunction("isenabled", (PyObject self) => PyBool.From(Gc.Enabled));
        m.AddFunction("get_debug", (PyObject self) => I(Gc.Debug));
        m.AddFunction("set_debug", (PyObject self, PyObject flags) =>
        {
            Gc.Debug = Py.AsInt(flags);
            return PyNone.Instance;
        });
        m.AddFunction("get_count", (PyObject self) =>
        {
            var (a, b, c) = Gc.GetCount();
            return Triple(a, b, c);
        });
        m.AddFunction("get_threshold", (PyObject self) => Triple(Gc.Thresholds[0], Gc.Thresholds[1], Gc.Thresholds[2]));
        m.AddFunction("set_threshold", (PyObject self, ReadOnlySpan<PyObject> args) =>
        {
            if (args.Length < 1 || args.Length > 3) throw PyErr.TypeError("gc.set_threshold requires 1 to 3 arguments");
            var values = new int[args.Length];
            for (int i = 0; i < args.Length; i++) values[i] = Py.AsInt(args[i]);
            for (int i = 0; i < values.Length; i++) Gc.Thresholds[i] = values[i];
            return PyNone.Instance;
        });
        m.AddFunction("get_stats", (PyObject self) =>
        {
            var list = new PyList();
            foreach (var s in Gc.Stats)
            {
                var entry = new PyDict();
                SetInt(entry, "collections", s.Collections);
                SetInt(entry, "collected", s.Collected);
                SetInt(entry, "uncollectable", s.Uncollectable);
                list.AppendSteal(entry);
            }
            return list;
        });
        m.AddFunction("get_objects", (PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw) =>
        {
            Span<PyObject?> vals = new PyObject?[1];
            ArgParser.Parse("get_objects", args, kw, new[] { "generation" }, 0, vals);
            if (vals[0] is { } g and not PyNone)
            {
                long generation = Py.AsLong(g);
                if (generation >= GcState.Generations)
                    throw PyErr.ValueError($"generation parameter must be less than the number of available generations ({GcState.Generations})");
                if (generation < -1) throw PyErr.ValueError("generation parameter cannot be negative");
            }
            return Gc.GetObjects();
        });
        m.AddFunction("get_referrers", (PyObject self, ReadOnlySpan<PyObject> args) => Gc.GetReferrers(args));
        m.AddFunction("get_referents", (PyObject self, ReadOnlySpan<PyObject> args) => GcState.GetReferents(args));
        m.AddFunction("is_tracked", (PyObject self, PyObject o) => PyBool.From(GcRegistry.IsTracked(o)));
        m.AddFunction("is_finalized", (PyObject self, PyObject o) => PyBool.From((o.ob_gc_bits & GcBits.Finalized) != 0));
        m.AddFunction("freeze", (PyObject self) => { Gc.Freeze(); return PyNone.Instance; });
        m.AddFunction("unfreeze", (PyObject self) => { Gc.Unfreeze(); return PyNone.Instance; });
        m.AddFunction("get_freeze_count", (PyObject self) => I(Gc.FreezeCount()));
        return m;
    }

    static PyObject Triple(long a, long b, long c)
    {
        var ta = I(a); var tb = I(b); var tc = I(c);
        return PyTuple.Steal(new[] { ta, tb, tc });
    }

    static void SetInt(PyDict d, string name, long value)
    {
        var v = I(value);
        d.SetItem(name, v);
        Py.Decref(v);
    }
}
