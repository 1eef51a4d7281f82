using Ftpy.Objects;
using Ftpy.Runtime;

namespace Ftpy.Modules;

/// <summary>
/// tee: independent iterators sharing one buffer. The buffer is a chain of _tee_dataobject
/// links of <see cref="LinkCells"/> values each; a tee iterator holds its current link and an
/// index into it, so links nobody can reach any more are freed as the iterators advance.
/// </summary>
public static partial class ItertoolsModule
{
    internal static readonly PyType TeeDataType = new("itertools._tee_dataobject", TypeFlags.None);
    internal static readonly PyType TeeType = new("itertools._tee", TypeFlags.None);

    const int LinkCells = 57;

    sealed class TeeData : PyIteratorBase
    {
        PyObject? _it;
        readonly PyObject?[] _values = new PyObject?[LinkCells];
        int _numRead;
        bool _running;
        TeeData? _nextLink;

        public TeeData(PyObject it) : base(TeeDataType) { _it = Py.NewRef(it); }

        public override PyObject? Next() => null;

        /// <summary>The value at <paramref name="i"/>, reading it from the source when it is the next one.</summary>
        public PyObject? GetItem(int i)
        {
            if (i < _numRead) return Py.NewRef(_values[i]!);
            if (_running) throw PyErr.RuntimeError("cannot re-enter the tee iterator");
            if (_it is null) return null;
            PyObject? value;
            _running = true;
            try { value = Py.IterNext(_it); }
            finally { _running = false; }
            if (value is null) return null;
            _values[_numRead++] = value;
            return Py.NewRef(value);
        }

        public TeeData JumpLink()
        {
            _nextLink ??= new TeeData(_it!);
            return Py.NewRef(_nextLink);
        }

        protected internal override void ReleaseReferences()
        {
            for (int i = 0; i < _numRead; i++) Py.Clear(ref _values[i]);
            _numRead = 0;
            Py.Clear(ref _it);
            // Free a long chain of links iteratively rather than by nested deallocation.
            var link = _nextLink;
            _nextLink = null;
            while (link is not null && link.RefCount == 1)
            {
                var next = link._nextLink;
                link._nextLink = null;
                Py.Decref(link);
                link = next;
            }
            if (link is not null) Py.Decref(link);
        }

        protected internal override void Traverse(Action<PyObject> visit)
        {
            if (_it is not null) visit(_it);
            for (int i = 0; i < _numRead; i++) visit(_values[i]!);
            if (_nextLink is not null) visit(_nextLink);
        }
    }

    sealed class TeeIter : PyIteratorBase
    {
        TeeData? _data;
        int _index;

        public TeeIter(PyType t, TeeData data, int index) : base(t) { _data = data; _index = index; }

        public override PyObject? Next()
        {
            if (_data is null) return null;
            if (_index >= LinkCells)
            {
                var link = _data.JumpLink();
                Py.XSetRef(ref _data, link);
                _index = 0;
            }
            var value = _data!.GetItem(_index);
            if (value is null) return null;
            _index++;
            return value;
        }

        public TeeIter Copy() => new(TeeType, Py.NewRef(_data!), _index);

        protected internal override void ReleaseReferences() => Py.Clear(ref _data);
        protected internal override void Traverse(Action<PyObject> visit) { if (_data is not null) visit(_data); }
    }

    static PyObject TeeFromIterable(PyObject iterable)
    {
        var it = Py.GetIter(iterable);
        try
        {
            if (it is TeeIter tee) return tee.Copy();
            return new TeeIter(TeeType, new TeeData(it), 0);
        }
        finally { Py.Decref(it); }
    }

    static void SetupTeeData(PyType t)
    {
        t.tp_new = null;
    }

    static void SetupTee(PyType t)
    {
        t.Doc = "Iterator wrapped to make it copyable.";
        t.tp_new = (type, args, kw) =>
        {
            Span<PyObject?> a = new PyObject?[1];
            ClinicArgs.Parse("_tee", args, kw, new[] { "iterable" }, 1, a, posOnly: 1);
            return TeeFromIterable(a[0]!);
        };
        SetupIter(t);
        t.AddMethod("__copy__", (PyObject self) => ((TeeIter)self).Copy(), "Returns an independent iterator.");
    }

    static PyObject Tee(PyObject module, ReadOnlySpan<PyObject> args)
    {
        ArgParser.CheckPositional("tee", args, 1, 2);
        long n = args.Length > 1 ? ClinicArgs.AsSsize(args[1]) : 2;
        if (n < 0) throw PyErr.ValueError("n must be >= 0");
        if (n == 0) return PyTuple.Empty;
        var result = new PyObject[n];
        int filled = 0;
        try
        {
            var it = Py.GetIter(args[0]);
            PyObject copyable;
            PyObject? copyFunc;
            try
            {
                copyFunc = Py.LookupAttr(it, "__copy__");
                if (copyFunc is not null) copyable = Py.NewRef(it);
                else
                {
                    copyable = TeeFromIterable(it);
                    try { copyFunc = Py.GetAttr(copyable, "__copy__"); }
                    catch { Py.Decref(copyable); throw; }
                }
            }
            finally { Py.Decref(it); }
            result[filled++] = copyable;
            try
            {
                for (; filled < n; filled++) result[filled] = Py.CallNoArgs(copyFunc);
            }
            finally { Py.Decref(copyFunc); }
            return PyTuple.Steal(result);
        }
        catch
        {
            for (int i = 0; i < filled; i++) Py.Decref(result[i]);
            throw;
        }
    }
}
