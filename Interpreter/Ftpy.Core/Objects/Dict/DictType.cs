using System.Text;
using Ftpy.Runtime;

namespace Ftpy.Objects;

/// <summary>The dict type: mapping protocol, __missing__, views, the dict methods, | and |=.</summary>
public static class DictType
{
    static PyDict D(PyObject o) => (PyDict)o;

    internal static void Setup(PyType t)
    {
        t.Doc = "dict() -> new empty dictionary";
        t.AddAttribute("__hash__", PyNone.Instance);
        t.tp_new = (type, args, kw) => ReferenceEquals(type, PyDict.Type) ? new PyDict() : new PyDict(type);
        t.tp_init = (self, args, kw) => DictOps.UpdateFromArgs(D(self), args, kw, "dict");
        t.tp_repr = Repr;
        t.tp_richcompare = (a, b, op) =>
        {
            if (op is not (CompareOp.Eq or CompareOp.Ne) || b is not PyDict db) return PyNotImplemented.Instance;
            return PyBool.From(Equal(D(a), db) == (op == CompareOp.Eq));
        };
        t.tp_iter = o => new PyDictIterator(D(o), DictIterKind.Keys, reverse: false);
        t.mp_length = o => D(o).Count;
        t.sq_contains = (o, k) => D(o).ContainsKey(k);
        t.mp_subscript = (o, key) =>
        {
            var d = D(o);
            var v = d.GetItemBorrowed(key);
            if (v is not null) return Py.NewRef(v);
            if (o.ob_type != PyDict.Type)
            {
                var missing = o.ob_type.Lookup("__missing__");
                if (missing is not null) return Py.CallBoundDescriptor(missing, o, new ReadOnlySpan<PyObject>(ref key));
            }
            throw ExceptionObjects.KeyErrorFor(key);
        };
        t.mp_ass_subscript = (o, key, value) =>
        {
            var d = D(o);
            if (value is not null) d.SetItem(key, value);
            else if (!d.DelItem(key)) throw ExceptionObjects.KeyErrorFor(key);
        };
        t.nb_binary[(int)BinaryOp.Or] = (a, b) =>
        {
            if (a is not PyDict da || b is not PyDict) return PyNotImplemented.Instance;
            var r = CopyOf(da);
            try { DictOps.UpdateFromObject(r, b, "dict"); }
            catch { Py.Decref(r); throw; }
            return r;
        };
        t.nb_binary[(int)BinaryOp.InplaceOr] = (a, b) =>
        {
            DictOps.UpdateFromObject(D(a), b, "dict");
            return Py.NewRef(a);
        };
        t.AddMethod("keys", (PyObject self) => new PyDictView(D(self), DictIterKind.Keys));
        t.AddMethod("values", (PyObject self) => new PyDictView(D(self), DictIterKind.Values));
        t.AddMethod("items", (PyObject self) => new PyDictView(D(self), DictIterKind.Items));
        t.AddMethod("get", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            ArgParser.CheckPositional("get", a, 1, 2);
            var v = D(self).GetItemBorrowed(a[0]);
            return Py.NewRef(v ?? (a.Length > 1 ? a[1] : PyNone.Instance));
        });
        t.AddMethod("setdefault", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            ArgParser.CheckPositional("setdefault", a, 1, 2);
            var d = D(self);
            var v = d.GetItemBorrowed(a[0]);
            if (v is not null) return Py.NewRef(v);
            var def = a.Length > 1 ? a[1] : PyNone.Instance;
            d.SetItem(a[0], def);
            return Py.NewRef(def);
        });
        t.AddMethod("pop", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            ArgParser.CheckPositional("pop", a, 1, 2);
            var v = D(self).Pop(a[0]);
            if (v is not null) return v;
            if (a.Length > 1) return Py.NewRef(a[1]);
            throw ExceptionObjects.KeyErrorFor(a[0]);
        });
        t.AddMethod("popitem", (PyObject self) =>
        {
            if (!D(self).PopLast(out var k, out var v)) throw PyErr.KeyError("popitem(): dictionary is empty");
            return PyTuple.Steal(new[] { k, v });
        });
        t.AddMethod("clear", (PyObject self) => { D(self).Clear(); return PyNone.Instance; });
        t.AddMethod("copy", (PyObject self) => CopyOf(D(self)));
        t.AddMethod(new MethodDef("update", (PyObject self, ReadOnlySpan<PyObject> a, PyTuple? kw) =>
        {
            DictOps.UpdateFromArgs(D(self), a, kw, "update");
            return PyNone.Instance;
        }));
        t.AddClassMethod(new MethodDef("fromkeys", (PyObject cls, ReadOnlySpan<PyObject> a) =>
        {
            ArgParser.CheckPositional("fromkeys", a, 1, 2);
            var value = a.Length > 1 ? a[1] : PyNone.Instance;
            var d = Py.CallNoArgs(cls);
            try
            {
                if (d is PyDict dd && d.ob_type == PyDict.Type)
                {
                    foreach (var k in Py.Iterate(a[0])) { try { dd.SetItem(k, value); } finally { Py.Decref(k); } }
                }
                else
                {
                    foreach (var k in Py.Iterate(a[0])) { try { Py.SetItem(d, k, value); } finally { Py.Decref(k); } }
                }
                return d;
            }
            catch { Py.Decref(d); throw; }
        }));
        t.AddMethod("__reversed__", (PyObject self) => new PyDictIterator(D(self), DictIterKind.Keys, reverse: true));
        t.AddMethod("__sizeof__", (PyObject self) => PyInt.From(64 + 24 * D(self)._keys.Entries.Length));
        t.AddMethod("__getitem__", (PyObject self, PyObject key) => PyDict.Type.mp_subscript!(self, key));
        t.AddClassMethod(new MethodDef("__class_getitem__", (PyObject cls, PyObject arg) => PyGenericAlias.Create(cls, arg)));
    }

    /// <summary>PyDict_Copy: a plain dict with the items; a subclass that overrides __iter__ is read through keys().</summary>
    internal static PyDict CopyOf(PyDict d)
    {
        if (DictOps.IteratesAsDict(d)) return d.Copy();
        var r = new PyDict();
        try { DictOps.MergeFromMapping(r, d, overrideExisting: true); }
        catch { Py.Decref(r); throw; }
        return r;
    }

    static bool Equal(PyDict a, PyDict b)
    {
        if (a.Count != b.Count) return false;
        foreach (var kv in a.Items())
        {
            var key = kv.Key;
            Py.Incref(key);
            try
            {
                var bv = b.GetItemBorrowed(key);
                if (bv is null) return false;
                var av = kv.Value;
                Py.Incref(av); Py.Incref(bv);
                try { if (!Py.RichCompareBool(av, bv, CompareOp.Eq)) return false; }
                finally { Py.Decref(av); Py.Decref(bv); }
            }
            finally { Py.Decref(key); }
        }
        return true;
    }

    static PyObject Repr(PyObject o)
    {
        var d = D(o);
        if (d.Count == 0) return PyStr.Intern("{}");
        if (ReprGuard.Enter(o)) return PyStr.Intern("{...}");
        try
        {
            var sb = new StringBuilder("{");
            bool first = true;
            foreach (var kv in d.Items())
            {
                if (!first) sb.Append(", ");
                first = false;
                var k = kv.Key; var v = kv.Value;
                Py.Incref(k); Py.Incref(v);
                try { sb.Append(Py.ReprString(k)).Append(": ").Append(Py.ReprString(v)); }
                finally { Py.Decref(k); Py.Decref(v); }
            }
            return PyStr.From(sb.Append('}').ToString());
        }
        finally { ReprGuard.Leave(o); }
    }
}

