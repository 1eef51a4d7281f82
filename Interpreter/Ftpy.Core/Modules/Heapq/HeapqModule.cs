using Ftpy.Objects;
using Ftpy.Runtime;

namespace Ftpy.Modules;

/// <summary>
/// _heapq: the heap primitives on lists, with CPython's sift algorithms (so heaps come out
/// element for element the same). Items are moved inside the list's array without changing
/// their counts; after every comparison (which may run Python code) the list is re-read and a
/// size change raises RuntimeError.
/// </summary>
public static class HeapqModule
{
    public static PyModule Create(InterpreterState interp)
    {
        var m = new PyModule("_heapq");
        m.Dict.SetItem("__doc__", PyStr.From("Heap queue algorithm (a.k.a. priority queue)."));
        m.Add("__about__", PyStr.From("Heap queues"));
        m.AddFunction(new MethodDef("heappush", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            ArgParser.CheckPositional("heappush", a, 2, 2);
            var heap = ListArg("heappush", a[0], 1);
            heap.Append(a[1]);
            SiftDown(heap, 0, heap.Count - 1, max: false);
            return PyNone.Instance;
        }, "Push item onto heap, maintaining the heap invariant."));
        m.AddFunction(new MethodDef("heappop", (PyObject self, PyObject a) => Pop(ListArg("heappop", a, 0), max: false),
            "Pop the smallest item off the heap, maintaining the heap invariant."));
        m.AddFunction(new MethodDef("heapreplace", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            ArgParser.CheckPositional("heapreplace", a, 2, 2);
            return Replace(ListArg("heapreplace", a[0], 1), a[1], max: false);
        }, "Pop and return the current smallest value, and add the new item."));
        m.AddFunction(new MethodDef("heappushpop", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            ArgParser.CheckPositional("heappushpop", a, 2, 2);
            return PushPop(ListArg("heappushpop", a[0], 1), a[1], max: false);
        }, "Push item on the heap, then pop and return the smallest item from the heap."));
        m.AddFunction(new MethodDef("heapify", (PyObject self, PyObject a) =>
        {
            Heapify(ListArg("heapify", a, 0), max: false);
            return PyNone.Instance;
        }, "Transform list into a heap, in-place, in O(len(heap)) time."));
        m.AddFunction(new MethodDef("_heappop_max", (PyObject self, PyObject a) => Pop(ListArg("_heappop_max", a, 0), max: true),
            "Maxheap variant of heappop."));
        m.AddFunction(new MethodDef("_heapreplace_max", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            ArgParser.CheckPositional("_heapreplace_max", a, 2, 2);
            return Replace(ListArg("_heapreplace_max", a[0], 1), a[1], max: true);
        }, "Maxheap variant of heapreplace."));
        m.AddFunction(new MethodDef("_heapify_max", (PyObject self, PyObject a) =>
        {
            Heapify(ListArg("_heapify_max", a, 0), max: true);
            return PyNone.Instance;
        }, "Maxheap variant of heapify."));
        return m;
    }

    /// <summary>The heap argument: exactly a list or a subclass (argument clinic's list converter messages).</summary>
    static PyList ListArg(string func, PyObject o, int position)
    {
        if (o is PyList l) return l;
        string which = position == 0 ? "argument" : $"argument {position}";
        throw PyErr.TypeError($"{func}() {which} must be list, not {o.ob_type.ShortName}");
    }

    static bool Less(PyObject a, PyObject b)
    {
        Py.Incref(a);
        Py.Incref(b);
        try { return Py.RichCompareBool(a, b, CompareOp.Lt); }
        finally { Py.Decref(a); Py.Decref(b); }
    }

    static PyException SizeChanged() => PyErr.RuntimeError("list changed size during iteration");

    /// <summary>Moves the item at pos up toward startpos while it is smaller than its parent.</summary>
    static void SiftDown(PyList heap, int startpos, int pos, bool max)
    {
        int size = heap._size;
        if (pos >= size) throw PyErr.IndexError("index out of range");
        while (pos > startpos)
        {
            int parentpos = (pos - 1) >> 1;
            var arr = heap._items;
            var newitem = arr[pos]!;
            var parent = arr[parentpos]!;
            bool lt = max ? Less(parent, newitem) : Less(newitem, parent);
            if (size != heap._size) throw SizeChanged();
            if (!lt) break;
            arr = heap._items;
            parent = arr[parentpos];
            newitem = arr[pos];
            arr[parentpos] = newitem;
            arr[pos] = parent;
            pos = parentpos;
        }
    }

    /// <summary>Moves the smaller child up until a leaf is reached, then sifts the item back down.</summary>
    static void SiftUp(PyList heap, int pos, bool max)
    {
        int endpos = heap._size;
        int startpos = pos;
        if (pos >= endpos) throw PyErr.IndexError("index out of range");
        int limit = endpos >> 1;
        while (pos < limit)
        {
            int childpos = 2 * pos + 1;
            if (childpos + 1 < endpos)
            {
                var arr0 = heap._items;
                var a = arr0[childpos]!;
                var b = arr0[childpos + 1]!;
                bool lt = max ? Less(b, a) : Less(a, b);
                if (!lt) childpos++;
                if (endpos != heap._size) throw SizeChanged();
            }
            var arr = heap._items;
            (arr[childpos], arr[pos]) = (arr[pos], arr[childpos]);
            pos = childpos;
        }
        SiftDown(heap, startpos, pos, max);
    }

    static PyObject Pop(PyList heap, bool max)
    {
        int n = heap._size;
        if (n == 0) throw PyErr.IndexError("index out of range");
        var last = heap._items[n - 1]!;
        heap._items[n - 1] = null;
        heap._size = n - 1;
        if (n - 1 == 0) return last;
        var top = heap._items[0]!;
        heap._items[0] = last;
        SiftUp(heap, 0, max);
        return top;
    }

    static PyObject Replace(PyList heap, PyObject item, bool max)
    {
        if (heap._size == 0) throw PyErr.IndexError("index out of range");
        var top = heap._items[0]!;
        heap._items[0] = Py.NewRef(item);
        SiftUp(heap, 0, max);
        return top;
    }

    static PyObject PushPop(PyList heap, PyObject item, bool max)
    {
        if (heap._size == 0) return Py.NewRef(item);
        var top = heap._items[0]!;
        bool lt = max ? Less(item, top) : Less(top, item);
        if (!lt) return Py.NewRef(item);
        if (heap._size == 0) throw PyErr.IndexError("index out of range");
        var returned = heap._items[0]!;
        heap._items[0] = Py.NewRef(item);
        SiftUp(heap, 0, max);
        return returned;
    }

    static void Heapify(PyList heap, bool max)
    {
        int n = heap._size;
        for (int i = n / 2 - 1; i >= 0; i--) SiftUp(heap, i, max);
    }
}
