using Ftpy.Runtime;

namespace Ftpy.Objects;

/// <summary>
/// list.sort: CPython's timsort (listobject.c) step for step — count_run with its handling of
/// descending runs, binary insertion up to minrun, the powersort merge policy, merge_lo/merge_hi
/// with galloping — so the comparisons made, and therefore the result for inconsistent orders
/// and the point where a failing comparison stops the sort, are CPython's. Keys are computed
/// once; reverse sorts reverse, sort stably and reverse back. While sorting the list is empty
/// (its items array is a private sentinel), so any change made meanwhile is detected.
/// </summary>
sealed class ListSort
{
    const int MinGallop = 7;
    const int MaxMinRun = 64;

    /// <summary>The items array of a list being sorted; a list found with another array afterwards was modified.</summary>
    static readonly PyObject?[] s_sorting = new PyObject?[0];

    enum Compare { Safe, UnsafeObject, Latin, Long, Float, Tuple }

    readonly PyObject[] _keys;
    readonly PyObject[]? _values;
    PyObject[] _tempKeys = Array.Empty<PyObject>();
    PyObject[]? _tempValues;
    int _minGallop = MinGallop;
    readonly int _listLength;
    Compare _compare = Compare.Safe;
    Compare _tupleElemCompare = Compare.Safe;
    RichCompareFunc? _keyRichCompare;

    struct PendingRun
    {
        public int Base;
        public int Length;
        public int Power;
    }

    readonly PendingRun[] _pending = new PendingRun[64];
    int _n;

    ListSort(PyObject[] keys, PyObject[]? values)
    {
        _keys = keys;
        _values = values;
        _listLength = keys.Length;
        if (values is not null) _tempValues = Array.Empty<PyObject>();
    }

    public static void Sort(PyList list, PyObject? key, bool reverse)
    {
        int n = list._size;
        var saved = list._items;
        list._items = s_sorting;
        list._size = 0;
        PyObject[] items = new PyObject[n];
        Array.Copy(saved, items, n);
        PyObject[]? keys = null;
        PyException? failure = null;
        try
        {
            if (key is not null)
            {
                keys = new PyObject[n];
                int computed = 0;
                try
                {
                    for (; computed < n; computed++) keys[computed] = Py.CallOneArg(key, items[computed]);
                }
                catch
                {
                    for (int i = 0; i < computed; i++) Py.Decref(keys[i]);
                    keys = null;
                    throw;
                }
            }
            var ms = keys is null ? new ListSort(items, null) : new ListSort(keys, items);
            ms.ChooseCompare();
            if (n > 1)
            {
                if (reverse)
                {
                    if (keys is not null) Array.Reverse(keys);
                    Array.Reverse(items);
                }
                try { ms.Run(); }
                finally
                {
                    if (reverse) Array.Reverse(items);
                }
            }
        }
        catch (PyException e)
        {
            failure = e;
        }
        finally
        {
            if (keys is not null) foreach (var k in keys) Py.Decref(k);
        }
        bool modified = !ReferenceEquals(list._items, s_sorting);
        if (modified && failure is null) failure = PyErr.ValueError("list modified during sort");
        var leftover = list._items;
        int leftoverCount = list._size;
        Array.Copy(items, saved, n);
        list._items = saved;
        list._size = n;
        for (int i = 0; i < leftoverCount && i < leftover.Length; i++) if (leftover[i] is { } o) Py.Decref(o);
        if (failure is not null) throw failure;
    }

