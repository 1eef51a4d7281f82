namespace Ftpy.Objects;

/// <summary>Py_ReprEnter/Py_ReprLeave: detects a container reached again while its own repr is
/// being built (so [x] containing itself prints [...]). Per thread.</summary>
public static class ReprGuard
{
    [ThreadStatic] static List<PyObject>? t_active;

    /// <summary>True when <paramref name="o"/> is already being repr'd (the caller prints "...").</summary>
    public static bool Enter(PyObject o)
    {
        var list = t_active ??= new List<PyObject>();
        foreach (var x in list) if (ReferenceEquals(x, o)) return true;
        list.Add(o);
        return false;
    }

    public static void Leave(PyObject o)
    {
        var list = t_active;
        if (list is null) return;
        for (int i = list.Count - 1; i >= 0; i--)
            if (ReferenceEquals(list[i], o)) { list.RemoveAt(i); return; }
    }
}
