namespace Ftpy.Objects;

/// <summary>
/// The hash table behind set and frozenset, laid out and probed exactly as CPython's
/// setobject.c (linear probes of 9, then perturbation; resize at 3/5 full), so iteration order
/// matches CPython's for the same hashes. Invariants: a slot is empty (Key null, Hash 0),
/// active, or a dummy (Key == <see cref="Dummy"/>, Hash -1); Fill counts active plus dummy slots.
/// </summary>
internal sealed class SetTable
{
    public const int MinSize = 8;
    const int LinearProbes = 9;
    const int PerturbShift = 5;
    internal static readonly PyObject Dummy = PyNone.Instance;

    public struct Entry
    {
        public PyObject? Key;
        public long Hash;
        public bool IsDummy;
    }

    public Entry[] Table = new Entry[MinSize];
    public int Mask = MinSize - 1;
    public int Fill;
    public int Used;
    public int Finger;

    /// <summary>Finds the entry index for key, or -1. May call __eq__; <paramref name="owner"/> is
    /// re-checked for mutation (restart) after each comparison.</summary>
    public int Lookup(PyObject key, long hash)
    {
        restart:
        var table = Table;
        int mask = Mask;
        ulong perturb = (ulong)hash;
        int i = (int)((ulong)hash & (ulong)mask);
        while (true)
        {
            int probes = i + LinearProbes <= mask ? LinearProbes : 0;
            int j = i;
            do
            {
                ref var e = ref table[j];
                if (e.Key is null) return -1;
                if (e.Hash == hash && !e.IsDummy)
                {
                    var start = e.Key;
                    if (ReferenceEquals(start, key)) return j;
                    if (start is PyStr a && key is PyStr b && a.ob_type == PyStr.Type && b.ob_type == PyStr.Type)
                    {
                        if (string.Equals(a.Value, b.Value)) return j;
                    }
                    else
                    {
                        Py.Incref(start);
                        bool eq;
                        try { eq = Py.RichCompareBool(start, key, CompareOp.Eq); }
                        finally { Py.Decref(start); }
                        if (!ReferenceEquals(table, Table) || !ReferenceEquals(table[j].Key, start)) goto restart;
                        if (eq) return j;
                    }
                }
                j++;
            } while (probes-- > 0);
            perturb >>= PerturbShift;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
        }
    }

    /// <summary>Adds key (taking a new reference) unless present; returns false when it was present.</summary>
    public bool Add(PyObject key, long hash)
    {
        restart:
        var table = Table;
        int mask = Mask;
        ulong perturb = (ulong)hash;
        int i = (int)((ulong)hash & (ulong)mask);
        int freeslot = -1;
        while (true)
        {
            int probes = i + LinearProbes <= mask ? LinearProbes : 0;
            int j = i;
            do
            {
                ref var e = ref table[j];
                if (e.Key is null)
                {
                    if (freeslot >= 0)
                    {
                        ref var f = ref table[freeslot];
                        f.Key = Py.NewRef(key);
                        f.Hash = hash;
                        f.IsDummy = false;
                        Used++;
                        return true;
                    }
                    e.Key = Py.NewRef(key);
                    e.Hash = hash;
                    Fill++;
                    Used++;
                    if ((long)Fill * 5 >= (long)mask * 3) Resize(Used > 50000 ? Used * 2 : Used * 4);
                    return true;
                }
                if (e.IsDummy)
                {
                    if (freeslot < 0) freeslot = j;
                }
                else if (e.Hash == hash)
                {
                    var start = e.Key;
                    if (ReferenceEquals(start, key)) return false;
                    if (start is PyStr a && key is PyStr b && a.ob_type == PyStr.Type && b.ob_type == PyStr.Type)
                    {
                        if (string.Equals(a.Value, b.Value)) return false;
                    }
                    else
                    {
                        Py.Incref(start);
                        bool eq;
                        try { eq = Py.RichCompareBool(start, key, CompareOp.Eq); }
                        finally { Py.Decref(start); }
                        if (eq) return false;
                        if (!ReferenceEquals(table, Table) || !ReferenceEquals(table[j].Key, start)) goto restart;
                        mask = Mask;
                    }
                }
                j++;
            } while (probes-- > 0);
            perturb >>= PerturbShift;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
        }
    }

    /// <summary>Rebuilds the table with a size above <paramref name="minUsed"/>, dropping dummies (set_table_resize).</summary>
    public void Resize(int minUsed)
    {
        int size = MinSize;
        while (size <= minUsed) size <<= 1;
        var old = Table;
        var table = new Entry[size];
        int mask = size - 1;
        foreach (ref var e in old.AsSpan())
        {
            if (e.Key is null || e.IsDummy) continue;
            InsertClean(table, mask, e.Key, e.Hash);
        }
        Table = table;
        Mask = mask;
        Fill = Used;
    }

    /// <summary>Inserts into a table known to hold no equal key and no dummies (set_insert_clean).</summary>
    internal static void InsertClean(Entry[] table, int mask, PyObject key, long hash)
    {
        ulong perturb = (ulong)hash;
        int i = (int)((ulong)hash & (ulong)mask);
        while (true)
        {
            if (table[i].Key is null) { table[i].Key = key; table[i].Hash = hash; return; }
            if (i + LinearProbes <= mask)
            {
                for (int j = 1; j <= LinearProbes; j++)
                {
                    if (table[i + j].Key is null) { table[i + j].Key = key; table[i + j].Hash = hash; return; }
                }
            }
            perturb >>= PerturbShift;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
        }
    }

    /// <summary>Removes the entry at index (leaving a dummy); the caller releases the returned key.</summary>
    public PyObject RemoveAt(int index)
    {
        ref var e = ref Table[index];
        var key = e.Key!;
        e.Key = Dummy;
        e.Hash = -1;
        e.IsDummy = true;
        Used--;
        return key;
    }

    public void Clear()
    {
        var old = Table;
        Table = new Entry[MinSize];
        Mask = MinSize - 1;
        Fill = Used = 0;
        foreach (var e in old) if (e.Key is not null && !e.IsDummy) Py.Decref(e.Key);
    }

    /// <summary>Active keys in table order (borrowed).</summary>
    public List<PyObject> Keys()
    {
        var list = new List<PyObject>(Used);
        foreach (var e in Table) if (e.Key is not null && !e.IsDummy) list.Add(e.Key);
        return list;
    }

    /// <summary>A copy of this table with new references (same layout, as set_merge copies).</summary>
    public SetTable Copy()
    {
        var t = new SetTable { Table = new Entry[Table.Length], Mask = Mask };
        if (Fill == Used)
        {
            for (int i = 0; i < Table.Length; i++)
            {
                var e = Table[i];
                if (e.Key is null) continue;
                t.Table[i] = new Entry { Key = Py.NewRef(e.Key), Hash = e.Hash };
            }
            t.Fill = t.Used = Used;
            return t;
        }
        foreach (var e in Table)
            if (e.Key is not null && !e.IsDummy) InsertClean(t.Table, t.Mask, Py.NewRef(e.Key), e.Hash);
        t.Fill = t.Used = Used;
        return t;
    }
}
