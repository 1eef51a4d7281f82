using System.Runtime.CompilerServices;

namespace Ftpy.Objects;

/// <summary>
/// Python list: a growable array owning a reference to each item.
/// Invariants: items [0, Count) are non-null; slots at and beyond Count are null; the item
/// array is replaced (never shrunk in place) when capacity changes, so a reader holding the
/// old array sees a consistent snapshot (the basis of the lock-free reads of the threads issue).
/// </summary>
public partial class PyList : PyObject
{
    public static readonly PyType Type = new("list", TypeFlags.BaseType | TypeFlags.ListSubclass);

    /// <summary>The item array; allocated by <see cref="NewItems"/> (see there). Only the first
    /// <see cref="_size"/> entries are items (owned references).</summary>
    internal PyObject?[] _items;
    internal int _size;

    public PyList() : base(Type)
    {
        _items = Array.Empty<PyObject?>();
        GcRegistry.Track(this);
    }

    public PyList(int capacity) : base(Type)
    {
        _items = capacity == 0 ? Array.Empty<PyObject?>() : NewItems(capacity);
        GcRegistry.Track(this);
    }

    internal PyList(PyType type) : base(type)
    {
        _items = Array.Empty<PyObject?>();
        GcRegistry.Track(this);
    }

    /// <summary>A list that takes over the references in items[0..count) (steals them).</summary>
    public static PyList Steal(PyObject?[] items, int count)
    {
        var l = new PyList(0) { _items = items, _size = count };
        return l;
    }

    public static PyList Create(ReadOnlySpan<PyObject> items)
    {
        var l = new PyList(items.Length);
        for (int i = 0; i < items.Length; i++) l._items[i] = Py.NewRef(items[i]);
        l._size = items.Length;
        return l;
    }

    public int Count => _size;

    protected internal override bool IsGcContainer => true;

    public PyObject this[int i] => _items[i]!;

    /// <summary>Items [0, Count) as a span over the current array (borrowed; valid until the list changes).</summary>
    public ReadOnlySpan<PyObject> AsSpan() => new ReadOnlySpan<PyObject?>(_items, 0, _size)!;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Append(PyObject item)
    {
        Py.Incref(item);
        AppendSteal(item);
    }

    /// <summary>Appends taking over the caller's reference.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void AppendSteal(PyObject item)
    {
        int n = _size;
        if (n == _items.Length) Grow(n + 1);
        _items[n] = item;
        _size = n + 1;
    }

    /// <summary>An item array whose runtime element type is <c>object</c>, so storing an item
    /// skips .NET's covariant array check (as Frame.NewSlots). Never take a <c>ref</c> to an
    /// element or a writable Span over it.</summary>
    internal static PyObject?[] NewItems(int n) => Execution.Frame.NewSlots(n);

    /// <summary>Makes room for <paramref name="needed"/> items with CPython's over-allocation pattern.</summary>
    internal void Grow(int needed)
    {
        int newCap = (int)(((long)needed + (needed >> 3) + 6) & ~3L);
        if (needed - _size > newCap - needed) newCap = (needed + 3) & ~3;
        var items = NewItems(newCap);
        Array.Copy(_items, items, _size);
        _items = items;
    }

    /// <summary>Sets item <paramref name="i"/> (in range), taking a new reference and releasing the old one.</summary>
    public void SetItem(int i, PyObject value)
    {
        Py.Incref(value);
        var old = _items[i]!;
        _items[i] = value;
        Py.Decref(old);
    }

    protected internal override void ReleaseReferences()
    {
        var items = _items;
        int n = _size;
        _items = Array.Empty<PyObject?>();
        _size = 0;
        for (int i = 0; i < n; i++)
        {
            var o = items[i];
            items[i] = null;
            if (o is not null) Py.Decref(o);
        }
    }

    protected internal override void Traverse(Action<PyObject> visit)
    {
        var items = _items;
        int n = Math.Min(_size, items.Length);
        for (int i = 0; i < n; i++) if (items[i] is { } o) visit(o);
    }
}
