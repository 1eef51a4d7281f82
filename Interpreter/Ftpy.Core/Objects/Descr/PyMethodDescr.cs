using Ftpy.Runtime;

namespace Ftpy.Objects;

/// <summary>
/// A builtin method in a type's namespace (method_descriptor, e.g. <c>list.append</c>).
/// Binding to an instance yields a builtin method; calling it unbound takes self as the first
/// argument. Marked <see cref="TypeFlags.MethodDescriptor"/> so LOAD_ATTR can skip binding.
/// </summary>
public sealed class PyMethodDescr : PyObject
{
    public static readonly PyType Type = new("method_descriptor", TypeFlags.MethodDescriptor);
    public static readonly PyType ClassMethodDescrType = new("classmethod_descriptor", TypeFlags.None);

    public readonly PyType Owner;
    public readonly MethodDef Def;
    public readonly bool IsClassMethod;
    readonly string _displayName;

    public PyMethodDescr(PyType owner, MethodDef def, bool isClassMethod = false)
        : base(isClassMethod ? ClassMethodDescrType : Type, immortal: true)
    {
        Owner = owner;
        Def = def;
        IsClassMethod = isClassMethod;
        _displayName = $"{owner.ShortName}.{def.Name}";
    }

    public string Name => Def.Name;

    /// <summary>Calls with an explicit self (checked against the owner type).</summary>
    public PyObject CallWithSelf(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!self.ob_type.IsSubtype(Owner))
            throw PyErr.TypeError($"descriptor '{Def.Name}' for '{Owner.ShortName}' objects doesn't apply to a '{self.ob_type.ShortName}' object");
        return Def.Invoke(_displayName, self, args, kwnames);
    }

    internal static PyObject Call(PyObject callable, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var d = (PyMethodDescr)callable;
        if (d.IsClassMethod)
        {
            if (args.Length < 1) throw PyErr.TypeError($"descriptor '{d.Def.Name}' of '{d.Owner.ShortName}' object needs an argument");
            if (args[0] is not PyType t || !t.IsSubtype(d.Owner))
                throw PyErr.TypeError($"descriptor '{d.Def.Name}' for type '{d.Owner.ShortName}' needs a subtype of '{d.Owner.ShortName}' as arg 1");
            return d.Def.Invoke(d._displayName, t, args[1..], kwnames);
        }
        if (args.Length < 1)
            throw PyErr.TypeError($"unbound method {d._displayName}() needs an argument");
        return d.CallWithSelf(args[0], args[1..], kwnames);
    }

    internal static PyObject Get(PyObject descr, PyObject? obj, PyObject type)
    {
        var d = (PyMethodDescr)descr;
        if (d.IsClassMethod)
        {
            // Class methods ignore obj and bind the class they were looked up through.
            var cls = type;
            // A bound builtin method is named after its __self__'s class: "D.__init_subclass__".
            string name = ReferenceEquals(cls, d.Owner) || cls is not PyType ct ? d._displayName : $"{TypeObject.QualName(ct)}.{d.Def.Name}";
            return new PyBuiltinFunction(d.Def, cls, name);
        }
        if (obj is null) return Py.NewRef(descr);
        if (!obj.ob_type.IsSubtype(d.Owner))
            throw PyErr.TypeError($"descriptor '{d.Def.Name}' for '{d.Owner.ShortName}' objects doesn't apply to a '{obj.ob_type.ShortName}' object");
        return new PyBuiltinFunction(d.Def, obj, d._displayName);
    }
}
