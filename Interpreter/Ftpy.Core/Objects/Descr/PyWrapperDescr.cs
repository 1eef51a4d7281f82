using Ftpy.Runtime;

namespace Ftpy.Objects;

/// <summary>A slot exposed as a dunder method in a builtin type's namespace
/// (wrapper_descriptor, e.g. <c>int.__add__</c>); binding gives a method-wrapper.</summary>
public sealed class PyWrapperDescr : PyObject
{
    public static readonly PyType Type = new("wrapper_descriptor", TypeFlags.MethodDescriptor);

    public readonly PyType Owner;
    public readonly string Name;
    public readonly FastKwMethod Body;
    /// <summary>The slot function this wraps, so a heap type inheriting it can use the slot directly.</summary>
    public readonly Delegate? Slot;
    /// <summary>Which slot it wraps ("nb_add", "sq_concat", "tp_repr", ...).</summary>
    public readonly string SlotName;

    public PyWrapperDescr(PyType owner, string name, FastKwMethod body, Delegate? slot, string slotName) : base(Type, immortal: true)
    {
        Owner = owner;
        Name = name;
        Body = body;
        Slot = slot;
        SlotName = slotName;
    }

    public PyObject CallWithSelf(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!self.ob_type.IsSubtype(Owner))
            throw PyErr.TypeError($"descriptor '{Name}' requires a '{Owner.ShortName}' object but received a '{self.ob_type.ShortName}'");
        return Body(self, args, kwnames);
    }

    internal static PyObject Call(PyObject callable, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var d = (PyWrapperDescr)callable;
        if (args.Length < 1) throw PyErr.TypeError($"descriptor '{d.Name}' of '{d.Owner.ShortName}' object needs an argument");
        return d.CallWithSelf(args[0], args[1..], kwnames);
    }

    internal static PyObject Get(PyObject descr, PyObject? obj, PyObject type)
    {
        var d = (PyWrapperDescr)descr;
        if (obj is null) return Py.NewRef(descr);
        if (!obj.ob_type.IsSubtype(d.Owner))
            throw PyErr.TypeError($"descriptor '{d.Name}' for '{d.Owner.ShortName}' objects doesn't apply to a '{obj.ob_type.ShortName}' object");
        return new PyMethodWrapper(d, obj);
    }
}

/// <summary>method-wrapper: a slot wrapper bound to an instance (owns a reference to it).</summary>
public sealed class PyMethodWrapper : PyObject
{
    public static readonly PyType Type = new("method-wrapper", TypeFlags.None);

    public readonly PyWrapperDescr Descr;
    public PyObject? Self;

    public PyMethodWrapper(PyWrapperDescr descr, PyObject self) : base(Type)
    {
        Descr = descr;
        Self = Py.NewRef(self);
        GcRegistry.Track(this);
    }

    protected internal override bool IsGcContainer => true;

    internal static PyObject Call(PyObject callable, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var w = (PyMethodWrapper)callable;
        return w.Descr.Body(w.Self!, args, kwnames);
    }

    protected internal override void ReleaseReferences() => Py.Clear(ref Self);

    protected internal override void Traverse(Action<PyObject> visit)
    {
        if (Self is not null) visit(Self);
    }
}
