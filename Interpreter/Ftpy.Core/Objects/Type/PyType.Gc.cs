namespace Ftpy.Objects;

/// <summary>
/// Heap types as cycle-collector containers (type_traverse / type_clear / type_dealloc).
/// A heap type owns its namespace, its bases and MRO tuples and its qualified name (its
/// metatype, when a heap type, is owned through the object header). A class is almost always
/// in a cycle (its MRO holds the class itself, its methods' globals hold the class), so only the
/// collector frees it. Builtin types are immortal and hold nothing the collector must see.
/// </summary>
public sealed partial class PyType
{
    protected internal override bool IsGcContainer => IsHeapType;

    protected internal override void Traverse(Action<PyObject> visit)
    {
        if (!IsHeapType) return;
        if (Dict is not null) visit(Dict);
        if (Bases is not null) visit(Bases);
        if (Mro is not null) visit(Mro);
        if (QualName is not null) visit(QualName);
    }

    /// <summary>type_clear then, at deallocation, the rest of type_dealloc. While the collector
    /// breaks cycles the class may still be looked at, so its namespace is emptied but kept and
    /// its MRO shrinks to the class alone; once the class is dying everything goes.</summary>
    protected internal override void ReleaseReferences()
    {
        if (!IsHeapType) return;
        bool dying = RefCount == 0;
        if (Bases is { } bases)
            foreach (var b in bases.Items) if (b is PyType bt) bt.RemoveSubclass(this);
        Modified();
        Dict?.Clear();
        var mro = Mro;
        Mro = PyTuple.Empty;
        MroArray = new[] { this };
        Py.XDecref(mro);
        if (!dying) return;
        var dict = Dict;
        Dict = null!;
        Py.XDecref(dict);
        var oldBases = Bases;
        Bases = PyTuple.Empty;
        Py.XDecref(oldBases);
        var qualName = QualName;
        QualName = null;
        Py.XDecref(qualName);
    }
}
