using System.Text;
using Ftpy.Runtime;

namespace Ftpy.Objects;

/// <summary>set and frozenset methods, operators and comparisons.</summary>
public static class SetType
{
    static PySet S(PyObject o) => (PySet)o;
    static bool IsSetLike(PyObject o) => o is PySet;

    /// <summary>A new set or frozenset of the same kind as <paramref name="like"/> (for operator results).</summary>
    static PySet Make(PyObject like) => like is PyFrozenSet ? new PyFrozenSet() : new PySet();

    internal static void UpdateInternal(PySet s, PyObject iterable)
    {
        if (iterable is PySet other)
        {
            if (other.Count == 0) return;
            if ((s.Table.Fill + other.Count) * 5 >= s.Table.Mask * 3) s.Table.Resize((s.Count + other.Count) * 2);
            if (s.Count == 0 && s.Table.Fill == 0 && s.Table.Mask == other.Table.Mask)
            {
                var copy = other.Table.Copy();
                s.Table = copy;
                return;
            }
            foreach (var e in other.Table.Table)
                if (e.Key is not null && !e.IsDummy) s.Table.Add(e.Key, e.Hash);
            return;
        }
        if (iterable is PyDict d && d.ob_type == PyDict.Type)
        {
            if ((s.Table.Fill + d.Count) * 5 >= s.Table.Mask * 3) s.Table.Resize((s.Count + d.Count) * 2);
            int pos = 0;
            while (d.Next(ref pos, out var k, out _)) s.Table.Add(k, d.HashAt(pos));
            return;
        }
        var it = Py.GetIter(iterable);
        try
        {
            while (Py.IterNext(it) is { } x)
            {
                try { s.Add(x); }
                finally { Py.Decref(x); }
            }
        }
        finally { Py.Decref(it); }
    }

    static PySet ToSet(PyObject o)
    {
        if (o is PySet s) return Py.NewRef(s);
        var r = new PySet();
        try { UpdateInternal(r, o); }
        catch { Py.Decref(r); throw; }
        return r;
    }

    static PySet Union(PyObject a, PyObject b)
    {
        var r = Make(a);
        r.Table = S(a).Table.Copy();
        UpdateInternal(r, b);
        return r;
    }

    static PySet Intersection(PyObject a, PyObject b)
    {
        var r = Make(a);
        var sa = S(a);
        if (b is PySet sb)
        {
            var (small, large) = sa.Count <= sb.Count ? (sa, sb) : (sb, sa);
            foreach (var e in small.Table.Table)
                if (e.Key is not null && !e.IsDummy && large.Table.Lookup(e.Key, e.Hash) >= 0) r.Table.Add(e.Key, e.Hash);
            return r;
        }
        foreach (var x in Py.Iterate(b))
        {
            try
            {
                long h = Py.Hash(x);
                if (sa.Table.Lookup(x, h) >= 0) r.Table.Add(x, h);
            }
            finally { Py.Decref(x); }
        }
        return r;
    }

    static PySet Difference(PyObject a, PyObject b)
    {
        var r = Make(a);
        var sa = S(a);
        var other = ToSet(b);
        try
        {
            foreach (var e in sa.Table.Table)
                if (e.Key is not null && !e.IsDummy && other.Table.Lookup(e.Key, e.Hash) < 0) r.Table.Add(e.Key, e.Hash);
        }
        finally { Py.Decref(other); }
        return r;
    }

    static PySet SymmetricDifference(PyObject a, PyObject b)
    {
        var other = ToSet(b);
        try
        {
            var r = Make(a);
            r.Table = S(a).Table.Copy();
            foreach (var e in other.Table.Table)
            {
                if (e.Key is null || e.IsDummy) continue;
                int i = r.Table.Lookup(e.Key, e.Hash);
                if (i >= 0) Py.Decref(r.Table.RemoveAt(i));
                else r.Table.Add(e.Key, e.Hash);
            }
            return r;
        }
        finally { Py.Decref(other); }
    }

