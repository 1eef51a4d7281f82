using Ftpy.Objects;

namespace Ftpy.Runtime;

/// <summary>
/// The cycle collector (CPython's free-threaded gc, Python/gc_free_threading.c): it takes every
/// tracked object from the per-thread registries, computes gc_refs (the reference count minus
/// the references other tracked objects hold, deferred bias excluded), marks everything
/// reachable from an object with gc_refs > 0 and treats the rest as garbage. Garbage is then
/// handled in CPython's order: deferred refcounting is switched off for it, weak references to
/// it are cleared (callbacks run only for weakrefs that are not garbage themselves), finalizers
/// run (PEP 442: each at most once), objects a finalizer resurrected are given back, and the
/// remaining cycles are broken by releasing each object's references (tp_clear).
/// Invariants: it runs with the world stopped (today: on the only attached thread), so no
/// reference count changes underneath it except through the Python code it calls itself
/// (callbacks, finalizers); it never runs recursively; frozen objects are never candidates.
/// Scheduling: tracked allocations are counted per thread and flushed every
/// <see cref="LocalAllocCountThreshold"/>; when the young count passes threshold0 (and, see ShouldCollect, the long-lived total
/// of the objects that survived the last collection) the allocating thread's eval breaker gets
/// <see cref="EvalBreakerBits.GcScheduled"/> and it collects at its next check.
/// </summary>
public sealed class GcState
{
    public const int DebugStats = 1, DebugCollectable = 2, DebugUncollectable = 4, DebugSaveAll = 32;
    public const int DebugLeak = DebugCollectable | DebugUncollectable | DebugSaveAll;
    public const int Generations = 3;
    const int LocalAllocCountThreshold = 512;

    readonly InterpreterState _interp;
    public bool Enabled = true;
    public int Debug;
    public readonly int[] Thresholds = { 2000, 10, 10 };
    /// <summary>Tracked objects allocated minus deallocated since the last collection (young.count).</summary>
    int _youngCount;
    /// <summary>Objects that survived the last collection (long_lived_total).</summary>
    long _longLivedTotal;
    int _collecting;
    public readonly GenerationStats[] Stats = { new(), new(), new() };
    /// <summary>gc.garbage: objects kept because of DEBUG_SAVEALL.</summary>
    public readonly PyList Garbage;
    /// <summary>gc.callbacks: called with ("start"|"stop", info) around each collection.</summary>
    public readonly PyList Callbacks;

    public sealed class GenerationStats
    {
        public long Collections, Collected, Uncollectable;
    }

    public GcState(InterpreterState interp)
    {
        _interp = interp;
        Garbage = new PyList();
        Callbacks = new PyList();
    }

    public bool IsCollecting => Volatile.Read(ref _collecting) != 0;

    // ---- allocation counting and scheduling ----

    /// <summary>A tracked object was allocated on <paramref name="ts"/> (record_allocation).</summary>
    internal static void RecordAllocation(ThreadState ts)
    {
        if (++ts.GcAllocCount < LocalAllocCountThreshold) return;
        ts.Interp?.Gc.FlushAllocations(ts, schedule: true);
    }

    /// <summary>A tracked object was deallocated on <paramref name="ts"/> (record_deallocation).</summary>
    internal static void RecordDeallocation(ThreadState ts)
    {
        if (--ts.GcAllocCount > -LocalAllocCountThreshold) return;
        ts.Interp?.Gc.FlushAllocations(ts, schedule: false);
    }

    void FlushAllocations(ThreadState ts, bool schedule)
    {
        Interlocked.Add(ref _youngCount, ts.GcAllocCount);
        ts.GcAllocCount = 0;
        if (schedule && ShouldCollect() && !IsCollecting) ts.RequestEvalBreak(EvalBreakerBits.GcScheduled);
    }

