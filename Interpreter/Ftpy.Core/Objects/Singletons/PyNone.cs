namespace Ftpy.Objects;

/// <summary>None, the sole instance of NoneType (immortal).</summary>
public sealed class PyNone : PyObject
{
    public static readonly PyType Type = new("NoneType", TypeFlags.None);
    public static readonly PyNone Instance = new();
    PyNone() : base(Type, immortal: true) { }
}

/// <summary>NotImplemented, the sole instance of NotImplementedType (immortal).</summary>
public sealed class PyNotImplemented : PyObject
{
    public static readonly PyType Type = new("NotImplementedType", TypeFlags.None);
    public static readonly PyNotImplemented Instance = new();
    PyNotImplemented() : base(Type, immortal: true) { }
}

/// <summary>Ellipsis (...), the sole instance of ellipsis (immortal).</summary>
public sealed class PyEllipsis : PyObject
{
    public static readonly PyType Type = new("ellipsis", TypeFlags.None);
    public static readonly PyEllipsis Instance = new();
    PyEllipsis() : base(Type, immortal: true) { }
}
