namespace Ftpy.Objects;

/// <summary>
/// Instances of BaseException and its subclasses. Owns its args, traceback, cause, context
/// and __dict__ (where __notes__ lives).
/// </summary>
public class PyBaseException : PyObject
{
    public PyTuple Args = PyTuple.Empty;
    public PyObject? Traceback;
    public PyBaseException? Cause;
    public PyBaseException? Context;
    public bool SuppressContext;
    public PyDict? Dict;

    public PyBaseException(PyType type) : base(type)
    {
        GcRegistry.Track(this);
    }

    /// <summary>An exception with one str argument (what PyErr_SetString creates).</summary>
    public PyBaseException(PyType type, string message) : this(type)
    {
        Args = PyTuple.Steal(new PyObject[] { PyStr.From(message) });
    }

    protected internal override bool IsGcContainer => true;

    public PyDict GetOrCreateDict() => Dict ??= new PyDict();

    /// <summary>Exceptions always have a __dict__ (BaseException's own, also for subclasses).</summary>
    internal override PyDict? GetInstanceDict(bool create) => create ? GetOrCreateDict() : Dict;

    internal override bool SetInstanceDict(PyDict dict)
    {
        Py.XSetRef(ref Dict, Py.NewRef(dict));
        return true;
    }

    protected internal override void ReleaseReferences()
    {
        var args = Args;
        Args = PyTuple.Empty;
        Py.Decref(args);
        Py.Clear(ref Traceback);
        Py.Clear(ref Cause);
        Py.Clear(ref Context);
        Py.Clear(ref Dict);
    }

    protected internal override void Traverse(Action<PyObject> visit)
    {
        visit(Args);
        if (Traceback is not null) visit(Traceback);
        if (Cause is not null) visit(Cause);
        if (Context is not null) visit(Context);
        if (Dict is not null) visit(Dict);
    }
}

/// <summary>StopIteration carries the generator's return value.</summary>
public sealed class PyStopIteration : PyBaseException
{
    public PyObject Value = PyNone.Instance;
    public PyStopIteration(PyType type) : base(type) { }

    protected internal override void ReleaseReferences()
    {
        var v = Value;
        Value = PyNone.Instance;
        Py.Decref(v);
        base.ReleaseReferences();
    }

    protected internal override void Traverse(Action<PyObject> visit)
    {
        visit(Value);
        base.Traverse(visit);
    }
}

/// <summary>Exceptions whose extra attributes (SystemExit.code, OSError.errno, SyntaxError.lineno,
/// ImportError.name, NameError.name, AttributeError.obj, UnicodeError fields, ExceptionGroup
/// message/exceptions) live in named fields kept here, exposed by member descriptors.</summary>
public sealed class PyExceptionWithFields : PyBaseException
{
    public readonly PyObject?[] Fields;

    public PyExceptionWithFields(PyType type, int fieldCount) : base(type)
    {
        Fields = new PyObject?[fieldCount];
    }

    protected internal override void ReleaseReferences()
    {
        for (int i = 0; i < Fields.Length; i++) Py.Clear(ref Fields[i]);
        base.ReleaseReferences();
    }

    protected internal override void Traverse(Action<PyObject> visit)
    {
        foreach (var f in Fields) if (f is not null) visit(f);
        base.Traverse(visit);
    }
}
