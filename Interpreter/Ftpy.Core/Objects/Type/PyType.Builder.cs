namespace Ftpy.Objects;

/// <summary>Filling a builtin type's namespace: methods, class/static methods, computed attributes.</summary>
public sealed partial class PyType
{
    public void AddMethod(MethodDef def) => Dict.SetItem(PyStr.Intern(def.Name), new PyMethodDescr(this, def));

    public void AddMethod(string name, NoArgsMethod body, string? doc = null) => AddMethod(new MethodDef(name, body, doc));
    public void AddMethod(string name, OneArgMethod body, string? doc = null) => AddMethod(new MethodDef(name, body, doc));
    public void AddMethod(string name, FastMethod body, string? doc = null) => AddMethod(new MethodDef(name, body, doc));
    public void AddMethod(string name, FastKwMethod body, string? doc = null) => AddMethod(new MethodDef(name, body, doc));

    /// <summary>A classmethod: the body receives the class as self.</summary>
    public void AddClassMethod(MethodDef def) => Dict.SetItem(PyStr.Intern(def.Name), new PyMethodDescr(this, def, isClassMethod: true));

    /// <summary>A staticmethod wrapping a builtin function (self is None).</summary>
    public void AddStaticMethod(MethodDef def)
    {
        var f = new PyBuiltinFunction(def, null);
        var sm = new PyStaticMethod(f);
        Py.SetImmortal(sm);
        Dict.SetItem(PyStr.Intern(def.Name), sm);
    }

    public void AddGetter(string name, Func<PyObject, PyObject> getter) =>
        Dict.SetItem(PyStr.Intern(name), new PyGetSetDescr(this, name, getter, null));

    public void AddGetSet(string name, Func<PyObject, PyObject>? getter, Action<PyObject, PyObject?>? setter) =>
        Dict.SetItem(PyStr.Intern(name), new PyGetSetDescr(this, name, getter, setter));

    /// <summary>A read-only member (member_descriptor with READONLY, e.g. <c>staticmethod.__func__</c>):
    /// assignment fails with "readonly attribute".</summary>
    public void AddReadonlyMember(string name, Func<PyObject, PyObject?> getter) =>
        Dict.SetItem(PyStr.Intern(name), new PyMemberDescr(this, name, getter, null));

    /// <summary>A plain class attribute (a constant in the namespace).</summary>
    public void AddAttribute(string name, PyObject value) => Dict.SetItem(PyStr.Intern(name), value);
}
