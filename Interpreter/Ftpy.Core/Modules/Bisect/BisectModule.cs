using Ftpy.Objects;
using Ftpy.Runtime;

namespace Ftpy.Modules;

/// <summary>_bisect: binary search and insertion on sorted sequences, with the optional key.</summary>
public static class BisectModule
{
    static readonly string[] s_names = { "a", "x", "lo", "hi", "key" };

    public static PyModule Create(InterpreterState interp)
    {
        var m = new PyModule("_bisect");
        m.Dict.SetItem("__doc__", PyStr.From("Bisection algorithms.\n\nThis module provides support for maintaining a list in sorted order without\nhaving to sort the list after each insertion. For long lists of items with\nexpensive comparison operations, this can be an improvement over the more\ncommon approach.\n"));
        m.AddFunction(new MethodDef("bisect_right", (PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw) =>
        {
            var (a, x, lo, hi, key) = Bind("bisect_right", args, kw);
            return PyInt.From(Right(a, x, lo, hi, key));
        }, "Return the index where to insert item x in list a, assuming a is sorted."));
        m.AddFunction(new MethodDef("bisect_left", (PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw) =>
        {
            var (a, x, lo, hi, key) = Bind("bisect_left", args, kw);
            return PyInt.From(Left(a, x, lo, hi, key));
        }, "Return the index where to insert item x in list a, assuming a is sorted."));
        m.AddFunction(new MethodDef("insort_right", (PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw) =>
        {
            var (a, x, lo, hi, key) = Bind("insort_right", args, kw);
            Insert(a, x, lo, hi, key, right: true);
            return PyNone.Instance;
        }, "Insert item x in list a, and keep it sorted assuming a is sorted."));
        m.AddFunction(new MethodDef("insort_left", (PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw) =>
        {
            var (a, x, lo, hi, key) = Bind("insort_left", args, kw);
            Insert(a, x, lo, hi, key, right: false);
            return PyNone.Instance;
        }, "Insert item x in list a, and keep it sorted assuming a is sorted."));
        return m;
    }

    static (PyObject a, PyObject x, long lo, long hi, PyObject? key) Bind(string name, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> v = new PyObject?[5];
        ClinicArgs.Parse(name, args, kw, s_names, 2, v, kwOnlyStart: 4);
        long lo = v[2] is null ? 0 : ClinicArgs.AsSsize(v[2]!);
        if (lo < 0) throw PyErr.ValueError("lo must be non-negative");
        long hi = v[3] is null || v[3] is PyNone ? -1 : ClinicArgs.AsSsize(v[3]!);
        var key = v[4] is PyNone ? null : v[4];
        return (v[0]!, v[1]!, lo, hi, key);
    }

    static PyObject ItemAt(PyObject a, long i)
    {
        if (a is PyList l && a.ob_type == PyList.Type && i < l.Count) return Py.NewRef(l[(int)i]);
        if (a.ob_type.sq_item is { } sq) return sq(a, i);
        // Sequences implemented with only a mapping subscript (e.g. range here) are indexed through it.
        if (a.ob_type.mp_subscript is { } mp && a is not PyDict)
        {
            var index = PyInt.From(i);
            try { return mp(a, index); }
            finally { Py.Decref(index); }
        }
        throw PyErr.TypeError($"'{a.ob_type.Name}' object does not support indexing");
    }

    static bool Less(PyObject a, long mid, PyObject x, PyObject? key, bool itemFirst)
    {
        var item = ItemAt(a, mid);
        try
        {
            if (key is not null)
            {
                var k = Py.CallOneArg(key, item);
                Py.Decref(item);
                item = k;
            }
            return itemFirst ? Py.RichCompareBool(item, x, CompareOp.Lt) : Py.RichCompareBool(x, item, CompareOp.Lt);
        }
        finally { Py.Decref(item); }
    }

    static long Right(PyObject a, PyObject x, long lo, long hi, PyObject? key)
    {
        if (hi == -1) hi = Py.Length(a);
        while (lo < hi)
        {
            long mid = (long)(((ulong)lo + (ulong)hi) / 2);
            if (Less(a, mid, x, key, itemFirst: false)) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }

    static long Left(PyObject a, PyObject x, long lo, long hi, PyObject? key)
    {
        if (hi == -1) hi = Py.Length(a);
        while (lo < hi)
        {
            long mid = (long)(((ulong)lo + (ulong)hi) / 2);
            if (Less(a, mid, x, key, itemFirst: true)) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    static void Insert(PyObject a, PyObject x, long lo, long hi, PyObject? key, bool right)
    {
        long index;
        if (key is null) index = right ? Right(a, x, lo, hi, null) : Left(a, x, lo, hi, null);
        else
        {
            var kx = Py.CallOneArg(key, x);
            try { index = right ? Right(a, kx, lo, hi, key) : Left(a, kx, lo, hi, key); }
            finally { Py.Decref(kx); }
        }
        var pos = PyInt.From(index);
        try { Py.Decref(Py.CallMethod(a, "insert", new PyObject[] { pos, x })); }
        finally { Py.Decref(pos); }
    }
}
