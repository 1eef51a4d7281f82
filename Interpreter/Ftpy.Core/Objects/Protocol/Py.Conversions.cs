using System.Numerics;
using System.Runtime.CompilerServices;
using Ftpy.Runtime;

namespace Ftpy.Objects;

/// <summary>repr/str/ascii and numeric conversions (__index__, __int__, __float__).</summary>
public static partial class Py
{
    /// <summary>repr(o) as a new str reference.</summary>
    public static PyStr Repr(PyObject o)
    {
        var f = o.ob_type.tp_repr ?? throw PyErr.TypeError("object has no repr");
        EnterRecursiveCall(" while getting the repr of an object");
        PyObject r;
        try { r = f(o); }
        finally { LeaveRecursiveCall(); }
        if (r is PyStr s) return s;
        string tn = r.ob_type.Name;
        Decref(r);
        throw PyErr.TypeError($"__repr__ returned non-string (type {tn})");
    }

    public static string ReprString(PyObject o)
    {
        var s = Repr(o);
        string v = s.Value;
        Decref(s);
        return v;
    }

    /// <summary>PyNumber_Check: int, float or complex conversion is possible.</summary>
    public static bool IsNumber(PyObject o)
    {
        var t = o.ob_type;
        return t.nb_index is not null || t.nb_int is not null || t.nb_float is not null || o is PyComplex;
    }

    /// <summary>str(o) as a new str reference.</summary>
    public static PyStr Str(PyObject o)
    {
        if (o is PyStr ps && ps.ob_type == PyStr.Type) return NewRef(ps);
        var f = o.ob_type.tp_str ?? o.ob_type.tp_repr!;
        EnterRecursiveCall(" while getting the str of an object");
        PyObject r;
        try { r = f(o); }
        finally { LeaveRecursiveCall(); }
        if (r is PyStr s) return s;
        string tn = r.ob_type.Name;
        Decref(r);
        throw PyErr.TypeError($"__str__ returned non-string (type {tn})");
    }

    public static string StrString(PyObject o)
    {
        if (o is PyStr ps) return ps.Value;
        var s = Str(o);
        string v = s.Value;
        Decref(s);
        return v;
    }

    /// <summary>ascii(o): repr with non-ASCII escaped.</summary>
    public static PyStr Ascii(PyObject o)
    {
        var r = Repr(o);
        var v = r.Value;
        bool ascii = true;
        foreach (char c in v) if (c > 127) { ascii = false; break; }
        if (ascii) return r;
        Decref(r);
        return PyStr.From(AsciiEscape.Escape(v));
    }

    /// <summary>operator.index(o): the int an object stands for (__index__), a new reference.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyInt Index(PyObject o)
    {
        if (o is PyInt i && (o.ob_type == PyInt.Type || o.ob_type == PyBool.Type)) return NewRef(i);
        return IndexSlow(o);
    }

    static PyInt IndexSlow(PyObject o)
    {
        if (o is PyInt i) return PyInt.From(i.Value);
        var f = o.ob_type.nb_index ?? throw PyErr.TypeError($"'{o.ob_type.Name}' object cannot be interpreted as an integer");
        var r = f(o);
        if (r is PyInt ri)
        {
            if (r.ob_type == PyInt.Type) return ri;
            var exact = PyInt.From(ri.Value);
            Decref(r);
            return exact;
        }
        string tn = r.ob_type.Name;
        Decref(r);
        throw PyErr.TypeError($"__index__ returned non-int (type {tn})");
    }

    /// <summary>The index value of <paramref name="o"/> as a long; values out of range raise
    /// <paramref name="overflow"/> (OverflowError or IndexError) like PyNumber_AsSsize_t, or clamp when it is null.</summary>
    public static long AsSsize(PyObject o, PyType? overflow)
    {
        if (o is PyInt i && !i.IsBig) return i.Small;
        var idx = Index(o);
        try
        {
            if (!idx.IsBig) return idx.Small;
            if (overflow is null) return idx.Big.Sign < 0 ? long.MinValue : long.MaxValue;
            throw new PyException(overflow, $"cannot fit '{o.ob_type.Name}' into an index-sized integer");
        }
        finally { Decref(idx); }
    }

    /// <summary>An int argument as a C# int, with CPython's messages.</summary>
    public static int AsInt(PyObject o)
    {
        long v = AsLong(o);
        if (v < int.MinValue || v > int.MaxValue) throw PyErr.OverflowError("Python int too large to convert to C int");
        return (int)v;
    }

    /// <summary>An int argument as a long (PyLong_AsLong, using __index__).</summary>
    public static long AsLong(PyObject o)
    {
        if (o is PyInt i && !i.IsBig) return i.Small;
        var idx = Index(o);
        try
        {
            if (idx.IsBig) throw PyErr.OverflowError("Python int too large to convert to C long");
            return idx.Small;
        }
        finally { Decref(idx); }
    }

    public static BigInteger AsBigInteger(PyObject o)
    {
        if (o is PyInt i) return i.Value;
        var idx = Index(o);
        try { return idx.Value; }
        finally { Decref(idx); }
    }

    /// <summary>float(o) as a double (PyFloat_AsDouble): __float__, then __index__.</summary>
    public static double AsDouble(PyObject o)
    {
        if (o is PyFloat f) return f.Value;
        // A heap subclass of int may override __float__, which PyFloat_AsDouble calls.
        if (o is PyInt i && !o.ob_type.IsHeapType) return i.IsBig ? PyInt.ToDouble(i.Big) : i.Small;
        var t = o.ob_type;
        if (t.nb_float is { } ff)
        {
            var r = ff(o);
            try
            {
                if (r is PyFloat rf) return rf.Value;
                throw PyErr.TypeError($"{t.Name}.__float__ returned non-float (type {r.ob_type.Name})");
            }
            finally { Decref(r); }
        }
        if (t.nb_index is not null)
        {
            var idx = Index(o);
            try { return idx.IsBig ? PyInt.ToDouble(idx.Big) : idx.Small; }
            finally { Decref(idx); }
        }
        throw PyErr.TypeError($"must be real number, not {t.Name}");
    }
}
