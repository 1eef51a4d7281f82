using Ftpy.Runtime;

namespace Ftpy.Objects;

/// <summary>Computed attribute of a builtin type (getset_descriptor, e.g. <c>int.real</c>,
/// <c>function.__name__</c>). A data descriptor: it wins over the instance __dict__.</summary>
public sealed class PyGetSetDescr : PyObject
{
    public static readonly PyType Type = new("getset_descriptor", TypeFlags.None);

    public readonly PyType Owner;
    public readonly string Name;
    public readonly Func<PyObject, PyObject>? Getter;
    /// <summary>Setter; receives null to delete.</summary>
    public readonly Action<PyObject, PyObject?>? Setter;

    public PyGetSetDescr(PyType owner, string name, Func<PyObject, PyObject>? getter, Action<PyObject, PyObject?>? setter)
        : base(Type, immortal: true)
    {
        Owner = owner;
        Name = name;
        Getter = getter;
        Setter = setter;
    }

    internal static PyObject Get(PyObject descr, PyObject? obj, PyObject type)
    {
        var d = (PyGetSetDescr)descr;
        if (obj is null) return Py.NewRef(descr);
        if (!obj.ob_type.IsSubtype(d.Owner))
            throw PyErr.TypeError($"descriptor '{d.Name}' for '{d.Owner.ShortName}' objects doesn't apply to a '{obj.ob_type.ShortName}' object");
        if (d.Getter is null) throw PyErr.AttributeError($"attribute '{d.Name}' of '{d.Owner.ShortName}' objects is not readable");
        return d.Getter(obj);
    }

    internal static void Set(PyObject descr, PyObject obj, PyObject? value)
    {
        var d = (PyGetSetDescr)descr;
        if (!obj.ob_type.IsSubtype(d.Owner))
            throw PyErr.TypeError($"descriptor '{d.Name}' for '{d.Owner.ShortName}' objects doesn't apply to a '{obj.ob_type.ShortName}' object");
        if (d.Setter is null)
            throw PyErr.AttributeError($"attribute '{d.Name}' of '{d.Owner.ShortName}' objects is not writable");
        d.Setter(obj, value);
    }
}

/// <summary>A __slots__ member of a heap type (member_descriptor): reads and writes one entry
/// of the instance's slot array.</summary>
public sealed class PyMemberDescr : PyObject
{
    public static readonly PyType Type = new("member_descriptor", TypeFlags.None);

    public readonly PyType Owner;
    public readonly string Name;
    public readonly int Index;
    /// <summary>For builtin read-only members backed by a getter (e.g. exception fields).</summary>
    public readonly Func<PyObject, PyObject?>? Getter;
    public readonly Action<PyObject, PyObject?>? Setter;
    /// <summary>The getter returns a new reference (a value computed on access, as for T_DOUBLE members).</summary>
    readonly bool _getterReturnsNew;

    public PyMemberDescr(PyType owner, string name, int index) : base(Type)
    {
        Owner = owner;
        Name = name;
        Index = index;
    }

    public PyMemberDescr(PyType owner, string name, Func<PyObject, PyObject?> getter, Action<PyObject, PyObject?>? setter,
        bool getterReturnsNew = false)
        : base(Type, immortal: true)
    {
        Owner = owner;
        Name = name;
        Index = -1;
        Getter = getter;
        Setter = setter;
        _getterReturnsNew = getterReturnsNew;
    }

    internal static PyObject Get(PyObject descr, PyObject? obj, PyObject type)
    {
        var d = (PyMemberDescr)descr;
        if (obj is null) return Py.NewRef(descr);
        if (!obj.ob_type.IsSubtype(d.Owner))
            throw PyErr.TypeError($"descriptor '{d.Name}' for '{d.Owner.ShortName}' objects doesn't apply to a '{obj.ob_type.ShortName}' object");
        PyObject? v = d.Getter is not null ? d.Getter(obj) : obj.SlotValues![d.Index];
        if (v is null)
        {
            if (d.Getter is not null) return PyNone.Instance;
            throw ExceptionObjects.AttributeErrorFor($"'{obj.ob_type.Name}' object has no attribute '{d.Name}'", obj, PyStr.Intern(d.Name));
        }
        return d._getterReturnsNew ? v : Py.NewRef(v);
    }

    internal static void Set(PyObject descr, PyObject obj, PyObject? value)
    {
        var d = (PyMemberDescr)descr;
        if (!obj.ob_type.IsSubtype(d.Owner))
            throw PyErr.TypeError($"descriptor '{d.Name}' for '{d.Owner.ShortName}' objects doesn't apply to a '{obj.ob_type.ShortName}' object");
        if (d.Getter is not null)
        {
            if (d.Setter is null) throw PyErr.AttributeError("readonly attribute");
            d.Setter(obj, value);
            return;
        }
        var slots = obj.SlotValues!;
        if (value is null)
        {
            if (slots[d.Index] is null) throw PyErr.AttributeError(d.Name);
            Py.Clear(ref slots[d.Index]);
            return;
        }
        Py.Incref(value);
        Py.XSetRef(ref slots[d.Index], value);
    }
}
