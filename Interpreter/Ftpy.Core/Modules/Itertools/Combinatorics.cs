using Ftpy.Objects;
using Ftpy.Runtime;

namespace Ftpy.Modules;

/// <summary>
/// product, permutations, combinations and combinations_with_replacement. Each reads its
/// input into a pool once and then walks index vectors in lexicographic order; a result is a
/// fresh tuple of references into the pool.
/// </summary>
public static partial class ItertoolsModule
{
    internal static readonly PyType ProductType = new("itertools.product");
    internal static readonly PyType PermutationsType = new("itertools.permutations");
    internal static readonly PyType CombinationsType = new("itertools.combinations");
    internal static readonly PyType CwrType = new("itertools.combinations_with_replacement");

    /// <summary>Shared shape: pools owned by the iterator, a stopped flag, a first-call flag.</summary>
    abstract class CombinatoricIter : PyIteratorBase
    {
        protected PyObject[]? Pool;
        protected bool Stopped, Started;

        protected CombinatoricIter(PyType t, PyObject[] pool) : base(t) { Pool = pool; }

        protected PyTuple Build(int[] indices, int r)
        {
            var pool = Pool!;
            var items = new PyObject[r];
            for (int i = 0; i < r; i++) items[i] = Py.NewRef(pool[indices[i]]);
            return PyTuple.Steal(items);
        }

        protected PyObject? Stop()
        {
            Stopped = true;
            var p = Pool;
            Pool = null;
            ReleaseAll(p);
            return null;
        }

        protected internal override void ReleaseReferences()
        {
            var p = Pool;
            Pool = null;
            ReleaseAll(p);
        }

        protected internal override void Traverse(Action<PyObject> visit)
        {
            if (Pool is not null) foreach (var x in Pool) visit(x);
        }
    }

    sealed class ProductIter : PyIteratorBase
    {
        PyObject[][]? _pools;
        readonly int[] _indices;
        bool _stopped, _started;

        public ProductIter(PyType t, PyObject[][] pools) : base(t)
        {
            _pools = pools;
            _indices = new int[pools.Length];
        }

        public override PyObject? Next()
        {
            var pools = _pools;
            if (_stopped || pools is null) return null;
            int n = pools.Length;
            if (!_started)
            {
                _started = true;
                foreach (var p in pools) if (p.Length == 0) return Stop();
            }
            else
            {
                int i = n - 1;
                for (; i >= 0; i--)
                {
                    if (++_indices[i] < pools[i].Length) break;
                    _indices[i] = 0;
                }
                if (i < 0) return Stop();
            }
            var items = new PyObject[n];
            for (int i = 0; i < n; i++) items[i] = Py.NewRef(pools[i][_indices[i]]);
            return PyTuple.Steal(items);
        }

        PyObject? Stop()
        {
            _stopped = true;
            Release();
            return null;
        }

        void Release()
        {
            var pools = _pools;
            _pools = null;
            if (pools is null) return;
            // A repeated pool appears several times but holds its references once.
            var seen = new HashSet<PyObject[]>(ReferenceEqualityComparer.Instance);
            foreach (var p in pools) if (seen.Add(p)) ReleaseAll(p);
        }

        protected internal override void ReleaseReferences() => Release();
        protected internal override void Traverse(Action<PyObject> visit)
        {
            var pools = _pools;
            if (pools is null) return;
            var seen = new HashSet<PyObject[]>(ReferenceEqualityComparer.Instance);
            foreach (var p in pools) if (seen.Add(p)) foreach (var x in p) visit(x);
        }
    }

    static void SetupProduct(PyType t)
    {
        t.Doc = "Cartesian product of input iterables.  Equivalent to nested for-loops.";
        t.tp_new = (type, args, kw) =>
        {
            long repeat = 1;
            if (kw is not null && kw.Count > 0)
            {
                for (int k = 0; k < kw.Count; k++)
                {
                    string name = ((PyStr)kw.Items[k]).Value;
                    if (name != "repeat") throw PyErr.TypeError($"product() got an unexpected keyword argument '{name}'");
                    repeat = ClinicArgs.AsSsize(args[args.Length - kw.Count + k]);
                }
                if (repeat < 0) throw PyErr.ValueError("repeat argument cannot be negative");
            }
            var pos = ClinicArgs.Positional(args, kw);
            if (repeat != 0 && pos.Length > 0 && repeat > int.MaxValue / pos.Length)
                throw PyErr.OverflowError("repeat argument too large");
            var basePools = new PyObject[pos.Length][];
            int made = 0;
            try
            {
                for (; made < pos.Length; made++) basePools[made] = Pool(pos[made]);
            }
            catch
            {
                for (int i = 0; i < made; i++) ReleaseAll(basePools[i]);
                throw;
            }
            var pools = new PyObject[pos.Length * repeat][];
            for (int r = 0; r < repeat; r++)
                for (int i = 0; i < pos.Length; i++) pools[r * pos.Length + i] = basePools[i];
            if (repeat == 0) foreach (var p in basePools) ReleaseAll(p);
            return new ProductIter(type, pools);
        };
        SetupIter(t);
    }

    sealed class PermutationsIter : CombinatoricIter
    {
        readonly int[] _indices, _cycles;
        readonly int _r;

        public PermutationsIter(PyType t, PyObject[] pool, int r) : base(t, pool)
        {
            int n = pool.Length;
            _r = r;
            _indices = new int[n];
            for (int i = 0; i < n; i++) _indices[i] = i;
            _cycles = new int[System.Math.Min(r, n)];
            for (int i = 0; i < _cycles.Length; i++) _cycles[i] = n - i;
        }

