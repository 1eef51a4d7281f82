namespace Ftpy.Objects;

/// <summary>
/// An instance of a heap type whose layout base is object: a __dict__ (unless __slots__ removed
/// it) and the values of its __slots__ members. Owns a reference to its heap type, as CPython's
/// heap-type instances do.
/// </summary>
public sealed class PyInstance : PyObject
{
    internal PyDict? Dict;
    readonly PyObject?[]? _slots;

    public PyInstance(PyType type) : base(type)
    {
        if (type.SlotNames.Length > 0) _slots = new PyObject?[type.SlotNames.Length];
        GcRegistry.Track(this);
    }

    protected internal override bool IsGcContainer => true;

    internal override PyDict? GetInstanceDict(bool create)
    {
        if (Dict is null && create && ob_type.HasFlag(TypeFlags.HasInstanceDict)) Dict = new PyDict();
        return Dict;
    }

    internal bool HasDictSupport => ob_type.HasFlag(TypeFlags.HasInstanceDict);

    internal override bool SetInstanceDict(PyDict dict)
    {
        if (!HasDictSupport) return false;
        Py.Incref(dict);
        Py.XSetRef(ref Dict, dict);
        return true;
    }

    internal override PyObject?[]? SlotValues => _slots;

    protected internal override void ReleaseReferences()
    {
        Py.Clear(ref Dict);
        if (_slots is not null)
            for (int i = 0; i < _slots.Length; i++) Py.Clear(ref _slots[i]);
    }

    protected internal override void Traverse(Action<PyObject> visit)
    {
        visit(ob_type);
        if (Dict is not null) visit(Dict);
        if (_slots is not null)
            foreach (var s in _slots) if (s is not null) visit(s);
    }
}

/// <summary>Instance state for heap subtypes of builtin types (a list subclass instance's __dict__ and slots).</summary>
public sealed class InstanceExtras
{
    public PyDict? Dict;
    public readonly PyObject?[]? Slots;

    public InstanceExtras(PyType type)
    {
        if (type.SlotNames.Length > 0) Slots = new PyObject?[type.SlotNames.Length];
    }

    public PyDict? GetDict(PyType type, bool create)
    {
        if (Dict is null && create && type.HasFlag(TypeFlags.HasInstanceDict)) Dict = new PyDict();
        return Dict;
    }

    public void Release()
    {
        Py.Clear(ref Dict);
        if (Slots is not null)
            for (int i = 0; i < Slots.Length; i++) Py.Clear(ref Slots[i]);
    }

    public void Traverse(Action<PyObject> visit)
    {
        if (Dict is not null) visit(Dict);
        if (Slots is not null)
            foreach (var s in Slots) if (s is not null) visit(s);
    }
}
