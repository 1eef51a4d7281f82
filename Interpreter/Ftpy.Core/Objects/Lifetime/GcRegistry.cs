namespace Ftpy.Objects;

/// <summary>
/// A thread's list of GC-tracked objects — the stand-in for CPython's per-thread mimalloc
/// heaps, which the free-threaded collector walks to find every tracked object.
/// Invariants: only the owning thread appends and compacts; untracking from any thread only
/// writes the object's ob_gc_index to 0. An entry is live iff
/// <c>items[i].ob_gc_index == i + 1</c>; dead entries are dropped at compaction.
/// </summary>
public sealed class GcRegistry
{
    PyObject?[] _items = new PyObject?[256];
    int _count;
    /// <summary>An empty array of the same length as <see cref="_items"/> (or null) for <see cref="Reorder"/>.</summary>
    PyObject?[]? _spare;

    static readonly object s_abandonedLock = new();
    static readonly List<GcRegistry> s_abandoned = new();

    public static void Track(PyObject o)
    {
        if (o.ob_gc_index != 0) return;
        var ts = Runtime.ThreadState.Current;
        ts.Registry.Add(o);
        Runtime.GcState.RecordAllocation(ts);
    }

    public static void Untrack(PyObject o) => o.ob_gc_index = 0;

    /// <summary>Untracks an object that is being freed on <paramref name="ts"/>. When the entry
    /// is in this thread's own registry it is also cleared, so the registry does not keep the
    /// dead object's memory reachable for .NET's GC until the next compaction.</summary>
    internal static void UntrackDying(PyObject o, Runtime.ThreadState ts)
    {
        var r = ts.Registry;
        int i = o.ob_gc_index - 1;
        if ((uint)i < (uint)r._count && ReferenceEquals(r._items[i], o)) r._items[i] = null;
        o.ob_gc_index = 0;
    }

    public static bool IsTracked(PyObject o) => o.ob_gc_index != 0;

    void Add(PyObject o)
    {
        if (_count == _items.Length) Compact(grow: true);
        _items[_count] = o;
        o.ob_gc_index = ++_count;
    }

    void Compact(bool grow)
    {
        int live = 0;
        for (int i = 0; i < _count; i++)
        {
            var o = _items[i];
            if (o is not null && o.ob_gc_index == i + 1)
            {
                _items[live] = o;
                o.ob_gc_index = ++live;
            }
        }
        Array.Clear(_items, live, _count - live);
        _count = live;
        if (grow && _count > _items.Length / 2) Array.Resize(ref _items, _items.Length * 2);
    }

    /// <summary>Visits every live tracked object. Callers hold the world stopped (or are the only thread).</summary>
    public void ForEach(Action<PyObject> visit)
    {
        for (int i = 0; i < _count; i++)
        {
            var o = _items[i];
            if (o is not null && o.ob_gc_index == i + 1) visit(o);
        }
    }

    /// <summary>Rewrites the registry so that the objects of <paramref name="order"/> that belong
    /// to it come first, in that order, followed by its other live entries in their current order
    /// (how CPython's collector leaves survivors in the order it found them reachable). Callers
    /// hold the world stopped.</summary>
    public void Reorder(List<PyObject> order)
    {
        // The previous array is kept as the next reorder's target (no allocation per collection).
        var items = _spare is { } spare && spare.Length == _items.Length ? spare : new PyObject?[_items.Length];
        _spare = null;
        int n = 0;
        foreach (var o in order)
        {
            int i = o.ob_gc_index - 1;
            if (i < 0 || i >= _count || !ReferenceEquals(_items[i], o)) continue;
            _items[i] = null;
            items[n++] = o;
        }
        for (int i = 0; i < _count; i++)
        {
            var o = _items[i];
            if (o is not null && o.ob_gc_index == i + 1) items[n++] = o;
        }
        for (int i = 0; i < n; i++) items[i]!.ob_gc_index = i + 1;
        var previous = _items;
        Array.Clear(previous);
        _spare = previous;
        _items = items;
        _count = n;
    }

    public int CountLive()
    {
        int n = 0;
        ForEach(_ => n++);
        return n;
    }

    /// <summary>An exiting thread's registry goes to the abandoned list, still walked by the collector.</summary>
    public static void Abandon(GcRegistry registry)
    {
        lock (s_abandonedLock) s_abandoned.Add(registry);
    }

    /// <summary>Every registry: live threads' and abandoned ones.</summary>
    public static IEnumerable<GcRegistry> All()
    {
        foreach (var ts in Runtime.ThreadState.All) yield return ts.Registry;
        List<GcRegistry> abandoned;
        lock (s_abandonedLock) abandoned = new List<GcRegistry>(s_abandoned);
        foreach (var r in abandoned) yield return r;
    }
}
