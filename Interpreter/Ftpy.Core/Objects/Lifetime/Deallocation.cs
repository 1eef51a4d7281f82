using Ftpy.Runtime;

namespace Ftpy.Objects;

/// <summary>
/// What dying means (tp_dealloc): the finalizer runs at most once (PEP 442) and may resurrect;
/// weak references are cleared and their callbacks run; the object leaves the GC registry;
/// its owned references are released; and it is poisoned so that any later use is a fatal
/// error naming its type. Nested deaths beyond <see cref="TrashcanDepth"/> are deferred to a
/// per-thread list (CPython's trashcan) so freeing a long chain never overflows the stack.
/// </summary>
public static class Deallocation
{
    const int TrashcanDepth = 50;

    public static void Dealloc(PyObject o)
    {
        var ts = ThreadState.Current;
        // Leaf objects (exact int, float, str) own no references, have no finalizer, weakrefs or
        // GC tracking: dying is only poisoning. Freed floats go to the thread's free list.
        var type = o.ob_type;
        if (ReferenceEquals(type, PyFloat.Type) || ReferenceEquals(type, PyInt.Type) || ReferenceEquals(type, PyStr.Type))
        {
            if (o.ob_tid == PyObject.FreedTid) BiasedRefCount.UseAfterFree(o);
            Poison(o, ts);
            if (ReferenceEquals(type, PyFloat.Type) && ts.FloatFreeCount < ThreadState.FloatFreeListSize)
                ts.FloatFreeList[ts.FloatFreeCount++] = (PyFloat)o;
            return;
        }
        if (ts.DeallocDepth >= TrashcanDepth)
        {
            ts.TrashcanPending.Push(o);
            return;
        }
        ts.DeallocDepth++;
        try
        {
            DeallocOne(o, ts);
        }
        finally
        {
            ts.DeallocDepth--;
        }
        if (ts.DeallocDepth == 0)
        {
            while (ts.TrashcanPending.TryPop(out var next)) Dealloc(next);
        }
    }

    static void DeallocOne(PyObject o, ThreadState ts)
    {
        if (o.ob_tid == PyObject.FreedTid) BiasedRefCount.UseAfterFree(o);
        var type = o.ob_type;
        if (type.tp_finalize is not null && (o.ob_gc_bits & GcBits.Finalized) == 0)
        {
            if (!RunFinalizer(o, type, ts)) return;
        }
        if (o.ob_weakrefs is not null) WeakrefList.ClearAndCallback(o);
        if (o.ob_gc_index != 0)
        {
            GcRegistry.UntrackDying(o, ts);
            GcState.RecordDeallocation(ts);
        }
        o.ReleaseReferences();
        var finalType = o.ob_type;
        if (finalType.IsHeapType)
        {
            HeapExtras.Release(o);
            Poison(o, ts);
            Py.Decref(finalType);
            return;
        }
        Poison(o, ts);
    }

    /// <summary>Runs __del__ on a temporarily resurrected object (PyObject_CallFinalizerFromDealloc);
    /// returns false when the finalizer resurrected it. The finalized mark is set afterwards, as
    /// CPython's PyObject_CallFinalizer does.</summary>
    static bool RunFinalizer(PyObject o, PyType type, ThreadState ts)
    {
        o.ob_tid = ts.Id;
        o.ob_ref_local = 1;
        Volatile.Write(ref o.ob_ref_shared, 0);
        try
        {
            type.tp_finalize!(o);
        }
        catch (PyException e)
        {
            Unraisable.Write(e, "Exception ignored in: ", UnraisableTarget(o));
        }
        o.ob_gc_bits |= GcBits.Finalized;
        if (o.ob_tid == ts.Id && o.ob_ref_local == 1 && Volatile.Read(ref o.ob_ref_shared) == 0)
        {
            o.ob_ref_local = 0;
            return true;
        }
        // Resurrected: drop the finalizer's own reference; death comes later, without __del__.
        Py.Decref(o);
        return false;
    }

    /// <summary>What "Exception ignored in:" names when a finalizer fails: the __del__ a class
    /// defined in Python (slot_tp_finalize), else the object itself (builtin finalizers such as a
    /// generator's).</summary>
    internal static PyObject UnraisableTarget(PyObject o)
    {
        var type = o.ob_type;
        if (type.IsHeapType && type.Lookup("__del__") is { } del && del is not PyWrapperDescr) return del;
        return o;
    }

    static void Poison(PyObject o, ThreadState ts)
    {
        o.ob_type = o.ob_type.Poisoned;
        o.ob_tid = PyObject.FreedTid;
        o.ob_ref_local = 0;
        ts.Deallocations++;
        if (ObjectCensus.Enabled) ObjectCensus.Freed(o);
    }
}