    /// <summary>The pre-sort check: a specialized comparison when all keys share a type.</summary>
    void ChooseCompare()
    {
        var keys = _keys;
        if (keys.Length <= 1) return;
        bool inTuples = keys[0].ob_type == PyTuple.Type && ((PyTuple)keys[0]).Count > 0;
        var keyType = inTuples ? ((PyTuple)keys[0]).Items[0].ob_type : keys[0].ob_type;
        bool sameType = true, latin = true, bounded = true;
        foreach (var k in keys)
        {
            if (inTuples && !(k.ob_type == PyTuple.Type && ((PyTuple)k).Count != 0))
            {
                inTuples = false;
                sameType = false;
                break;
            }
            var item = inTuples ? ((PyTuple)k).Items[0] : k;
            if (item.ob_type != keyType)
            {
                sameType = false;
                if (!inTuples) break;
            }
            if (sameType)
            {
                if (keyType == PyInt.Type && bounded && ((PyInt)item).IsBig) bounded = false;
                else if (keyType == PyStr.Type && latin && !IsLatin(((PyStr)item).Value)) latin = false;
            }
        }
        Compare c;
        if (sameType)
        {
            if (keyType == PyStr.Type && latin) c = Compare.Latin;
            else if (keyType == PyInt.Type && bounded) c = Compare.Long;
            else if (keyType == PyFloat.Type) c = Compare.Float;
            else if ((_keyRichCompare = keyType.tp_richcompare) is not null) c = Compare.UnsafeObject;
            else c = Compare.Safe;
        }
        else c = Compare.Safe;
        if (inTuples)
        {
            _tupleElemCompare = keyType == PyTuple.Type ? Compare.Safe : c;
            c = Compare.Tuple;
        }
        _compare = c;
    }

    static bool IsLatin(string s)
    {
        foreach (char ch in s) if (ch > 0xFF) return false;
        return true;
    }

    bool Lt(PyObject v, PyObject w) => Less(_compare, v, w);

    bool Less(Compare c, PyObject v, PyObject w)
    {
        switch (c)
        {
            case Compare.Latin: return string.CompareOrdinal(((PyStr)v).Value, ((PyStr)w).Value) < 0;
            case Compare.Long: return ((PyInt)v).Small < ((PyInt)w).Small;
            case Compare.Float: return ((PyFloat)v).Value < ((PyFloat)w).Value;
            case Compare.UnsafeObject:
            {
                if (v.ob_type.tp_richcompare != _keyRichCompare) return Py.RichCompareBool(v, w, CompareOp.Lt);
                var r = _keyRichCompare!(v, w, CompareOp.Lt);
                if (ReferenceEquals(r, PyNotImplemented.Instance)) return Py.RichCompareBool(v, w, CompareOp.Lt);
                if (r is PyBool b) return b.IsTrue;
                try { return Py.IsTrue(r); }
                finally { Py.Decref(r); }
            }
            case Compare.Tuple:
            {
                var vt = ((PyTuple)v).Items;
                var wt = ((PyTuple)w).Items;
                int i = 0;
                for (; i < vt.Length && i < wt.Length; i++)
                    if (!Py.RichCompareBool(vt[i], wt[i], CompareOp.Eq)) break;
                if (i >= vt.Length || i >= wt.Length) return vt.Length < wt.Length;
                return i == 0 ? Less(_tupleElemCompare, vt[0], wt[0]) : Py.RichCompareBool(vt[i], wt[i], CompareOp.Lt);
            }
            default: return Py.RichCompareBool(v, w, CompareOp.Lt);
        }
    }

    // ---- moving keys and values together ----

    void Move(PyObject[] srcK, PyObject[]? srcV, int from, PyObject[] dstK, PyObject[]? dstV, int to, int count)
    {
        Array.Copy(srcK, from, dstK, to, count);
        if (dstV is not null) Array.Copy(srcV!, from, dstV, to, count);
    }

    void ReverseRange(int lo, int count)
    {
        Array.Reverse(_keys, lo, count);
        if (_values is not null) Array.Reverse(_values, lo, count);
    }

    void EnsureTemp(int need)
    {
        if (_tempKeys.Length >= need) return;
        _tempKeys = new PyObject[need];
        if (_values is not null) _tempValues = new PyObject[need];
    }

    // ---- the algorithm ----

    void Run()
    {
        int remaining = _keys.Length;
        int lo = 0;
        int minrun = ComputeMinRun(remaining);
        do
        {
            int n = CountRun(lo, remaining);
            if (n < minrun)
            {
                int force = remaining <= minrun ? remaining : minrun;
                BinarySort(lo, force, n);
                n = force;
            }
            FoundNewRun(n);
            _pending[_n++] = new PendingRun { Base = lo, Length = n };
            lo += n;
            remaining -= n;
        } while (remaining > 0);
        MergeForceCollapse();
    }

