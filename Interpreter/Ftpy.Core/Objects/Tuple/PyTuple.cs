using System.Runtime.CompilerServices;

namespace Ftpy.Objects;

/// <summary>Python tuple: an immutable array owning a reference to each item.
/// Invariant: after construction <see cref="Items"/> never changes (the one exception is a
/// tuple being filled by its creator before anyone else can see it).</summary>
public partial class PyTuple : PyObject
{
    public static readonly PyType Type = new("tuple", TypeFlags.BaseType | TypeFlags.TupleSubclass);
    public static readonly PyTuple Empty = new(Array.Empty<PyObject>(), immortal: true);

    public readonly PyObject[] Items;

    PyTuple(PyObject[] items, bool immortal) : base(Type, immortal) { Items = items; }

    PyTuple(PyObject[] items) : base(Type)
    {
        Items = items;
        GcRegistry.Track(this);
    }

    /// <summary>A tuple of a heap subtype of tuple; takes ownership of the item references.</summary>
    internal PyTuple(PyType type, PyObject[] items) : base(type)
    {
        Items = items;
        GcRegistry.Track(this);
    }

    public int Count => Items.Length;

    protected internal override bool IsGcContainer => true;

    /// <summary>A tuple that takes over the references in <paramref name="items"/> (steals them).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyTuple Steal(PyObject[] items) => items.Length == 0 ? Empty : new PyTuple(items);

    /// <summary>A tuple holding new references to <paramref name="items"/>.</summary>
    public static PyTuple Create(params PyObject[] items)
    {
        if (items.Length == 0) return Empty;
        var copy = new PyObject[items.Length];
        for (int i = 0; i < items.Length; i++) copy[i] = Py.NewRef(items[i]);
        return new PyTuple(copy);
    }

    public static PyTuple Create(ReadOnlySpan<PyObject> items)
    {
        if (items.Length == 0) return Empty;
        var copy = new PyObject[items.Length];
        for (int i = 0; i < items.Length; i++) copy[i] = Py.NewRef(items[i]);
        return new PyTuple(copy);
    }

    /// <summary>An immortal tuple (code object constants, interned name tuples).</summary>
    internal static PyTuple ImmortalOf(PyObject[] items) => items.Length == 0 ? Empty : new PyTuple(items, immortal: true);

    public PyObject this[int i] => Items[i];

    protected internal override void ReleaseReferences()
    {
        var items = Items;
        for (int i = 0; i < items.Length; i++)
        {
            var o = items[i];
            items[i] = null!;
            if (o is not null) Py.Decref(o);
        }
    }

    protected internal override void Traverse(Action<PyObject> visit)
    {
        foreach (var o in Items) if (o is not null) visit(o);
    }
}
