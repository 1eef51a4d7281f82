using System.Runtime.CompilerServices;
using Ftpy.Runtime;

namespace Ftpy.Objects;

/// <summary>Attribute access (PyObject_GetAttr and friends).</summary>
public static partial class Py
{
    /// <summary>getattr(o, name): a new reference, or AttributeError.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject GetAttr(PyObject o, PyStr name)
    {
        var v = o.ob_type.tp_getattro!(o, name);
        return v ?? throw NoAttribute(o, name);
    }

    public static PyObject GetAttr(PyObject o, string name) => GetAttr(o, PyStr.Intern(name));

    /// <summary>getattr(o, name, None)-style lookup: null when the attribute is missing, including
    /// when a __getattr__ or property raises AttributeError (_PyObject_LookupAttr).</summary>
    public static PyObject? LookupAttr(PyObject o, PyStr name)
    {
        try
        {
            return o.ob_type.tp_getattro!(o, name);
        }
        catch (PyException e) when (e.Matches(ExceptionTypes.AttributeError))
        {
            e.Release();
            return null;
        }
    }

    public static PyObject? LookupAttr(PyObject o, string name) => LookupAttr(o, PyStr.Intern(name));

    public static bool HasAttr(PyObject o, string name)
    {
        var v = LookupAttr(o, name);
        if (v is null) return false;
        Decref(v);
        return true;
    }

    public static void SetAttr(PyObject o, PyStr name, PyObject value)
    {
        var set = o.ob_type.tp_setattro;
        if (set is null) throw ReadOnlyAttributes(o, name, value);
        set(o, name, value);
    }

    public static void SetAttr(PyObject o, string name, PyObject value) => SetAttr(o, PyStr.Intern(name), value);

    public static void DelAttr(PyObject o, PyStr name)
    {
        var set = o.ob_type.tp_setattro;
        if (set is null) throw ReadOnlyAttributes(o, name, null);
        set(o, name, null);
    }

    static PyException ReadOnlyAttributes(PyObject o, PyStr name, PyObject? value)
    {
        bool hasAny = o.ob_type.tp_getattro is not null;
        string verb = value is null ? "del" : "assign to";
        return hasAny
            ? PyErr.AttributeError($"'{o.ob_type.ShortName}' object has no attribute '{name.Value}' and no __dict__ for setting new attributes")
            : PyErr.TypeError($"'{o.ob_type.ShortName}' object has only read-only attributes ({verb} .{name.Value})");
    }

    /// <summary>The AttributeError for a missing attribute, with CPython's wording per kind of object,
    /// carrying name and obj for "Did you mean" suggestions.</summary>
    public static PyException NoAttribute(PyObject o, PyStr name)
    {
        string msg = o switch
        {
            PyModule m => $"module '{m.NameForMessages}' has no attribute '{name.Value}'",
            PyType t => $"type object '{t.Name}' has no attribute '{name.Value}'",
            _ => $"'{o.ob_type.Name}' object has no attribute '{name.Value}'",
        };
        return ExceptionObjects.AttributeErrorFor(msg, o, name);
    }

    /// <summary>PyObject_GenericGetAttr: data descriptors on the type, then the instance __dict__,
    /// then other descriptors and class attributes. Null when missing.</summary>
    public static PyObject? GenericGetAttr(PyObject o, PyStr name)
    {
        var type = o.ob_type;
        var descr = type.Lookup(name);
        DescrGetFunc? get = null;
        if (descr is not null)
        {
            var dt = descr.ob_type;
            get = dt.tp_descr_get;
            if (get is not null && dt.tp_descr_set is not null)
            {
                Incref(descr);
                try { return get(descr, o, type); }
                finally { Decref(descr); }
            }
        }
        var dict = o.GetInstanceDict(create: false);
        if (dict is not null)
        {
            var v = dict.GetItemBorrowed(name);
            if (v is not null) return NewRef(v);
        }
        if (get is not null)
        {
            Incref(descr!);
            try { return get(descr!, o, type); }
            finally { Decref(descr!); }
        }
        if (descr is not null) return NewRef(descr);
        return null;
    }

    /// <summary>PyObject_GenericSetAttr: data descriptors on the type, else the instance __dict__.</summary>
    public static void GenericSetAttr(PyObject o, PyStr name, PyObject? value)
    {
        var type = o.ob_type;
        var descr = type.Lookup(name);
        if (descr is not null)
        {
            var set = descr.ob_type.tp_descr_set;
            if (set is not null)
            {
                Incref(descr);
                try { set(descr, o, value); }
                finally { Decref(descr); }
                return;
            }
        }
        var dict = o.GetInstanceDict(create: value is not null);
        if (dict is null)
        {
            if (descr is not null)
                throw PyErr.AttributeError($"'{type.ShortName}' object attribute '{name.Value}' is read-only");
            throw ExceptionObjects.AttributeErrorFor(
                $"'{type.ShortName}' object has no attribute '{name.Value}'" + (value is null ? "" : " and no __dict__ for setting new attributes"), o, name);
        }
        if (value is null)
        {
            if (!dict.DelItem(name)) throw ExceptionObjects.AttributeErrorFor($"'{type.ShortName}' object has no attribute '{name.Value}'", o, name);
        }
        else dict.SetItem(name, value);
    }
}
