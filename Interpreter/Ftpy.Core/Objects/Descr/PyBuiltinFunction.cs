namespace Ftpy.Objects;

/// <summary>
/// builtin_function_or_method: a builtin function (self is the module, or null) or a builtin
/// method bound to its instance. Owns a reference to <see cref="Self"/>.
/// </summary>
public sealed class PyBuiltinFunction : PyObject
{
    public static readonly PyType Type = new("builtin_function_or_method", TypeFlags.None);

    public readonly MethodDef Def;
    public PyObject? Self;
    public readonly string DisplayName;
    /// <summary>__module__ for module-level functions.</summary>
    public string? ModuleName;

    /// <summary>A method bound to <paramref name="self"/> (takes a new reference to it).</summary>
    public PyBuiltinFunction(MethodDef def, PyObject? self, string displayName) : base(Type)
    {
        Def = def;
        Self = Py.XNewRef(self);
        DisplayName = displayName;
        if (self is not null) GcRegistry.Track(this);
    }

    /// <summary>An immortal module-level builtin function.</summary>
    public PyBuiltinFunction(MethodDef def, string? moduleName) : base(Type, immortal: true)
    {
        Def = def;
        // Argument errors name a module function with its module ("sys.intern() takes ..."), except builtins.
        DisplayName = moduleName is null || moduleName == "builtins" ? def.Name : $"{moduleName}.{def.Name}";
        ModuleName = moduleName;
    }

    public string Name => Def.Name;

    protected internal override bool IsGcContainer => true;

    internal static PyObject Call(PyObject callable, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var f = (PyBuiltinFunction)callable;
        return f.Def.Invoke(f.DisplayName, f.Self ?? PyNone.Instance, args, kwnames);
    }

    protected internal override void ReleaseReferences() => Py.Clear(ref Self);

    protected internal override void Traverse(Action<PyObject> visit)
    {
        if (Self is not null) visit(Self);
    }
}
