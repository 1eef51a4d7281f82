using System.Text;
using Ftpy.Runtime;

namespace Ftpy.Objects;

/// <summary>The tuple type: immutable sequence protocol, lexicographic comparison, CPython's tuple hash.</summary>
public static class TupleType
{
    internal static void Setup(PyType t)
    {
        t.Doc = "Built-in immutable sequence.";
        t.tp_new = (type, args, kw) =>
        {
            ArgParser.NoKeywords("tuple", kw);
            ArgParser.CheckPositional("tuple", args, 0, 1);
            PyObject[] items;
            if (args.Length == 0) items = Array.Empty<PyObject>();
            else if (args[0] is PyTuple src && ReferenceEquals(type, PyTuple.Type) && src.ob_type == PyTuple.Type) return Py.NewRef(src);
            else items = Py.ToList(args[0]).ToArray();
            return ReferenceEquals(type, PyTuple.Type) ? PyTuple.Steal(items) : new PyTuple(type, items);
        };
        t.tp_repr = Repr;
        t.tp_hash = Hash;
        t.tp_richcompare = (a, b, op) => b is PyTuple tb ? SequenceCompare.CompareTuples(((PyTuple)a).Items, tb.Items, op) : PyNotImplemented.Instance;
        t.tp_iter = o => new PyTupleIterator((PyTuple)o);
        t.sq_length = o => ((PyTuple)o).Count;
        t.sq_contains = (o, item) =>
        {
            foreach (var x in ((PyTuple)o).Items) if (Py.RichCompareBool(x, item, CompareOp.Eq)) return true;
            return false;
        };
        t.sq_item = (o, i) =>
        {
            var items = ((PyTuple)o).Items;
            if (i < 0) i += items.Length;
            if ((ulong)i >= (ulong)items.Length) throw PyErr.IndexError("tuple index out of range");
            return Py.NewRef(items[i]);
        };
        t.mp_subscript = (o, key) =>
        {
            var tu = (PyTuple)o;
            if (key is PySlice slice)
            {
                long n = slice.Indices(tu.Count, out long start, out long _, out long step);
                if (n == tu.Count && step == 1 && tu.ob_type == PyTuple.Type) return Py.NewRef(tu);
                var items = new PyObject[n];
                for (long k = 0, j = start; k < n; k++, j += step) items[k] = Py.NewRef(tu.Items[j]);
                return PyTuple.Steal(items);
            }
            if (key.ob_type.nb_index is null) throw PyErr.TypeError($"tuple indices must be integers or slices, not {key.ob_type.ShortName}");
            long i = Py.AsSsize(key, ExceptionTypes.IndexError);
            if (i < 0) i += tu.Count;
            if ((ulong)i >= (ulong)tu.Count) throw PyErr.IndexError("tuple index out of range");
            return Py.NewRef(tu.Items[i]);
        };
        t.sq_concat = (a, b) =>
        {
            if (b is not PyTuple tb) throw PyErr.TypeError($"can only concatenate tuple (not \"{b.ob_type.ShortName}\") to tuple");
            var ta = (PyTuple)a;
            if (tb.Count == 0 && ta.ob_type == PyTuple.Type) return Py.NewRef(ta);
            if (ta.Count == 0 && tb.ob_type == PyTuple.Type) return Py.NewRef(tb);
            var items = new PyObject[ta.Count + tb.Count];
            for (int i = 0; i < ta.Count; i++) items[i] = Py.NewRef(ta.Items[i]);
            for (int i = 0; i < tb.Count; i++) items[ta.Count + i] = Py.NewRef(tb.Items[i]);
            return PyTuple.Steal(items);
        };
        t.sq_repeat = (o, n) =>
        {
            var tu = (PyTuple)o;
            if (n <= 0 || tu.Count == 0) return PyTuple.Empty;
            if (n == 1 && tu.ob_type == PyTuple.Type) return Py.NewRef(tu);
            if (n > Array.MaxLength / tu.Count) throw PyErr.MemoryError("");
            var items = new PyObject[tu.Count * n];
            for (long k = 0; k < n; k++)
                for (int i = 0; i < tu.Count; i++) items[k * tu.Count + i] = Py.NewRef(tu.Items[i]);
            return PyTuple.Steal(items);
        };
        t.AddMethod("index", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            ArgParser.CheckPositional("index", a, 1, 3);
            var items = ((PyTuple)self).Items;
            var (start, stop) = SequenceCompare.IndexBounds(a, items.Length);
            for (long i = start; i < stop; i++) if (Py.RichCompareBool(items[i], a[0], CompareOp.Eq)) return PyInt.From(i);
            throw PyErr.ValueError("tuple.index(x): x not in tuple");
        });
        t.AddMethod("count", (PyObject self, PyObject x) =>
        {
            long c = 0;
            foreach (var item in ((PyTuple)self).Items) if (Py.RichCompareBool(item, x, CompareOp.Eq)) c++;
            return PyInt.From(c);
        });
        t.AddMethod("__getnewargs__", (PyObject self) => PyTuple.Steal(new PyObject[] { PyTuple.Create(((PyTuple)self).Items) }));
        t.AddClassMethod(new MethodDef("__class_getitem__", (PyObject cls, PyObject arg) => PyGenericAlias.Create(cls, arg)));
    }

    static PyObject Repr(PyObject o)
    {
        var tu = (PyTuple)o;
        if (tu.Count == 0) return PyStr.Intern("()");
        if (ReprGuard.Enter(o)) return PyStr.Intern("(...)");
        try
        {
            var sb = new StringBuilder("(");
            for (int i = 0; i < tu.Count; i++)
            {
                if (i > 0) sb.Append(", ");
                sb.Append(Py.ReprString(tu.Items[i]));
            }
            if (tu.Count == 1) sb.Append(',');
            return PyStr.From(sb.Append(')').ToString());
        }
        finally { ReprGuard.Leave(o); }
    }

    /// <summary>CPython's tuple hash (the xxHash-based tuplehash of 3.8+).</summary>
    static long Hash(PyObject o)
    {
        const ulong Prime1 = 11400714785074694791UL, Prime2 = 14029467366897019727UL, Prime5 = 2870177450012600261UL;
        var items = ((PyTuple)o).Items;
        ulong acc = Prime5;
        foreach (var item in items)
        {
            ulong lane = (ulong)Py.Hash(item);
            acc += lane * Prime2;
            acc = (acc << 31) | (acc >> 33);
            acc *= Prime1;
        }
        acc += (ulong)items.Length ^ (Prime5 ^ 3527539UL);
        if (acc == ulong.MaxValue) return 1546275796;
        return (long)acc;
    }
}

