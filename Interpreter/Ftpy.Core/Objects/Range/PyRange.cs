using System.Numerics;
using Ftpy.Runtime;

namespace Ftpy.Objects;

/// <summary>range(start, stop, step): an immutable arithmetic sequence (arbitrary precision).</summary>
public sealed class PyRange : PyObject
{
    public static readonly PyType Type = new("range", TypeFlags.None);

    public readonly BigInteger Start, Stop, Step, Length;

    public PyRange(BigInteger start, BigInteger stop, BigInteger step) : base(Type)
    {
        Start = start; Stop = stop; Step = step;
        Length = ComputeLength(start, stop, step);
    }

    static BigInteger ComputeLength(BigInteger lo, BigInteger hi, BigInteger step)
    {
        if (step.Sign > 0) return lo < hi ? (hi - lo - 1) / step + 1 : BigInteger.Zero;
        return lo > hi ? (lo - hi - 1) / (-step) + 1 : BigInteger.Zero;
    }

    public BigInteger At(BigInteger i) => Start + i * Step;

    internal static void Setup(PyType t)
    {
        t.tp_new = (type, args, kw) =>
        {
            ArgParser.NoKeywords("range", kw);
            if (args.Length == 0) throw PyErr.TypeError("range expected at least 1 argument, got 0");
            if (args.Length > 3) throw PyErr.TypeError($"range expected at most 3 arguments, got {args.Length}");
            BigInteger start = 0, stop, step = 1;
            if (args.Length == 1) stop = Py.AsBigInteger(args[0]);
            else
            {
                start = Py.AsBigInteger(args[0]);
                stop = Py.AsBigInteger(args[1]);
                if (args.Length == 3)
                {
                    step = Py.AsBigInteger(args[2]);
                    if (step.IsZero) throw PyErr.ValueError("range() arg 3 must not be zero");
                }
            }
            return new PyRange(start, stop, step);
        };
        t.tp_repr = o =>
        {
            var r = (PyRange)o;
            return PyStr.From(r.Step.IsOne ? $"range({r.Start}, {r.Stop})" : $"range({r.Start}, {r.Stop}, {r.Step})");
        };
        t.tp_hash = o =>
        {
            var r = (PyRange)o;
            PyObject[] items = r.Length.IsZero
                ? new PyObject[] { PyInt.Zero, PyNone.Instance, PyNone.Instance }
                : r.Length.IsOne ? new PyObject[] { PyInt.One, PyInt.From(r.Start), PyNone.Instance }
                : new PyObject[] { PyInt.From(r.Length), PyInt.From(r.Start), PyInt.From(r.Step) };
            var tuple = PyTuple.Steal(items);
            try { return Py.Hash(tuple); }
            finally { Py.Decref(tuple); }
        };
        t.tp_richcompare = (a, b, op) =>
        {
            if (b is not PyRange rb || op is not (CompareOp.Eq or CompareOp.Ne)) return PyNotImplemented.Instance;
            var ra = (PyRange)a;
            bool eq = ra.Length == rb.Length && (ra.Length.IsZero || ra.Start == rb.Start && (ra.Length.IsOne || ra.Step == rb.Step));
            return PyBool.From(eq == (op == CompareOp.Eq));
        };
        t.tp_iter = o => new PyRangeIterator((PyRange)o, reverse: false);
        t.sq_length = o =>
        {
            var r = (PyRange)o;
            if (r.Length > long.MaxValue) throw PyErr.OverflowError("Python int too large to convert to C ssize_t");
            return (long)r.Length;
        };
        t.nb_bool = o => !((PyRange)o).Length.IsZero;
        t.sq_contains = (o, x) => Contains((PyRange)o, x);
        t.mp_subscript = (o, key) =>
        {
            var r = (PyRange)o;
            if (key is PySlice s)
            {
                var (start, stop, step) = SliceRange(r, s);
                return new PyRange(start, stop, step);
            }
            if (key.ob_type.nb_index is null) throw PyErr.TypeError($"range indices must be integers or slices, not {key.ob_type.ShortName}");
            var i = Py.AsBigInteger(key);
            if (i.Sign < 0) i += r.Length;
            if (i.Sign < 0 || i >= r.Length) throw PyErr.IndexError("range object index out of range");
            return PyInt.From(r.At(i));
        };
        t.AddGetter("start", o => PyInt.From(((PyRange)o).Start));
        t.AddGetter("stop", o => PyInt.From(((PyRange)o).Stop));
        t.AddGetter("step", o => PyInt.From(((PyRange)o).Step));
        t.AddMethod("count", (PyObject self, PyObject x) =>
        {
            var r = (PyRange)self;
            if (x.ob_type == PyInt.Type || x.ob_type == PyBool.Type) return PyInt.From(Contains(r, x) ? 1 : 0);
            long c = 0;
            foreach (var item in Py.Iterate(self)) { try { if (Py.RichCompareBool(item, x, CompareOp.Eq)) c++; } finally { Py.Decref(item); } }
            return PyInt.From(c);
        });
        t.AddMethod("index", (PyObject self, PyObject x) =>
        {
            var r = (PyRange)self;
            if (x is PyInt xi && (x.ob_type == PyInt.Type || x.ob_type == PyBool.Type))
            {
                if (!Contains(r, x)) throw PyErr.ValueError($"{xi.Value} is not in range");
                return PyInt.From((xi.Value - r.Start) / r.Step);
            }
            long i = 0;
            foreach (var item in Py.Iterate(self))
            {
                try { if (Py.RichCompareBool(item, x, CompareOp.Eq)) return PyInt.From(i); }
                finally { Py.Decref(item); }
                i++;
            }
            throw PyErr.ValueError("sequence.index(x): x not in sequence");
        });
        t.AddMethod("__reversed__", (PyObject self) => new PyRangeIterator((PyRange)self, reverse: true));
        t.AddMethod("__reduce__", (PyObject self) =>
        {
            var r = (PyRange)self;
            var args = PyTuple.Steal(new PyObject[] { PyInt.From(r.Start), PyInt.From(r.Stop), PyInt.From(r.Step) });
            return PyTuple.Steal(new PyObject[] { Py.NewRef(Type), args });
        });
    }

