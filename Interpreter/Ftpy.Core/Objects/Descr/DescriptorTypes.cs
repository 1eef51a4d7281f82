namespace Ftpy.Objects;

/// <summary>Slots of the builtin descriptor types (method_descriptor, wrapper_descriptor, ...).</summary>
public static class DescriptorTypes
{
    internal static void SetupMethodDescr(PyType t)
    {
        t.tp_call = PyMethodDescr.Call;
        t.tp_descr_get = PyMethodDescr.Get;
        t.tp_repr = o => { var d = (PyMethodDescr)o; return PyStr.From($"<method '{d.Name}' of '{d.Owner.ShortName}' objects>"); };
        AddCommon(t, o => ((PyMethodDescr)o).Name, o => ((PyMethodDescr)o).Owner, o => ((PyMethodDescr)o).Def.Doc);
    }

    internal static void SetupClassMethodDescr(PyType t)
    {
        t.tp_call = PyMethodDescr.Call;
        t.tp_descr_get = PyMethodDescr.Get;
        t.tp_repr = o => { var d = (PyMethodDescr)o; return PyStr.From($"<method '{d.Name}' of '{d.Owner.ShortName}' objects>"); };
        AddCommon(t, o => ((PyMethodDescr)o).Name, o => ((PyMethodDescr)o).Owner, o => ((PyMethodDescr)o).Def.Doc);
    }

    internal static void SetupWrapperDescr(PyType t)
    {
        t.tp_call = PyWrapperDescr.Call;
        t.tp_descr_get = PyWrapperDescr.Get;
        t.tp_repr = o => { var d = (PyWrapperDescr)o; return PyStr.From($"<slot wrapper '{d.Name}' of '{d.Owner.ShortName}' objects>"); };
        AddCommon(t, o => ((PyWrapperDescr)o).Name, o => ((PyWrapperDescr)o).Owner, o => null);
    }

    internal static void SetupMethodWrapper(PyType t)
    {
        t.tp_call = PyMethodWrapper.Call;
        t.tp_repr = o =>
        {
            var w = (PyMethodWrapper)o;
            return PyStr.From($"<method-wrapper '{w.Descr.Name}' of {w.Self!.ob_type.ShortName} object at 0x{Py.Id(w.Self):x}>");
        };
        t.tp_richcompare = (a, b, op) =>
        {
            if (op is not (CompareOp.Eq or CompareOp.Ne) || b is not PyMethodWrapper wb) return PyNotImplemented.Instance;
            var wa = (PyMethodWrapper)a;
            bool eq = ReferenceEquals(wa.Descr, wb.Descr) && ReferenceEquals(wa.Self, wb.Self);
            return PyBool.From(eq == (op == CompareOp.Eq));
        };
        t.tp_hash = o => Py.IdentityHash(((PyMethodWrapper)o).Self!) ^ Py.IdentityHash(((PyMethodWrapper)o).Descr);
        t.AddGetter("__self__", o => Py.NewRef(((PyMethodWrapper)o).Self!));
        t.AddGetter("__name__", o => PyStr.From(((PyMethodWrapper)o).Descr.Name));
        t.AddGetter("__qualname__", o => { var w = (PyMethodWrapper)o; return PyStr.From($"{w.Descr.Owner.ShortName}.{w.Descr.Name}"); });
        t.AddGetter("__objclass__", o => Py.NewRef(((PyMethodWrapper)o).Descr.Owner));
    }

    internal static void SetupGetSet(PyType t)
    {
        t.tp_descr_get = PyGetSetDescr.Get;
        t.tp_descr_set = PyGetSetDescr.Set;
        t.tp_repr = o => { var d = (PyGetSetDescr)o; return PyStr.From($"<attribute '{d.Name}' of '{d.Owner.ShortName}' objects>"); };
        AddCommon(t, o => ((PyGetSetDescr)o).Name, o => ((PyGetSetDescr)o).Owner, o => null);
    }

    internal static void SetupMember(PyType t)
    {
        t.tp_descr_get = PyMemberDescr.Get;
        t.tp_descr_set = PyMemberDescr.Set;
        t.tp_repr = o => { var d = (PyMemberDescr)o; return PyStr.From($"<member '{d.Name}' of '{d.Owner.ShortName}' objects>"); };
        AddCommon(t, o => ((PyMemberDescr)o).Name, o => ((PyMemberDescr)o).Owner, o => null);
    }

    static void AddCommon(PyType t, Func<PyObject, string> name, Func<PyObject, PyType> owner, Func<PyObject, string?> doc)
    {
        t.AddGetter("__name__", o => PyStr.From(name(o)));
        t.AddGetter("__qualname__", o => PyStr.From($"{owner(o).ShortName}.{name(o)}"));
        t.AddGetter("__objclass__", o => Py.NewRef(owner(o)));
        t.AddGetter("__doc__", o => doc(o) is { } d ? PyStr.From(d) : PyNone.Instance);
        t.AddGetter("__text_signature__", o => PyNone.Instance);
    }
}

/// <summary>None, NotImplemented and Ellipsis types.</summary>
public static class SingletonTypes
{
    internal static void SetupNone(PyType t)
    {
        t.tp_repr = o => PyStr.Intern("None");
        t.nb_bool = o => false;
        t.tp_hash = o => 0xFCA86420;
        t.tp_new = (type, args, kw) =>
        {
            if (args.Length > 0) throw Runtime.PyErr.TypeError("NoneType takes no arguments");
            return PyNone.Instance;
        };
    }

    internal static void SetupNotImplemented(PyType t)
    {
        t.tp_repr = o => PyStr.Intern("NotImplemented");
        // 3.13 still treats NotImplemented as true (with a DeprecationWarning; 3.14 raises).
        t.nb_bool = o => true;
        t.tp_new = (type, args, kw) =>
        {
            if (args.Length > 0) throw Runtime.PyErr.TypeError("NotImplementedType takes no arguments");
            return PyNotImplemented.Instance;
        };
        t.AddMethod("__reduce__", (PyObject self) => PyStr.Intern("NotImplemented"));
    }

    internal static void SetupEllipsis(PyType t)
    {
        t.tp_repr = o => PyStr.Intern("Ellipsis");
        t.tp_new = (type, args, kw) =>
        {
            if (args.Length > 0) throw Runtime.PyErr.TypeError("ellipsis takes no arguments");
            return PyEllipsis.Instance;
        };
        t.AddMethod("__reduce__", (PyObject self) => PyStr.Intern("Ellipsis"));
    }
}
