using System.Diagnostics;

namespace Ftpy.Runtime;

/// <summary>
/// Waits of a Python thread that are not on a lock: time.sleep and the like.
/// Invariant: no code outside Runtime/ puts a thread to sleep by any other means, so this
/// is the one place where (a) the thread will detach for the wait once attach/detach
/// exists, and (b) the race tester will replace the wait by a scheduling point (a sleeping
/// thread is one that lets the others run; the deterministic scheduler decides when its
/// time is up). Today it sleeps for real.
/// A sleep can be cut short by <see cref="Interrupt"/> (a signal or an asynchronous
/// exception aimed at the thread); the caller then handles what is pending and, if that
/// raises nothing, sleeps for the remaining time (PEP 475).
/// </summary>
public static class Blocking
{
    /// <summary>What a sleeping thread waits on; <see cref="Interrupted"/> is guarded by the gate's monitor.</summary>
    sealed class Gate
    {
        public bool Interrupted;
    }

    [ThreadStatic] static Gate? t_gate;
    static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ThreadState, Gate> s_gates = new();

    static Gate GateOf(ThreadState ts) => s_gates.GetValue(ts, _ => new Gate());

    /// <summary>
    /// Sleeps until <paramref name="deadline"/> (a <see cref="Stopwatch"/> timestamp) or until
    /// interrupted. Returns true when the deadline passed, false when interrupted first.
    /// </summary>
    public static bool SleepUntil(long deadline)
    {
        var gate = t_gate ??= GateOf(ThreadState.Current);
        lock (gate)
        {
            while (true)
            {
                if (gate.Interrupted)
                {
                    gate.Interrupted = false;
                    return false;
                }
                long remaining = deadline - Stopwatch.GetTimestamp();
                if (remaining <= 0) return true;
                double ms = remaining * 1000.0 / Stopwatch.Frequency;
                // Monitor.Wait takes at most int.MaxValue milliseconds; longer sleeps loop.
                Monitor.Wait(gate, ms >= int.MaxValue ? int.MaxValue : (int)Math.Ceiling(ms));
            }
        }
    }

    /// <summary>Sleeps for <paramref name="duration"/>; returns false if interrupted first.</summary>
    public static bool Sleep(TimeSpan duration) => SleepUntil(DeadlineAfter(duration.TotalSeconds));

    /// <summary>The Stopwatch timestamp <paramref name="seconds"/> from now (saturating).</summary>
    public static long DeadlineAfter(double seconds)
    {
        long now = Stopwatch.GetTimestamp();
        double ticks = Math.Ceiling(seconds * Stopwatch.Frequency);
        if (ticks >= (double)(long.MaxValue - now)) return long.MaxValue;
        return now + (long)ticks;
    }

    /// <summary>Cuts the current or next sleep of <paramref name="ts"/> short.</summary>
    public static void Interrupt(ThreadState ts)
    {
        var gate = GateOf(ts);
        lock (gate)
        {
            gate.Interrupted = true;
            Monitor.PulseAll(gate);
        }
    }
}
