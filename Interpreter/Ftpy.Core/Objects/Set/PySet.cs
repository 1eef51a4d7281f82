using Ftpy.Runtime;

namespace Ftpy.Objects;

/// <summary>set and frozenset share this layout; frozenset instances never change after creation.</summary>
public class PySet : PyObject
{
    public static readonly PyType Type = new("set");

    internal SetTable Table = new();

    public PySet() : base(Type) { GcRegistry.Track(this); }
    internal PySet(PyType type) : base(type) { GcRegistry.Track(this); }

    protected internal override bool IsGcContainer => true;

    public int Count => Table.Used;

    public void Add(PyObject key) => Table.Add(key, Py.Hash(key));

    /// <summary>key in set; a set key is looked up as the equal frozenset (set_contains_lock_held).</summary>
    public bool Contains(PyObject key)
    {
        long h;
        try { h = Py.Hash(key); }
        catch (PyException e) when (key is PySet s && s.ob_type.IsSubtype(Type) && e.Matches(ExceptionTypes.TypeError))
        {
            e.Release();
            var f = PyFrozenSet.FromSet(s);
            try { return Table.Lookup(f, Py.Hash(f)) >= 0; }
            finally { Py.Decref(f); }
        }
        return Table.Lookup(key, h) >= 0;
    }

    /// <summary>Removes key; false when absent.</summary>
    public bool Discard(PyObject key) => Table.Discard(key, Py.Hash(key));

    public void Update(PyObject iterable) => SetType.UpdateInternal(this, iterable);

    /// <summary>The keys in iteration order (borrowed).</summary>
    public List<PyObject> Items() => Table.Keys();

    protected internal override void ReleaseReferences() => Table.Clear();

    protected internal override void Traverse(Action<PyObject> visit)
    {
        var table = Table.Table;
        for (int i = 0; i < table.Length; i++)
            if (SetTable.IsActive(table[i])) visit(table[i].Key!);
    }
}

public sealed class PyFrozenSet : PySet
{
    public static new readonly PyType Type = new("frozenset");

    internal long CachedHash = -1;

    public PyFrozenSet() : base(Type) { }
    internal PyFrozenSet(PyType type) : base(type) { }

    /// <summary>A new exact frozenset with the keys of <paramref name="s"/>.</summary>
    public static PyFrozenSet FromSet(PySet s)
    {
        var f = new PyFrozenSet();
        f.Table.Merge(s.Table);
        return f;
    }
}
