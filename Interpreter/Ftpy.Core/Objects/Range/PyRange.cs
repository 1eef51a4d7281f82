using System.Numerics;
using Ftpy.Runtime;

namespace Ftpy.Objects;

/// <summary>range(start, stop, step): an immutable arithmetic sequence of arbitrary-precision ints
/// (rangeobject.c). The three parts are kept as the ints given (after __index__).</summary>
public sealed class PyRange : PyObject
{
    public static readonly PyType Type = new("range", TypeFlags.None);

    public readonly BigInteger Start, Stop, Step, Length;
    /// <summary>The three parts as int objects (owned), for the read-only members.</summary>
    PyObject? _start, _stop, _step;

    public PyRange(BigInteger start, BigInteger stop, BigInteger step) : base(Type)
    {
        Start = start; Stop = stop; Step = step;
        Length = ComputeLength(start, stop, step);
        _start = PyInt.From(start);
        _stop = PyInt.From(stop);
        _step = PyInt.From(step);
    }

    protected internal override void ReleaseReferences()
    {
        Py.Clear(ref _start);
        Py.Clear(ref _stop);
        Py.Clear(ref _step);
    }

    static void AddMember(PyType t, string name, Func<PyObject, PyObject?> getter) =>
        t.Dict.SetItem(PyStr.Intern(name), new PyMemberDescr(t, name, getter, null));

    static BigInteger ComputeLength(BigInteger lo, BigInteger hi, BigInteger step)
    {
        if (step.Sign > 0) return lo < hi ? (hi - lo - 1) / step + 1 : BigInteger.Zero;
        return lo > hi ? (lo - hi - 1) / (-step) + 1 : BigInteger.Zero;
    }

    public BigInteger At(BigInteger i) => Start + i * Step;

    static PyRange R(PyObject o) => (PyRange)o;

    internal static void Setup(PyType t)
    {
        t.Doc = "range(stop) -> range object\nrange(start, stop[, step]) -> range object\n\n"
            + "Return an object that produces a sequence of integers from start (inclusive)\n"
            + "to stop (exclusive) by step.  range(i, j) produces i, i+1, i+2, ..., j-1.\n"
            + "start defaults to 0, and stop is omitted!  range(4) produces 0, 1, 2, 3.\n"
            + "These are exactly the valid indices for a list of 4 elements.\n"
            + "When step is given, it specifies the increment (or decrement).";
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
            var r = R(o);
            return PyStr.From(r.Step.IsOne ? $"range({r.Start}, {r.Stop})" : $"range({r.Start}, {r.Stop}, {r.Step})");
        };
        t.tp_hash = o =>
        {
            var r = R(o);
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
            var ra = R(a);
            bool eq = ReferenceEquals(ra, rb) || ra.Length == rb.Length
                && (ra.Length.IsZero || ra.Start == rb.Start && (ra.Length.IsOne || ra.Step == rb.Step));
            return PyBool.From(eq == (op == CompareOp.Eq));
        };
        t.tp_iter = o => PyRangeIterator.Forward(R(o));
        t.sq_length = o =>
        {
            var r = R(o);
            if (r.Length > long.MaxValue) throw PyErr.OverflowError("Python int too large to convert to C ssize_t");
            return (long)r.Length;
        };
        t.nb_bool = o => !R(o).Length.IsZero;
        t.sq_contains = (o, x) => Contains(R(o), x);
        t.sq_item = (o, i) =>
        {
            var r = R(o);
            BigInteger index = i;
            if (index.Sign < 0 || index >= r.Length) throw PyErr.IndexError("range object index out of range");
            return PyInt.From(r.At(index));
        };
        t.mp_subscript = (o, key) =>
        {
            var r = R(o);
            if (key is PySlice s)
            {
                var (start, stop, step) = s.BigIndices(r.Length);
                return new PyRange(r.At(start), r.At(stop), step * r.Step);
            }
            if (key.ob_type.nb_index is null) throw PyErr.TypeError($"range indices must be integers or slices, not {key.ob_type.ShortName}");
            var i = Py.AsBigInteger(key);
            if (i.Sign < 0) i += r.Length;
            if (i.Sign < 0 || i >= r.Length) throw PyErr.IndexError("range object index out of range");
            return PyInt.From(r.At(i));
        };
        AddMember(t, "start", o => R(o)._start);
        AddMember(t, "stop", o => R(o)._stop);
        AddMember(t, "step", o => R(o)._step);
        t.AddMethod("count", (PyObject self, PyObject x) =>
        {
            var r = R(self);
            if (IsExactInt(x)) return PyInt.From(ContainsInt(r, ((PyInt)x).Value) ? 1 : 0);
            long c = 0;
            foreach (var item in Py.Iterate(self))
            {
                try { if (Py.RichCompareBool(item, x, CompareOp.Eq)) c++; }
                finally { Py.Decref(item); }
            }
            return PyInt.From(c);
        }, "rangeobject.count(value) -> integer -- return number of occurrences of value");
        t.AddMethod("index", (PyObject self, PyObject x) =>
        {
            var r = R(self);
            if (IsExactInt(x))
            {
                var v = ((PyInt)x).Value;
                if (!ContainsInt(r, v)) throw PyErr.ValueError($"{Py.ReprString(x)} is not in range");
                return PyInt.From((v - r.Start) / r.Step);
            }
            long i = 0;
            foreach (var item in Py.Iterate(self))
            {
                try { if (Py.RichCompareBool(item, x, CompareOp.Eq)) return PyInt.From(i); }
                finally { Py.Decref(item); }
                i++;
            }
            throw PyErr.ValueError("sequence.index(x): x not in sequence");
        }, "rangeobject.index(value) -> integer -- return index of value.\nRaise ValueError if the value is not present.");
        t.AddMethod("__reversed__", (PyObject self) => PyRangeIterator.Reversed(R(self)), "Return a reverse iterator.");
        t.AddMethod("__reduce__", (PyObject self) =>
        {
            var r = R(self);
            var args = PyTuple.Steal(new PyObject[] { PyInt.From(r.Start), PyInt.From(r.Stop), PyInt.From(r.Step) });
            return PyTuple.Steal(new PyObject[] { Py.NewRef(Type), args });
        });
    }

    static bool IsExactInt(PyObject x) => x.ob_type == PyInt.Type || x.ob_type == PyBool.Type;

    static bool ContainsInt(PyRange r, BigInteger v)
    {
        if (r.Step.Sign > 0 ? v < r.Start || v >= r.Stop : v > r.Start || v <= r.Stop) return false;
        return ((v - r.Start) % r.Step).IsZero;
    }

    static bool Contains(PyRange r, PyObject x)
    {
        if (IsExactInt(x)) return ContainsInt(r, ((PyInt)x).Value);
        foreach (var item in Py.Iterate(r))
        {
            try { if (Py.RichCompareBool(item, x, CompareOp.Eq)) return true; }
            finally { Py.Decref(item); }
        }
        return false;
    }
}