    /// <summary>gc_should_collect: past threshold0, and (to avoid quadratic behaviour) past a
    /// quarter of the long-lived objects unless threshold1 is 0.
    /// ftpy waits for the young count to pass the long-lived total itself (the tracked heap has
    /// doubled) instead of a quarter of it: every collection visits the whole heap and visits
    /// cost more here than in CPython, so a growing heap is scanned about 2x its final size in
    /// total rather than 5x (measured on the generators benchmark: 18 collections, 0.39 s at a
    /// quarter). Cycles are still found; only their discovery waits longer.</summary>
    bool ShouldCollect()
    {
        int count = Volatile.Read(ref _youngCount);
        int threshold = Thresholds[0];
        if (count <= threshold || threshold == 0 || !Enabled) return false;
        return count > _longLivedTotal || Thresholds[1] == 0;
    }

    /// <summary>gc.get_count(): the young count including this thread's unflushed allocations.</summary>
    public (int, int, int) GetCount()
    {
        var ts = ThreadState.Current;
        Interlocked.Add(ref _youngCount, ts.GcAllocCount);
        ts.GcAllocCount = 0;
        return (Math.Max(0, Volatile.Read(ref _youngCount)), 0, 0);
    }

    /// <summary>Called from the eval breaker when a collection was scheduled.</summary>
    public void CollectScheduled()
    {
        if (!Enabled || IsCollecting || !ShouldCollect()) return;
        Collect(0, fromScheduler: true);
    }

    // ---- the collection ----

    /// <summary>gc.collect(generation): returns the number of unreachable objects found.</summary>
    public long Collect(int generation = 2) => Collect(generation, fromScheduler: false);

    /// <summary>A collection while the interpreter shuts down, after modules left sys.modules
    /// (CPython's _Py_GC_REASON_SHUTDOWN): gc.callbacks are not called.</summary>
    public long CollectAtShutdown() => Collect(2, fromScheduler: false, shutdown: true);

    long Collect(int generation, bool fromScheduler, bool shutdown = false)
    {
        if (Interlocked.CompareExchange(ref _collecting, 1, 0) != 0) return 0;
        var ts = ThreadState.Current;
        var unreachable = new List<PyObject>();
        try
        {
            if (!shutdown) InvokeCallbacks("start", generation, 0, 0);
            if ((Debug & DebugStats) != 0)
                _interp.WriteStderr($"gc: collecting generation {generation}...\n");
            SchedulingPoint.Here(SyncOp.StopTheWorld, this);
            foreach (var t in ThreadState.All) BiasedRefCount.MergeQueued(t);
            long survivors = FindUnreachable(unreachable);
            long found = 0;
            Interlocked.Exchange(ref _youngCount, 0);
            ts.GcAllocCount = 0;
            _longLivedTotal = survivors;
            if (unreachable.Count > 0) found = HandleGarbage(unreachable);
            unreachable.Clear();
            var stats = Stats[generation];
            stats.Collections++;
            stats.Collected += found;
            if ((Debug & DebugStats) != 0)
                _interp.WriteStderr($"gc: done, {found} unreachable, 0 uncollectable.\n");
            if (!shutdown) InvokeCallbacks("stop", generation, found, 0);
            return found;
        }
        finally
        {
            Volatile.Write(ref _collecting, 0);
        }
    }

