using System.Runtime.CompilerServices;
using Ftpy.Runtime;

namespace Ftpy.Objects;

/// <summary>
/// Reference counting with CPython's conventions: arguments are borrowed, results are new
/// references, containers own what they hold. Biased: the owning thread counts on
/// ob_ref_local with plain writes; every other thread goes through the atomic shared field.
/// </summary>
public static partial class Py
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Incref(PyObject o)
    {
        uint local = o.ob_ref_local;
        if (local == PyObject.Immortal) return;
        if (o.ob_tid == ThreadState.CurrentId) o.ob_ref_local = local + 1;
        else BiasedRefCount.IncrefShared(o);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Decref(PyObject o)
    {
        uint local = o.ob_ref_local;
        if (local == PyObject.Immortal) return;
        if (o.ob_tid == ThreadState.CurrentId)
        {
            local--;
            o.ob_ref_local = local;
            if (local == 0) BiasedRefCount.MergeZeroLocal(o);
        }
        else BiasedRefCount.DecrefShared(o);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void XIncref(PyObject? o) { if (o is not null) Incref(o); }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void XDecref(PyObject? o) { if (o is not null) Decref(o); }

    /// <summary>Returns <paramref name="o"/> with one more reference (Py_NewRef).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T NewRef<T>(T o) where T : PyObject { Incref(o); return o; }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T? XNewRef<T>(T? o) where T : PyObject { if (o is not null) Incref(o); return o; }

    /// <summary>Stores <paramref name="value"/> (a new reference) into <paramref name="slot"/>, releasing the old one (Py_XSETREF).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void XSetRef<T>(ref T? slot, T? value) where T : PyObject
    {
        var old = slot;
        slot = value;
        if (old is not null) Decref(old);
    }

    /// <summary>Stores <paramref name="value"/> (a new reference) into a non-null <paramref name="slot"/>, releasing the old one.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void SetRef<T>(ref T slot, T value) where T : PyObject
    {
        var old = slot;
        slot = value;
        Decref(old);
    }

    /// <summary>Clears <paramref name="slot"/> and releases what it held (Py_CLEAR): the slot is null before the release runs any finalizer.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Clear<T>(ref T? slot) where T : PyObject
    {
        var old = slot;
        if (old is null) return;
        slot = null;
        Decref(old);
    }

    /// <summary>Makes an object immortal: counting stops and it is never freed. It leaves the
    /// live-object accounting (<see cref="ThreadState.LiveObjects"/>), which counts objects that
    /// reference counting can still free.</summary>
    public static void SetImmortal(PyObject o)
    {
        if (o.ob_ref_local == PyObject.Immortal) return;
        ThreadState.Current.Immortalized++;
        if (ObjectCensus.Enabled) ObjectCensus.Freed(o);
        o.ob_ref_local = PyObject.Immortal;
        o.ob_tid = 0;
        Volatile.Write(ref o.ob_ref_shared, 0);
    }

    /// <summary>Deferred reference counting (functions, code, modules, types): a large bias in the
    /// shared count keeps counting from ever freeing the object; only the cycle collector, which
    /// subtracts the bias, decides it is dead.</summary>
    public static void SetDeferredRefcount(PyObject o)
    {
        if (o.IsImmortal || (o.ob_gc_bits & GcBits.Deferred) != 0) return;
        o.ob_gc_bits |= GcBits.Deferred;
        Interlocked.Add(ref o.ob_ref_shared, RefState.DeferredBias << RefState.Shift);
    }
}