/// <summary>range_iterator (every value fits a long) and longrange_iterator: the next value,
/// the step and the number of values left.</summary>
public sealed class PyRangeIterator : PyIteratorBase
{
    public static readonly PyType Type = new("range_iterator", TypeFlags.None);
    public static readonly PyType LongType = new("longrange_iterator", TypeFlags.None);
    long _next, _step, _remaining;
    BigInteger _bigNext, _bigStep, _bigRemaining;
    readonly bool _big;

    PyRangeIterator(long start, long step, long length) : base(Type)
    {
        _next = start; _step = step; _remaining = length;
    }

    PyRangeIterator(BigInteger start, BigInteger step, BigInteger length) : base(LongType)
    {
        _big = true;
        _bigNext = start; _bigStep = step; _bigRemaining = length;
    }

    static bool FitsLong(BigInteger v) => v >= long.MinValue && v <= long.MaxValue;

    /// <summary>range_iter: the long iterator when start, stop, step and the length fit and the last step cannot overflow.</summary>
    internal static PyRangeIterator Forward(PyRange r)
    {
        if (FitsLong(r.Start) && FitsLong(r.Stop) && FitsLong(r.Step) && r.Length <= long.MaxValue)
        {
            long start = (long)r.Start, stop = (long)r.Stop, step = (long)r.Step;
            bool overflow = !r.Length.IsZero && (step > 0 ? stop > long.MaxValue - (step - 1) : stop < long.MinValue + (-1 - step));
            if (!overflow) return new PyRangeIterator(start, step, (long)r.Length);
        }
        return new PyRangeIterator(r.Start, r.Step, r.Length);
    }

    /// <summary>range_reverse.</summary>
    internal static PyRangeIterator Reversed(PyRange r)
    {
        if (FitsLong(r.Start) && FitsLong(r.Stop) && FitsLong(r.Step) && r.Step != long.MinValue && r.Length <= long.MaxValue)
        {
            long start = (long)r.Start, step = (long)r.Step;
            bool overflow = step > 0
                ? unchecked((ulong)start - unchecked((ulong)long.MinValue)) < (ulong)step
                : unchecked(long.MaxValue - (ulong)start) < unchecked(0 - (ulong)step);
            if (!overflow)
            {
                long len = (long)r.Length;
                long newStop = start - step;
                long newStart = unchecked((long)((ulong)newStop + (ulong)len * (ulong)step));
                return new PyRangeIterator(newStart, -step, len);
            }
        }
        var last = r.Start + (r.Length - 1) * r.Step;
        return new PyRangeIterator(r.Length.IsZero ? r.Start - r.Step : last, -r.Step, r.Length);
    }

    public override PyObject? Next()
    {
        if (!_big)
        {
            if (_remaining <= 0) return null;
            long v = _next;
            _next = unchecked(v + _step);
            _remaining--;
            return PyInt.From(v);
        }
        if (_bigRemaining.Sign <= 0) return null;
        var b = _bigNext;
        _bigNext += _bigStep;
        _bigRemaining--;
        return PyInt.From(b);
    }

    BigInteger NextValue => _big ? _bigNext : _next;
    BigInteger StepValue => _big ? _bigStep : _step;
    BigInteger Remaining => _big ? _bigRemaining : _remaining;

    public override long LengthHint => _big ? (long)BigInteger.Min(_bigRemaining, long.MaxValue) : _remaining;

    protected override PyObject Reduce()
    {
        var range = new PyRange(NextValue, NextValue + Remaining * StepValue, StepValue);
        return ReduceValue(Builtin("iter"), range, PyNone.Instance);
    }

    protected override void SetState(PyObject state)
    {
        if (_big)
        {
            if (state.ob_type != PyInt.Type) throw PyErr.TypeError($"state must be an int, not {state.ob_type.Name}");
            var index = ((PyInt)state).Value;
            if (index.Sign < 0) index = 0;
            else if (index > _bigRemaining) index = _bigRemaining;
            _bigNext += index * _bigStep;
            _bigRemaining -= index;
            return;
        }
        long i = Py.AsLong(state);
        if (i < 0) i = 0;
        else if (i > _remaining) i = _remaining;
        _next = unchecked(_next + i * _step);
        _remaining -= i;
    }

    internal static void Setup(PyType t)
    {
        SetupIterator(t);
        t.AddMethod("__length_hint__", (PyObject self) => PyInt.From(((PyRangeIterator)self).Remaining),
            "Private method returning an estimate of len(list(it)).");
        AddReduce(t);
        AddSetState(t);
    }
}
