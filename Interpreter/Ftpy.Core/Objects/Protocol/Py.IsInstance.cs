using Ftpy.Runtime;

namespace Ftpy.Objects;

/// <summary>isinstance / issubclass with __instancecheck__ / __subclasscheck__ and tuples.</summary>
public static partial class Py
{
    static readonly PyStr s_instancecheck = PyStr.Intern("__instancecheck__");
    static readonly PyStr s_subclasscheck = PyStr.Intern("__subclasscheck__");
    static readonly PyStr s_class = PyStr.Intern("__class__");
    static readonly PyStr s_bases = PyStr.Intern("__bases__");

    public static bool IsInstance(PyObject inst, PyObject cls)
    {
        if (ReferenceEquals(inst.ob_type, cls)) return true;
        if (cls is PyType t && t.ob_type == PyType.Type) return RecursiveIsInstance(inst, cls);
        if (cls is PyTuple tuple)
        {
            EnterRecursiveCall(" in __instancecheck__");
            try
            {
                foreach (var c in tuple.Items) if (IsInstance(inst, c)) return true;
                return false;
            }
            finally { LeaveRecursiveCall(); }
        }
        var checker = cls.ob_type.Lookup(s_instancecheck);
        if (checker is not null)
        {
            EnterRecursiveCall(" in __instancecheck__");
            try
            {
                var r = CallBoundDescriptor(checker, cls, new ReadOnlySpan<PyObject>(ref inst));
                try { return IsTrue(r); }
                finally { Decref(r); }
            }
            finally { LeaveRecursiveCall(); }
        }
        return RecursiveIsInstance(inst, cls);
    }

    public static bool RecursiveIsInstance(PyObject inst, PyObject cls)
    {
        if (cls is PyType t)
        {
            if (inst.ob_type.IsSubtype(t)) return true;
            var c = LookupAttr(inst, s_class);
            if (c is null) return false;
            try { return !ReferenceEquals(c, inst.ob_type) && c is PyType ct && ct.IsSubtype(t); }
            finally { Decref(c); }
        }
        if (!IsClassLike(cls))
            throw PyErr.TypeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
        var icls = LookupAttr(inst, s_class);
        if (icls is null) return false;
        try { return AbstractIsSubclass(icls, cls); }
        finally { Decref(icls); }
    }

    public static bool IsSubclass(PyObject derived, PyObject cls)
    {
        if (cls is PyType t && t.ob_type == PyType.Type && derived is PyType dt && dt.ob_type == PyType.Type)
            return dt.IsSubtype(t);
        if (cls is PyTuple tuple)
        {
            EnterRecursiveCall(" in __subclasscheck__");
            try
            {
                foreach (var c in tuple.Items) if (IsSubclass(derived, c)) return true;
                return false;
            }
            finally { LeaveRecursiveCall(); }
        }
        var checker = cls.ob_type.Lookup(s_subclasscheck);
        if (checker is not null)
        {
            EnterRecursiveCall(" in __subclasscheck__");
            try
            {
                var r = CallBoundDescriptor(checker, cls, new ReadOnlySpan<PyObject>(ref derived));
                try { return IsTrue(r); }
                finally { Decref(r); }
            }
            finally { LeaveRecursiveCall(); }
        }
        return RecursiveIsSubclass(derived, cls);
    }

    public static bool RecursiveIsSubclass(PyObject derived, PyObject cls)
    {
        if (derived is PyType dt && cls is PyType ct) return dt.IsSubtype(ct);
        if (!IsClassLike(derived)) throw PyErr.TypeError("issubclass() arg 1 must be a class");
        if (!IsClassLike(cls) && cls is not PyUnionType) throw PyErr.TypeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
        return AbstractIsSubclass(derived, cls);
    }

    static bool IsClassLike(PyObject o)
    {
        if (o is PyType) return true;
        var bases = LookupAttr(o, s_bases);
        if (bases is null) return false;
        try { return bases is PyTuple; }
        finally { Decref(bases); }
    }

    static bool AbstractIsSubclass(PyObject derived, PyObject cls)
    {
        while (true)
        {
            if (ReferenceEquals(derived, cls)) return true;
            var bases = LookupAttr(derived, s_bases);
            if (bases is not PyTuple tb)
            {
                XDecref(bases);
                return false;
            }
            try
            {
                if (tb.Count == 0) return false;
                EnterRecursiveCall(" in __subclasscheck__");
                try
                {
                    for (int i = 0; i < tb.Count - 1; i++)
                        if (AbstractIsSubclass(tb.Items[i], cls)) return true;
                }
                finally { LeaveRecursiveCall(); }
                derived = tb.Items[^1];
            }
            finally { Decref(bases); }
        }
    }

    /// <summary>except T / except (T1, T2): a plain subclass check (no __instancecheck__).</summary>
    public static bool IsInstanceOfExceptionSpec(PyObject exc, PyObject spec)
    {
        if (spec is PyTuple t)
        {
            foreach (var c in t.Items) if (IsInstanceOfExceptionSpec(exc, c)) return true;
            return false;
        }
        return spec is PyType st && exc.ob_type.IsSubtype(st);
    }
}