    static int ComputeMinRun(int n)
    {
        int r = 0;
        while (n >= MaxMinRun)
        {
            r |= n & 1;
            n >>= 1;
        }
        return n + r;
    }

    /// <summary>binarysort: a[lo:lo+ok] is sorted; inserts the rest of a[lo:lo+n].</summary>
    void BinarySort(int lo, int n, int ok)
    {
        var a = _keys;
        var v = _values;
        if (ok == 0) ok++;
        for (; ok < n; ok++)
        {
            int l = 0, r = ok;
            var pivot = a[lo + ok];
            do
            {
                int m = (l + r) >> 1;
                if (Lt(pivot, a[lo + m])) r = m;
                else l = m + 1;
            } while (l < r);
            Array.Copy(a, lo + l, a, lo + l + 1, ok - l);
            a[lo + l] = pivot;
            if (v is not null)
            {
                var vp = v[lo + ok];
                Array.Copy(v, lo + l, v, lo + l + 1, ok - l);
                v[lo + l] = vp;
            }
        }
    }

    /// <summary>count_run: the length of the run at lo, made ascending in place.</summary>
    int CountRun(int lo, int remaining)
    {
        var a = _keys;
        int n;
        for (n = 1; n < remaining; n++)
            if (Lt(a[lo + n], a[lo + n - 1])) break;
        if (n == remaining) return n;
        if (n > 1)
        {
            if (Lt(a[lo], a[lo + n - 1])) return n;
            ReverseRange(lo, n);
        }
        n++;
        int neq = 0;
        for (; n < remaining; n++)
        {
            if (Lt(a[lo + n], a[lo + n - 1]))
            {
                if (neq > 0)
                {
                    neq++;
                    ReverseRange(lo + n - neq, neq);
                    neq = 0;
                }
            }
            else if (Lt(a[lo + n - 1], a[lo + n])) break;
            else neq++;
        }
        if (neq > 0)
        {
            neq++;
            ReverseRange(lo + n - neq, neq);
        }
        ReverseRange(lo, n);
        for (; n < remaining; n++)
            if (Lt(a[lo + n], a[lo + n - 1])) break;
        return n;
    }

    /// <summary>gallop_left over a[off:off+n]: k with a[k-1] &lt; key &lt;= a[k].</summary>
    int GallopLeft(PyObject key, PyObject[] a, int off, int n, int hint)
    {
        int lastofs = 0, ofs = 1;
        if (Lt(a[off + hint], key))
        {
            int maxofs = n - hint;
            while (ofs < maxofs)
            {
                if (Lt(a[off + hint + ofs], key))
                {
                    lastofs = ofs;
                    ofs = (ofs << 1) + 1;
                }
                else break;
            }
            if (ofs > maxofs) ofs = maxofs;
            lastofs += hint;
            ofs += hint;
        }
        else
        {
            int maxofs = hint + 1;
            while (ofs < maxofs)
            {
                if (Lt(a[off + hint - ofs], key)) break;
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            }
            if (ofs > maxofs) ofs = maxofs;
            int k = lastofs;
            lastofs = hint - ofs;
            ofs = hint - k;
        }
        lastofs++;
        while (lastofs < ofs)
        {
            int m = lastofs + ((ofs - lastofs) >> 1);
            if (Lt(a[off + m], key)) lastofs = m + 1;
            else ofs = m;
        }
        return ofs;
    }

    /// <summary>gallop_right over a[off:off+n]: k with a[k-1] &lt;= key &lt; a[k].</summary>
    int GallopRight(PyObject key, PyObject[] a, int off, int n, int hint)
    {
        int lastofs = 0, ofs = 1;
        if (Lt(key, a[off + hint]))
        {
            int maxofs = hint + 1;
            while (ofs < maxofs)
            {
                if (Lt(key, a[off + hint - ofs]))
                {
                    lastofs = ofs;
                    ofs = (ofs << 1) + 1;
                }
                else break;
            }
            if (ofs > maxofs) ofs = maxofs;
            int k = lastofs;
            lastofs = hint - ofs;
            ofs = hint - k;
        }
        else
        {
            int maxofs = n - hint;
            while (ofs < maxofs)
            {
                if (Lt(key, a[off + hint + ofs])) break;
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            }
            if (ofs > maxofs) ofs = maxofs;
            lastofs += hint;
            ofs += hint;
        }
        lastofs++;
        while (lastofs < ofs)
        {
            int m = lastofs + ((ofs - lastofs) >> 1);
            if (Lt(key, a[off + m])) ofs = m;
            else lastofs = m + 1;
        }
        return ofs;
    }

