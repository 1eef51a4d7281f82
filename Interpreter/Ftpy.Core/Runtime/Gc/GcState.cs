using Ftpy.Objects;

namespace Ftpy.Runtime;

/// <summary>
/// The cycle collector (CPython's free-threaded gc, without generations): computes gc_refs for
/// every tracked object from the per-thread registries, finds what only cycles keep alive,
/// clears weak references, runs finalizers (PEP 442), drops whatever a finalizer resurrected,
/// and breaks the remaining cycles by releasing each object's references (tp_clear).
/// Invariant: it runs with the world stopped (today: on the only thread), so no reference
/// count changes underneath it except through the finalizers it calls itself.
/// </summary>
public sealed class GcState
{
    readonly InterpreterState _interp;
    public bool Enabled = true;
    public int Threshold0 = 2000, Threshold1 = 10, Threshold2 = 10;
    long _allocationsAtLastCollection;
    bool _collecting;
    public long Collections;
    public long Collected;
    public readonly PyList Garbage;
    public readonly PyList Callbacks;

    public GcState(InterpreterState interp)
    {
        _interp = interp;
        Garbage = new PyList();
        Callbacks = new PyList();
    }

    /// <summary>Allocations of tracked objects since the last collection (gc.get_count()[0]).</summary>
    public long PendingCount => Math.Max(0, ThreadState.Current.Allocations - _allocationsAtLastCollection);

    /// <summary>Called from the eval breaker when the allocation threshold was passed.</summary>
    public void CollectScheduled()
    {
        if (!Enabled || _collecting) return;
        Collect(2);
    }

    /// <summary>Schedules a collection when enough objects were allocated (checked cheaply at calls).</summary>
    public void MaybeSchedule(ThreadState ts)
    {
        if (!Enabled || _collecting) return;
        long pending = ts.Allocations - _allocationsAtLastCollection;
        if (pending > Threshold0 * 50L) ts.RequestEvalBreak(EvalBreakerBits.GcScheduled);
    }

    static long TrueRefCount(PyObject o)
    {
        long rc = o.RefCount;
        if ((o.ob_gc_bits & GcBits.Deferred) != 0) rc -= RefState.DeferredBias;
        return rc;
    }

    /// <summary>gc.collect(): returns the number of unreachable objects found.</summary>
    public long Collect(int generation = 2)
    {
        if (_collecting) return 0;
        _collecting = true;
        var ts = ThreadState.Current;
        try
        {
            SchedulingPoint.Here(SyncOp.StopTheWorld, this);
            BiasedRefCount.MergeQueued(ts);
            InvokeCallbacks("start", 0, 0);
            var unreachable = FindUnreachable();
            long found = unreachable.Count;
            if (found > 0)
            {
                foreach (var o in unreachable) Py.Incref(o);
                ClearWeakrefs(unreachable);
                bool finalized = RunFinalizers(unreachable);
                if (finalized) RemoveResurrected(unreachable);
                foreach (var o in unreachable)
                {
                    if (o.IsFreed) continue;
                    o.ob_gc_bits |= GcBits.Unreachable;
                    o.ReleaseReferences();
                }
                foreach (var o in unreachable)
                {
                    o.ob_gc_bits &= unchecked((byte)~GcBits.Unreachable);
                    Py.Decref(o);
                }
            }
            Collections++;
            Collected += found;
            _allocationsAtLastCollection = ts.Allocations;
            InvokeCallbacks("stop", found, 0);
            return found;
        }
        finally
        {
            _collecting = false;
        }
    }

    static List<PyObject> AllTracked()
    {
        var all = new List<PyObject>();
        foreach (var r in GcRegistry.All()) r.ForEach(o => { if (!o.IsImmortal && !o.IsFreed) all.Add(o); });
        return all;
    }

