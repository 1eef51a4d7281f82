using Ftpy.Objects;

namespace Ftpy.Execution;

/// <summary>Method loading for LOAD_ATTR's method form (_PyObject_GetMethod): when the attribute is
/// a plain function or method descriptor on the type and the instance does not shadow it, the
/// unbound callable is returned so no bound method is allocated.</summary>
static class Attributes
{
    public static PyObject GetMethod(PyObject obj, PyStr name, out bool unbound)
    {
        var type = obj.ob_type;
        unbound = false;
        if (type.tp_getattro != (GetAttrFunc)Py.GenericGetAttr && !ReferenceEquals(type.tp_getattro, s_generic))
            return Py.GetAttr(obj, name);
        var descr = type.Lookup(name);
        if (descr is not null)
        {
            var dt = descr.ob_type;
            if (dt.HasFlag(TypeFlags.MethodDescriptor))
            {
                var dict = obj.GetInstanceDict(create: false);
                if (dict is not null)
                {
                    var shadow = dict.GetItemBorrowed(name);
                    if (shadow is not null) return Py.NewRef(shadow);
                }
                unbound = true;
                return Py.NewRef(descr);
            }
            if (dt.tp_descr_get is { } get && dt.tp_descr_set is not null)
            {
                Py.Incref(descr);
                try { return get(descr, obj, type); }
                finally { Py.Decref(descr); }
            }
        }
        var d = obj.GetInstanceDict(create: false);
        if (d is not null)
        {
            var v = d.GetItemBorrowed(name);
            if (v is not null) return Py.NewRef(v);
        }
        if (descr is not null)
        {
            if (descr.ob_type.tp_descr_get is { } get)
            {
                Py.Incref(descr);
                try { return get(descr, obj, type); }
                finally { Py.Decref(descr); }
            }
            return Py.NewRef(descr);
        }
        throw Py.NoAttribute(obj, name);
    }

    static readonly GetAttrFunc s_generic = Py.GenericGetAttr;

    /// <summary>Binds a type attribute to an instance (calls its __get__), a new reference.</summary>
    public static PyObject Bind(PyObject descr, PyObject obj)
    {
        if (descr.ob_type.tp_descr_get is { } get) return get(descr, obj, obj.ob_type);
        return Py.NewRef(descr);
    }
}
