using System.Runtime.CompilerServices;
using Ftpy.Runtime;

namespace Ftpy.Objects;

/// <summary>
/// The base of every Python object, carrying PEP 703's object header.
/// Invariants (as CPython's free-threaded build):
/// - <see cref="ob_ref_local"/> is written only by the owning thread (<see cref="ob_tid"/>);
///   other threads use <see cref="ob_ref_shared"/> with atomic operations.
/// - <c>ob_ref_local == Immortal</c> marks an immortal object: counting is skipped.
/// - <c>ob_tid == 0</c> means the two counts have been merged into the shared field.
/// - The low two bits of <see cref="ob_ref_shared"/> are the state (see <see cref="RefState"/>);
///   the count is <c>ob_ref_shared &gt;&gt; 2</c> and may be negative while unmerged.
/// - A freed object has <c>ob_tid == FreedTid</c> and its type replaced by a poisoned sentinel;
///   any further use is a <see cref="FatalError"/>.
/// Memory safety comes from .NET's GC; reference counting decides object lifetime.
/// </summary>
public abstract partial class PyObject
{
    public const uint Immortal = uint.MaxValue;
    internal const nint FreedTid = -1;

    /// <summary>Owning thread id; 0 once merged; <see cref="FreedTid"/> after deallocation.</summary>
    internal nint ob_tid;
    /// <summary>Owner-only reference count (plain writes).</summary>
    internal uint ob_ref_local;
    /// <summary>Shared reference count shifted left by 2, plus the <see cref="RefState"/> bits.</summary>
    internal long ob_ref_shared;
    /// <summary>The per-object PyMutex word (LOCKED and HAS_PARKED bits) used by critical sections.</summary>
    internal int ob_mutex;
    /// <summary>GC bits, see <see cref="GcBits"/>.</summary>
    internal byte ob_gc_bits;
    /// <summary>1 + index in the owning thread's registry of GC-tracked objects; 0 when untracked.</summary>
    internal int ob_gc_index;
    /// <summary>Weak references to this object, or null (the tp_weaklist slot).</summary>
    internal WeakrefList? ob_weakrefs;
    /// <summary>The object's Python type (ob_type).</summary>
    public PyType ob_type;

    /// <summary>A new object owned by the current thread with one reference, held by the creator.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    protected PyObject(PyType type)
    {
        ob_type = type;
        var ts = ThreadState.Current;
        ob_tid = ts.Id;
        ob_ref_local = 1;
        ts.Allocations++;
        if (ObjectCensus.Enabled) ObjectCensus.Allocated(this);
        // Instances of heap types own a reference to their type (released at deallocation),
        // and so are GC-tracked whatever their layout (CPython gives every heap type
        // Py_TPFLAGS_HAVE_GC): a str subclass member stored in its own class is a cycle.
        if ((type.Flags & TypeFlags.HeapType) != 0)
        {
            Py.Incref(type);
            GcRegistry.Track(this);
        }
    }

    /// <summary>Brings a freed object of a free list back to life as a new object owned by
    /// <paramref name="ts"/> with one reference (the header a constructor would have written).
    /// Only for exact builtin types without references, weakrefs or GC tracking.</summary>
    internal void Revive(ThreadState ts)
    {
        ob_type = ob_type.PoisonOf ?? ob_type;
        ob_tid = ts.Id;
        ob_ref_local = 1;
        ob_ref_shared = 0;
        ob_gc_bits = 0;
        ts.Allocations++;
        if (ObjectCensus.Enabled) ObjectCensus.Allocated(this);
    }

    /// <summary>An immortal object (None, small ints, builtin types, interned names).</summary>
    protected PyObject(PyType? type, bool immortal)
    {
        ob_type = type!;
        ob_ref_local = Immortal;
        ob_tid = 0;
    }

    public bool IsImmortal => ob_ref_local == Immortal;
    public bool IsFreed => ob_tid == FreedTid;

    /// <summary>The Python-visible reference count (sys.getrefcount without the argument's own reference).</summary>
    public long RefCount
    {
        get
        {
            if (ob_ref_local == Immortal) return uint.MaxValue;
            long shared = Volatile.Read(ref ob_ref_shared) >> RefState.Shift;
            return (ob_tid == 0 ? 0 : ob_ref_local) + shared;
        }
    }

    /// <summary>The instance __dict__, created on demand when <paramref name="create"/>; null when
    /// this kind of object has no __dict__.
    /// Instances of heap subtypes of builtin types keep theirs in <see cref="HeapExtras"/>.</summary>
    internal virtual PyDict? GetInstanceDict(bool create) =>
        ob_type.IsHeapType ? HeapExtras.GetDict(this, create) : null;

    /// <summary>Replaces the instance __dict__ (taking a new reference); false when unsupported.</summary>
    internal virtual bool SetInstanceDict(PyDict dict) =>
        ob_type.IsHeapType && HeapExtras.SetDict(this, dict);

    /// <summary>Values of __slots__ members for heap-type instances, or null.</summary>
    internal virtual PyObject?[]? SlotValues => ob_type.IsHeapType ? HeapExtras.Slots(this) : null;

    /// <summary>Releases every reference this object owns (tp_clear for containers, the
    /// field-releasing part of tp_dealloc). Called once, when the object dies or by the
    /// cycle collector; afterwards the object holds no references.</summary>
    protected internal virtual void ReleaseReferences() { }

    /// <summary>Visits each object this one holds a strong reference to (tp_traverse).</summary>
    protected internal virtual void Traverse(Action<PyObject> visit) { }

    /// <summary>Whether instances of this class can hold references and so take part in cycles.</summary>
    protected internal virtual bool IsGcContainer => false;

    public override string ToString() => $"<{ob_type?.Name ?? "?"} object>";
}

/// <summary>The two state bits in the low end of ob_ref_shared (CPython's _Py_REF_* values).</summary>
public static class RefState
{
    public const int Shift = 2;
    public const long Default = 0;
    public const long MaybeWeakref = 1;
    public const long Queued = 2;
    public const long Merged = 3;
    public const long Mask = 3;
    /// <summary>The bias deferred-refcount objects carry so counting never frees them.</summary>
    public const long DeferredBias = long.MaxValue / 16;
}

/// <summary>ob_gc_bits (CPython's _PyGC_BITS_*).</summary>
public static class GcBits
{
    public const byte Tracked = 1;
    public const byte Finalized = 2;
    public const byte Unreachable = 4;
    public const byte Frozen = 8;
    public const byte Shared = 16;
    /// <summary>Garbage CPython's default build would have freed by reference counting (gc.collect() does not count it); set during one collection.</summary>
    public const byte FreedByRefcounting = 32;
    public const byte Deferred = 64;
    /// <summary>A candidate of the running collection; its ob_tid holds gc_refs until the scan ends.</summary>
    public const byte Collecting = 128;
}
