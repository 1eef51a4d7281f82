using Ftpy.Execution;
using Ftpy.Objects;
using Ftpy.Runtime;

namespace Ftpy.Modules;

/// <summary>__build_class__: resolves bases (__mro_entries__) and the metaclass, prepares the
/// namespace, runs the class body in it and calls the metaclass (PEP 3115, PEP 560).</summary>
static class BuildClass
{
    public static PyObject Build(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        int nkw = kwnames?.Count ?? 0;
        int npos = args.Length - nkw;
        if (npos < 2) throw PyErr.TypeError("__build_class__: not enough arguments");
        if (args[0] is not PyFunction func) throw PyErr.TypeError("__build_class__: func must be a function");
        if (args[1] is not PyStr name) throw PyErr.TypeError("__build_class__: name is not a string");
        var origBases = PyTuple.Create(args[2..npos]);
        var kwargs = new List<(PyStr, PyObject)>();
        PyObject? meta = null;
        for (int i = 0; i < nkw; i++)
        {
            var k = (PyStr)kwnames!.Items[i];
            if (k.Value == "metaclass") meta = args[npos + i];
            else kwargs.Add((k, args[npos + i]));
        }
        try
        {
            var bases = ResolveMroEntries(origBases);
            try
            {
                bool isClass = false;
                if (meta is null)
                {
                    meta = bases.Count == 0 ? PyType.Type : bases.Items[0].ob_type;
                    isClass = true;
                }
                else if (meta is PyType) isClass = true;
                if (isClass) meta = TypeCreation.CalculateMetaclass((PyType)meta, bases);
                var ns = Prepare(meta, name, bases, kwargs);
                try
                {
                    var frame = new Frame(func.Code, func.Globals, func.Builtins, ns, func);
                    var cell = EvalLoop.Run(ThreadState.Current, frame);
                    try
                    {
                        if (!ReferenceEquals(bases, origBases))
                        {
                            if (ns is PyDict nd) nd.SetItem("__orig_bases__", origBases);
                            else Py.SetItem(ns, PyStr.Intern("__orig_bases__"), origBases);
                        }
                        var callArgs = new List<PyObject> { name, bases, ns };
                        var names = new List<PyObject>();
                        foreach (var (k, v) in kwargs) { callArgs.Add(v); names.Add(Py.NewRef(k)); }
                        var kwTuple = names.Count == 0 ? null : PyTuple.Steal(names.ToArray());
                        PyObject cls;
                        try { cls = Py.Call(meta, callArgs.ToArray(), kwTuple); }
                        finally { Py.XDecref(kwTuple); }
                        if (cls is PyType && cell is PyCell c)
                        {
                            if (!ReferenceEquals(c.Contents, cls))
                            {
                                string msg = c.Contents is null
                                    ? $"__class__ not set defining '{name.Value}' as {Py.ReprString(cls)}. Was __classcell__ propagated to type.__new__?"
                                    : $"__class__ set to {Py.ReprString(c.Contents)} defining '{name.Value}' as {Py.ReprString(cls)}";
                                bool missing = c.Contents is null;
                                Py.Decref(cls);
                                throw missing ? PyErr.RuntimeError(msg) : PyErr.TypeError(msg);
                            }
                        }
                        return cls;
                    }
                    finally { Py.Decref(cell); }
                }
                finally { Py.Decref(ns); }
            }
            finally { Py.Decref(bases); }
        }
        finally { Py.Decref(origBases); }
    }

    static PyTuple ResolveMroEntries(PyTuple bases)
    {
        List<PyObject>? result = null;
        for (int i = 0; i < bases.Count; i++)
        {
            var b = bases.Items[i];
            if (b is PyType) { result?.Add(b); continue; }
            var entries = Py.LookupAttr(b, "__mro_entries__");
            if (entries is null) { result?.Add(b); continue; }
            PyObject r;
            try { r = Py.CallOneArg(entries, bases); }
            finally { Py.Decref(entries); }
            if (r is not PyTuple rt)
            {
                Py.Decref(r);
                throw PyErr.TypeError("__mro_entries__ must return a tuple");
            }
            result ??= bases.Items.Take(i).ToList();
            result.AddRange(rt.Items);
            Py.Decref(r);
        }
        return result is null ? Py.NewRef(bases) : PyTuple.Create(result.ToArray());
    }

    static PyObject Prepare(PyObject meta, PyStr name, PyTuple bases, List<(PyStr, PyObject)> kwargs)
    {
        var prepare = Py.LookupAttr(meta, "__prepare__");
        if (prepare is null) return new PyDict();
        try
        {
            var args = new List<PyObject> { name, bases };
            var names = new List<PyObject>();
            foreach (var (k, v) in kwargs) { args.Add(v); names.Add(Py.NewRef(k)); }
            var kw = names.Count == 0 ? null : PyTuple.Steal(names.ToArray());
            try
            {
                var ns = Py.Call(prepare, args.ToArray(), kw);
                if (ns.ob_type.mp_subscript is null)
                {
                    string mn = meta is PyType mt ? mt.ShortName : "<metaclass>";
                    Py.Decref(ns);
                    throw PyErr.TypeError($"{mn}.__prepare__() must return a mapping, not {ns.ob_type.ShortName}");
                }
                return ns;
            }
            finally { Py.XDecref(kw); }
        }
        finally { Py.Decref(prepare); }
    }
}
