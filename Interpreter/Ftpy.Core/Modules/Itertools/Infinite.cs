using System.Numerics;
using Ftpy.Objects;
using Ftpy.Runtime;

namespace Ftpy.Modules;

/// <summary>count, cycle and repeat.</summary>
public static partial class ItertoolsModule
{
    internal static readonly PyType CountType = new("itertools.count");
    internal static readonly PyType CycleType = new("itertools.cycle");
    internal static readonly PyType RepeatType = new("itertools.repeat");

    /// <summary>
    /// count: a long counter while start is an int in range and step is 1 (the fast mode), else
    /// start + step + step ... computed with the number protocol.
    /// </summary>
    sealed class CountIter : PyIteratorBase
    {
        long _cnt;
        /// <summary>The next value in slow mode; null in fast mode.</summary>
        internal PyObject? LongCnt;
        internal PyObject Step;

        public CountIter(PyType t, long cnt, PyObject? longCnt, PyObject step) : base(t)
        {
            _cnt = cnt;
            LongCnt = longCnt;
            Step = step;
        }

        public override PyObject? Next()
        {
            if (LongCnt is null)
            {
                var r = PyInt.From(_cnt);
                if (_cnt == long.MaxValue) LongCnt = PyInt.From(new BigInteger(_cnt) + 1);
                else _cnt++;
                return r;
            }
            var stepped = Py.BinaryOp(LongCnt, Step, BinaryOp.Add);
            var returned = LongCnt;
            LongCnt = stepped;
            return returned;
        }

        public string Repr()
        {
            if (LongCnt is null) return $"{ReprName(this)}({_cnt})";
            string cnt = Py.ReprString(LongCnt);
            if (Step is PyInt si && !si.IsBig && si.Small == 1) return $"{ReprName(this)}({cnt})";
            return $"{ReprName(this)}({cnt}, {Py.ReprString(Step)})";
        }

        protected internal override void ReleaseReferences() { Py.Clear(ref LongCnt); var s = Step; Step = PyNone.Instance; Py.Decref(s); }
        protected internal override void Traverse(Action<PyObject> visit) { if (LongCnt is not null) visit(LongCnt); visit(Step); }
    }

    static bool IsNumber(PyObject o) =>
        o.ob_type.nb_index is not null || o.ob_type.nb_int is not null || o.ob_type.nb_float is not null || o is PyComplex;

    static void SetupCount(PyType t)
    {
        t.Doc = "Return a count object whose .__next__() method returns consecutive values.";
        t.tp_new = (type, args, kw) =>
        {
            Span<PyObject?> a = new PyObject?[2];
            ClinicArgs.Parse("count", args, kw, new[] { "start", "step" }, 0, a);
            var start = a[0] ?? PyInt.Zero;
            var step = a[1] ?? PyInt.One;
            if (!IsNumber(start) || !IsNumber(step)) throw PyErr.TypeError("a number is required");
            bool stepIsOne = step is PyInt si && !si.IsBig && si.Small == 1;
            if (stepIsOne && start is PyInt st && !st.IsBig)
                return new CountIter(type, st.Small, null, Py.NewRef(step));
            return new CountIter(type, 0, Py.NewRef(start), Py.NewRef(step));
        };
        SetupIter(t);
        t.tp_repr = o => PyStr.From(((CountIter)o).Repr());
    }

    /// <summary>cycle: saves each item of the first pass, then repeats the saved items forever.</summary>
    sealed class CycleIter : PyIteratorBase
    {
        PyObject? _it;
        PyList? _saved;
        int _index;
        bool _firstPass = true;

        public CycleIter(PyType t, PyObject it) : base(t) { _it = it; _saved = new PyList(); }

        public override PyObject? Next()
        {
            if (_it is not null)
            {
                var item = Py.IterNext(_it);
                if (item is not null)
                {
                    if (_firstPass) _saved!.Append(item);
                    return item;
                }
                Py.Clear(ref _it);
            }
            var saved = _saved;
            if (saved is null || saved.Count == 0) return null;
            _firstPass = false;
            var r = Py.NewRef(saved[_index]);
            _index++;
            if (_index >= saved.Count) _index = 0;
            return r;
        }

        protected internal override void ReleaseReferences() { Py.Clear(ref _it); Py.Clear(ref _saved); }
        protected internal override void Traverse(Action<PyObject> visit)
        {
            if (_it is not null) visit(_it);
            if (_saved is not null) visit(_saved);
        }
    }

    static void SetupCycle(PyType t)
    {
        t.Doc = "Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely.";
        t.tp_new = (type, args, kw) =>
        {
            NoKeywordsFor(CycleType, type, "cycle", kw);
            var pos = ClinicArgs.Positional(args, kw);
            ArgParser.CheckPositional("cycle", pos, 1, 1);
            return new CycleIter(type, Py.GetIter(pos[0]));
        };
        SetupIter(t);
    }

    /// <summary>repeat: one object, a given number of times (cnt &gt;= 0) or forever (cnt == -1).</summary>
    sealed class RepeatIter : PyIteratorBase
    {
        PyObject? _element;
        long _cnt;

        public RepeatIter(PyType t, PyObject element, long cnt) : base(t) { _element = Py.NewRef(element); _cnt = cnt; }

        public override PyObject? Next()
        {
            if (_element is null || _cnt == 0) return null;
            if (_cnt > 0) _cnt--;
            return Py.NewRef(_element);
        }

        public long Count => _cnt;

        public string Repr()
        {
            string e = Py.ReprString(_element ?? PyNone.Instance);
            return _cnt == -1 ? $"{ReprName(this)}({e})" : $"{ReprName(this)}({e}, {_cnt})";
        }

        protected internal override void ReleaseReferences() => Py.Clear(ref _element);
        protected internal override void Traverse(Action<PyObject> visit) { if (_element is not null) visit(_element); }
    }

    static void SetupRepeat(PyType t)
    {
        t.Doc = "repeat(object [,times]) -> create an iterator which returns the object\nfor the specified number of times.  If not specified, returns the object\nendlessly.";
        t.tp_new = (type, args, kw) =>
        {
            Span<PyObject?> a = new PyObject?[2];
            ArgParser.Parse("repeat", args, kw, new[] { "object", "times" }, 1, a);
            long cnt = -1;
            if (a[1] is not null)
            {
                cnt = ClinicArgs.AsSsize(a[1]!);
                if (cnt < 0) cnt = 0;
            }
            return new RepeatIter(type, a[0]!, cnt);
        };
        SetupIter(t);
        t.tp_repr = o => PyStr.From(((RepeatIter)o).Repr());
        t.AddMethod("__length_hint__", (PyObject self) =>
        {
            long c = ((RepeatIter)self).Count;
            if (c == -1) throw PyErr.TypeError("len() of unsized object");
            return PyInt.From(c);
        });
    }
}
