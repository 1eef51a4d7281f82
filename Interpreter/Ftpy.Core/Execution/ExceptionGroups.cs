using Ftpy.Objects;
using Ftpy.Runtime;

namespace Ftpy.Execution;

/// <summary>except* support: splitting a raised exception by a handler's type (CHECK_EG_MATCH)
/// and rebuilding what must be re-raised (PREP_RERAISE_STAR).</summary>
static class ExceptionGroups
{
    /// <summary>Returns (match, rest) as new references; None where empty.</summary>
    public static (PyObject match, PyObject rest) Split(ThreadState ts, PyObject exc, PyObject type)
    {
        if (Py.IsInstanceOfExceptionSpec(exc, type))
        {
            if (exc.ob_type.IsSubtype(ExceptionTypes.BaseExceptionGroup))
                return (Py.NewRef(exc), PyNone.Instance);
            // A naked exception matched by except*: wrap it in BaseExceptionGroup("", (exc,)),
            // which is an ExceptionGroup unless exc is a BaseException only.
            var tuple = PyTuple.Create(exc);
            var group = Py.Call(ExceptionTypes.BaseExceptionGroup, PyStr.Empty, tuple);
            Py.Decref(tuple);
            var g = (PyBaseException)group;
            var src = (PyBaseException)exc;
            Py.XSetRef(ref g.Traceback, Py.XNewRef(src.Traceback));
            Py.XSetRef(ref g.Cause, Py.XNewRef(src.Cause));
            Py.XSetRef(ref g.Context, Py.XNewRef(src.Context));
            g.SuppressContext = src.SuppressContext;
            return (group, PyNone.Instance);
        }
        if (exc.ob_type.IsSubtype(ExceptionTypes.BaseExceptionGroup))
        {
            var pair = Py.CallMethod(exc, "split", type);
            try
            {
                var t = (PyTuple)pair;
                return (Py.NewRef(t.Items[0]), Py.NewRef(t.Items[1]));
            }
            finally { Py.Decref(pair); }
        }
        return (PyNone.Instance, Py.NewRef(exc));
    }

    /// <summary>Combines the exceptions raised in except* handlers with the unhandled rest (the
    /// last list item) into what the try statement re-raises, or None.</summary>
    public static PyObject PrepReraiseStar(PyObject orig, PyList excs)
    {
        var raised = new List<PyObject>();
        PyObject? rest = null;
        int n = excs.Count;
        for (int i = 0; i < n; i++)
        {
            var e = excs[i];
            if (e is PyNone) continue;
            if (i == n - 1) rest = e;
            else raised.Add(e);
        }
        if (raised.Count == 0 && rest is null) return PyNone.Instance;
        if (orig is not PyBaseException origExc || !orig.ob_type.IsSubtype(ExceptionTypes.BaseExceptionGroup))
        {
            // A naked exception: whatever was raised replaces it.
            var first = raised.Count > 0 ? raised[0] : rest!;
            return Py.NewRef(first);
        }
        // Raised exceptions that are (parts of) the original are re-raised as part of it; new ones join a new group.
        var reraisedParts = new List<PyObject>();
        var newRaises = new List<PyObject>();
        foreach (var e in raised)
        {
            if (IsPartOf(e, origExc)) reraisedParts.Add(e);
            else newRaises.Add(e);
        }
        if (rest is not null) reraisedParts.Add(rest);
        PyObject? reraised = null;
        if (reraisedParts.Count > 0)
        {
            var keep = CollectLeafIds(reraisedParts);
            reraised = ProjectGroup(origExc, keep);
        }
        var all = new List<PyObject>(newRaises);
        if (reraised is not null && reraised is not PyNone) all.Add(reraised);
        if (all.Count == 0) { if (reraised is not null) Py.Decref(reraised); return PyNone.Instance; }
        if (all.Count == 1 && newRaises.Count == 0) return reraised!;
        if (all.Count == 1)
        {
            if (reraised is not null) Py.Decref(reraised);
            return Py.NewRef(all[0]);
        }
        var list = PyList.Create(all.ToArray());
        if (reraised is not null) Py.Decref(reraised);
        var group = Py.Call(ExceptionTypes.ExceptionGroup, PyStr.Empty, list);
        Py.Decref(list);
        return group;
    }

    static bool IsPartOf(PyObject e, PyBaseException orig)
    {
        if (ReferenceEquals(e, orig)) return true;
        var leaves = CollectLeafIds(new List<PyObject> { orig });
        var mine = CollectLeafIds(new List<PyObject> { e });
        return mine.Count > 0 && mine.IsSubsetOf(leaves);
    }

    static HashSet<PyObject> CollectLeafIds(List<PyObject> excs)
    {
        var set = new HashSet<PyObject>(ReferenceEqualityComparer.Instance);
        void Walk(PyObject e)
        {
            if (e is PyExceptionWithFields g && e.ob_type.IsSubtype(ExceptionTypes.BaseExceptionGroup) && g.Fields[1] is PyTuple children)
            {
                foreach (var c in children.Items) Walk(c);
            }
            else set.Add(e);
        }
        foreach (var e in excs) Walk(e);
        return set;
    }

    /// <summary>The subgroup of <paramref name="group"/> keeping only the leaves in <paramref name="keep"/> (exceptiongroup_project).</summary>
    static PyObject ProjectGroup(PyBaseException group, HashSet<PyObject> keep)
    {
        var pred = new PyBuiltinFunction(new MethodDef("_keep", (PyObject self, PyObject e) => PyBool.From(keep.Contains(e))), null);
        try
        {
            var pair = Py.CallMethod(group, "split", pred);
            try { return Py.NewRef(((PyTuple)pair).Items[0]); }
            finally { Py.Decref(pair); }
        }
        finally { Py.Decref(pred); }
    }
}
