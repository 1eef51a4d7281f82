using System.Text;
using Ftpy.Objects;
using Ftpy.Runtime;

namespace Ftpy.Modules;

/// <summary>functools.partial: a callable with some positional and keyword arguments fixed.
/// Invariant: <see cref="Args"/> is a tuple and <see cref="Keywords"/> a dict (possibly empty).</summary>
public sealed class PyPartial : PyObject
{
    public static readonly PyType Type = new("functools.partial", TypeFlags.BaseType | TypeFlags.HasInstanceDict | TypeFlags.HasWeakrefs);

    internal PyObject? Fn;
    internal PyTuple Args = PyTuple.Empty;
    internal PyDict? Keywords;
    internal PyDict? Dict;

    public PyPartial(PyType type) : base(type) { GcRegistry.Track(this); }

    protected internal override bool IsGcContainer => true;

    internal override PyDict? GetInstanceDict(bool create)
    {
        if (Dict is null && create) Dict = new PyDict();
        return Dict;
    }

    internal override bool SetInstanceDict(PyDict dict)
    {
        Py.Incref(dict);
        Py.XSetRef(ref Dict, dict);
        return true;
    }

    protected internal override void ReleaseReferences()
    {
        Py.Clear(ref Fn);
        var a = Args;
        Args = PyTuple.Empty;
        Py.Decref(a);
        Py.Clear(ref Keywords);
        Py.Clear(ref Dict);
    }

    protected internal override void Traverse(Action<PyObject> visit)
    {
        if (Fn is not null) visit(Fn);
        visit(Args);
        if (Keywords is not null) visit(Keywords);
        if (Dict is not null) visit(Dict);
    }
}

public static class PartialType
{
    static PyPartial P(PyObject o) => (PyPartial)o;

    static PyObject New(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        int nkw = kwnames?.Count ?? 0;
        int npos = args.Length - nkw;
        if (npos < 1) throw PyErr.TypeError("type 'partial' takes at least one argument");
        var func = args[0];
        if (func.ob_type.tp_call is null) throw PyErr.TypeError("the first argument must be callable");
        PyTuple? innerArgs = null;
        PyDict? innerKw = null;
        // A partial of a partial (or of a subclass that keeps partial's __call__) is flattened.
        if (func is PyPartial inner && func.ob_type.tp_call == PyPartial.Type.tp_call && inner.Dict is null)
        {
            innerArgs = inner.Args;
            innerKw = inner.Keywords;
            func = inner.Fn!;
        }
        var p = new PyPartial(type);
        p.Fn = Py.NewRef(func);
        var newArgs = args[1..npos];
        if (innerArgs is null || innerArgs.Count == 0) p.Args = PyTuple.Create(newArgs);
        else
        {
            var all = new PyObject[innerArgs.Count + newArgs.Length];
            for (int i = 0; i < innerArgs.Count; i++) all[i] = Py.NewRef(innerArgs.Items[i]);
            for (int i = 0; i < newArgs.Length; i++) all[innerArgs.Count + i] = Py.NewRef(newArgs[i]);
            p.Args = PyTuple.Steal(all);
        }
        var kw = innerKw is null ? new PyDict() : innerKw.Copy();
        for (int i = 0; i < nkw; i++) kw.SetItem(kwnames!.Items[i], args[npos + i]);
        p.Keywords = kw;
        return p;
    }

    static PyObject Call(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var p = P(self);
        var fn = p.Fn!;
        var pargs = p.Args.Items;
        var pkw = p.Keywords!;
        int nkw = kwnames?.Count ?? 0;
        int npos = args.Length - nkw;
        if (pkw.Count == 0)
        {
            if (pargs.Length == 0) return Py.Call(fn, args, kwnames);
            var all = new PyObject[pargs.Length + args.Length];
            pargs.CopyTo(all, 0);
            args.CopyTo(all.AsSpan(pargs.Length));
            return Py.Call(fn, all, kwnames);
        }
        // Merge keywords: the partial's, overridden by the call's.
        var merged = pkw.Copy();
        try
        {
            for (int i = 0; i < nkw; i++) merged.SetItem(kwnames!.Items[i], args[npos + i]);
            var items = merged.Items();
            var vec = new PyObject[pargs.Length + npos + items.Count];
            pargs.CopyTo(vec, 0);
            args[..npos].CopyTo(vec.AsSpan(pargs.Length));
            var names = new PyObject[items.Count];
            for (int i = 0; i < items.Count; i++)
            {
                names[i] = items[i].Key;
                vec[pargs.Length + npos + i] = items[i].Value;
            }
            var kwTuple = PyTuple.Create(names);
            try { return Py.Call(fn, vec, kwTuple); }
            finally { Py.Decref(kwTuple); }
        }
        finally { Py.Decref(merged); }
    }

