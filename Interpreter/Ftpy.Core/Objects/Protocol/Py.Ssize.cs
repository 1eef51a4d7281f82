using Ftpy.Runtime;

namespace Ftpy.Objects;

public static partial class Py
{
    /// <summary>Argument Clinic's Py_ssize_t converter: __index__, then OverflowError
    /// "Python int too large to convert to C ssize_t" when it does not fit (list.insert, list.pop, ...).</summary>
    public static long AsSsizeT(PyObject o)
    {
        if (o is PyInt i && !i.IsBig) return i.Small;
        var idx = Index(o);
        try
        {
            if (idx.IsBig) throw PyErr.OverflowError("Python int too large to convert to C ssize_t");
            return idx.Small;
        }
        finally { Decref(idx); }
    }

    /// <summary>_PyEval_SliceIndexNotNone: an index-like start/stop argument (list.index, str.find...),
    /// clamped to the long range.</summary>
    public static long SliceIndexNotNone(PyObject o)
    {
        if (o is PyInt i) return i.IsBig ? (i.Big.Sign < 0 ? long.MinValue : long.MaxValue) : i.Small;
        if (o.ob_type.nb_index is null)
            throw PyErr.TypeError("slice indices must be integers or have an __index__ method");
        return AsSsize(o, null);
    }
}