    static bool Contains(PyRange r, PyObject x)
    {
        if (x is PyInt i && (x.ob_type == PyInt.Type || x.ob_type == PyBool.Type))
        {
            var v = i.Value;
            if (r.Step.Sign > 0 ? v < r.Start || v >= r.Stop : v > r.Start || v <= r.Stop) return false;
            return ((v - r.Start) % r.Step).IsZero;
        }
        foreach (var item in Py.Iterate(r))
        {
            try { if (Py.RichCompareBool(item, x, CompareOp.Eq)) return true; }
            finally { Py.Decref(item); }
        }
        return false;
    }

    static (BigInteger, BigInteger, BigInteger) SliceRange(PyRange r, PySlice s)
    {
        var idx = PyInt.From(r.Length);
        var res = Py.CallMethod(s, "indices", idx);
        Py.Decref(idx);
        var t = (PyTuple)res;
        var start = ((PyInt)t.Items[0]).Value; var stop = ((PyInt)t.Items[1]).Value; var step = ((PyInt)t.Items[2]).Value;
        Py.Decref(res);
        return (r.At(start), r.At(stop), step * r.Step);
    }
}

/// <summary>Iterator over a range; a long fast path when all values fit.</summary>
public sealed class PyRangeIterator : PyIteratorBase
{
    public static readonly PyType Type = new("range_iterator", TypeFlags.None);
    long _next, _step, _remaining;
    BigInteger _bigNext, _bigStep, _bigRemaining;
    readonly bool _big;

    public PyRangeIterator(PyRange r, bool reverse) : base(Type)
    {
        var start = reverse ? r.Start + (r.Length - 1) * r.Step : r.Start;
        var step = reverse ? -r.Step : r.Step;
        var last = start + (r.Length - 1) * step;
        if (r.Length.IsZero) { _remaining = 0; return; }
        if (start >= long.MinValue && start <= long.MaxValue && last >= long.MinValue && last <= long.MaxValue
            && step >= long.MinValue && step <= long.MaxValue && r.Length <= long.MaxValue)
        {
            _next = (long)start; _step = (long)step; _remaining = (long)r.Length;
        }
        else
        {
            _big = true;
            _bigNext = start; _bigStep = step; _bigRemaining = r.Length;
        }
    }

    public override PyObject? Next()
    {
        if (!_big)
        {
            if (_remaining <= 0) return null;
            _remaining--;
            long v = _next;
            _next = unchecked(_next + _step);
            return PyInt.From(v);
        }
        if (_bigRemaining.Sign <= 0) return null;
        _bigRemaining--;
        var b = _bigNext;
        _bigNext += _bigStep;
        return PyInt.From(b);
    }

    public override long LengthHint => _big ? (long)BigInteger.Min(_bigRemaining, long.MaxValue) : _remaining;
}
