namespace Ftpy.Objects;

/// <summary>What staticmethod/classmethod copy from the wrapped callable (functools.update_wrapper's
/// WRAPPER_ASSIGNMENTS, since 3.10): __module__, __name__, __qualname__, __doc__, __wrapped__.</summary>
static class FunctionAttributes
{
    static readonly string[] s_names = { "__module__", "__name__", "__qualname__", "__doc__" };

    public static void CopyWrapperAttributes(PyObject wrapped, PyObject wrapper)
    {
        var dict = wrapper.GetInstanceDict(create: true);
        if (dict is null) return;
        foreach (var n in s_names)
        {
            var v = Py.LookupAttr(wrapped, n);
            if (v is null) continue;
            dict.SetItem(n, v);
            Py.Decref(v);
        }
        dict.SetItem("__wrapped__", wrapped);
    }
}