    /// <summary>update_refs / subtract_refs / move_unreachable: objects whose references all come from other tracked objects in cycles.</summary>
    static List<PyObject> FindUnreachable()
    {
        var all = AllTracked();
        var refs = new Dictionary<PyObject, long>(all.Count, ReferenceEqualityComparer.Instance);
        foreach (var o in all) refs[o] = TrueRefCount(o);
        foreach (var o in all)
        {
            o.Traverse(child =>
            {
                if (refs.TryGetValue(child, out long r)) refs[child] = r - 1;
            });
        }
        var reachable = new HashSet<PyObject>(ReferenceEqualityComparer.Instance);
        var stack = new Stack<PyObject>();
        foreach (var o in all)
        {
            if (refs[o] > 0 && reachable.Add(o)) stack.Push(o);
        }
        while (stack.Count > 0)
        {
            var o = stack.Pop();
            o.Traverse(child =>
            {
                if (refs.ContainsKey(child) && reachable.Add(child)) stack.Push(child);
            });
        }
        var unreachable = new List<PyObject>();
        foreach (var o in all) if (!reachable.Contains(o)) unreachable.Add(o);
        return unreachable;
    }

    /// <summary>Weak references to unreachable objects are cleared; callbacks run only for weakrefs that are themselves reachable.</summary>
    static void ClearWeakrefs(List<PyObject> unreachable)
    {
        var set = new HashSet<PyObject>(unreachable, ReferenceEqualityComparer.Instance);
        var callbacks = new List<PyWeakref>();
        foreach (var o in unreachable)
        {
            var list = o.ob_weakrefs;
            if (list is null) continue;
            o.ob_weakrefs = null;
            foreach (var w in list.Refs)
            {
                w.Referent = null;
                if (w.Callback is not null && !set.Contains(w)) callbacks.Add(w);
            }
        }
        foreach (var w in callbacks)
        {
            var cb = w.Callback;
            if (cb is null) continue;
            w.Callback = null;
            Py.Incref(w);
            try { Py.Decref(Py.CallOneArg(cb, w)); }
            catch (PyException e) { Unraisable.Write(e, "Exception ignored while calling weakref callback ", cb); }
            finally { Py.Decref(cb); Py.Decref(w); }
        }
    }

    static bool RunFinalizers(List<PyObject> unreachable)
    {
        bool any = false;
        foreach (var o in unreachable)
        {
            var fin = o.ob_type.tp_finalize;
            if (fin is null || (o.ob_gc_bits & GcBits.Finalized) != 0) continue;
            o.ob_gc_bits |= GcBits.Finalized;
            any = true;
            try { fin(o); }
            catch (PyException e) { Unraisable.Write(e, "Exception ignored in: ", o.ob_type.LookupForUnraisable(o)); }
        }
        return any;
    }

    /// <summary>After finalizers, anything now referenced from outside the unreachable set lives on (with all it reaches).</summary>
    static void RemoveResurrected(List<PyObject> unreachable)
    {
        var refs = new Dictionary<PyObject, long>(ReferenceEqualityComparer.Instance);
        // Each object carries one extra reference taken by the collector.
        foreach (var o in unreachable) if (!o.IsFreed) refs[o] = TrueRefCount(o) - 1;
        foreach (var o in unreachable)
        {
            if (o.IsFreed) continue;
            o.Traverse(child => { if (refs.TryGetValue(child, out long r)) refs[child] = r - 1; });
        }
        var alive = new HashSet<PyObject>(ReferenceEqualityComparer.Instance);
        var stack = new Stack<PyObject>();
        foreach (var kv in refs) if (kv.Value > 0 && alive.Add(kv.Key)) stack.Push(kv.Key);
        while (stack.Count > 0)
        {
            var o = stack.Pop();
            o.Traverse(child => { if (refs.ContainsKey(child) && alive.Add(child)) stack.Push(child); });
        }
        if (alive.Count == 0) return;
        for (int i = unreachable.Count - 1; i >= 0; i--)
        {
            var o = unreachable[i];
            if (!alive.Contains(o)) continue;
            unreachable.RemoveAt(i);
            Py.Decref(o);
        }
    }

    void InvokeCallbacks(string phase, long collected, long uncollectable)
    {
        if (Callbacks.Count == 0) return;
        var info = new PyDict();
        try
        {
            info.SetItem("generation", PyInt.From(2));
            info.SetItem("collected", PyInt.From(collected));
            info.SetItem("uncollectable", PyInt.From(uncollectable));
            var p = PyStr.From(phase);
            foreach (var cb in Callbacks.AsSpan().ToArray())
            {
                try { Py.Decref(Py.Call(cb, p, info)); }
                catch (PyException e) { Unraisable.Write(e, "Exception ignored in garbage collector callback ", cb); }
            }
            Py.Decref(p);
        }
        finally { Py.Decref(info); }
    }
}