    /// <summary>Everything the collector does with the objects found unreachable. Returns what
    /// gc.collect() reports: the garbage that was freed (resurrected objects excluded) plus the
    /// weak references freed after their callbacks ran, counting only what CPython's default
    /// build would have seen (see <see cref="FreedByRefcounting"/>).</summary>
    long HandleGarbage(List<PyObject> unreachable)
    {
        MarkFreedByRefcounting(unreachable);
        // The collector holds a reference to each object until it is done with it, and only
        // the collector decides these objects' fate from now on.
        foreach (var o in unreachable)
        {
            DisableDeferredRefcount(o);
            o.ob_gc_bits |= GcBits.Unreachable;
            Py.Incref(o);
        }
        if ((Debug & DebugCollectable) != 0)
            foreach (var o in unreachable)
                if ((o.ob_gc_bits & GcBits.FreedByRefcounting) == 0) _interp.WriteStderr($"gc: collectable <{o.ob_type.ShortName} 0x{Py.Id(o):x}>\n");
        long weakrefsFreed = ClearWeakrefs(unreachable);
        if (RunFinalizers(unreachable)) RemoveResurrected(unreachable);
        long collected = weakrefsFreed;
        foreach (var o in unreachable) if (!o.IsFreed && (o.ob_gc_bits & GcBits.FreedByRefcounting) == 0) collected++;
        if ((Debug & DebugSaveAll) != 0)
        {
            foreach (var o in unreachable) if (!o.IsFreed) Garbage.Append(o);
        }
        else
        {
            foreach (var o in unreachable)
            {
                if (!o.IsFreed) Clear(o);
            }
        }
        foreach (var o in unreachable)
        {
            o.ob_gc_bits &= unchecked((byte)~(GcBits.Unreachable | GcBits.FreedByRefcounting));
            Py.Decref(o);
        }
        return collected;
    }

    /// <summary>The garbage CPython's default build would have freed by reference counting
    /// before any collection, so gc.collect() does not count it there: deferred objects
    /// (functions, classes, modules) that nothing refers to at all, and whatever only they kept
    /// alive; and the __dict__ of an instance, which CPython 3.13 keeps inline in the object.</summary>
    static void MarkFreedByRefcounting(List<PyObject> unreachable)
    {
        int n = unreachable.Count;
        foreach (var o in unreachable) o.ob_gc_bits |= GcBits.Collecting;
        // Reference counts (minus the references garbage holds to garbage) live in ob_tid while
        // nothing but this scan runs, as in FindUnreachable; restored before any Python code.
        if (t_savedTid is null || t_savedTid.Length < n) t_savedTid = new nint[Math.Max(n, 1024) * 5 / 4];
        var savedTid = t_savedTid;
        for (int i = 0; i < n; i++)
        {
            var o = unreachable[i];
            long rc = TrueRefCount(o);
            savedTid[i] = o.ob_tid;
            o.ob_tid = (nint)rc;
        }
        try
        {
            var pending = new Stack<PyObject>();
            foreach (var o in unreachable)
            {
                if (o.ob_tid <= 0 && (o.ob_gc_bits & GcBits.FreedByRefcounting) == 0)
                {
                    o.ob_gc_bits |= GcBits.FreedByRefcounting;
                    pending.Push(o);
                }
            }
            Action<PyObject> release = child =>
            {
                if (child is null || (child.ob_gc_bits & GcBits.Collecting) == 0) return;
                child.ob_tid--;
                if (child.ob_tid <= 0 && (child.ob_gc_bits & GcBits.FreedByRefcounting) == 0)
                {
                    child.ob_gc_bits |= GcBits.FreedByRefcounting;
                    pending.Push(child);
                }
            };
            while (pending.Count > 0) TraverseObject(pending.Pop(), release);
        }
        finally
        {
            for (int i = 0; i < n; i++) unreachable[i].ob_tid = savedTid[i];
            // An instance's __dict__ held only by its instance (true counts again).
            foreach (var o in unreachable)
            {
                if (o is PyInstance { Dict: { } d } && (d.ob_gc_bits & GcBits.Collecting) != 0 && TrueRefCount(d) == 1)
                    d.ob_gc_bits |= GcBits.FreedByRefcounting;
            }
            foreach (var o in unreachable) o.ob_gc_bits &= unchecked((byte)~GcBits.Collecting);
        }
    }

    /// <summary>_PyObject_DisableDeferredRefcount: garbage dies as soon as its count reaches zero.</summary>
    static void DisableDeferredRefcount(PyObject o)
    {
        if ((o.ob_gc_bits & GcBits.Deferred) == 0) return;
        o.ob_gc_bits &= unchecked((byte)~GcBits.Deferred);
        Interlocked.Add(ref o.ob_ref_shared, -(RefState.DeferredBias << RefState.Shift));
    }

