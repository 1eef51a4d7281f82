using System.Runtime.CompilerServices;
using Ftpy.Runtime;

namespace Ftpy.Objects;

/// <summary>
/// Python dict: insertion-ordered hash table in CPython's compact layout (<see cref="DictKeys"/>).
/// Owns a reference to every key and value it holds. <see cref="Version"/> increases on every
/// mutation (the guard specialized instructions check).
/// </summary>
public partial class PyDict : PyObject
{
    public static readonly PyType Type = new("dict", TypeFlags.BaseType | TypeFlags.DictSubclass);

    internal DictKeys _keys;
    internal int _used;
    public ulong Version;
    static ulong s_globalVersion;

    // An exact dict starts untracked and is tracked by the collector once it holds a key or value
    // that may be part of a cycle (CPython's MAINTAIN_TRACKING): a dict of numbers and strings
    // can never be in a cycle, and the collector need not visit it.
    public PyDict() : base(Type)
    {
        _keys = new DictKeys(DictKeys.MinSize);
    }

    public PyDict(int capacity) : base(Type)
    {
        _keys = new DictKeys(DictKeys.SizeFor(capacity));
    }

    /// <summary>_PyObject_GC_MAY_BE_TRACKED: a container that is (or may become) tracked; a
    /// tuple only while tracked.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    static bool MayBeTracked(PyObject o) => o.ob_gc_index != 0 || (o.IsGcContainer && o is not PyTuple);

    internal PyDict(PyType type) : base(type)
    {
        _keys = new DictKeys(DictKeys.MinSize);
        GcRegistry.Track(this);
    }

    public int Count => _used;

    protected internal override bool IsGcContainer => true;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    void BumpVersion() => Version = Interlocked.Increment(ref s_globalVersion);

    /// <summary>Finds the entry for <paramref name="key"/>; -1 when absent. May run __eq__;
    /// restarts if that mutates the dict (as CPython's lookdict does).</summary>
    internal int Lookup(PyObject key, long hash)
    {
        while (true)
        {
            var keys = _keys;
            int[] indices = keys.Indices;
            int mask = indices.Length - 1;
            ulong perturb = (ulong)hash;
            int i = (int)((ulong)hash & (ulong)mask);
            bool restart = false;
            while (true)
            {
                int ix = indices[i];
                if (ix == DictKeys.Empty) return -1;
                if (ix >= 0)
                {
                    ref var e = ref keys.Entries[ix];
                    var k = e.Key;
                    if (ReferenceEquals(k, key)) return ix;
                    if (k is not null && e.Hash == hash)
                    {
                        if (k is PyStr ks && key is PyStr kk && ks.ob_type == PyStr.Type && kk.ob_type == PyStr.Type)
                        {
                            if (string.Equals(ks.Value, kk.Value)) return ix;
                        }
                        else
                        {
                            Py.Incref(k);
                            bool eq;
                            try { eq = Py.RichCompareBool(k, key, CompareOp.Eq); }
                            finally { Py.Decref(k); }
                            if (!ReferenceEquals(keys, _keys) || !ReferenceEquals(keys.Entries[ix].Key, k)) { restart = true; break; }
                            if (eq) return ix;
                        }
                    }
                }
                perturb >>= 5;
                i = (int)(((ulong)i * 5 + perturb + 1) & (ulong)mask);
            }
            if (!restart) return -1;
        }
    }

