using Ftpy.Objects;
using Ftpy.Runtime;

namespace Ftpy.Modules;

/// <summary>
/// groupby and its _grouper sub-iterators. Only the most recently created grouper is live:
/// advancing the groupby makes earlier groupers report exhaustion (they compare themselves
/// with <see cref="GroupByIter.CurrentGrouper"/>, an identity check, not a reference).
/// </summary>
public static partial class ItertoolsModule
{
    internal static readonly PyType GroupByType = new("itertools.groupby");
    internal static readonly PyType GrouperType = new("itertools._grouper", TypeFlags.None);

    sealed class GroupByIter : PyIteratorBase
    {
        PyObject? _it, _keyFunc;
        internal PyObject? TargetKey, CurrentKey, CurrentValue;
        internal object? CurrentGrouper;

        public GroupByIter(PyType t, PyObject it, PyObject? keyFunc) : base(t) { _it = it; _keyFunc = Py.XNewRef(keyFunc); }

        /// <summary>Reads the next value and its key; false when the source is exhausted.</summary>
        internal bool Step()
        {
            if (_it is null) return false;
            var value = Py.IterNext(_it);
            if (value is null) return false;
            PyObject key;
            if (_keyFunc is null) key = Py.NewRef(value);
            else
            {
                try { key = Py.CallOneArg(_keyFunc, value); }
                catch { Py.Decref(value); throw; }
            }
            Py.XSetRef(ref CurrentValue, value);
            Py.XSetRef(ref CurrentKey, key);
            return true;
        }

        public override PyObject? Next()
        {
            CurrentGrouper = null;
            while (true)
            {
                if (CurrentKey is null) { }
                else if (TargetKey is null) break;
                else if (!Py.RichCompareBool(TargetKey, CurrentKey, CompareOp.Eq)) break;
                if (!Step()) return null;
            }
            Py.XSetRef(ref TargetKey, Py.NewRef(CurrentKey!));
            var grouper = new GrouperIter(GrouperType, this, TargetKey!);
            CurrentGrouper = grouper;
            return PyTuple.Steal(new PyObject[] { Py.NewRef(CurrentKey!), grouper });
        }

        protected internal override void ReleaseReferences()
        {
            Py.Clear(ref _it);
            Py.Clear(ref _keyFunc);
            Py.Clear(ref TargetKey);
            Py.Clear(ref CurrentKey);
            Py.Clear(ref CurrentValue);
            CurrentGrouper = null;
        }

        protected internal override void Traverse(Action<PyObject> visit)
        {
            if (_it is not null) visit(_it);
            if (_keyFunc is not null) visit(_keyFunc);
            if (TargetKey is not null) visit(TargetKey);
            if (CurrentKey is not null) visit(CurrentKey);
            if (CurrentValue is not null) visit(CurrentValue);
        }
    }

    sealed class GrouperIter : PyIteratorBase
    {
        GroupByIter? _parent;
        PyObject? _targetKey;

        public GrouperIter(PyType t, GroupByIter parent, PyObject targetKey) : base(t)
        {
            _parent = Py.NewRef(parent);
            _targetKey = Py.NewRef(targetKey);
        }

        public override PyObject? Next()
        {
            var gbo = _parent;
            if (gbo is null || !ReferenceEquals(gbo.CurrentGrouper, this)) return null;
            if (gbo.CurrentValue is null && !gbo.Step()) return null;
            if (!Py.RichCompareBool(_targetKey!, gbo.CurrentKey!, CompareOp.Eq)) return null;
            var r = gbo.CurrentValue!;
            gbo.CurrentValue = null;
            Py.Clear(ref gbo.CurrentKey);
            return r;
        }

        protected internal override void ReleaseReferences() { Py.Clear(ref _parent); Py.Clear(ref _targetKey); }
        protected internal override void Traverse(Action<PyObject> visit)
        {
            if (_parent is not null) visit(_parent);
            if (_targetKey is not null) visit(_targetKey);
        }
    }

    static void SetupGroupBy(PyType t)
    {
        t.Doc = "make an iterator that returns consecutive keys and groups from the iterable\n\n  iterable\n    Elements to divide into groups according to the key function.\n  key\n    A function for computing the group category for each element.\n    If the key function is not specified or is None, the element itself\n    is used for grouping.";
        t.tp_new = (type, args, kw) =>
        {
            Span<PyObject?> a = new PyObject?[2];
            ClinicArgs.Parse("groupby", args, kw, new[] { "iterable", "key" }, 1, a);
            var it = Py.GetIter(a[0]!);
            var key = a[1] is PyNone ? null : a[1];
            return new GroupByIter(type, it, key);
        };
        SetupIter(t);
    }

    static void SetupGrouper(PyType t)
    {
        t.tp_new = null;
        SetupIter(t);
    }
}
