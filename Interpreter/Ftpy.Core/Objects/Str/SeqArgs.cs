using System.Runtime.CompilerServices;
using Ftpy.Runtime;

namespace Ftpy.Objects;

/// <summary>Argument conversions the str, bytes and bytearray methods share, with CPython's
/// messages: slice-style start/end (_PyEval_SliceIndex, ADJUST_INDICES), Py_ssize_t
/// parameters, and str parameters of Argument Clinic functions.</summary>
static class SeqArgs
{
    /// <summary>A start/end argument: None is the default, ints clamp to the long range.</summary>
    public static long SliceIndex(PyObject? o, long defaultValue)
    {
        if (o is null || o is PyNone) return defaultValue;
        if (o is PyInt i) return i.IsBig ? (i.Big.Sign < 0 ? long.MinValue : long.MaxValue) : i.Small;
        if (o.ob_type.nb_index is null)
            throw PyErr.TypeError("slice indices must be integers or None or have an __index__ method");
        return Py.AsSsize(o, null);
    }

    /// <summary>ADJUST_INDICES: end clamped to [0, len], start counted from the end when negative
    /// (start may still exceed end or len).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Adjust(ref long start, ref long end, long length)
    {
        if (end > length) end = length;
        else if (end < 0) { end += length; if (end < 0) end = 0; }
        if (start < 0) { start += length; if (start < 0) start = 0; }
    }

    /// <summary>parse_args_finds: (sub[, start[, end]]) for find, count, index, startswith...</summary>
    public static PyObject FindArgs(string name, ReadOnlySpan<PyObject> a, long length, out long start, out long end)
    {
        if (a.Length < 1) throw PyErr.TypeError($"{name} expected at least 1 argument, got 0");
        if (a.Length > 3) throw PyErr.TypeError($"{name} expected at most 3 arguments, got {a.Length}");
        start = SliceIndex(a.Length > 1 ? a[1] : null, 0);
        end = SliceIndex(a.Length > 2 ? a[2] : null, long.MaxValue);
        Adjust(ref start, ref end, length);
        return a[0];
    }

    /// <summary>(sub[, start[, end]]) checked for count only; start and end unadjusted.</summary>
    public static PyObject RawFindArgs(string name, ReadOnlySpan<PyObject> a, out long start, out long end)
    {
        if (a.Length < 1) throw PyErr.TypeError($"{name} expected at least 1 argument, got 0");
        if (a.Length > 3) throw PyErr.TypeError($"{name} expected at most 3 arguments, got {a.Length}");
        start = SliceIndex(a.Length > 1 ? a[1] : null, 0);
        end = SliceIndex(a.Length > 2 ? a[2] : null, long.MaxValue);
        return a[0];
    }

    /// <summary>A Py_ssize_t parameter: __index__, OverflowError past the C range.</summary>
    public static long Ssize(PyObject o)
    {
        if (o is PyInt i && !i.IsBig) return i.Small;
        if (o.ob_type.nb_index is null) throw PyErr.TypeError($"'{o.ob_type.ShortName}' object cannot be interpreted as an integer");
        var idx = Py.Index(o);
        try
        {
            if (idx.IsBig) throw PyErr.OverflowError("Python int too large to convert to C ssize_t");
            return idx.Small;
        }
        finally { Py.Decref(idx); }
    }

    /// <summary>A str parameter of a clinic function: "f() argument 'name' must be str, not int";
    /// <paramref name="which"/> is "'name'", "1", or null for a function of one argument.</summary>
    public static PyStr Str(PyObject o, string func, string? which)
    {
        if (o is PyStr s) return s;
        throw PyErr.TypeError(which is null
            ? $"{func}() argument must be str, not {o.ob_type.ShortName}"
            : $"{func}() argument {which} must be str, not {o.ob_type.ShortName}");
    }

    /// <summary>A str parameter that must hold no NUL (encoding and errors names).</summary>
    public static string CName(PyObject o, string func, string which)
    {
        var s = Str(o, func, which).Value;
        if (s.Contains('\0')) throw PyErr.ValueError("embedded null character");
        return s;
    }
}
