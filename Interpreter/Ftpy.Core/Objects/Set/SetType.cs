using System.Text;
using Ftpy.Runtime;

namespace Ftpy.Objects;

/// <summary>set and frozenset methods, operators and comparisons, following setobject.c step by
/// step (which operand is iterated and which key object is kept decide iteration order and
/// which of two equal keys ends up in a result).</summary>
public static class SetType
{
    static PySet S(PyObject o) => (PySet)o;

    static bool IsFrozen(PyType t) => t.IsSubtype(PyFrozenSet.Type);

    /// <summary>make_new_set_basetype: an empty exact set or frozenset of the kind of <paramref name="t"/>.</summary>
    static PySet NewBase(PyType t) => IsFrozen(t) ? new PyFrozenSet() : new PySet();

    static bool IsExactSetOrFrozen(PyObject o) => o.ob_type == PySet.Type || o.ob_type == PyFrozenSet.Type;

    /// <summary>set_update_internal: adds the keys of any iterable (set and exact dict fast paths).</summary>
    internal static void UpdateInternal(PySet s, PyObject other)
    {
        if (other is PySet os)
        {
            s.Table.Merge(os.Table);
            return;
        }
        if (other is PyDict d && d.ob_type == PyDict.Type)
        {
            var table = s.Table;
            if (((long)table.Fill + d.Count) * 5 >= (long)table.Mask * 3) table.Resize((table.Used + d.Count) * 2);
            int pos = 0;
            while (d.Next(ref pos, out var k, out _)) s.Table.Add(k, d.HashAt(pos));
            return;
        }
        var it = Py.GetIter(other);
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

    /// <summary>set_copy: a new exact set or frozenset (by the kind of <paramref name="so"/>) with its keys.</summary>
    static PySet Copy(PySet so)
    {
        var r = NewBase(so.ob_type);
        r.Table.Merge(so.Table);
        return r;
    }

    /// <summary>A new set of the base kind of <paramref name="t"/> holding the keys of <paramref name="iterable"/>.</summary>
    static PySet NewBaseFrom(PyType t, PyObject iterable)
    {
        var r = NewBase(t);
        try { UpdateInternal(r, iterable); }
        catch { Py.Decref(r); throw; }
        return r;
    }

    static PySet Intersection(PySet so, PyObject other)
    {
        if (ReferenceEquals(so, other)) return Copy(so);
        var result = NewBase(so.ob_type);
        try
        {
            if (other is PySet os)
            {
                PySet small = os, large = so;
                if (os.Count > so.Count) (small, large) = (so, os);
                int pos = 0;
                while (small.Table.Next(ref pos, out var key, out long hash))
                {
                    Py.Incref(key);
                    try { if (large.Table.Lookup(key, hash) >= 0) result.Table.Add(key, hash); }
                    finally { Py.Decref(key); }
                }
                return result;
            }
            var it = Py.GetIter(other);
            try
            {
                while (Py.IterNext(it) is { } key)
                {
                    try
                    {
                        long hash = Py.Hash(key);
                        if (so.Table.Lookup(key, hash) >= 0)
                        {
                            result.Table.Add(key, hash);
                            if (result.Count >= so.Count) break;
                        }
                    }
                    finally { Py.Decref(key); }
                }
            }
            finally { Py.Decref(it); }
            return result;
        }
        catch { Py.Decref(result); throw; }
    }

    static PyObject IntersectionMulti(PySet so, ReadOnlySpan<PyObject> args)
    {
        if (args.Length == 0) return Copy(so);
        PySet result = Py.NewRef(so);
        foreach (var other in args)
        {
            PySet next;
            try { next = Intersection(result, other); }
            catch { Py.Decref(result); throw; }
            Py.Decref(result);
            result = next;
        }
        return result;
    }

    /// <summary>set_difference_update_internal.</summary>
    static void DifferenceUpdate(PySet so, PyObject other)
    {
        if (ReferenceEquals(so, other)) { so.Table.Clear(); return; }
        if (other is PySet os)
        {
            // When the other set is much larger, only the common keys matter.
            PySet src = (os.Count >> 3) > so.Count ? Intersection(so, os) : Py.NewRef(os);
            try
            {
                int pos = 0;
                while (src.Table.Next(ref pos, out var key, out long hash))
                {
                    Py.Incref(key);
                    try { so.Table.Discard(key, hash); }
                    finally { Py.Decref(key); }
                }
            }
            finally { Py.Decref(src); }
        }
        else
        {
            var it = Py.GetIter(other);
            try
            {
                while (Py.IterNext(it) is { } key)
                {
                    try { so.Table.Discard(key, Py.Hash(key)); }
                    finally { Py.Decref(key); }
                }
            }
            finally { Py.Decref(it); }
        }
        var t = so.Table;
        if ((uint)(t.Fill - t.Used) <= (uint)t.Mask / 4) return;
        t.Resize(t.Used > 50000 ? t.Used * 2 : t.Used * 4);
    }

    static PySet CopyAndDifference(PySet so, PyObject other)
    {
        var result = Copy(so);
        try { DifferenceUpdate(result, other); }
        catch { Py.Decref(result); throw; }
        return result;
    }

    /// <summary>set_difference.</summary>
    static PySet Difference(PySet so, PyObject other)
    {
        long otherSize;
        if (other is PySet os) otherSize = os.Count;
        else if (other is PyDict od && od.ob_type == PyDict.Type) otherSize = od.Count;
        else return CopyAndDifference(so, other);
        if ((so.Count >> 2) > otherSize) return CopyAndDifference(so, other);
        var result = NewBase(so.ob_type);
        try
        {
            int pos = 0;
            while (so.Table.Next(ref pos, out var key, out long hash))
            {
                Py.Incref(key);
                try
                {
                    bool contained = other is PyDict d ? d.ContainsKnownHash(key, hash) : ((PySet)other).Table.Lookup(key, hash) >= 0;
                    if (!contained) result.Table.Add(key, hash);
                }
                finally { Py.Decref(key); }
            }
            return result;
        }
        catch { Py.Decref(result); throw; }
    }

    static PyObject DifferenceMulti(PySet so, ReadOnlySpan<PyObject> args)
    {
        if (args.Length == 0) return Copy(so);
        var result = Difference(so, args[0]);
        try
        {
            for (int i = 1; i < args.Length; i++) DifferenceUpdate(result, args[i]);
        }
        catch { Py.Decref(result); throw; }
        return result;
    }

    /// <summary>set_symmetric_difference_update_set: toggles each key of <paramref name="other"/>.</summary>
    static void SymmetricDifferenceUpdateSet(PySet so, PySet other)
    {
        int pos = 0;
        while (other.Table.Next(ref pos, out var key, out long hash))
        {
            Py.Incref(key);
            try
            {
                if (!so.Table.Discard(key, hash)) so.Table.Add(key, hash);
            }
            finally { Py.Decref(key); }
        }
    }

    static void SymmetricDifferenceUpdate(PySet so, PyObject other)
    {
        if (ReferenceEquals(so, other)) { so.Table.Clear(); return; }
        if (other is PyDict d && d.ob_type == PyDict.Type)
        {
            int pos = 0;
            while (d.Next(ref pos, out var key, out _))
            {
                long hash = d.HashAt(pos);
                Py.Incref(key);
                try
                {
                    if (!so.Table.Discard(key, hash)) so.Table.Add(key, hash);
                }
                finally { Py.Decref(key); }
            }
            return;
        }
        if (other is PySet os)
        {
            SymmetricDifferenceUpdateSet(so, os);
            return;
        }
        var tmp = NewBaseFrom(so.ob_type, other);
        try { SymmetricDifferenceUpdateSet(so, tmp); }
        finally { Py.Decref(tmp); }
    }

    static PySet SymmetricDifference(PySet so, PyObject other)
    {
        var result = NewBaseFrom(so.ob_type, other);
        try { SymmetricDifferenceUpdateSet(result, so); }
        catch { Py.Decref(result); throw; }
        return result;
    }

    static bool IsSubset(PySet so, PyObject other)
    {
        if (other is not PySet os)
        {
            var tmp = Intersection(so, other);
            try { return tmp.Count == so.Count; }
            finally { Py.Decref(tmp); }
        }
        if (so.Count > os.Count) return false;
        int pos = 0;
        while (so.Table.Next(ref pos, out var key, out long hash))
        {
            Py.Incref(key);
            try { if (os.Table.Lookup(key, hash) < 0) return false; }
            finally { Py.Decref(key); }
        }
        return true;
    }

    static bool IsSuperset(PySet so, PyObject other)
    {
        if (other is PySet os) return IsSubset(os, so);
        var it = Py.GetIter(other);
        try
        {
            while (Py.IterNext(it) is { } key)
            {
                try { if (so.Table.Lookup(key, Py.Hash(key)) < 0) return false; }
                finally { Py.Decref(key); }
            }
            return true;
        }
        finally { Py.Decref(it); }
    }

    static bool IsDisjoint(PySet so, PyObject other)
    {
        if (ReferenceEquals(so, other)) return so.Count == 0;
        if (IsExactSetOrFrozen(other))
        {
            PySet small = (PySet)other, large = so;
            if (small.Count > large.Count) (small, large) = (large, small);
            int pos = 0;
            while (small.Table.Next(ref pos, out var key, out long hash))
            {
                Py.Incref(key);
                try { if (large.Table.Lookup(key, hash) >= 0) return false; }
                finally { Py.Decref(key); }
            }
            return true;
        }
        var it = Py.GetIter(other);
        try
        {
            while (Py.IterNext(it) is { } key)
            {
                try { if (so.Table.Lookup(key, Py.Hash(key)) >= 0) return false; }
                finally { Py.Decref(key); }
            }
            return true;
        }
        finally { Py.Decref(it); }
    }

    static PyObject Repr(PyObject o)
    {
        var s = S(o);
        string name = o.ob_type.Name;
        if (ReprGuard.Enter(o)) return PyStr.From($"{name}(...)");
        try
        {
            if (s.Count == 0) return PyStr.From($"{name}()");
            var keys = s.Items();
            foreach (var k in keys) Py.Incref(k);
            try
            {
                var sb = new StringBuilder();
                bool plain = o.ob_type == PySet.Type;
                if (!plain) sb.Append(name).Append('(');
                sb.Append('{');
                for (int i = 0; i < keys.Count; i++)
                {
                    if (i > 0) sb.Append(", ");
                    sb.Append(Py.ReprString(keys[i]));
                }
                sb.Append('}');
                if (!plain) sb.Append(')');
                return PyStr.From(sb.ToString());
            }
            finally { foreach (var k in keys) Py.Decref(k); }
        }
        finally { ReprGuard.Leave(o); }
    }

    static PyObject Compare(PyObject a, PyObject b, CompareOp op)
    {
        if (b is not PySet sb) return PyNotImplemented.Instance;
        var sa = S(a);
        switch (op)
        {
            case CompareOp.Eq:
            case CompareOp.Ne:
                bool eq = sa.Count == sb.Count
                    && !(sa is PyFrozenSet fa && sb is PyFrozenSet fb && fa.CachedHash != -1 && fb.CachedHash != -1 && fa.CachedHash != fb.CachedHash)
                    && IsSubset(sa, sb);
                return PyBool.From(eq == (op == CompareOp.Eq));
            case CompareOp.Le: return PyBool.From(IsSubset(sa, sb));
            case CompareOp.Ge: return PyBool.From(IsSuperset(sa, sb));
            case CompareOp.Lt: return PyBool.From(sa.Count < sb.Count && IsSubset(sa, sb));
            default: return PyBool.From(sa.Count > sb.Count && IsSuperset(sa, sb));
        }
    }

    static ulong ShuffleBits(ulong h) => ((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL;

    /// <summary>frozenset_hash: xor of the shuffled hashes of every slot, with the empty and dummy slots' share removed.</summary>
    internal static long FrozenHash(PyObject o)
    {
        var f = (PySet)o;
        if (f is PyFrozenSet cached && cached.CachedHash != -1) return cached.CachedHash;
        var t = f.Table;
        ulong hash = 0;
        foreach (var e in t.Table) hash ^= ShuffleBits((ulong)e.Hash);
        if (((t.Mask + 1 - t.Fill) & 1) != 0) hash ^= ShuffleBits(0);
        if (((t.Fill - t.Used) & 1) != 0) hash ^= ShuffleBits(unchecked((ulong)-1L));
        hash ^= ((ulong)t.Used + 1) * 1927868237UL;
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = hash * 69069U + 907133923UL;
        long r = (long)hash;
        if (r == -1) r = 590923713;
        if (f is PyFrozenSet fs) fs.CachedHash = r;
        return r;
    }

    /// <summary>Runs <paramref name="op"/> with <paramref name="key"/>, retrying with an equal frozenset
    /// when key is an unhashable set (the rule of remove, discard and in).</summary>
    static bool WithFrozenRetry(PySet s, PyObject key, Func<PySet, PyObject, bool> op)
    {
        try { return op(s, key); }
        catch (PyException e) when (key is PySet ks && ks.ob_type.IsSubtype(PySet.Type) && e.Matches(ExceptionTypes.TypeError))
        {
            e.Release();
            var f = PyFrozenSet.FromSet(ks);
            try { return op(s, f); }
            finally { Py.Decref(f); }
        }
    }

    static void AddCommon(PyType t, bool frozen)
    {
        t.tp_repr = Repr;
        t.tp_richcompare = Compare;
        t.tp_iter = o => new PySetIterator(S(o));
        t.sq_length = o => S(o).Count;
        t.sq_contains = (o, k) => S(o).Contains(k);
        t.nb_binary[(int)BinaryOp.Or] = (a, b) =>
        {
            if (a is not PySet sa || b is not PySet) return PyNotImplemented.Instance;
            var r = Copy(sa);
            if (ReferenceEquals(a, b)) return r;
            try { UpdateInternal(r, b); }
            catch { Py.Decref(r); throw; }
            return r;
        };
        t.nb_binary[(int)BinaryOp.And] = (a, b) => a is PySet sa && b is PySet ? Intersection(sa, b) : PyNotImplemented.Instance;
        t.nb_binary[(int)BinaryOp.Subtract] = (a, b) => a is PySet sa && b is PySet ? Difference(sa, b) : PyNotImplemented.Instance;
        t.nb_binary[(int)BinaryOp.Xor] = (a, b) => a is PySet sa && b is PySet ? SymmetricDifference(sa, b) : PyNotImplemented.Instance;
        t.AddMethod("union", (PyObject self, ReadOnlySpan<PyObject> args) =>
        {
            var r = Copy(S(self));
            try
            {
                foreach (var a in args)
                    if (!ReferenceEquals(a, self)) UpdateInternal(r, a);
            }
            catch { Py.Decref(r); throw; }
            return r;
        }, "Return a new set with elements from the set and all others.");
        t.AddMethod("intersection", (PyObject self, ReadOnlySpan<PyObject> args) => IntersectionMulti(S(self), args),
            "Return a new set with elements common to the set and all others.");
        t.AddMethod("difference", (PyObject self, ReadOnlySpan<PyObject> args) => DifferenceMulti(S(self), args),
            "Return a new set with elements in the set that are not in the others.");
        t.AddMethod("symmetric_difference", (PyObject self, PyObject other) => SymmetricDifference(S(self), other),
            "Return a new set with elements in either the set or other but not both.");
        t.AddMethod("issubset", (PyObject self, PyObject other) => PyBool.From(IsSubset(S(self), other)),
            "Report whether another set contains this set.");
        t.AddMethod("issuperset", (PyObject self, PyObject other) => PyBool.From(IsSuperset(S(self), other)),
            "Report whether this set contains another set.");
        t.AddMethod("isdisjoint", (PyObject self, PyObject other) => PyBool.From(IsDisjoint(S(self), other)),
            "Return True if two sets have a null intersection.");
        t.AddMethod("copy", (PyObject self) => frozen && self.ob_type == PyFrozenSet.Type ? Py.NewRef(self) : Copy(S(self)),
            "Return a shallow copy of a set.");
        t.AddMethod("__reduce__", (PyObject self) =>
        {
            var list = new PyList();
            foreach (var k in S(self).Items()) list.Append(k);
            var args = PyTuple.Steal(new PyObject[] { list });
            PyObject state;
            try { state = Py.CallMethod(self, "__getstate__"); }
            catch { Py.Decref(args); throw; }
            return PyTuple.Steal(new PyObject[] { Py.NewRef(self.ob_type), args, state });
        }, "Return state information for pickling.");
        t.AddMethod("__sizeof__", (PyObject self) =>
        {
            var table = S(self).Table.Table;
            return PyInt.From(200 + (table.Length > SetTable.MinSize ? 16 * table.Length : 0));
        }, "S.__sizeof__() -> size of S in memory, in bytes");
        t.AddClassMethod(new MethodDef("__class_getitem__", (PyObject cls, PyObject arg) => PyGenericAlias.Create(cls, arg),
            "See PEP 585"));
    }

    internal static void Setup(PyType t)
    {
        t.Doc = "Build an unordered collection of unique elements.";
        t.AddAttribute("__hash__", PyNone.Instance);
        t.tp_new = (type, args, kw) =>
        {
            if (ReferenceEquals(type, PySet.Type)) ArgParser.NoKeywords("set", kw);
            return ReferenceEquals(type, PySet.Type) ? new PySet() : new PySet(type);
        };
        t.tp_init = (self, args, kw) =>
        {
            ArgParser.NoKeywords("set", kw);
            ArgParser.CheckPositional(self.ob_type.Name, args, 0, 1);
            var s = S(self);
            if (s.Table.Fill != 0) s.Table.Clear();
            if (args.Length == 1) UpdateInternal(s, args[0]);
        };
        AddCommon(t, frozen: false);
        t.nb_binary[(int)BinaryOp.InplaceOr] = (a, b) =>
        {
            if (b is not PySet) return PyNotImplemented.Instance;
            if (!ReferenceEquals(a, b)) UpdateInternal(S(a), b);
            return Py.NewRef(a);
        };
        t.nb_binary[(int)BinaryOp.InplaceAnd] = (a, b) =>
        {
            if (b is not PySet) return PyNotImplemented.Instance;
            Replace(S(a), Intersection(S(a), b));
            return Py.NewRef(a);
        };
        t.nb_binary[(int)BinaryOp.InplaceSubtract] = (a, b) =>
        {
            if (b is not PySet) return PyNotImplemented.Instance;
            DifferenceUpdate(S(a), b);
            return Py.NewRef(a);
        };
        t.nb_binary[(int)BinaryOp.InplaceXor] = (a, b) =>
        {
            if (b is not PySet) return PyNotImplemented.Instance;
            SymmetricDifferenceUpdate(S(a), b);
            return Py.NewRef(a);
        };
        t.AddMethod("add", (PyObject self, PyObject x) => { S(self).Add(x); return PyNone.Instance; },
            "Add an element to a set.\n\nThis has no effect if the element is already present.");
        t.AddMethod("discard", (PyObject self, PyObject x) =>
        {
            WithFrozenRetry(S(self), x, static (s, k) => s.Discard(k));
            return PyNone.Instance;
        }, "Remove an element from a set if it is a member.\n\nUnlike set.remove(), the discard() method does not raise\nan exception when an element is missing from the set.");
        t.AddMethod("remove", (PyObject self, PyObject x) =>
        {
            if (!WithFrozenRetry(S(self), x, static (s, k) => s.Discard(k))) throw ExceptionObjects.KeyErrorFor(x);
            return PyNone.Instance;
        }, "Remove an element from a set; it must be a member.\n\nIf the element is not a member, raise a KeyError.");
        t.AddMethod("pop", (PyObject self) =>
        {
            var table = S(self).Table;
            if (table.Used == 0) throw PyErr.KeyError("pop from an empty set");
            var entries = table.Table;
            int i = table.Finger & table.Mask;
            while (!SetTable.IsActive(entries[i]))
            {
                i++;
                if (i > table.Mask) i = 0;
            }
            var key = table.RemoveAt(i);
            table.Finger = i + 1;
            return key;
        }, "Remove and return an arbitrary set element.\n\nRaises KeyError if the set is empty.");
        t.AddMethod("clear", (PyObject self) => { S(self).Table.Clear(); return PyNone.Instance; }, "Remove all elements from this set.");
        t.AddMethod("update", (PyObject self, ReadOnlySpan<PyObject> args) =>
        {
            foreach (var a in args)
                if (!ReferenceEquals(a, self)) UpdateInternal(S(self), a);
            return PyNone.Instance;
        }, "Update the set, adding elements from all others.");
        t.AddMethod("intersection_update", (PyObject self, ReadOnlySpan<PyObject> args) =>
        {
            var r = IntersectionMulti(S(self), args);
            Replace(S(self), (PySet)r);
            return PyNone.Instance;
        }, "Update the set, keeping only elements found in it and all others.");
        t.AddMethod("difference_update", (PyObject self, ReadOnlySpan<PyObject> args) =>
        {
            foreach (var a in args) DifferenceUpdate(S(self), a);
            return PyNone.Instance;
        }, "Update the set, removing elements found in others.");
        t.AddMethod("symmetric_difference_update", (PyObject self, PyObject other) =>
        {
            SymmetricDifferenceUpdate(S(self), other);
            return PyNone.Instance;
        }, "Update the set, keeping only elements found in either set, but not in both.");
    }

    internal static void SetupFrozen(PyType t)
    {
        t.Doc = "Build an immutable unordered collection of unique elements.";
        t.tp_new = (type, args, kw) =>
        {
            if (ReferenceEquals(type, PyFrozenSet.Type) || type.tp_init == PyFrozenSet.Type.tp_init) ArgParser.NoKeywords("frozenset", kw);
            ArgParser.CheckPositional(type.Name, args, 0, 1);
            if (ReferenceEquals(type, PyFrozenSet.Type) && args.Length == 1 && args[0].ob_type == PyFrozenSet.Type)
                return Py.NewRef(args[0]);
            var f = ReferenceEquals(type, PyFrozenSet.Type) ? new PyFrozenSet() : new PyFrozenSet(type);
            if (args.Length == 1)
            {
                try { UpdateInternal(f, args[0]); }
                catch { Py.Decref(f); throw; }
            }
            return f;
        };
        t.tp_hash = FrozenHash;
        AddCommon(t, frozen: true);
    }

    /// <summary>Gives <paramref name="target"/> the contents of <paramref name="result"/> (consumed), as set_swap_bodies does.</summary>
    static void Replace(PySet target, PySet result)
    {
        target.Table.SwapWith(result.Table);
        Py.Decref(result);
    }
}
