using System.Runtime.CompilerServices;
using Ftpy.Runtime;

namespace Ftpy.Objects;

/// <summary>Iteration, subscription, len and membership (the abstract object layer).</summary>
public static partial class Py
{
    /// <summary>iter(o): __iter__, or the __getitem__ sequence fallback. A new reference.</summary>
    public static PyObject GetIter(PyObject o)
    {
        var t = o.ob_type;
        if (t.tp_iter is { } f)
        {
            var it = f(o);
            if (it.ob_type.tp_iternext is null)
            {
                string tn = it.ob_type.Name;
                Decref(it);
                throw PyErr.TypeError($"iter() returned non-iterator of type '{tn}'");
            }
            return it;
        }
        if (t.sq_item is not null && !t.IsSubtype(PyDict.Type)) return new PySeqIter(o);
        throw PyErr.TypeError($"'{t.Name}' object is not iterable");
    }

    /// <summary>PySequence_Check: supports integer indexing and is not a dict.</summary>
    public static bool IsSequence(PyObject o) => o.ob_type.sq_item is not null && !o.ob_type.IsSubtype(PyDict.Type);

    /// <summary>next(it): the next item as a new reference, or null when exhausted.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject? IterNext(PyObject it) => it.ob_type.tp_iternext!(it);

    /// <summary>Iterates any iterable, yielding new references that the caller must release.</summary>
    public static IEnumerable<PyObject> Iterate(PyObject iterable)
    {
        var it = GetIter(iterable);
        try
        {
            while (IterNext(it) is { } item) yield return item;
        }
        finally
        {
            Decref(it);
        }
    }

    /// <summary>All items of an iterable as a C# list of new references (PySequence_Fast).</summary>
    public static List<PyObject> ToList(PyObject iterable)
    {
        var result = new List<PyObject>();
        if (iterable is PyList l && l.ob_type == PyList.Type)
        {
            foreach (var x in l.AsSpan()) result.Add(NewRef(x));
            return result;
        }
        if (iterable is PyTuple t)
        {
            foreach (var x in t.Items) result.Add(NewRef(x));
            return result;
        }
        var it = GetIter(iterable);
        try
        {
            while (IterNext(it) is { } item) result.Add(item);
        }
        catch
        {
            foreach (var x in result) Decref(x);
            throw;
        }
        finally
        {
            Decref(it);
        }
        return result;
    }

    /// <summary>o[key], a new reference.</summary>
    public static PyObject GetItem(PyObject o, PyObject key)
    {
        var t = o.ob_type;
        if (t.mp_subscript is { } f) return f(o, key);
        if (t.sq_item is { } si)
        {
            if (key.ob_type.nb_index is not null)
            {
                long i = AsSsize(key, ExceptionTypes.IndexError);
                if (i < 0 && (t.sq_length ?? t.mp_length) is { } len) i += len(o);
                return si(o, i);
            }
            throw PyErr.TypeError($"sequence index must be integer, not '{key.ob_type.Name}'");
        }
        if (o is PyType type)
        {
            // type[int] is special-cased so that str[int] etc. still fail.
            if (ReferenceEquals(type, PyType.Type)) return PyGenericAlias.Create(o, key);
            var cgi = LookupAttr(o, "__class_getitem__");
            if (cgi is not null)
            {
                try { return CallOneArg(cgi, key); }
                finally { Decref(cgi); }
            }
            throw PyErr.TypeError($"type '{type.Name}' is not subscriptable");
        }
        throw PyErr.TypeError($"'{t.Name}' object is not subscriptable");
    }

    public static void SetItem(PyObject o, PyObject key, PyObject value)
    {
        var f = o.ob_type.mp_ass_subscript;
        if (f is null)
        {
            if (o.ob_type.mp_subscript is null && o.ob_type.sq_item is null)
                throw PyErr.TypeError($"'{o.ob_type.Name}' object does not support item assignment");
            throw PyErr.TypeError($"'{o.ob_type.Name}' object does not support item assignment");
        }
        f(o, key, value);
    }

    public static void DelItem(PyObject o, PyObject key)
    {
        var t = o.ob_type;
        if (t.mp_ass_subscript is { } f) { f(o, key, null); return; }
        // PyObject_DelItem: a type with sequence methods (every heap type has them) indexed by an
        // integer fails in PySequence_DelItem, whose message differs.
        bool sequence = t.IsHeapType || t.sq_item is not null || t.sq_length is not null || t.sq_contains is not null;
        if (sequence && key.ob_type.nb_index is not null)
            throw PyErr.TypeError($"'{t.Name}' object doesn't support item deletion");
        throw PyErr.TypeError($"'{t.Name}' object does not support item deletion");
    }

    /// <summary>len(o).</summary>
    public static long Length(PyObject o)
    {
        var t = o.ob_type;
        var f = t.sq_length ?? t.mp_length ?? throw PyErr.TypeError($"object of type '{t.Name}' has no len()");
        return f(o);
    }

    /// <summary>item in container: __contains__, else iteration.</summary>
    public static bool Contains(PyObject container, PyObject item)
    {
        var t = container.ob_type;
        if (t.sq_contains is { } f) return f(container, item);
        return ContainsByIteration(container, item);
    }

    /// <summary>_PySequence_IterSearch for `in`: a TypeError from iter() becomes "argument of type
    /// ... is not iterable".</summary>
    public static bool ContainsByIteration(PyObject container, PyObject item)
    {
        PyObject it;
        try { it = GetIter(container); }
        catch (PyException e) when (e.Matches(ExceptionTypes.TypeError))
        {
            e.Release();
            throw PyErr.TypeError($"argument of type '{container.ob_type.Name}' is not iterable");
        }
        try
        {
            while (IterNext(it) is { } x)
            {
                bool eq;
                try { eq = RichCompareBool(x, item, CompareOp.Eq); }
                finally { Decref(x); }
                if (eq) return true;
            }
            return false;
        }
        finally { Decref(it); }
    }
}
