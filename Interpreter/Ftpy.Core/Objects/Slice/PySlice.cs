using System.Numerics;
using Ftpy.Runtime;

namespace Ftpy.Objects;

/// <summary>slice(start, stop, step); owns its three parts.</summary>
public sealed class PySlice : PyObject
{
    public static readonly PyType Type = new("slice", TypeFlags.None);

    public PyObject Start, Stop, Step;

    public PySlice(PyObject start, PyObject stop, PyObject step) : base(Type)
    {
        Start = Py.NewRef(start);
        Stop = Py.NewRef(stop);
        Step = Py.NewRef(step);
        GcRegistry.Track(this);
    }

    protected internal override bool IsGcContainer => true;

    /// <summary>PySlice_Unpack + PySlice_AdjustIndices: clamps to a sequence of <paramref name="length"/>
    /// and returns the number of selected items.</summary>
    public long Indices(long length, out long start, out long stop, out long step)
    {
        Unpack(out start, out stop, out step);
        return Adjust(length, ref start, ref stop, step);
    }

    /// <summary>PySlice_Unpack: the three parts as longs (None as the defaults, big values clamped).</summary>
    public void Unpack(out long start, out long stop, out long step)
    {
        step = Step is PyNone ? 1 : SliceIndex(Step);
        if (step == 0) throw PyErr.ValueError("slice step cannot be zero");
        if (step < -long.MaxValue) step = -long.MaxValue;
        long defStart = step < 0 ? long.MaxValue : 0;
        long defStop = step < 0 ? long.MinValue : long.MaxValue;
        start = Start is PyNone ? defStart : SliceIndex(Start);
        stop = Stop is PyNone ? defStop : SliceIndex(Stop);
    }

    public static long Adjust(long length, ref long start, ref long stop, long step)
    {
        if (start < 0)
        {
            start += length;
            if (start < 0) start = step < 0 ? -1 : 0;
        }
        else if (start >= length) start = step < 0 ? length - 1 : length;
        if (stop < 0)
        {
            stop += length;
            if (stop < 0) stop = step < 0 ? -1 : 0;
        }
        else if (stop >= length) stop = step < 0 ? length - 1 : length;
        if (step < 0)
        {
            if (stop < start) return (start - stop - 1) / (-step) + 1;
        }
        else if (start < stop) return (stop - start - 1) / step + 1;
        return 0;
    }

    /// <summary>A slice bound: None handled by the caller; ints clamp to the long range; others via __index__.</summary>
    static long SliceIndex(PyObject o)
    {
        if (o is PyInt i) return i.IsBig ? (i.Big.Sign < 0 ? long.MinValue : long.MaxValue) : i.Small;
        if (o.ob_type.nb_index is null)
            throw PyErr.TypeError("slice indices must be integers or None or have an __index__ method");
        return Py.AsSsize(o, null);
    }

    internal static void Setup(PyType t)
    {
        t.Flags &= ~TypeFlags.BaseType;
        t.tp_new = (type, args, kw) =>
        {
            ArgParser.NoKeywords("slice", kw);
            ArgParser.CheckPositional("slice", args, 1, 3);
            return args.Length switch
            {
                1 => new PySlice(PyNone.Instance, args[0], PyNone.Instance),
                2 => new PySlice(args[0], args[1], PyNone.Instance),
                _ => new PySlice(args[0], args[1], args[2]),
            };
        };
        t.tp_repr = o =>
        {
            var s = (PySlice)o;
            return PyStr.From($"slice({Py.ReprString(s.Start)}, {Py.ReprString(s.Stop)}, {Py.ReprString(s.Step)})");
        };
        t.tp_hash = o =>
        {
            // slice_hash: tuplehash's lanes without the length term.
            const ulong Prime1 = 11400714785074694791UL, Prime2 = 14029467366897019727UL, Prime5 = 2870177450012600261UL;
            var s = (PySlice)o;
            ulong acc = Prime5;
            foreach (var part in new[] { s.Start, s.Stop, s.Step })
            {
                acc += (ulong)Py.Hash(part) * Prime2;
                acc = (acc << 31) | (acc >> 33);
                acc *= Prime1;
            }
            return acc == ulong.MaxValue ? 1546275796 : (long)acc;
        };
        t.tp_richcompare = (a, b, op) =>
        {
            if (b is not PySlice sb) return PyNotImplemented.Instance;
            var sa = (PySlice)a;
            if (ReferenceEquals(sa, sb)) return PyBool.From(op is CompareOp.Eq or CompareOp.Le or CompareOp.Ge);
            var ta = PyTuple.Create(sa.Start, sa.Stop, sa.Step);
            var tb = PyTuple.Create(sb.Start, sb.Stop, sb.Step);
            try { return Py.RichCompare(ta, tb, op); }
            finally { Py.Decref(ta); Py.Decref(tb); }
        };
        foreach (var name in new[] { "start", "stop", "step" })
        {
            Func<PyObject, PyObject?> getter = name switch
            {
                "start" => o => ((PySlice)o).Start,
                "stop" => o => ((PySlice)o).Stop,
                _ => o => ((PySlice)o).Step,
            };
            t.Dict.SetItem(PyStr.Intern(name), new PyMemberDescr(t, name, getter, null));
        }
        t.AddMethod("indices", (PyObject self, PyObject len) =>
        {
            var s = (PySlice)self;
            var n = Py.AsBigInteger(len);
            if (n.Sign < 0) throw PyErr.ValueError("length should not be negative");
            var (start, stop, step) = s.BigIndices(n);
            return PyTuple.Steal(new PyObject[] { PyInt.From(start), PyInt.From(stop), PyInt.From(step) });
        });
        t.AddMethod("__reduce__", (PyObject self) =>
        {
            var s = (PySlice)self;
            return PyTuple.Steal(new PyObject[] { Py.NewRef(s.ob_type), PyTuple.Create(s.Start, s.Stop, s.Step) });
        });
    }

    /// <summary>slice.indices(n) with arbitrary-precision bounds (_PySlice_GetLongIndices).</summary>
    internal (BigInteger Start, BigInteger Stop, BigInteger Step) BigIndices(BigInteger length)
    {
        var s = this;
        BigInteger Idx(PyObject o) => o is PyInt i ? i.Value : o.ob_type.nb_index is not null ? Py.AsBigInteger(o)
            : throw PyErr.TypeError("slice indices must be integers or None or have an __index__ method");
        BigInteger step = s.Step is PyNone ? 1 : Idx(s.Step);
        if (step.IsZero) throw PyErr.ValueError("slice step cannot be zero");
        bool neg = step.Sign < 0;
        BigInteger lower = neg ? -1 : 0, upper = neg ? length - 1 : length;
        BigInteger Clamp(PyObject o, BigInteger def)
        {
            if (o is PyNone) return def;
            var v = Idx(o);
            if (v.Sign < 0) { v += length; if (v < lower) v = lower; }
            else if (v > upper) v = upper;
            return v;
        }
        return (Clamp(s.Start, neg ? upper : lower), Clamp(s.Stop, neg ? lower : upper), step);
    }

    protected internal override void ReleaseReferences()
    {
        var a = Start; var b = Stop; var c = Step;
        Start = Stop = Step = PyNone.Instance;
        Py.Decref(a); Py.Decref(b); Py.Decref(c);
    }

    protected internal override void Traverse(Action<PyObject> visit)
    {
        visit(Start); visit(Stop); visit(Step);
    }
}