    static long TrueRefCount(PyObject o)
    {
        long rc = o.RefCount;
        if ((o.ob_gc_bits & GcBits.Deferred) != 0) rc -= RefState.DeferredBias;
        return rc;
    }

    /// <summary>tp_traverse as the collector sees it: the object's own references, plus what every
    /// instance of a heap type owns besides its builtin layout (its type, and the __dict__ and
    /// __slots__ values kept beside builtin layouts).</summary>
    internal static void TraverseObject(PyObject o, Action<PyObject> visit)
    {
        o.Traverse(visit);
        if (o.ob_type.IsHeapType && o is not PyInstance)
        {
            visit(o.ob_type);
            HeapExtras.Traverse(o, visit);
        }
    }

    /// <summary>tp_clear as the collector uses it: release every reference the object owns.</summary>
    static void Clear(PyObject o)
    {
        o.ReleaseReferences();
        if (o.ob_type.IsHeapType && o is not PyInstance) HeapExtras.Release(o);
    }

    /// <summary>Every tracked, mortal, live, unfrozen object of every registry, into <paramref name="all"/>.</summary>
    static void Candidates(List<PyObject> all)
    {
        foreach (var r in GcRegistry.All())
            r.ForEach(o =>
            {
                if (!o.IsImmortal && !o.IsFreed && (o.ob_gc_bits & GcBits.Frozen) == 0) all.Add(o);
            });
    }

    /// <summary>The scan's working lists, kept from one collection to the next on the collecting
    /// thread: a heap of N tracked objects would otherwise allocate several N-sized arrays per
    /// collection, each a large-object allocation that can start a full .NET collection.
    /// Emptied (references dropped) at the end of every scan.</summary>
    [ThreadStatic] static List<PyObject>? t_all, t_scan, t_survivors, t_setAside;
    [ThreadStatic] static nint[]? t_savedTid;

    /// <summary>update_refs, subtract_refs and move_unreachable, as CPython does them: the
    /// candidates are scanned in registry order; one with outside references is reachable and
    /// marks what it refers to; one without is set aside as tentatively unreachable, and moved
    /// back to the end of the scan if a reachable object turns out to refer to it. What is left
    /// aside is the garbage (in the order it was set aside). Survivors are then kept in the
    /// order they were found reachable, as CPython's generation lists are, so the next
    /// collection meets objects in the same order CPython would (this decides, for example,
    /// the order of __del__ calls for a module's globals at exit). Returns the survivor count.</summary>
    static long FindUnreachable(List<PyObject> unreachable)
    {
        var all = t_all ??= new List<PyObject>();
        Candidates(all);
        int n = all.Count;
        // update_refs: as the free-threaded CPython collector does, gc_refs live in ob_tid while
        // the world is stopped (no count changes, no Python code until they are restored below);
        // the Collecting bit marks the candidates.
        if (t_savedTid is null || t_savedTid.Length < n) t_savedTid = new nint[Math.Max(n, 1024) * 5 / 4];
        var savedTid = t_savedTid;
        for (int i = 0; i < n; i++)
        {
            var o = all[i];
            long rc = TrueRefCount(o);
            savedTid[i] = o.ob_tid;
            o.ob_tid = (nint)rc;
            o.ob_gc_bits |= GcBits.Collecting;
        }
        try
        {
            // subtract_refs
            Action<PyObject> subtract = child =>
            {
                if (child is not null && (child.ob_gc_bits & GcBits.Collecting) != 0) child.ob_tid--;
            };
            for (int i = 0; i < n; i++) TraverseObject(all[i], subtract);

            // move_unreachable: Unreachable marks the objects set aside so far.
            var scan = t_scan ??= new List<PyObject>();
            scan.AddRange(all);
            var setAsideOrder = t_setAside ??= new List<PyObject>();
            var survivors = t_survivors ??= new List<PyObject>();
            Action<PyObject> visitReachable = child =>
            {
                if (child is null || (child.ob_gc_bits & GcBits.Collecting) == 0) return;
                if ((child.ob_gc_bits & GcBits.Unreachable) != 0)
                {
                    child.ob_gc_bits &= unchecked((byte)~GcBits.Unreachable);
                    child.ob_tid = 1;
                    scan.Add(child);
                }
                else if (child.ob_tid <= 0) child.ob_tid = 1;
            };
            for (int i = 0; i < scan.Count; i++)
            {
                var o = scan[i];
                if (o.ob_tid > 0)
                {
                    survivors.Add(o);
                    TraverseObject(o, visitReachable);
                }
                else if ((o.ob_gc_bits & GcBits.Unreachable) == 0)
                {
                    o.ob_gc_bits |= GcBits.Unreachable;
                    setAsideOrder.Add(o);
                }
            }
            foreach (var o in setAsideOrder)
            {
                if ((o.ob_gc_bits & GcBits.Unreachable) == 0) continue;
                o.ob_gc_bits &= unchecked((byte)~GcBits.Unreachable);
                unreachable.Add(o);
            }
            foreach (var r in GcRegistry.All()) r.Reorder(survivors);
            return survivors.Count;
        }
        finally
        {
            for (int i = 0; i < n; i++)
            {
                var o = all[i];
                o.ob_tid = savedTid[i];
                o.ob_gc_bits &= unchecked((byte)~GcBits.Collecting);
            }
            all.Clear();
            t_scan?.Clear();
            t_setAside?.Clear();
            t_survivors?.Clear();
        }
    }

