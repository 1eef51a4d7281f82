using System.Runtime.CompilerServices;
using Ftpy.Runtime;

namespace Ftpy.Objects;

/// <summary>Rich comparison (do_richcompare) and hashing.</summary>
public static partial class Py
{
    static readonly string[] s_opSymbols = { "<", "<=", "==", "!=", ">", ">=" };
    static readonly CompareOp[] s_swapped = { CompareOp.Gt, CompareOp.Ge, CompareOp.Eq, CompareOp.Ne, CompareOp.Lt, CompareOp.Le };

    public static string Symbol(CompareOp op) => s_opSymbols[(int)op];
    public static CompareOp Swapped(CompareOp op) => s_swapped[(int)op];

    /// <summary>a op b, a new reference. Tries the reflected operation first when b's type is a
    /// proper subtype of a's that overrides comparison; == and != fall back to identity.</summary>
    public static PyObject RichCompare(PyObject a, PyObject b, CompareOp op)
    {
        var ts = ThreadState.Current;
        if (++ts.CRecursionDepth > Limits.CRecursionLimit) RecursionOverflow(ts, " in comparison");
        try
        {
            return DoRichCompare(a, b, op);
        }
        finally
        {
            ts.CRecursionDepth--;
        }
    }

    static PyObject DoRichCompare(PyObject a, PyObject b, CompareOp op)
    {
        var ta = a.ob_type;
        var tb = b.ob_type;
        bool checkedReverse = false;
        if (!ReferenceEquals(ta, tb) && tb.IsSubtype(ta) && tb.tp_richcompare is { } fb)
        {
            checkedReverse = true;
            var r = fb(b, a, Swapped(op));
            if (!ReferenceEquals(r, PyNotImplemented.Instance)) return r;
        }
        if (ta.tp_richcompare is { } fa)
        {
            var r = fa(a, b, op);
            if (!ReferenceEquals(r, PyNotImplemented.Instance)) return r;
        }
        if (!checkedReverse && tb.tp_richcompare is { } fb2)
        {
            var r = fb2(b, a, Swapped(op));
            if (!ReferenceEquals(r, PyNotImplemented.Instance)) return r;
        }
        switch (op)
        {
            case CompareOp.Eq: return PyBool.From(ReferenceEquals(a, b));
            case CompareOp.Ne: return PyBool.From(!ReferenceEquals(a, b));
            default:
                throw PyErr.TypeError($"'{Symbol(op)}' not supported between instances of '{ta.ShortName}' and '{tb.ShortName}'");
        }
    }

    /// <summary>Comparison as a bool; identity implies equality for == and != (PyObject_RichCompareBool).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool RichCompareBool(PyObject a, PyObject b, CompareOp op)
    {
        if (ReferenceEquals(a, b))
        {
            if (op == CompareOp.Eq) return true;
            if (op == CompareOp.Ne) return false;
        }
        var r = RichCompare(a, b, op);
        if (r is PyBool pb) return pb.IsTrue;
        try { return IsTrue(r); }
        finally { Decref(r); }
    }

    public static bool Equal(PyObject a, PyObject b) => RichCompareBool(a, b, CompareOp.Eq);

    /// <summary>hash(o): TypeError for unhashable objects.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Hash(PyObject o)
    {
        if (o is PyStr s && s.ob_type == PyStr.Type) return s.Hash;
        var h = o.ob_type.tp_hash ?? throw Unhashable(o);
        return h(o);
    }

    public static PyException Unhashable(PyObject o) => PyErr.TypeError($"unhashable type: '{o.ob_type.Name}'");

    /// <summary>The hash of an object's identity, as object.__hash__ gives (address-like, stable per object).</summary>
    public static long IdentityHash(PyObject o)
    {
        long id = Id(o);
        long h = (long)(((ulong)id >> 4) | ((ulong)id << 60));
        return h == -1 ? -2 : h;
    }

    /// <summary>id(o): a unique, stable number per live object.</summary>
    public static long Id(PyObject o) => ObjectIds.Get(o);
}
