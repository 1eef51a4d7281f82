using Ftpy.Runtime;

namespace Ftpy.Objects;

/// <summary>BaseExceptionGroup and ExceptionGroup (PEP 654): message, exceptions, split,
/// subgroup and derive.</summary>
static class ExceptionGroupType
{
    static PyObject?[] F(PyObject o) => ((PyExceptionWithFields)o).Fields;
    public static PyTuple Exceptions(PyObject o) => (PyTuple)F(o)[1]!;

    internal static void SetupBase(PyType t)
    {
        t.tp_new = (type, args, kw) =>
        {
            // Only the two builtin group types refuse keywords; a subclass's __init__ may take them.
            if (type == ExceptionTypes.BaseExceptionGroup || type == ExceptionTypes.ExceptionGroup)
                ArgParser.NoKeywords(type.ShortName, kw);
            int npos = args.Length - (kw?.Count ?? 0);
            if (npos != 2)
                throw PyErr.TypeError($"BaseExceptionGroup.__new__() takes exactly 2 arguments ({npos} given)");
            if (args[0] is not PyStr)
                throw PyErr.TypeError($"BaseExceptionGroup.__new__() argument 1 must be str, not {args[0].ob_type.Name}");
            var seq = args[1];
            if (!Py.IsSequence(seq)) throw PyErr.TypeError("second argument (exceptions) must be a sequence");
            var items = Py.ToList(seq);
            try
            {
                if (items.Count == 0) throw PyErr.ValueError("second argument (exceptions) must be a non-empty sequence");
                bool nestedBase = false;
                for (int i = 0; i < items.Count; i++)
                {
                    if (items[i] is not PyBaseException)
                        throw PyErr.ValueError($"Item {i} of second argument (exceptions) is not an exception");
                    if (!items[i].ob_type.IsSubtype(ExceptionTypes.Exception)) nestedBase = true;
                }
                if (ReferenceEquals(type, ExceptionTypes.ExceptionGroup))
                {
                    if (nestedBase) throw PyErr.TypeError("Cannot nest BaseExceptions in an ExceptionGroup");
                }
                else if (ReferenceEquals(type, ExceptionTypes.BaseExceptionGroup))
                {
                    // All Exceptions: the group is an ExceptionGroup.
                    if (!nestedBase) type = ExceptionTypes.ExceptionGroup;
                }
                else if (nestedBase && type.IsSubtype(ExceptionTypes.Exception))
                {
                    throw PyErr.TypeError($"Cannot nest BaseExceptions in '{type.Name}'");
                }
                var e = (PyExceptionWithFields)ExceptionTypes.BaseException.AllocInstance!(type);
                e.Fields[0] = Py.NewRef(args[0]);
                e.Fields[1] = PyTuple.Create(items.ToArray());
                Py.SetRef(ref e.Args, PyTuple.Create(args[..npos]));
                return e;
            }
            finally { foreach (var x in items) Py.Decref(x); }
        };
        t.tp_init = (self, args, kw) =>
        {
            if (kw is not null && kw.Count > 0) throw PyErr.TypeError($"{self.ob_type.Name}() takes no keyword arguments");
            Py.SetRef(ref ((PyBaseException)self).Args, PyTuple.Create(args));
        };
        t.tp_str = o =>
        {
            int n = Exceptions(o).Count;
            return PyStr.From($"{Py.StrString(F(o)[0]!)} ({n} sub-exception{(n == 1 ? "" : "s")})");
        };
        t.AddGetter("message", o => Py.NewRef(F(o)[0]!));
        t.AddGetter("exceptions", o => Py.NewRef(F(o)[1]!));
        t.AddMethod("derive", (PyObject self, PyObject excs) => Py.Call(ExceptionTypes.BaseExceptionGroup, F(self)[0]!, excs));
        t.AddMethod("split", (PyObject self, PyObject cond) =>
        {
            var (m, r) = Split(self, Matcher(cond));
            return PyTuple.Steal(new[] { m, r });
        });
        t.AddMethod("subgroup", (PyObject self, PyObject cond) =>
        {
            var (m, r) = Split(self, Matcher(cond));
            Py.Decref(r);
            return m;
        });
        t.AddClassMethod(new MethodDef("__class_getitem__", (PyObject cls, PyObject arg) => PyGenericAlias.Create(cls, arg)));
    }