    /// <summary>merge_lo: merges a[pa:pa+na] and a[pb:pb+nb] (na &lt;= nb) with a copy of the first run.</summary>
    void MergeLo(int pa, int na, int pb, int nb)
    {
        var keys = _keys;
        var vals = _values;
        EnsureTemp(na);
        var tk = _tempKeys;
        var tv = _tempValues;
        Move(keys, vals, pa, tk, tv, 0, na);
        int dest = pa;
        int a = 0;
        int b = pb;
        try
        {
            Move(keys, vals, b++, keys, vals, dest++, 1);
            nb--;
            if (nb == 0) return;
            if (na == 1) goto CopyB;
            int minGallop = _minGallop;
            while (true)
            {
                int acount = 0, bcount = 0;
                while (true)
                {
                    if (Lt(keys[b], tk[a]))
                    {
                        Move(keys, vals, b++, keys, vals, dest++, 1);
                        bcount++;
                        acount = 0;
                        nb--;
                        if (nb == 0) return;
                        if (bcount >= minGallop) break;
                    }
                    else
                    {
                        Move(tk, tv, a++, keys, vals, dest++, 1);
                        acount++;
                        bcount = 0;
                        na--;
                        if (na == 1) goto CopyB;
                        if (acount >= minGallop) break;
                    }
                }
                minGallop++;
                do
                {
                    minGallop -= minGallop > 1 ? 1 : 0;
                    _minGallop = minGallop;
                    int k = GallopRight(keys[b], tk, a, na, 0);
                    acount = k;
                    if (k > 0)
                    {
                        Move(tk, tv, a, keys, vals, dest, k);
                        dest += k;
                        a += k;
                        na -= k;
                        if (na == 1) goto CopyB;
                        if (na == 0) return;
                    }
                    Move(keys, vals, b++, keys, vals, dest++, 1);
                    nb--;
                    if (nb == 0) return;
                    k = GallopLeft(tk[a], keys, b, nb, 0);
                    bcount = k;
                    if (k > 0)
                    {
                        Move(keys, vals, b, keys, vals, dest, k);
                        dest += k;
                        b += k;
                        nb -= k;
                        if (nb == 0) return;
                    }
                    Move(tk, tv, a++, keys, vals, dest++, 1);
                    na--;
                    if (na == 1) goto CopyB;
                } while (acount >= MinGallop || bcount >= MinGallop);
                minGallop++;
                _minGallop = minGallop;
            }
            CopyB:
            Move(keys, vals, b, keys, vals, dest, nb);
            Move(tk, tv, a, keys, vals, dest + nb, 1);
            na = 0;
        }
        finally
        {
            // On success or failure the rest of the copied run goes back, so nothing is lost.
            if (na > 0) Move(tk, tv, a, keys, vals, dest, na);
        }
    }

