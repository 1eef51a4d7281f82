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

    public bool Contains(PyObject key)
    {
        long h;
        try { h = Py.Hash(key); }
        catch (PyException e) when (e.Matches(ExceptionTypes.TypeError) && key is PySet s && s is not PyFrozenSet)
        {
            // A set is looked up as the equal frozenset (set.__contains__'s rule).
            e.Release();
            var f = PyFrozenSet.FromSet(s);
            try { return Table.Lookup(f, Py.Hash(f)) >= 0; }
            finally { Py.Decref(f); }
        }
        return Table.Lookup(key, h) >= 0;
    }

    /// <summary>Removes key; false when absent.</summary>
    public bool Discard(PyObject key)
    {
        int i = Table.Lookup(key, Py.Hash(key));
        if (i < 0) return false;
        Py.Decref(Table.RemoveAt(i));
        return true;
    }

    public void Update(PyObject iterable) => SetType.UpdateInternal(this, iterable);

    public List<PyObject> Items() => Table.Keys();

    protected internal override void ReleaseReferences() => Table.Clear();

    protected internal override void Traverse(Action<PyObject> visit)
    {
        foreach (var k in Table.Keys()) visit(k);
    }
}

public sealed class PyFrozenSet : PySet
{
    public static new readonly PyType Type = new("frozenset");
    public static readonly PyFrozenSet Empty = MakeEmpty();

    internal long CachedHash = -1;

    public PyFrozenSet() : base(Type) { }
    internal PyFrozenSet(PyType type) : base(type) { }

    static PyFrozenSet MakeEmpty()
    {
        var f = new PyFrozenSet();
        Py.SetImmortal(f);
        return f;
    }

    public static PyFrozenSet FromSet(PySet s)
    {
        var f = new PyFrozenSet();
        var old = f.Table;
        f.Table = s.Table.Copy();
        return f;
    }
}