    static bool IsSubset(PySet a, PySet b)
    {
        if (a.Count > b.Count) return false;
        foreach (var e in a.Table.Table)
            if (e.Key is not null && !e.IsDummy && b.Table.Lookup(e.Key, e.Hash) < 0) return false;
        return true;
    }

    static PyObject Repr(PyObject o)
    {
        var s = S(o);
        string name = o.ob_type.ShortName;
        bool frozen = o is PyFrozenSet;
        if (s.Count == 0) return PyStr.From($"{name}()");
        if (ReprGuard.Enter(o)) return PyStr.From($"{name}(...)");
        try
        {
            var sb = new StringBuilder();
            bool plain = o.ob_type == PySet.Type;
            if (!plain) sb.Append(name).Append('(');
            sb.Append('{');
            bool first = true;
            foreach (var k in s.Items())
            {
                if (!first) sb.Append(", ");
                first = false;
                Py.Incref(k);
                try { sb.Append(Py.ReprString(k)); }
                finally { Py.Decref(k); }
            }
            sb.Append('}');
            if (!plain) sb.Append(')');
            return PyStr.From(sb.ToString());
        }
        finally { ReprGuard.Leave(o); }
    }

    static PyObject Compare(PyObject a, PyObject b, CompareOp op)
    {
        if (b is not PySet sb) return PyNotImplemented.Instance;
        var sa = S(a);
        switch (op)
        {
            case CompareOp.Eq: return PyBool.From(sa.Count == sb.Count && IsSubset(sa, sb));
            case CompareOp.Ne: return PyBool.From(!(sa.Count == sb.Count && IsSubset(sa, sb)));
            case CompareOp.Le: return PyBool.From(IsSubset(sa, sb));
            case CompareOp.Ge: return PyBool.From(IsSubset(sb, sa));
            case CompareOp.Lt: return PyBool.From(sa.Count < sb.Count && IsSubset(sa, sb));
            default: return PyBool.From(sa.Count > sb.Count && IsSubset(sb, sa));
        }
    }

