namespace Ftpy.Objects;

/// <summary>
/// The storage of a dict in CPython's compact layout: a sparse index table of power-of-two size
/// pointing into a dense, insertion-ordered entry array.
/// Invariants: <c>Indices.Length</c> is a power of two ≥ 8; an index slot is
/// <see cref="Empty"/>, <see cref="Dummy"/> (a deleted entry, keeps probe chains intact) or an
/// entry number &lt; <see cref="NEntries"/>; a deleted entry has a null Key; <see cref="Usable"/>
/// + <see cref="NEntries"/> never exceeds two thirds of the index size. A table is never
/// shrunk or rebuilt in place: resizing builds a new one, so a lock-free reader holding the
/// old table sees a consistent (if outdated) snapshot.
/// </summary>
internal sealed class DictKeys
{
    public const int Empty = -1;
    public const int Dummy = -2;
    public const int MinSize = 8;

    public struct Entry
    {
        public long Hash;
        public PyObject? Key;
        public PyObject? Value;
    }

    public readonly int[] Indices;
    public readonly Entry[] Entries;
    public int Usable;
    public int NEntries;

    public DictKeys(int size)
    {
        Indices = new int[size];
        Array.Fill(Indices, Empty);
        Entries = new Entry[UsableFraction(size)];
        Usable = Entries.Length;
    }

    public static int UsableFraction(int size) => (size << 1) / 3;

    /// <summary>Smallest table size whose usable part holds <paramref name="n"/> entries.</summary>
    public static int SizeFor(int n)
    {
        int size = MinSize;
        while (UsableFraction(size) < n) size <<= 1;
        return size;
    }

    /// <summary>Index size after a growth resize: the smallest power of two ≥ <paramref name="minSize"/> (CPython's GROWTH_RATE rule).</summary>
    public static int SizeForGrowth(int minSize)
    {
        int size = MinSize;
        while (size < minSize) size <<= 1;
        return size;
    }

    /// <summary>The index slot where an entry with this hash may be inserted (first empty slot on the probe chain).</summary>
    public int FindEmptySlot(long hash)
    {
        int mask = Indices.Length - 1;
        ulong perturb = (ulong)hash;
        int i = (int)((ulong)hash & (ulong)mask);
        while (Indices[i] >= 0 || Indices[i] == Dummy)
        {
            perturb >>= 5;
            i = (int)(((ulong)i * 5 + perturb + 1) & (ulong)mask);
        }
        return i;
    }
}