    static PyObject Repr(PyObject self)
    {
        var p = P(self);
        var type = self.ob_type;
        var qualname = Py.GetAttr(type, "__qualname__");
        var module = Py.GetAttr(type, "__module__");
        try
        {
            string prefix = $"{Py.StrString(module)}.{Py.StrString(qualname)}";
            if (ReprGuard.Enter(self)) return PyStr.From("...");
            try
            {
                var sb = new StringBuilder(prefix).Append('(').Append(Py.ReprString(p.Fn!));
                foreach (var a in p.Args.Items) sb.Append(", ").Append(Py.ReprString(a));
                foreach (var kv in p.Keywords!.Items()) sb.Append(", ").Append(Py.StrString(kv.Key)).Append('=').Append(Py.ReprString(kv.Value));
                return PyStr.From(sb.Append(')').ToString());
            }
            finally { ReprGuard.Leave(self); }
        }
        finally { Py.Decref(qualname); Py.Decref(module); }
    }

    internal static void Setup(PyType t)
    {
        t.Doc = "partial(func, /, *args, **keywords)\n--\n\nCreate a new function with partial application of the given arguments\nand keywords.";
        t.tp_new = New;
        t.tp_call = Call;
        t.tp_repr = Repr;
        t.AddGetter("func", o => Py.NewRef(P(o).Fn ?? (PyObject)PyNone.Instance));
        t.AddGetter("args", o => Py.NewRef(P(o).Args));
        t.AddGetter("keywords", o => Py.NewRef(P(o).Keywords ?? (PyObject)PyNone.Instance));
        t.AddGetSet("__dict__", o => Py.NewRef(o.GetInstanceDict(true)!), (o, v) =>
        {
            if (v is null) throw PyErr.TypeError("cannot delete __dict__");
            if (v is not PyDict d) throw PyErr.TypeError($"__dict__ must be set to a dictionary, not a '{v.ob_type.ShortName}'");
            o.SetInstanceDict(d);
        });
        t.AddMethod("__reduce__", (PyObject self) =>
        {
            var p = P(self);
            var dict = p.Dict is null || p.Dict.Count == 0 ? (PyObject)PyNone.Instance : Py.NewRef(p.Dict);
            var state = PyTuple.Steal(new PyObject[] { Py.NewRef(p.Fn!), Py.NewRef(p.Args), Py.NewRef(p.Keywords!), dict });
            return PyTuple.Steal(new PyObject[] { Py.NewRef(self.ob_type), PyTuple.Create(p.Fn!), state });
        });
        t.AddMethod("__setstate__", (PyObject self, PyObject state) =>
        {
            if (state is not PyTuple st || st.Count != 4) throw PyErr.TypeError("invalid partial state");
            var fn = st.Items[0];
            var fnArgs = st.Items[1];
            var kw = st.Items[2];
            var dict = st.Items[3];
            if (fn.ob_type.tp_call is null || fnArgs is not PyTuple || (kw is not PyNone && kw is not PyDict))
                throw PyErr.TypeError("invalid partial state");
            var p = P(self);
            Py.XSetRef(ref p.Fn, Py.NewRef(fn));
            var oldArgs = p.Args;
            p.Args = fnArgs.ob_type == PyTuple.Type ? Py.NewRef((PyTuple)fnArgs) : PyTuple.Create(((PyTuple)fnArgs).Items);
            Py.Decref(oldArgs);
            Py.XSetRef(ref p.Keywords, kw is PyDict kd ? (kd.ob_type == PyDict.Type ? Py.NewRef(kd) : kd.Copy()) : new PyDict());
            Py.XSetRef(ref p.Dict, dict is PyDict dd ? Py.NewRef(dd) : null);
            return PyNone.Instance;
        });
        t.AddClassMethod(new MethodDef("__class_getitem__", (PyObject cls, PyObject arg) => PyGenericAlias.Create(cls, arg), "See PEP 585"));
    }
}
