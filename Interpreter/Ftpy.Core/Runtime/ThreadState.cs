using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Ftpy.Objects;

namespace Ftpy.Runtime;

/// <summary>Thread states (PEP 703): ATTACHED threads may touch Python objects; DETACHED ones
/// are in a blocking call; SUSPENDED ones are parked by a stop-the-world.</summary>
public enum ThreadStatus { Detached, Attached, Suspended }

/// <summary>Bits of the per-thread eval breaker, checked at backward jumps, calls and resumes.</summary>
public static class EvalBreakerBits
{
    public const int PleaseStop = 1;
    public const int ExplicitMerge = 2;
    public const int GcScheduled = 4;
    public const int PendingCalls = 8;
    public const int AsyncException = 16;
    public const int GilDropRequest = 32;
}

/// <summary>
/// Per-thread interpreter state (CPython's PyThreadState / Lua's lua_State). One exists for
/// every OS thread that touches Python objects, created on first use.
/// Invariant: <see cref="Id"/> is never 0 and never reused while objects it owns exist
/// (ids come from a global counter), so "ob_tid == current id" identifies the owner.
/// </summary>
public sealed class ThreadState
{
    [ThreadStatic] static ThreadState? t_current;
    [ThreadStatic] static nint t_id;
    static long s_nextId;
    static readonly ConcurrentDictionary<nint, ThreadState> s_byId = new();

    /// <summary>Totals of threads that have exited, so live-object counts stay exact.</summary>
    static long s_exitedAllocations, s_exitedDeallocations, s_exitedImmortalized;

    public readonly nint Id;
    public readonly Thread Thread;
    public bool IsAlive = true;
    public ThreadStatus Status = ThreadStatus.Detached;
    public InterpreterState? Interp;

    /// <summary>Eval breaker word; any set bit sends the eval loop to <see cref="EvalBreaker"/>.</summary>
    public int EvalBreakerWord;

    // Object accounting: live objects = allocations - deallocations - immortalized, over all threads.
    public long Allocations;
    public long Deallocations;

    /// <summary>Freed exact floats kept for reuse (CPython's per-thread float freelist). Entries
    /// are poisoned like any freed object until <see cref="PyFloat.From"/> revives one.</summary>
    internal readonly PyFloat?[] FloatFreeList = new PyFloat?[FloatFreeListSize];
    internal int FloatFreeCount;
    internal const int FloatFreeListSize = 100;

    /// <summary>Finished frames kept for reuse by Python-to-Python calls (see Frame.ForCall).</summary>
    internal readonly Execution.Frame?[] FramePool = new Execution.Frame?[64];
    internal int FramePoolCount;
    /// <summary>Objects allocated mortal and then made immortal (they can no longer die).</summary>
    public long Immortalized;

    /// <summary>Tracked allocations minus deallocations not yet added to the collector's young
    /// count (CPython's per-thread alloc_count, flushed every 512).</summary>
    internal int GcAllocCount;

    // Deallocation trashcan.
    internal int DeallocDepth;
    internal readonly Stack<PyObject> TrashcanPending = new();

    /// <summary>Objects other threads queued to this owner for refcount merging.</summary>
    internal readonly ConcurrentQueue<PyObject> BrcQueue = new();

    /// <summary>This thread's GC-tracked objects (the stand-in for its mimalloc heap).</summary>
    internal readonly GcRegistry Registry = new();

    // Execution state.
    public Execution.Frame? CurrentFrame;
    public int PyRecursionDepth;
    public int CRecursionDepth;
    /// <summary>The chain of "exception being handled" levels (sys.exception()).</summary>
    public Execution.ExcInfo ExcInfo = new();
    /// <summary>The value of the StopIteration that ended the last exhausted iterator (for yield from), owned.</summary>
    public PyObject? StopIterationValue;
    /// <summary>Python recursion limit (sys.setrecursionlimit).</summary>
    public int RecursionLimit = Limits.DefaultRecursionLimit;

    ThreadState()
    {
        Id = (nint)Interlocked.Increment(ref s_nextId);
        Thread = Thread.CurrentThread;
        s_byId[Id] = this;
    }

    public static ThreadState Current
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => t_current ?? CreateForThisThread();
    }

    public static nint CurrentId
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            nint id = t_id;
            return id != 0 ? id : CreateForThisThread().Id;
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static ThreadState CreateForThisThread()
    {
        var ts = new ThreadState();
        t_current = ts;
        t_id = ts.Id;
        return ts;
    }

    public static ThreadState? FindById(nint id) => s_byId.TryGetValue(id, out var ts) ? ts : null;

    public static IEnumerable<ThreadState> All => s_byId.Values;

    /// <summary>Objects allocated and not yet freed, over every thread (the refleak hunter's
    /// measure); objects made immortal after allocation are not counted (they cannot leak a
    /// reference, and can never be freed).</summary>
    public static long LiveObjects
    {
        get
        {
            long live = Interlocked.Read(ref s_exitedAllocations) - Interlocked.Read(ref s_exitedDeallocations)
                - Interlocked.Read(ref s_exitedImmortalized);
            foreach (var ts in s_byId.Values)
                live += Volatile.Read(ref ts.Allocations) - Volatile.Read(ref ts.Deallocations) - Volatile.Read(ref ts.Immortalized);
            return live;
        }
    }

    /// <summary>Records the value of a StopIteration that signalled exhaustion (and drops the exception).</summary>
    public void SetStopIterationValue(PyException e)
    {
        var v = e.Value is PyStopIteration si ? si.Value : PyNone.Instance;
        Py.Incref(v);
        var old = StopIterationValue;
        StopIterationValue = v;
        if (old is not null) Py.Decref(old);
        e.Release();
    }

    /// <summary>Takes the value left by the last exhausted iterator (None when there was none).</summary>
    public PyObject TakeStopIterationValue()
    {
        var v = StopIterationValue ?? PyNone.Instance;
        StopIterationValue = null;
        return v;
    }

    public void RequestEvalBreak(int bits) => Interlocked.Or(ref EvalBreakerWord, bits);

    /// <summary>Called when the thread will run no more Python code: queued merges are done,
    /// tracked objects move to the interpreter's orphan registry, and its counts are kept.</summary>
    public void Exit()
    {
        BiasedRefCount.MergeQueued(this);
        IsAlive = false;
        Interlocked.Add(ref s_exitedAllocations, Allocations);
        Interlocked.Add(ref s_exitedDeallocations, Deallocations);
        Interlocked.Add(ref s_exitedImmortalized, Immortalized);
        Allocations = Deallocations = Immortalized = 0;
        s_byId.TryRemove(Id, out _);
        GcRegistry.Abandon(Registry);
        t_current = null;
        t_id = 0;
    }
}
