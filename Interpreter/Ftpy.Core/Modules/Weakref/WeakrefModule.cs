using Ftpy.Objects;
using Ftpy.Runtime;

namespace Ftpy.Modules;

/// <summary>The _weakref module (Modules/_weakref.c): the weak reference types and the
/// primitives Lib/weakref.py builds WeakValueDictionary and friends on.</summary>
public static class WeakrefModule
{
    public static PyModule Create(InterpreterState interp)
    {
        var m = new PyModule("_weakref");
        var d = m.Dict;
        d.SetItem("__doc__", PyStr.From("Weak-reference support module."));
        d.SetItem("ref", PyWeakref.Type);
        d.SetItem("ReferenceType", PyWeakref.Type);
        d.SetItem("ProxyType", PyWeakref.ProxyType);
        d.SetItem("CallableProxyType", PyWeakref.CallableProxyType);
        m.AddFunction("getweakrefcount", (PyObject self, PyObject o) => PyInt.From(WeakrefList.Count(o)));
        m.AddFunction("getweakrefs", (PyObject self, PyObject o) =>
        {
            var list = new PyList();
            if (o.ob_weakrefs is { } refs)
                foreach (var r in refs.Refs.ToArray()) list.Append(r);
            return list;
        });
        m.AddFunction("proxy", (PyObject self, ReadOnlySpan<PyObject> args) =>
        {
            ArgParser.CheckPositional("proxy", args, 1, 2);
            var cb = args.Length > 1 && args[1] is not PyNone ? args[1] : null;
            return PyWeakref.NewProxy(args[0], cb);
        });
        m.AddFunction("_remove_dead_weakref", (PyObject self, ReadOnlySpan<PyObject> args) =>
        {
            ArgParser.CheckPositional("_remove_dead_weakref", args, 2, 2);
            if (args[0] is not PyDict dict)
                throw PyErr.TypeError($"_remove_dead_weakref() argument 1 must be dict, not {args[0].ob_type.ShortName}");
            RemoveDeadWeakref(dict, args[1]);
            return PyNone.Instance;
        });
        return m;
    }

    /// <summary>Deletes dict[key] if it is a dead weak reference; a missing key is not an error.</summary>
    static void RemoveDeadWeakref(PyDict dict, PyObject key)
    {
        var value = dict.GetItem(key);
        if (value is null) return;
        try
        {
            if (value is not PyWeakref w) throw PyErr.TypeError("not a weakref");
            if (w.Referent is null) dict.DelItem(key);
        }
        finally { Py.Decref(value); }
    }
}
