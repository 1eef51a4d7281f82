namespace Ftpy.Objects;

/// <summary>
/// The hash table behind set and frozenset, laid out and probed exactly as CPython's
/// setobject.c (runs of 9 linear probes, then perturbation; resize at 3/5 full; a deleted key
/// leaves a dummy that a later insertion on the same probe chain reuses), so the iteration
/// order is CPython's for the same hashes and the same sequence of operations.
/// Invariants: a slot is empty (Key null, Hash 0), active (Key a real key, Hash its hash, never
/// -1), or a dummy (Key == <see cref="Dummy"/>, Hash -1); <see cref="Fill"/> counts active plus
/// dummy slots, <see cref="Used"/> the active ones; at least one slot is always empty.
/// A resize builds a new entry array (never shrinks the old one in place), so a reader holding
/// the old array sees a consistent snapshot.
/// </summary>
internal sealed class SetTable
{
    public const int MinSize = 8;
    const int LinearProbes = 9;
    const int PerturbShift = 5;

    /// <summary>The key of a deleted slot (setobject.c's <c>dummy</c>).</summary>
    internal static readonly PyObject Dummy = new DummyKey();

    sealed class DummyKey : PyObject
    {
        public DummyKey() : base(null, immortal: true) { }
    }

    public struct Entry
    {
        public PyObject? Key;
        public long Hash;
    }

    public Entry[] Table = new Entry[MinSize];
    public int Mask = MinSize - 1;
    public int Fill;
    public int Used;
    public int Finger;

    public static bool IsActive(in Entry e) => e.Key is not null && !ReferenceEquals(e.Key, Dummy);

    /// <summary>set_lookkey: the index of the entry equal to key, or -1. May call __eq__; restarts
    /// when the comparison mutated the table.</summary>
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
                var start = table[j].Key;
                if (start is null) return -1;
                if (table[j].Hash == hash)
                {
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
                        mask = Mask;
                    }
                }
                j++;
            } while (probes-- > 0);
            perturb >>= PerturbShift;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
        }
    }

    /// <summary>set_add_entry: adds key (taking a new reference) unless an equal key is present;
    /// returns false when it was present.</summary>
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
                var start = e.Key;
                if (start is null)
                {
                    if (freeslot >= 0)
                    {
                        ref var f = ref table[freeslot];
                        if (f.Hash != -1) goto restart;
                        f.Key = Py.NewRef(key);
                        f.Hash = hash;
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
                if (e.Hash == hash)
                {
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
                else if (e.Hash == -1 && ReferenceEquals(start, Dummy))
                {
                    freeslot = j;
                }
                j++;
            } while (probes-- > 0);
            perturb >>= PerturbShift;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
        }
    }

    /// <summary>set_table_resize: rebuilds the table with the smallest size above
    /// <paramref name="minUsed"/>, dropping dummies.</summary>
    public void Resize(int minUsed)
    {
        int size = MinSize;
        while (size <= minUsed) size <<= 1;
        var old = Table;
        // CPython keeps a small table whose slots hold no dummies as it is.
        if (size == MinSize && old.Length == MinSize && Fill == Used) return;
        var table = new Entry[size];
        int mask = size - 1;
        for (int i = 0; i < old.Length; i++)
        {
            ref var e = ref old[i];
            if (IsActive(e)) InsertClean(table, mask, e.Key!, e.Hash);
        }
        Table = table;
        Mask = mask;
        Fill = Used;
    }

    /// <summary>set_insert_clean: inserts into a table known to hold no equal key and no dummies.</summary>
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

    /// <summary>Removes the entry at <paramref name="index"/> (leaving a dummy); the caller releases the returned key.</summary>
    public PyObject RemoveAt(int index)
    {
        ref var e = ref Table[index];
        var key = e.Key!;
        e.Key = Dummy;
        e.Hash = -1;
        Used--;
        return key;
    }

    /// <summary>set_discard_entry: true when an equal key was found and removed.</summary>
    public bool Discard(PyObject key, long hash)
    {
        int i = Lookup(key, hash);
        if (i < 0) return false;
        Py.Decref(RemoveAt(i));
        return true;
    }

    /// <summary>set_next: advances <paramref name="pos"/> to the next active entry; false at the end.</summary>
    public bool Next(ref int pos, out PyObject key, out long hash)
    {
        var table = Table;
        int i = pos;
        while (i < table.Length && !IsActive(table[i])) i++;
        pos = i + 1;
        if (i >= table.Length)
        {
            key = null!;
            hash = 0;
            return false;
        }
        key = table[i].Key!;
        hash = table[i].Hash;
        return true;
    }

    /// <summary>Empties the table, then releases the old keys (which may run code that touches the set).</summary>
    public void Clear()
    {
        var old = Table;
        int used = Used;
        Table = new Entry[MinSize];
        Mask = MinSize - 1;
        Fill = Used = 0;
        for (int i = 0; i < old.Length && used > 0; i++)
        {
            if (!IsActive(old[i])) continue;
            used--;
            Py.Decref(old[i].Key!);
        }
    }

    /// <summary>set_merge: adds every key of <paramref name="other"/> (the same probing CPython uses,
    /// so the layout of a copy is CPython's).</summary>
    public void Merge(SetTable other)
    {
        if (ReferenceEquals(other, this) || other.Used == 0) return;
        if (((long)Fill + other.Used) * 5 >= (long)Mask * 3) Resize((Used + other.Used) * 2);
        var src = other.Table;
        if (Fill == 0 && Mask == other.Mask && other.Fill == other.Used)
        {
            var dst = Table;
            for (int i = 0; i < src.Length; i++)
            {
                var key = src[i].Key;
                if (key is null) continue;
                dst[i].Key = Py.NewRef(key);
                dst[i].Hash = src[i].Hash;
            }
            Fill = other.Fill;
            Used = other.Used;
            return;
        }
        if (Fill == 0)
        {
            var dst = Table;
            int mask = Mask;
            Fill = Used = other.Used;
            for (int i = 0; i < src.Length; i++)
                if (IsActive(src[i])) InsertClean(dst, mask, Py.NewRef(src[i].Key!), src[i].Hash);
            return;
        }
        for (int i = 0; i < src.Length; i++)
        {
            var e = src[i];
            if (IsActive(e)) Add(e.Key!, e.Hash);
        }
    }

    /// <summary>Active keys in table order (borrowed).</summary>
    public List<PyObject> Keys()
    {
        var list = new List<PyObject>(Used);
        foreach (var e in Table) if (IsActive(e)) list.Add(e.Key!);
        return list;
    }

    /// <summary>Swaps the contents of two tables (set_swap_bodies).</summary>
    public void SwapWith(SetTable other)
    {
        (Table, other.Table) = (other.Table, Table);
        (Mask, other.Mask) = (other.Mask, Mask);
        (Fill, other.Fill) = (other.Fill, Fill);
        (Used, other.Used) = (other.Used, Used);
    }
}