    static ulong ShuffleBits(ulong h) => ((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL;

    static long FrozenHash(PyObject o)
    {
        var f = (PyFrozenSet)o;
        if (f.CachedHash != -1) return f.CachedHash;
        ulong hash = 0;
        foreach (var e in f.Table.Table)
            if (e.Key is not null && !e.IsDummy) hash ^= ShuffleBits((ulong)e.Hash);
        hash ^= ((ulong)f.Count + 1) * 1927868237UL;
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = hash * 69069U + 907133923UL;
        long r = (long)hash;
        if (r == -1) r = 590923713;
        f.CachedHash = r;
        return r;
    }

    static void AddCommon(PyType t, bool frozen)
    {
        t.tp_repr = Repr;
        t.tp_richcompare = Compare;
        t.tp_iter = o => new PySetIterator(S(o));
        t.sq_length = o => S(o).Count;
        t.sq_contains = (o, k) => S(o).Contains(k);
        t.nb_binary[(int)BinaryOp.Or] = (a, b) => IsSetLike(a) && IsSetLike(b) ? Union(a, b) : PyNotImplemented.Instance;
        t.nb_binary[(int)BinaryOp.And] = (a, b) => IsSetLike(a) && IsSetLike(b) ? Intersection(a, b) : PyNotImplemented.Instance;
        t.nb_binary[(int)BinaryOp.Subtract] = (a, b) => IsSetLike(a) && IsSetLike(b) ? Difference(a, b) : PyNotImplemented.Instance;
        t.nb_binary[(int)BinaryOp.Xor] = (a, b) => IsSetLike(a) && IsSetLike(b) ? SymmetricDifference(a, b) : PyNotImplemented.Instance;
        t.AddMethod("union", (PyObject self, ReadOnlySpan<PyObject> args) =>
        {
            var r = Make(self);
            r.Table = S(self).Table.Copy();
            foreach (var a in args) UpdateInternal(r, a);
            return r;
        });
        t.AddMethod("intersection", (PyObject self, ReadOnlySpan<PyObject> args) =>
        {
            PySet r = Make(self);
            r.Table = S(self).Table.Copy();
            foreach (var a in args)
            {
                var next = Intersection(r, a);
                Py.Decref(r);
                r = next;
            }
            return r;
        });
        t.AddMethod("difference", (PyObject self, ReadOnlySpan<PyObject> args) =>
        {
            PySet r = Make(self);
            r.Table = S(self).Table.Copy();
            foreach (var a in args)
            {
                var next = Difference(r, a);
                Py.Decref(r);
                r = next;
            }
            return r;
        });
        t.AddMethod("symmetric_difference", (PyObject self, PyObject other) => SymmetricDifference(self, other));
        t.AddMethod("issubset", (PyObject self, PyObject other) =>
        {
            var o = ToSet(other);
            try { return PyBool.From(IsSubset(S(self), o)); }
            finally { Py.Decref(o); }
        });
        t.AddMethod("issuperset", (PyObject self, PyObject other) =>
        {
            var o = ToSet(other);
            try { return PyBool.From(IsSubset(o, S(self))); }
            finally { Py.Decref(o); }
        });
        t.AddMethod("isdisjoint", (PyObject self, PyObject other) =>
        {
            var s = S(self);
            foreach (var x in Py.Iterate(other))
            {
                try { if (s.Contains(x)) return PyBool.False; }
                finally { Py.Decref(x); }
            }
            return PyBool.True;
        });
        t.AddMethod("copy", (PyObject self) =>
        {
            if (frozen && self.ob_type == PyFrozenSet.Type) return Py.NewRef(self);
            var r = frozen ? new PyFrozenSet() : new PySet();
            r.Table = S(self).Table.Copy();
            return r;
        });
        t.AddMethod("__reduce__", (PyObject self) =>
        {
            var list = new PyList();
            foreach (var k in S(self).Items()) list.Append(k);
            var args = PyTuple.Steal(new PyObject[] { list });
            var dict = self.GetInstanceDict(false);
            return PyTuple.Steal(new PyObject[] { Py.NewRef(self.ob_type), args, Py.NewRef((PyObject?)dict ?? PyNone.Instance) });
        });
        t.AddMethod("__sizeof__", (PyObject self) => PyInt.From(200 + 16 * S(self).Table.Table.Length));
        t.AddClassMethod(new MethodDef("__class_getitem__", (PyObject cls, PyObject arg) => PyGenericAlias.Create(cls, arg)));
    }

    internal static void Setup(PyType t)
    {
        t.Doc = "Build an unordered collection of unique elements.";
        t.AddAttribute("__hash__", PyNone.Instance);
        t.tp_new = (type, args, kw) => ReferenceEquals(type, PySet.Type) ? new PySet() : new PySet(type);
        t.tp_init = (self, args, kw) =>
        {
            if (kw is not null && kw.Count > 0 && self.ob_type == PySet.Type) throw PyErr.TypeError("set() takes no keyword arguments");
            ArgParser.CheckPositional("set", args, 0, 1);
            var s = S(self);
            s.Table.Clear();
            if (args.Length == 1) UpdateInternal(s, args[0]);
        };
        AddCommon(t, frozen: false);
        t.nb_binary[(int)BinaryOp.InplaceOr] = (a, b) => { if (!IsSetLike(b)) return PyNotImplemented.Instance; UpdateInternal(S(a), b); return Py.NewRef(a); };
        t.nb_binary[(int)BinaryOp.InplaceAnd] = (a, b) => { if (!IsSetLike(b)) return PyNotImplemented.Instance; Replace(S(a), Intersection(a, b)); return Py.NewRef(a); };
        t.nb_binary[(int)BinaryOp.InplaceSubtract] = (a, b) => { if (!IsSetLike(b)) return PyNotImplemented.Instance; Replace(S(a), Difference(a, b)); return Py.NewRef(a); };
        t.nb_binary[(int)BinaryOp.InplaceXor] = (a, b) => { if (!IsSetLike(b)) return PyNotImplemented.Instance; Replace(S(a), SymmetricDifference(a, b)); return Py.NewRef(a); };
        t.AddMethod("add", (PyObject self, PyObject x) => { S(self).Add(x); return PyNone.Instance; });
        t.AddMethod("discard", (PyObject self, PyObject x) => { DiscardKey(S(self), x); return PyNone.Instance; });
        t.AddMethod("remove", (PyObject self, PyObject x) =>
        {
            if (!DiscardKey(S(self), x)) throw ExceptionObjects.KeyErrorFor(x);
            return PyNone.Instance;
        });
        t.AddMethod("pop", (PyObject self) =>
        {
            var s = S(self);
            if (s.Count == 0) throw PyErr.KeyError("pop from an empty set");
            var table = s.Table;
            int i = table.Finger & table.Mask;
            while (table.Table[i].Key is null || table.Table[i].IsDummy)
            {
                i++;
                if (i > table.Mask) i = 0;
            }
            var key = table.RemoveAt(i);
            table.Finger = i + 1;
            return key;
        });
        t.AddMethod("clear", (PyObject self) => { S(self).Table.Clear(); return PyNone.Instance; });
        t.AddMethod("update", (PyObject self, ReadOnlySpan<PyObject> args) => { foreach (var a in args) UpdateInternal(S(self), a); return PyNone.Instance; });
        t.AddMethod("intersection_update", (PyObject self, ReadOnlySpan<PyObject> args) =>
        {
            foreach (var a in args) Replace(S(self), Intersection(self, a));
            return PyNone.Instance;
        });
        t.AddMethod("difference_update", (PyObject self, ReadOnlySpan<PyObject> args) =>
        {
            var s = S(self);
            foreach (var a in args)
            {
                if (ReferenceEquals(a, self)) { s.Table.Clear(); continue; }
                foreach (var x in Py.Iterate(a))
                {
                    try { s.Discard(x); }
                    finally { Py.Decref(x); }
                }
            }
            return PyNone.Instance;
        });
        t.AddMethod("symmetric_difference_update", (PyObject self, PyObject other) => { Replace(S(self), SymmetricDifference(self, other)); return PyNone.Instance; });
    }

    internal static void SetupFrozen(PyType t)
    {
        t.Doc = "Build an immutable unordered collection of unique elements.";
        t.tp_new = (type, args, kw) =>
        {
            if (kw is not null && kw.Count > 0 && ReferenceEquals(type, PyFrozenSet.Type)) throw PyErr.TypeError("frozenset() takes no keyword arguments");
            ArgParser.CheckPositional("frozenset", args, 0, 1);
            if (ReferenceEquals(type, PyFrozenSet.Type))
            {
                if (args.Length == 0) return PyFrozenSet.Empty;
                if (args[0].ob_type == PyFrozenSet.Type) return Py.NewRef(args[0]);
            }
            var f = ReferenceEquals(type, PyFrozenSet.Type) ? new PyFrozenSet() : new PyFrozenSet(type);
            if (args.Length == 1)
            {
                try { UpdateInternal(f, args[0]); }
                catch { Py.Decref(f); throw; }
            }
            if (f.Count == 0 && ReferenceEquals(type, PyFrozenSet.Type)) { Py.Decref(f); return PyFrozenSet.Empty; }
            return f;
        };
        t.tp_hash = FrozenHash;
        AddCommon(t, frozen: true);
    }

    static bool DiscardKey(PySet s, PyObject key)
    {
        try
        {
            return s.Discard(key);
        }
        catch (PyException e) when (e.Matches(ExceptionTypes.TypeError) && key is PySet ks && key is not PyFrozenSet)
        {
            e.Release();
            var f = PyFrozenSet.FromSet(ks);
            try { return s.Discard(f); }
            finally { Py.Decref(f); }
        }
    }

    /// <summary>Gives <paramref name="target"/> the contents of <paramref name="result"/> (consumed).</summary>
    static void Replace(PySet target, PySet result)
    {
        var old = target.Table;
        target.Table = result.Table;
        result.Table = new SetTable();
        Py.Decref(result);
        old.Clear();
    }
}
