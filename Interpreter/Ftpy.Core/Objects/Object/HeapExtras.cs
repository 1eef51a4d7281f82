using System.Runtime.CompilerServices;

namespace Ftpy.Objects;

/// <summary>
/// __dict__ and __slots__ storage for instances of heap subtypes of builtin types (a list
/// subclass instance, an int subclass instance...), kept beside the object so builtin
/// layouts need no extra fields. Invariant: an entry exists only for a live heap-type instance
/// whose class is not laid out as <see cref="PyInstance"/>; it is released when the object dies.
/// </summary>
static class HeapExtras
{
    static readonly ConditionalWeakTable<PyObject, InstanceExtras> s_extras = new();

    static InstanceExtras? Get(PyObject o, bool create)
    {
        if (s_extras.TryGetValue(o, out var x)) return x;
        if (!create) return null;
        return s_extras.GetValue(o, obj => new InstanceExtras(obj.ob_type));
    }

    public static PyDict? GetDict(PyObject o, bool create)
    {
        if (!o.ob_type.HasFlag(TypeFlags.HasInstanceDict)) return null;
        var x = Get(o, create);
        return x?.GetDict(o.ob_type, create);
    }

    public static bool SetDict(PyObject o, PyDict dict)
    {
        if (!o.ob_type.HasFlag(TypeFlags.HasInstanceDict)) return false;
        var x = Get(o, create: true)!;
        Py.Incref(dict);
        Py.XSetRef(ref x.Dict, dict);
        return true;
    }

    public static PyObject?[]? Slots(PyObject o) =>
        o.ob_type.SlotNames.Length == 0 ? null : Get(o, create: true)!.Slots;

    public static void Release(PyObject o)
    {
        if (s_extras.TryGetValue(o, out var x))
        {
            s_extras.Remove(o);
            x.Release();
        }
    }

    public static void Traverse(PyObject o, Action<PyObject> visit)
    {
        if (s_extras.TryGetValue(o, out var x)) x.Traverse(visit);
    }
}