/// <summary>Sequence comparison and index-argument helpers shared by tuple and list.</summary>
public static class SequenceCompare
{
    /// <summary>tuplerichcompare: the first differing item decides; equal prefixes compare by length.</summary>
    public static PyObject CompareTuples(PyObject[] a, PyObject[] b, CompareOp op)
    {
        int i = 0;
        int n = Math.Min(a.Length, b.Length);
        for (; i < n; i++)
            if (!Py.RichCompareBool(a[i], b[i], CompareOp.Eq)) break;
        if (i >= n) return CompareLengths(a.Length, b.Length, op);
        if (op == CompareOp.Eq) return PyBool.False;
        if (op == CompareOp.Ne) return PyBool.True;
        return Py.RichCompare(a[i], b[i], op);
    }

    /// <summary>list_richcompare: lists of different lengths are unequal without comparing items; items
    /// are re-read on every step since a comparison may change either list.</summary>
    public static PyObject CompareLists(PyList a, PyList b, CompareOp op)
    {
        if (a.Count != b.Count && op is CompareOp.Eq or CompareOp.Ne) return PyBool.From(op == CompareOp.Ne);
        int i = 0;
        for (; i < a.Count && i < b.Count; i++)
        {
            var x = a[i]; var y = b[i];
            if (ReferenceEquals(x, y)) continue;
            Py.Incref(x); Py.Incref(y);
            bool eq;
            try { eq = Py.RichCompareBool(x, y, CompareOp.Eq); }
            finally { Py.Decref(x); Py.Decref(y); }
            if (!eq) break;
        }
        if (i >= a.Count || i >= b.Count) return CompareLengths(a.Count, b.Count, op);
        if (op == CompareOp.Eq) return PyBool.False;
        if (op == CompareOp.Ne) return PyBool.True;
        var vx = a[i]; var vy = b[i];
        Py.Incref(vx); Py.Incref(vy);
        try { return Py.RichCompare(vx, vy, op); }
        finally { Py.Decref(vx); Py.Decref(vy); }
    }

    static PyObject CompareLengths(int la, int lb, CompareOp op) => PyBool.From(op switch
    {
        CompareOp.Lt => la < lb, CompareOp.Le => la <= lb, CompareOp.Eq => la == lb,
        CompareOp.Ne => la != lb, CompareOp.Gt => la > lb, _ => la >= lb,
    });

    /// <summary>index(x, start, stop) bounds (slice_index arguments), negative ones counted from the end.</summary>
    public static (long start, long stop) IndexBounds(ReadOnlySpan<PyObject> a, long n)
    {
        long start = a.Length > 1 ? Py.SliceIndexNotNone(a[1]) : 0;
        long stop = a.Length > 2 ? Py.SliceIndexNotNone(a[2]) : long.MaxValue;
        if (start < 0) { start += n; if (start < 0) start = 0; }
        if (stop < 0) { stop += n; if (stop < 0) stop = 0; }
        if (stop > n) stop = n;
        return (start, stop);
    }
}