        public override PyObject? Next()
        {
            if (Stopped || Pool is null) return null;
            int n = Pool.Length, r = _r;
            if (!Started)
            {
                Started = true;
                if (r > n) return Stop();
                return Build(_indices, r);
            }
            if (n == 0) return Stop();
            for (int i = r - 1; i >= 0; i--)
            {
                _cycles[i]--;
                if (_cycles[i] == 0)
                {
                    int index = _indices[i];
                    Array.Copy(_indices, i + 1, _indices, i, n - i - 1);
                    _indices[n - 1] = index;
                    _cycles[i] = n - i;
                }
                else
                {
                    int j = _cycles[i];
                    (_indices[i], _indices[n - j]) = (_indices[n - j], _indices[i]);
                    return Build(_indices, r);
                }
            }
            return Stop();
        }
    }

    static void SetupPermutations(PyType t)
    {
        t.Doc = "Return successive r-length permutations of elements in the iterable.\n\npermutations(range(3), 2) --> (0,1), (0,2), (1,0), (1,2), (2,0), (2,1)";
        t.tp_new = (type, args, kw) =>
        {
            Span<PyObject?> a = new PyObject?[2];
            ClinicArgs.Parse("permutations", args, kw, new[] { "iterable", "r" }, 1, a);
            var pool = Pool(a[0]!);
            try
            {
                long r = pool.Length;
                if (a[1] is not null && a[1] is not PyNone)
                {
                    if (a[1] is not PyInt) throw PyErr.TypeError("Expected int as r");
                    r = ClinicArgs.AsSsize(a[1]!);
                }
                if (r < 0) throw PyErr.ValueError("r must be non-negative");
                if (r > int.MaxValue) r = int.MaxValue;
                return new PermutationsIter(type, pool, (int)r);
            }
            catch { ReleaseAll(pool); throw; }
        };
        SetupIter(t);
    }

    sealed class CombinationsIter : CombinatoricIter
    {
        readonly int[] _indices;
        readonly int _r;

        public CombinationsIter(PyType t, PyObject[] pool, int r) : base(t, pool)
        {
            _r = r;
            _indices = new int[r <= pool.Length ? r : 0];
            for (int i = 0; i < _indices.Length; i++) _indices[i] = i;
        }

        public override PyObject? Next()
        {
            if (Stopped || Pool is null) return null;
            int n = Pool.Length, r = _r;
            if (!Started)
            {
                Started = true;
                if (r > n) return Stop();
                return Build(_indices, r);
            }
            int i = r - 1;
            while (i >= 0 && _indices[i] == i + n - r) i--;
            if (i < 0) return Stop();
            _indices[i]++;
            for (int j = i + 1; j < r; j++) _indices[j] = _indices[j - 1] + 1;
            return Build(_indices, r);
        }
    }

    static void SetupCombinations(PyType t)
    {
        t.Doc = "Return successive r-length combinations of elements in the iterable.\n\ncombinations(range(4), 3) --> (0,1,2), (0,1,3), (0,2,3), (1,2,3)";
        t.tp_new = (type, args, kw) =>
        {
            Span<PyObject?> a = new PyObject?[2];
            ClinicArgs.Parse("combinations", args, kw, new[] { "iterable", "r" }, 2, a);
            var pool = Pool(a[0]!);
            try
            {
                long r = ClinicArgs.AsSsize(a[1]!);
                if (r < 0) throw PyErr.ValueError("r must be non-negative");
                if (r > int.MaxValue) r = int.MaxValue;
                return new CombinationsIter(type, pool, (int)r);
            }
            catch { ReleaseAll(pool); throw; }
        };
        SetupIter(t);
    }

    sealed class CwrIter : CombinatoricIter
    {
        readonly int[] _indices;
        readonly int _r;

        public CwrIter(PyType t, PyObject[] pool, int r) : base(t, pool)
        {
            _r = r;
            _indices = new int[pool.Length == 0 && r > 0 ? 0 : r];
        }

        public override PyObject? Next()
        {
            if (Stopped || Pool is null) return null;
            int n = Pool.Length, r = _r;
            if (!Started)
            {
                Started = true;
                if (n == 0 && r > 0) return Stop();
                return Build(_indices, r);
            }
            int i = r - 1;
            while (i >= 0 && _indices[i] == n - 1) i--;
            if (i < 0) return Stop();
            int index = _indices[i] + 1;
            for (int j = i; j < r; j++) _indices[j] = index;
            return Build(_indices, r);
        }
    }

    static void SetupCwr(PyType t)
    {
        t.Doc = "Return successive r-length combinations of elements in the iterable allowing individual elements to have successive repeats.\n\ncombinations_with_replacement('ABC', 2) --> ('A','A'), ('A','B'), ('A','C'), ('B','B'), ('B','C'), ('C','C')";
        t.tp_new = (type, args, kw) =>
        {
            Span<PyObject?> a = new PyObject?[2];
            ClinicArgs.Parse("combinations_with_replacement", args, kw, new[] { "iterable", "r" }, 2, a);
            var pool = Pool(a[0]!);
            try
            {
                long r = ClinicArgs.AsSsize(a[1]!);
                if (r < 0) throw PyErr.ValueError("r must be non-negative");
                if (r > int.MaxValue) throw PyErr.MemoryError("");
                return new CwrIter(type, pool, (int)r);
            }
            catch { ReleaseAll(pool); throw; }
        };
        SetupIter(t);
    }
}
