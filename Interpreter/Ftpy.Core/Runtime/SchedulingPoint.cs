using System.Runtime.CompilerServices;

namespace Ftpy.Runtime;

/// <summary>The events at which another thread's action could matter.</summary>
public enum SyncOp : byte
{
    MutexAcquire, MutexRelease, Park, Unpark,
    CriticalSectionBegin, CriticalSectionEnd,
    AtomicLoad, AtomicStore, AtomicCompareExchange,
    RefcountShared, QsbrPoll, EvalBreakerCheck, StopTheWorld,
    ThreadStart, ThreadExit, BytecodeBoundary, SpecializerWrite,
}

/// <summary>
/// The one seam between the interpreter and the race tester. Every place where another
/// thread's action could matter calls <see cref="Here"/>. In a normal run
/// <see cref="Enabled"/> is false, a static readonly the JIT folds away, so the call costs
/// nothing; under the race tester the hook hands control to the deterministic scheduler.
/// Invariant: <see cref="Enabled"/> and <see cref="Hook"/> are fixed before the first
/// interpreter thread starts.
/// </summary>
public static class SchedulingPoint
{
    public static readonly bool Enabled = AppContext.TryGetSwitch("Ftpy.SchedulingPoints", out bool on) && on;

    public static Action<SyncOp, object?>? Hook;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Here(SyncOp op, object? target)
    {
        if (Enabled) Hook?.Invoke(op, target);
    }
}