    /// <summary>merge_hi: merges a[pa:pa+na] and a[pb:pb+nb] (na &gt;= nb) from the right with a copy of the second run.</summary>
    void MergeHi(int pa, int na, int pb, int nb)
    {
        var keys = _keys;
        var vals = _values;
        EnsureTemp(nb);
        var tk = _tempKeys;
        var tv = _tempValues;
        int dest = pb + nb - 1;
        Move(keys, vals, pb, tk, tv, 0, nb);
        int basea = pa;
        int b = nb - 1;
        int a = pa + na - 1;
        try
        {
            Move(keys, vals, a--, keys, vals, dest--, 1);
            na--;
            if (na == 0) return;
            if (nb == 1) goto CopyA;
            int minGallop = _minGallop;
            while (true)
            {
                int acount = 0, bcount = 0;
                while (true)
                {
                    if (Lt(tk[b], keys[a]))
                    {
                        Move(keys, vals, a--, keys, vals, dest--, 1);
                        acount++;
                        bcount = 0;
                        na--;
                        if (na == 0) return;
                        if (acount >= minGallop) break;
                    }
                    else
                    {
                        Move(tk, tv, b--, keys, vals, dest--, 1);
                        bcount++;
                        acount = 0;
                        nb--;
                        if (nb == 1) goto CopyA;
                        if (bcount >= minGallop) break;
                    }
                }
                minGallop++;
                do
                {
                    minGallop -= minGallop > 1 ? 1 : 0;
                    _minGallop = minGallop;
                    int k = GallopRight(tk[b], keys, basea, na, na - 1);
                    k = na - k;
                    acount = k;
                    if (k > 0)
                    {
                        dest -= k;
                        a -= k;
                        Move(keys, vals, a + 1, keys, vals, dest + 1, k);
                        na -= k;
                        if (na == 0) return;
                    }
                    Move(tk, tv, b--, keys, vals, dest--, 1);
                    nb--;
                    if (nb == 1) goto CopyA;
                    k = GallopLeft(keys[a], tk, 0, nb, nb - 1);
                    k = nb - k;
                    bcount = k;
                    if (k > 0)
                    {
                        dest -= k;
                        b -= k;
                        Move(tk, tv, b + 1, keys, vals, dest + 1, k);
                        nb -= k;
                        if (nb == 1) goto CopyA;
                        if (nb == 0) return;
                    }
                    Move(keys, vals, a--, keys, vals, dest--, 1);
                    na--;
                    if (na == 0) return;
                } while (acount >= MinGallop || bcount >= MinGallop);
                minGallop++;
                _minGallop = minGallop;
            }
            CopyA:
            Move(keys, vals, a + 1 - na, keys, vals, dest + 1 - na, na);
            dest -= na;
            a -= na;
            Move(tk, tv, 0, keys, vals, dest, 1);
            nb = 0;
        }
        finally
        {
            if (nb > 0) Move(tk, tv, 0, keys, vals, dest - (nb - 1), nb);
        }
    }

    /// <summary>merge_at: merges the runs at stack indices i and i+1.</summary>
    void MergeAt(int i)
    {
        var keys = _keys;
        int pa = _pending[i].Base, na = _pending[i].Length;
        int pb = _pending[i + 1].Base, nb = _pending[i + 1].Length;
        _pending[i].Length = na + nb;
        if (i == _n - 3) _pending[i + 1] = _pending[i + 2];
        _n--;
        int k = GallopRight(keys[pb], keys, pa, na, 0);
        pa += k;
        na -= k;
        if (na == 0) return;
        nb = GallopLeft(keys[pa + na - 1], keys, pb, nb, nb - 1);
        if (nb <= 0) return;
        if (na <= nb) MergeLo(pa, na, pb, nb);
        else MergeHi(pa, na, pb, nb);
    }

    static int PowerLoop(int s1, int n1, int n2, int n)
    {
        int result = 0;
        long a = 2L * s1 + n1;
        long b = a + n1 + n2;
        while (true)
        {
            result++;
            if (a >= n)
            {
                a -= n;
                b -= n;
            }
            else if (b >= n) break;
            a <<= 1;
            b <<= 1;
        }
        return result;
    }

    /// <summary>found_new_run: the powersort merge policy, before pushing a run of length n2.</summary>
    void FoundNewRun(int n2)
    {
        if (_n == 0) return;
        int s1 = _pending[_n - 1].Base;
        int n1 = _pending[_n - 1].Length;
        int power = PowerLoop(s1, n1, n2, _listLength);
        while (_n > 1 && _pending[_n - 2].Power > power) MergeAt(_n - 2);
        _pending[_n - 1].Power = power;
    }

    void MergeForceCollapse()
    {
        while (_n > 1)
        {
            int n = _n - 2;
            if (n > 0 && _pending[n - 1].Length < _pending[n + 1].Length) n--;
            MergeAt(n);
        }
    }
}