    /// <summary>handle_weakrefs: weak references to garbage are cleared before any Python code
    /// runs; callbacks are called only for weakrefs that are not garbage themselves. A weakref
    /// that is garbage is cleared too, so its callback can never run.</summary>
    static long ClearWeakrefs(List<PyObject> unreachable)
    {
        var callbacks = new List<PyWeakref>();
        foreach (var o in unreachable)
        {
            if (o is PyWeakref wr) wr.ClearReferent();
            var list = o.ob_weakrefs;
            if (list is null) continue;
            o.ob_weakrefs = null;
            foreach (var w in list.Refs)
            {
                w.Referent = null;
                if (w.Callback is null || (w.ob_gc_bits & GcBits.Unreachable) != 0) continue;
                Py.Incref(w);
                callbacks.Add(w);
            }
        }
        long freed = 0;
        foreach (var w in callbacks)
        {
            WeakrefList.InvokeCallback(w);
            if (w.RefCount == 1) freed++;
            Py.Decref(w);
        }
        return freed;
    }

    /// <summary>finalize_garbage: each finalizer runs once (PEP 442).</summary>
    bool RunFinalizers(List<PyObject> unreachable)
    {
        bool any = false;
        foreach (var o in unreachable.ToArray())
        {
            if (o.IsFreed) continue;
            var fin = o.ob_type.tp_finalize;
            if (fin is null || (o.ob_gc_bits & GcBits.Finalized) != 0) continue;
            o.ob_gc_bits |= GcBits.Finalized;
            any = true;
            try { fin(o); }
            catch (PyException e) { Unraisable.Write(e, "Exception ignored in: ", Deallocation.UnraisableTarget(o)); }
        }
        return any;
    }