    /// <summary>Lookup of a str key without calling Python code.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal int LookupStr(PyStr key, long hash)
    {
        var keys = _keys;
        int[] indices = keys.Indices;
        int mask = indices.Length - 1;
        ulong perturb = (ulong)hash;
        int i = (int)((ulong)hash & (ulong)mask);
        while (true)
        {
            int ix = indices[i];
            if (ix == DictKeys.Empty) return -1;
            if (ix >= 0)
            {
                ref var e = ref keys.Entries[ix];
                var k = e.Key;
                if (ReferenceEquals(k, key)) return ix;
                if (e.Hash == hash && k is PyStr ks)
                {
                    if (ks.ob_type == PyStr.Type) { if (string.Equals(ks.Value, key.Value)) return ix; }
                    else return Lookup(key, hash);
                }
                else if (e.Hash == hash && k is not null) return Lookup(key, hash);
            }
            perturb >>= 5;
            i = (int)(((ulong)i * 5 + perturb + 1) & (ulong)mask);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    int Find(PyObject key, out long hash)
    {
        if (key is PyStr s && s.ob_type == PyStr.Type)
        {
            hash = s.Hash;
            return LookupStr(s, hash);
        }
        hash = Py.Hash(key);
        return Lookup(key, hash);
    }

    /// <summary>key in dict for a key whose hash is known (_PyDict_Contains_KnownHash).</summary>
    internal bool ContainsKnownHash(PyObject key, long hash) =>
        (key is PyStr s && s.ob_type == PyStr.Type ? LookupStr(s, hash) : Lookup(key, hash)) >= 0;

    /// <summary>The value for <paramref name="key"/> as a borrowed reference, or null. Errors from
    /// hashing or comparing propagate (PyDict_GetItemWithError).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public PyObject? GetItemBorrowed(PyObject key)
    {
        int ix = Find(key, out _);
        return ix < 0 ? null : _keys.Entries[ix].Value;
    }

    public PyObject? GetItemBorrowed(PyStr key)
    {
        int ix = key.ob_type == PyStr.Type ? LookupStr(key, key.Hash) : Lookup(key, Py.Hash(key));
        return ix < 0 ? null : _keys.Entries[ix].Value;
    }

    public PyObject? GetItemBorrowed(string key) => GetItemBorrowed(PyStr.Intern(key));

    /// <summary>The value for <paramref name="key"/> as a new reference, or null.</summary>
    public PyObject? GetItem(PyObject key)
    {
        var v = GetItemBorrowed(key);
        if (v is not null) Py.Incref(v);
        return v;
    }

    public bool ContainsKey(PyObject key) => Find(key, out _) >= 0;

    /// <summary>d[key] = value; the dict takes its own references to both.</summary>
    public void SetItem(PyObject key, PyObject value)
    {
        int ix = Find(key, out long hash);
        Insert(key, hash, value, ix);
    }

    public void SetItem(string key, PyObject value) => SetItem(PyStr.Intern(key), value);

    internal void SetItemKnownHash(PyObject key, long hash, PyObject value)
    {
        int ix = key is PyStr s && s.ob_type == PyStr.Type ? LookupStr(s, hash) : Lookup(key, hash);
        Insert(key, hash, value, ix);
    }

    void Insert(PyObject key, long hash, PyObject value, int ix)
    {
        if (ob_gc_index == 0 && (MayBeTracked(value) || MayBeTracked(key))) GcRegistry.Track(this);
        Py.Incref(value);
        if (ix >= 0)
        {
            ref var e = ref _keys.Entries[ix];
            var old = e.Value!;
            e.Value = value;
            BumpVersion();
            Py.Decref(old);
            return;
        }
        Py.Incref(key);
        if (_keys.Usable <= 0) Resize(DictKeys.SizeForGrowth(_used * 3));
        var keys = _keys;
        int slot = keys.FindEmptySlot(hash);
        int n = keys.NEntries;
        keys.Entries[n] = new DictKeys.Entry { Hash = hash, Key = key, Value = value };
        keys.Indices[slot] = n;
        keys.NEntries = n + 1;
        keys.Usable--;
        _used++;
        BumpVersion();
    }

    /// <summary>Rebuilds the table with an index of <paramref name="size"/> slots (or more), dropping deleted entries.</summary>
    void Resize(int size)
    {
        var old = _keys;
        while (DictKeys.UsableFraction(size) <= _used) size <<= 1;
        var keys = new DictKeys(size);
        int n = 0;
        for (int i = 0; i < old.NEntries; i++)
        {
            ref var e = ref old.Entries[i];
            if (e.Key is null) continue;
            keys.Entries[n] = e;
            keys.Indices[keys.FindEmptySlot(e.Hash)] = n;
            n++;
        }
        keys.NEntries = n;
        keys.Usable -= n;
        _keys = keys;
    }

    /// <summary>del d[key]; returns false when the key is absent.</summary>
    public bool DelItem(PyObject key)
    {
        int ix = Find(key, out long hash);
        if (ix < 0) return false;
        RemoveEntry(ix, hash);
        return true;
    }

    public bool DelItem(string key) => DelItem(PyStr.Intern(key));

    /// <summary>Removes entry <paramref name="ix"/>; the removed key and value are released.</summary>
    void RemoveEntry(int ix, long hash)
    {
        var (k, v) = Detach(ix, hash);
        Py.Decref(k);
        Py.Decref(v);
    }

    /// <summary>Removes entry <paramref name="ix"/> and hands its key and value references to the caller.</summary>
    (PyObject key, PyObject value) Detach(int ix, long hash)
    {
        var keys = _keys;
        int mask = keys.Indices.Length - 1;
        ulong perturb = (ulong)hash;
        int i = (int)((ulong)hash & (ulong)mask);
        while (keys.Indices[i] != ix)
        {
            perturb >>= 5;
            i = (int)(((ulong)i * 5 + perturb + 1) & (ulong)mask);
        }
        keys.Indices[i] = DictKeys.Dummy;
        ref var e = ref keys.Entries[ix];
        var k = e.Key!;
        var v = e.Value!;
        e.Key = null;
        e.Value = null;
        _used--;
        BumpVersion();
        return (k, v);
    }

    /// <summary>Removes <paramref name="key"/> and returns its value as a new reference, or null when absent.</summary>
    public PyObject? Pop(PyObject key)
    {
        int ix = Find(key, out long hash);
        if (ix < 0) return null;
        var (k, v) = Detach(ix, hash);
        Py.Decref(k);
        return v;
    }

    /// <summary>Removes and returns the last (key, value) pair as new references (popitem).</summary>
    public bool PopLast(out PyObject key, out PyObject value)
    {
        var keys = _keys;
        for (int i = keys.NEntries - 1; i >= 0; i--)
        {
            ref var e = ref keys.Entries[i];
            if (e.Key is null) continue;
            (key, value) = Detach(i, e.Hash);
            // Like CPython's popitem: the entry slot is reused, Usable is not restored, so
            // dummies plus entries never exceed the usable fraction of the index table.
            keys.NEntries = i;
            return true;
        }
        key = value = null!;
        return false;
    }

    public void Clear()
    {
        if (_used == 0 && _keys.NEntries == 0) return;
        var old = _keys;
        _keys = new DictKeys(DictKeys.MinSize);
        _used = 0;
        BumpVersion();
        for (int i = 0; i < old.NEntries; i++)
        {
            ref var e = ref old.Entries[i];
            if (e.Key is null) continue;
            var k = e.Key; var v = e.Value!;
            e.Key = null; e.Value = null;
            Py.Decref(k);
            Py.Decref(v);
        }
    }

    /// <summary>Iterates entries in insertion order: returns false at the end. Key and value are borrowed.
    /// <paramref name="pos"/> starts at 0 (PyDict_Next).</summary>
    public bool Next(ref int pos, out PyObject key, out PyObject value)
    {
        var keys = _keys;
        while (pos < keys.NEntries)
        {
            ref var e = ref keys.Entries[pos++];
            if (e.Key is not null)
            {
                key = e.Key;
                value = e.Value!;
                return true;
            }
        }
        key = value = null!;
        return false;
    }

    /// <summary>A snapshot of the (key, value) pairs, borrowed.</summary>
    public List<KeyValuePair<PyObject, PyObject>> Items()
    {
        var list = new List<KeyValuePair<PyObject, PyObject>>(_used);
        int pos = 0;
        while (Next(ref pos, out var k, out var v)) list.Add(new(k, v));
        return list;
    }

    /// <summary>A copy with new references to every key and value.</summary>
    public PyDict Copy()
    {
        var d = new PyDict(_used);
        int pos = 0;
        while (Next(ref pos, out var k, out var v))
        {
            long h = _keys.Entries[pos - 1].Hash;
            d.SetItemKnownHash(k, h, v);
        }
        return d;
    }

    /// <summary>Merges <paramref name="other"/> into this dict (dict.update with a dict), overriding existing keys.</summary>
    public void Update(PyDict other, bool overrideExisting = true)
    {
        int pos = 0;
        while (other.Next(ref pos, out var k, out var v))
        {
            long h = other._keys.Entries[pos - 1].Hash;
            if (!overrideExisting)
            {
                int ix = k is PyStr s && s.ob_type == PyStr.Type ? LookupStr(s, h) : Lookup(k, h);
                if (ix >= 0) continue;
            }
            Py.Incref(k); Py.Incref(v);
            try { SetItemKnownHash(k, h, v); }
            finally { Py.Decref(k); Py.Decref(v); }
        }
    }

    /// <summary>Hash stored with the entry at iteration position <paramref name="pos"/> - 1 (after <see cref="Next"/>).</summary>
    internal long HashAt(int posAfterNext) => _keys.Entries[posAfterNext - 1].Hash;

    protected internal override void ReleaseReferences()
    {
        var old = _keys;
        _keys = new DictKeys(DictKeys.MinSize);
        _used = 0;
        for (int i = 0; i < old.NEntries; i++)
        {
            ref var e = ref old.Entries[i];
            var k = e.Key; var v = e.Value;
            e.Key = null; e.Value = null;
            if (k is not null) Py.Decref(k);
            if (v is not null) Py.Decref(v);
        }
    }

    protected internal override void Traverse(Action<PyObject> visit)
    {
        var keys = _keys;
        for (int i = 0; i < keys.NEntries; i++)
        {
            ref var e = ref keys.Entries[i];
            if (e.Key is not null) { visit(e.Key); visit(e.Value!); }
        }
    }
}
