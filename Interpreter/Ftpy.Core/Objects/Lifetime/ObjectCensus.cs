namespace Ftpy.Objects;

/// <summary>
/// A debugging aid for refleak hunting: when the environment variable FTPY_OBJECT_CENSUS=1
/// is set at startup, every allocated object is remembered (with an allocation sequence
/// number) until it is deallocated, so a leak check can list exactly which objects a run
/// left behind. Off by default; <see cref="Enabled"/> is a static readonly flag the JIT folds
/// away, so normal runs pay nothing.
/// Invariant: while enabled, an object is in the census iff it was allocated with the
/// counting constructor and has not been deallocated.
/// </summary>
public static class ObjectCensus
{
    public static readonly bool Enabled = Environment.GetEnvironmentVariable("FTPY_OBJECT_CENSUS") == "1";

    static readonly object s_lock = new();
    static readonly Dictionary<PyObject, long> s_live = new(ReferenceEqualityComparer.Instance);
    static long s_sequence;

    internal static void Allocated(PyObject o)
    {
        lock (s_lock) s_live[o] = ++s_sequence;
    }

    internal static void Freed(PyObject o)
    {
        lock (s_lock) s_live.Remove(o);
    }

    /// <summary>The sequence number of the latest allocation; objects allocated later have larger numbers.</summary>
    public static long Mark()
    {
        lock (s_lock) return s_sequence;
    }

    /// <summary>Objects allocated after <paramref name="mark"/> that are still alive, oldest first.</summary>
    public static List<PyObject> LiveSince(long mark) => LiveBetween(mark, long.MaxValue);

    /// <summary>Objects allocated after <paramref name="from"/> and up to <paramref name="to"/>
    /// (two <see cref="Mark"/> results) that are still alive, oldest first.</summary>
    public static List<PyObject> LiveBetween(long from, long to)
    {
        lock (s_lock)
        {
            return s_live.Where(kv => kv.Value > from && kv.Value <= to && !kv.Key.IsImmortal)
                .OrderBy(kv => kv.Value).Select(kv => kv.Key).ToList();
        }
    }
}
