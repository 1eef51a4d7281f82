using Ftpy.Runtime;

namespace Ftpy.Objects;

/// <summary>list.sort: a stable merge sort using only "<" (as CPython's timsort does), with
/// keys computed once, and the list emptied while sorting so mutation is detected.</summary>
static class ListSort
{
    public static void Sort(PyList list, PyObject? key, bool reverse)
    {
        int n = list._size;
        var items = list._items;
        // While sorting, the list appears empty; changes made meanwhile are detected after.
        list._items = Array.Empty<PyObject?>();
        list._size = 0;
        PyObject[] keys = new PyObject[n];
        var values = new PyObject[n];
        Array.Copy(items, values, n);
        int computed = 0;
        PyException? failure = null;
        try
        {
            if (key is not null)
            {
                for (; computed < n; computed++) keys[computed] = Py.CallOneArg(key, values[computed]);
            }
            else Array.Copy(values, keys, n);
            var order = new int[n];
            for (int i = 0; i < n; i++) order[i] = i;
            if (reverse) Array.Reverse(order);
            var tmp = new int[n];
            MergeSort(order, tmp, 0, n, keys, reverse: false);
            if (reverse) Array.Reverse(order);
            var sorted = new PyObject?[items.Length];
            for (int i = 0; i < n; i++) sorted[i] = values[order[i]];
            items = sorted;
        }
        catch (PyException e)
        {
            failure = e;
        }
        finally
        {
            if (key is not null) for (int i = 0; i < computed; i++) Py.Decref(keys[i]);
        }
        bool modified = list._size != 0 || list._items.Length != 0;
        var leftover = list._items;
        int leftoverCount = list._size;
        list._items = items;
        list._size = n;
        for (int i = 0; i < leftoverCount; i++) if (leftover[i] is { } o) Py.Decref(o);
        if (failure is not null) throw failure;
        if (modified) throw PyErr.ValueError("list modified during sort");
    }

    static bool Less(PyObject[] keys, int a, int b) => Py.RichCompareBool(keys[a], keys[b], CompareOp.Lt);

    /// <summary>Sorts order[lo, hi) stably by keys. With reverse, stability is kept by sorting the
    /// reversed order and reversing back (what CPython does).</summary>
    static void MergeSort(int[] order, int[] tmp, int lo, int hi, PyObject[] keys, bool reverse)
    {
        if (hi - lo <= 16)
        {
            for (int i = lo + 1; i < hi; i++)
            {
                int x = order[i];
                int j = i - 1;
                while (j >= lo && (reverse ? Less(keys, order[j], x) : Less(keys, x, order[j])))
                {
                    order[j + 1] = order[j];
                    j--;
                }
                order[j + 1] = x;
            }
            return;
        }
        int mid = (lo + hi) / 2;
        MergeSort(order, tmp, lo, mid, keys, reverse);
        MergeSort(order, tmp, mid, hi, keys, reverse);
        if (!(reverse ? Less(keys, order[mid - 1], order[mid]) : Less(keys, order[mid], order[mid - 1]))) return;
        Array.Copy(order, lo, tmp, lo, hi - lo);
        int a = lo, b = mid, k = lo;
        while (a < mid && b < hi)
        {
            bool takeB = reverse ? Less(keys, tmp[a], tmp[b]) : Less(keys, tmp[b], tmp[a]);
            order[k++] = takeB ? tmp[b++] : tmp[a++];
        }
        while (a < mid) order[k++] = tmp[a++];
        while (b < hi) order[k++] = tmp[b++];
    }
}