/// <summary>dict update semantics shared by dict(), update() and |= (dict_update_arg / PyDict_MergeFromSeq2).</summary>
public static class DictOps
{
    public static void UpdateFromArgs(PyDict d, ReadOnlySpan<PyObject> args, PyTuple? kw, string name)
    {
        int nkw = kw?.Count ?? 0;
        int npos = args.Length - nkw;
        if (npos > 1) throw PyErr.TypeError($"{name} expected at most 1 argument, got {npos}");
        if (npos == 1) UpdateFromObject(d, args[0], name);
        for (int i = 0; i < nkw; i++) d.SetItem(kw!.Items[i], args[npos + i]);
    }

    public static void UpdateFromObject(PyDict d, PyObject arg, string name)
    {
        if (arg is PyDict src) { MergeFromMapping(d, src, true); return; }
        var keys = Py.LookupAttr(arg, "keys");
        if (keys is not null)
        {
            Py.Decref(keys);
            MergeFromMapping(d, arg, true);
            return;
        }
        MergeFromSeq2(d, arg);
    }

    /// <summary>True when iterating <paramref name="d"/> is dict's own iteration (tp_iter == dict_iter),
    /// so its items may be read directly.</summary>
    internal static bool IteratesAsDict(PyDict d) => d.ob_type == PyDict.Type || d.ob_type.tp_iter == PyDict.Type.tp_iter;

    /// <summary>Merges a mapping (dict fast path, else keys() and __getitem__).</summary>
    public static void MergeFromMapping(PyDict d, PyObject mapping, bool overrideExisting)
    {
        if (mapping is PyDict src && IteratesAsDict(src))
        {
            d.Update(src, overrideExisting);
            return;
        }
        var keys = Py.CallMethod(mapping, "keys");
        try
        {
            foreach (var k in Py.Iterate(keys))
            {
                try
                {
                    if (!overrideExisting && d.ContainsKey(k)) continue;
                    var v = Py.GetItem(mapping, k);
                    try { d.SetItem(k, v); }
                    finally { Py.Decref(v); }
                }
                finally { Py.Decref(k); }
            }
        }
        finally { Py.Decref(keys); }
    }

    static void MergeFromSeq2(PyDict d, PyObject seq)
    {
        PyObject it;
        try { it = Py.GetIter(seq); }
        catch (PyException e) when (e.Matches(ExceptionTypes.TypeError))
        {
            e.Release();
            throw PyErr.TypeError($"'{seq.ob_type.ShortName}' object is not iterable");
        }
        try
        {
            int i = 0;
            while (Py.IterNext(it) is { } item)
            {
                try
                {
                    List<PyObject> pair;
                    try { pair = Py.ToList(item); }
                    catch (PyException e) when (e.Matches(ExceptionTypes.TypeError))
                    {
                        e.Release();
                        throw PyErr.TypeError($"cannot convert dictionary update sequence element #{i} to a sequence");
                    }
                    try
                    {
                        if (pair.Count != 2)
                            throw PyErr.ValueError($"dictionary update sequence element #{i} has length {pair.Count}; 2 is required");
                        d.SetItem(pair[0], pair[1]);
                    }
                    finally { foreach (var x in pair) Py.Decref(x); }
                }
                finally { Py.Decref(item); }
                i++;
            }
        }
        finally { Py.Decref(it); }
    }
}
