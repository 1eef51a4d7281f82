namespace Ftpy.Objects;

/// <summary>A cell holding a variable shared between a function and its closures; owns its content.</summary>
public sealed class PyCell : PyObject
{
    public static readonly PyType Type = new("cell", TypeFlags.None);

    public PyObject? Contents;

    public PyCell(PyObject? contents) : base(Type)
    {
        Contents = Py.XNewRef(contents);
        GcRegistry.Track(this);
    }

    protected internal override bool IsGcContainer => true;

    /// <summary>Stores a new reference to <paramref name="value"/>.</summary>
    public void Set(PyObject? value)
    {
        Py.XIncref(value);
        Py.XSetRef(ref Contents, value);
    }

    protected internal override void ReleaseReferences() => Py.Clear(ref Contents);

    protected internal override void Traverse(Action<PyObject> visit)
    {
        if (Contents is not null) visit(Contents);
    }
}
