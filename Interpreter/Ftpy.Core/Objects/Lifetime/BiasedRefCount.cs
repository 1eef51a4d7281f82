using Ftpy.Runtime;

namespace Ftpy.Objects;

/// <summary>
/// The shared-field half of biased reference counting (PEP 703).
/// Invariants: a non-owner thread never writes ob_ref_local; when a non-owner would take the
/// shared count below zero on an unmerged object, the object is marked Queued and handed to
/// its owner, who merges the two counts at its next eval-breaker check (or the queuing thread
/// merges at once when the owner has exited). An object is deallocated exactly once: when the
/// merged count reaches zero.
/// </summary>
static class BiasedRefCount
{
    internal static void IncrefShared(PyObject o)
    {
        if (o.ob_tid == PyObject.FreedTid) UseAfterFree(o);
        SchedulingPoint.Here(SyncOp.RefcountShared, o);
        Interlocked.Add(ref o.ob_ref_shared, 1L << RefState.Shift);
    }

    internal static void DecrefShared(PyObject o)
    {
        if (o.ob_tid == PyObject.FreedTid) UseAfterFree(o);
        SchedulingPoint.Here(SyncOp.RefcountShared, o);
        long shared = Volatile.Read(ref o.ob_ref_shared);
        long updated;
        bool queue;
        while (true)
        {
            queue = shared == RefState.Default || shared == RefState.MaybeWeakref;
            // A queued object keeps the reference the queue holds, so nothing is subtracted.
            updated = queue ? RefState.Queued : shared - (1L << RefState.Shift);
            long seen = Interlocked.CompareExchange(ref o.ob_ref_shared, updated, shared);
            if (seen == shared) break;
            shared = seen;
        }
        if (queue) QueueToOwner(o);
        else if (updated == RefState.Merged) Deallocation.Dealloc(o);
    }

    /// <summary>The owner's local count reached zero: merge into the shared field (_Py_MergeZeroLocalRefcount).</summary>
    internal static void MergeZeroLocal(PyObject o)
    {
        long shared = Volatile.Read(ref o.ob_ref_shared);
        if (shared == 0)
        {
            Deallocation.Dealloc(o);
            return;
        }
        o.ob_tid = 0;
        while (true)
        {
            long merged = shared | RefState.Merged;
            long seen = Interlocked.CompareExchange(ref o.ob_ref_shared, merged, shared);
            if (seen == shared)
            {
                if (merged == RefState.Merged) Deallocation.Dealloc(o);
                return;
            }
            shared = seen;
        }
    }

    /// <summary>Merges an object's local count into its shared count (_Py_ExplicitMergeRefcount),
    /// adding <paramref name="extra"/>; returns the merged count.</summary>
    internal static long ExplicitMerge(PyObject o, long extra)
    {
        long shared = Volatile.Read(ref o.ob_ref_shared);
        while (true)
        {
            long count = (shared >> RefState.Shift) + o.ob_ref_local + extra;
            long merged = (count << RefState.Shift) | RefState.Merged;
            long seen = Interlocked.CompareExchange(ref o.ob_ref_shared, merged, shared);
            if (seen == shared)
            {
                o.ob_tid = 0;
                o.ob_ref_local = 0;
                return count;
            }
            shared = seen;
        }
    }

    static void QueueToOwner(PyObject o)
    {
        var owner = ThreadState.FindById(o.ob_tid);
        if (owner is null || !owner.IsAlive)
        {
            // The owner has exited: merge here, dropping the queue's reference.
            if (ExplicitMerge(o, -1) == 0) Deallocation.Dealloc(o);
            return;
        }
        owner.BrcQueue.Enqueue(o);
        owner.RequestEvalBreak(EvalBreakerBits.ExplicitMerge);
    }

    /// <summary>Run by the owner at an eval-breaker check: merges every object other threads queued.</summary>
    internal static void MergeQueued(ThreadState ts)
    {
        while (ts.BrcQueue.TryDequeue(out var o))
        {
            if (ExplicitMerge(o, -1) == 0) Deallocation.Dealloc(o);
        }
    }

    internal static void UseAfterFree(PyObject o) =>
        throw new FatalError($"use after free of '{o.ob_type.Name}' object");
}