    /// <summary>ExceptionGroup derives from both BaseExceptionGroup and Exception (CPython's MRO:
    /// ExceptionGroup, BaseExceptionGroup, Exception, BaseException, object).</summary>
    internal static void SetupExceptionGroup(PyType t)
    {
        var beg = ExceptionTypes.BaseExceptionGroup;
        var exc = ExceptionTypes.Exception;
        t.Bases = PyTuple.ImmortalOf(new PyObject[] { beg, exc });
        var mro = new List<PyType> { t, beg };
        foreach (var m in exc.MroArray) mro.Add(m);
        t.MroArray = mro.ToArray();
        t.Mro = PyTuple.ImmortalOf(mro.ToArray<PyObject>());
    }

    static Func<PyObject, bool> Matcher(PyObject cond)
    {
        if (cond is PyType ct && ct.IsSubtype(ExceptionTypes.BaseException)) return e => e.ob_type.IsSubtype(ct);
        if (cond is PyTuple tuple && tuple.Items.All(x => x is PyType xt && xt.IsSubtype(ExceptionTypes.BaseException)))
            return e => tuple.Items.Any(x => e.ob_type.IsSubtype((PyType)x));
        if (cond.ob_type.tp_call is not null && cond is not PyType)
        {
            return e =>
            {
                var r = Py.CallOneArg(cond, e);
                try { return Py.IsTrue(r); }
                finally { Py.Decref(r); }
            };
        }
        throw PyErr.TypeError("expected an exception type, a tuple of exception types, or a callable (other than a class)");
    }

    /// <summary>Splits a group by a predicate into (match, rest), each a derived group or None, keeping
    /// traceback, cause, context and notes on the derived groups.</summary>
    public static (PyObject, PyObject) Split(PyObject group, Func<PyObject, bool> matches)
    {
        if (matches(group)) return (Py.NewRef(group), PyNone.Instance);
        var matched = new List<PyObject>();
        var rest = new List<PyObject>();
        try
        {
            foreach (var e in Exceptions(group).Items)
            {
                if (e.ob_type.IsSubtype(ExceptionTypes.BaseExceptionGroup))
                {
                    var (m, r) = Split(e, matches);
                    if (m is not PyNone) matched.Add(m); else Py.Decref(m);
                    if (r is not PyNone) rest.Add(r); else Py.Decref(r);
                }
                else if (matches(e)) matched.Add(Py.NewRef(e));
                else rest.Add(Py.NewRef(e));
            }
            return (Derive(group, matched), Derive(group, rest));
        }
        finally
        {
            foreach (var x in matched) Py.Decref(x);
            foreach (var x in rest) Py.Decref(x);
        }
    }

    static PyObject Derive(PyObject group, List<PyObject> excs)
    {
        if (excs.Count == 0) return PyNone.Instance;
        var list = PyList.Create(excs.ToArray());
        PyObject derived;
        try { derived = Py.CallMethod(group, "derive", list); }
        finally { Py.Decref(list); }
        if (derived is not PyBaseException d || !derived.ob_type.IsSubtype(ExceptionTypes.BaseExceptionGroup))
        {
            Py.Decref(derived);
            throw PyErr.TypeError("derive must return an instance of BaseExceptionGroup");
        }
        var g = (PyBaseException)group;
        Py.XSetRef(ref d.Traceback, Py.XNewRef(g.Traceback));
        Py.XSetRef(ref d.Cause, Py.XNewRef(g.Cause));
        Py.XSetRef(ref d.Context, Py.XNewRef(g.Context));
        d.SuppressContext = g.SuppressContext;
        if (g.Dict?.GetItemBorrowed("__notes__") is { } notes)
        {
            var copy = notes is PyList nl ? PyList.Create(nl.AsSpan()) : Py.NewRef(notes);
            d.GetOrCreateDict().SetItem("__notes__", copy);
            Py.Decref(copy);
        }
        return d;
    }
}
