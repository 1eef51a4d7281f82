using Ftpy.Objects;
using Ftpy.Runtime;

namespace Ftpy.Execution;

/// <summary>What a thread does when its eval breaker is set (_Py_HandlePending): merge refcounts
/// other threads queued to it, run a scheduled collection, and (with threads) stop for a
/// stop-the-world or drop the GIL.</summary>
public static class EvalBreaker
{
    public static void Handle(ThreadState ts)
    {
        SchedulingPoint.Here(SyncOp.EvalBreakerCheck, ts);
        int bits = Interlocked.Exchange(ref ts.EvalBreakerWord, 0);
        if ((bits & EvalBreakerBits.ExplicitMerge) != 0) BiasedRefCount.MergeQueued(ts);
        if ((bits & EvalBreakerBits.GcScheduled) != 0) ts.Interp?.Gc.CollectScheduled();
        foreach (var hook in s_hooks) hook(ts, bits);
    }

    static readonly List<Action<ThreadState, int>> s_hooks = new();

    /// <summary>Lets runtime subsystems (stop-the-world, GIL, pending calls) react to their bits.</summary>
    public static void AddHook(Action<ThreadState, int> hook)
    {
        lock (s_hooks) s_hooks.Add(hook);
    }
}