    /// <summary>handle_resurrected_objects: after finalizers ran, whatever is referenced from
    /// outside the garbage again (and everything it reaches) lives on.</summary>
    static void RemoveResurrected(List<PyObject> unreachable)
    {
        var refs = new Dictionary<PyObject, long>(ReferenceEqualityComparer.Instance);
        // Each object carries one extra reference: the collector's.
        foreach (var o in unreachable) if (!o.IsFreed) refs[o] = TrueRefCount(o) - 1;
        Action<PyObject> subtract = child =>
        {
            if (child is not null && refs.TryGetValue(child, out long r)) refs[child] = r - 1;
        };
        foreach (var o in refs.Keys.ToArray()) TraverseObject(o, subtract);
        var alive = new HashSet<PyObject>(ReferenceEqualityComparer.Instance);
        var stack = new Stack<PyObject>();
        Action<PyObject> mark = child =>
        {
            if (child is not null && refs.ContainsKey(child) && alive.Add(child)) stack.Push(child);
        };
        foreach (var kv in refs)
        {
            if (kv.Value > 0 && alive.Add(kv.Key)) stack.Push(kv.Key);
            while (stack.Count > 0) TraverseObject(stack.Pop(), mark);
        }
        if (alive.Count == 0) return;
        for (int i = unreachable.Count - 1; i >= 0; i--)
        {
            var o = unreachable[i];
            if (!alive.Contains(o)) continue;
            unreachable.RemoveAt(i);
            o.ob_gc_bits &= unchecked((byte)~GcBits.Unreachable);
            Py.Decref(o);
        }
    }

    void InvokeCallbacks(string phase, int generation, long collected, long uncollectable)
    {
        if (Callbacks.Count == 0) return;
        var info = new PyDict();
        var p = PyStr.From(phase);
        try
        {
            SetInfo(info, "generation", generation);
            SetInfo(info, "collected", collected);
            SetInfo(info, "uncollectable", uncollectable);
            foreach (var cb in Callbacks.AsSpan().ToArray())
            {
                Py.Incref(cb);
                try { Py.Decref(Py.Call(cb, p, info)); }
                catch (PyException e) { Unraisable.Write(e, "Exception ignored in: ", cb); }
                finally { Py.Decref(cb); }
            }
        }
        finally
        {
            Py.Decref(p);
            Py.Decref(info);
        }
    }

    static void SetInfo(PyDict info, string key, long value)
    {
        var v = PyInt.From(value);
        info.SetItem(key, v);
        Py.Decref(v);
    }

    // ---- what the gc module shows ----

    /// <summary>gc.get_objects(): every tracked object (new references, in a new list).</summary>
    public PyList GetObjects()
    {
        var result = new PyList();
        foreach (var r in GcRegistry.All())
            r.ForEach(o => { if (!o.IsFreed && !ReferenceEquals(o, result)) result.Append(o); });
        return result;
    }

    /// <summary>gc.get_referrers(*objs): tracked objects that refer to any of <paramref name="targets"/>.</summary>
    public PyList GetReferrers(ReadOnlySpan<PyObject> targets)
    {
        var set = new HashSet<PyObject>(targets.ToArray(), ReferenceEqualityComparer.Instance);
        var result = new PyList();
        foreach (var r in GcRegistry.All())
        {
            r.ForEach(o =>
            {
                if (o.IsFreed || ReferenceEquals(o, result)) return;
                bool refers = false;
                TraverseObject(o, child => { if (child is not null && set.Contains(child)) refers = true; });
                if (refers) result.Append(o);
            });
        }
        return result;
    }

    /// <summary>gc.get_referents(*objs): what each container among <paramref name="objs"/> refers to.</summary>
    public static PyList GetReferents(ReadOnlySpan<PyObject> objs)
    {
        var result = new PyList();
        foreach (var o in objs)
        {
            if (!o.IsGcContainer && !o.ob_type.IsHeapType) continue;
            TraverseObject(o, child => { if (child is not null) result.Append(child); });
        }
        return result;
    }

    /// <summary>gc.freeze(): every tracked object becomes invisible to collections.</summary>
    public void Freeze()
    {
        foreach (var r in GcRegistry.All()) r.ForEach(o => o.ob_gc_bits |= GcBits.Frozen);
    }

    public void Unfreeze()
    {
        foreach (var r in GcRegistry.All()) r.ForEach(o => o.ob_gc_bits &= unchecked((byte)~GcBits.Frozen));
    }

    public long FreezeCount()
    {
        long n = 0;
        foreach (var r in GcRegistry.All()) r.ForEach(o => { if ((o.ob_gc_bits & GcBits.Frozen) != 0) n++; });
        return n;
    }
}
