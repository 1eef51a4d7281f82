using Ftpy.Objects;

namespace Ftpy.Runtime;

/// <summary>
/// A Python exception travelling through C# code. Builtins throw it; the eval loop catches it
/// and unwinds Python frames through the exception table. The exception object is created
/// lazily from (type, message) the first time Python code needs it, so C# code that raises
/// and catches internally allocates no Python objects.
/// Ownership: a PyException holds one reference to its <see cref="Value"/>; whoever consumes
/// the exception (the eval loop, or C# code that swallows it via <see cref="Release"/>) takes it.
/// </summary>
public partial class PyException : Exception
{
    PyBaseException? _value;
    bool _owned = true;
    readonly PyType? _type;
    readonly string? _message;

    /// <summary>Raises <paramref name="value"/>, taking over the caller's reference to it.</summary>
    public PyException(PyBaseException value) => _value = value;

    public PyException(PyType type, string message)
    {
        _type = type;
        _message = message;
    }

    /// <summary>Lazily raised builtin exception by type name (kept for pure helper code).</summary>
    public PyException(string typeName, string message) : this(ExceptionTypes.ByName(typeName), message) { }

    /// <summary>The exception already passed through the eval loop (it has its context and
    /// traceback entries); catching it again must not treat it as newly raised.</summary>
    public bool IsPropagating { get; init; }

    public PyType ExceptionType => _value?.ob_type ?? _type!;

    public string TypeName => ExceptionType.ShortName;

    public bool Matches(PyType t) => ExceptionType.IsSubtype(t);

    /// <summary>The exception object (borrowed from this PyException).</summary>
    public PyBaseException Value => _value ??= CreateValue();

    /// <summary>Builds the exception object on first use; subclasses whose constructor takes
    /// more than a message (UnicodeDecodeError) build it with their own arguments.</summary>
    protected virtual PyBaseException CreateValue() => ExceptionTypes.Create(_type!, _message!);

    /// <summary>Hands this PyException's reference to the exception object to the caller
    /// (the eval loop when it catches). Afterwards <see cref="Value"/> is only a borrowed view.</summary>
    public PyBaseException TakeValue()
    {
        var v = Value;
        if (!_owned) Py.Incref(v);
        _owned = false;
        return v;
    }

    /// <summary>Drops the reference to the exception object when C# code swallows the exception.</summary>
    public void Release()
    {
        var v = _value;
        if (v is null || !_owned) return;
        _owned = false;
        Py.Decref(v);
    }

    public override string Message => _value is null ? _message ?? "" : ExceptionFormatting.StrOrEmpty(_value);

    public override string ToString()
    {
        string m = Message;
        return m.Length == 0 ? TypeName : $"{TypeName}: {m}";
    }
}
