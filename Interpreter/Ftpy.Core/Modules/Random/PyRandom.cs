using System.Numerics;
using System.Security.Cryptography;
using Ftpy.Objects;
using Ftpy.Runtime;

namespace Ftpy.Modules.Random;

/// <summary>
/// _random.Random: the Mersenne Twister generator object that random.Random subclasses.
/// It draws random() and getrandbits(k) and seeds exactly as CPython does: an int seed by its
/// absolute value split into 32-bit words, any other object by its hash, None from the OS.
/// </summary>
public sealed class PyRandom : PyObject
{
    public static readonly PyType Type = new("_random.Random");

    internal readonly MersenneTwister Mt = new();

    public PyRandom(PyType type) : base(type) { }

    internal static void Setup(PyType t)
    {
        t.Doc = "Random() -> create a random number generator with its own internal state.";
        t.tp_new = (type, args, kw) => new PyRandom(type);
        t.tp_init = (self, args, kw) =>
        {
            var r = (PyRandom)self;
            if ((self.ob_type == Type || self.ob_type.tp_init == Type.tp_init) && kw is not null && kw.Count > 0)
                throw PyErr.TypeError("Random() takes no keyword arguments");
            int npos = args.Length - (kw?.Count ?? 0);
            if (npos > 1) throw PyErr.TypeError("Random() requires 0 or 1 argument");
            r.Seed(npos == 1 ? args[0] : null);
        };
        t.AddMethod("random", (PyObject self) => PyFloat.From(((PyRandom)self).Mt.NextDouble()),
            "random() -> x in the interval [0, 1).");
        t.AddMethod("getrandbits", (PyObject self, PyObject k) => ((PyRandom)self).GetRandBits(k),
            "getrandbits($self, k, /)\n--\n\ngetrandbits(k) -> x.  Generates an int with k random bits.");
        t.AddMethod("seed", (PyObject self, ReadOnlySpan<PyObject> args) =>
        {
            ArgParser.CheckPositional("seed", args, 0, 1);
            ((PyRandom)self).Seed(args.Length == 1 ? args[0] : null);
            return PyNone.Instance;
        }, "seed([n]) -> None.\n\nDefaults to use urandom and falls back to a combination\nof the current time and the process identifier.");
        t.AddMethod("getstate", (PyObject self) => ((PyRandom)self).GetState(),
            "getstate() -> tuple containing the current state.");
        t.AddMethod("setstate", (PyObject self, PyObject state) =>
        {
            ((PyRandom)self).SetState(state);
            return PyNone.Instance;
        }, "setstate(state) -> None.  Restores generator state.");
    }

    /// <summary>random_seed: None seeds from the OS, ints by absolute value, anything else by hash.</summary>
    internal void Seed(PyObject? arg)
    {
        if (arg is null || arg is PyNone)
        {
            Span<byte> bytes = stackalloc byte[MersenneTwister.N * 4];
            RandomNumberGenerator.Fill(bytes);
            Span<uint> key = stackalloc uint[MersenneTwister.N];
            for (int w = 0; w < key.Length; w++) key[w] = BitConverter.ToUInt32(bytes.Slice(w * 4, 4));
            Mt.InitByArray(key);
            return;
        }
        if (arg is PyInt i) Mt.SeedFromInteger(i.Value);
        else Mt.SeedFromInteger(new BigInteger(unchecked((ulong)Py.Hash(arg))));
    }

    PyObject GetRandBits(PyObject kObj)
    {
        int k = Py.AsInt(kObj);
        if (k < 0) throw PyErr.ValueError("number of bits must be non-negative");
        if (k <= 32) return PyInt.From((long)(k == 0 ? 0 : Mt.NextUInt32() >> (32 - k)));
        return PyInt.From(Mt.NextBits(k));
    }

    PyObject GetState()
    {
        var items = new PyObject[MersenneTwister.N + 1];
        for (int i = 0; i < MersenneTwister.N; i++) items[i] = PyInt.From((long)Mt.State[i]);
        items[MersenneTwister.N] = PyInt.From(Mt.Index);
        return PyTuple.Steal(items);
    }

    void SetState(PyObject state)
    {
        if (state is not PyTuple t) throw PyErr.TypeError("state vector must be a tuple");
        if (t.Count != MersenneTwister.N + 1) throw PyErr.ValueError("state vector is the wrong size");
        var words = new uint[MersenneTwister.N];
        for (int i = 0; i < MersenneTwister.N; i++) words[i] = (uint)AsUnsignedLong(t.Items[i]);
        long index = Py.AsLong(t.Items[MersenneTwister.N]);
        if (index < 0 || index > MersenneTwister.N) throw PyErr.ValueError("invalid state");
        words.CopyTo(Mt.State, 0);
        Mt.Index = (int)index;
    }

    /// <summary>PyLong_AsUnsignedLong: an exact int in [0, 2**64).</summary>
    static ulong AsUnsignedLong(PyObject o)
    {
        if (o is not PyInt i) throw PyErr.TypeError("an integer is required");
        var v = i.Value;
        if (v.Sign < 0) throw PyErr.OverflowError("can't convert negative value to unsigned int");
        if (v > ulong.MaxValue) throw PyErr.OverflowError("Python int too large to convert to C unsigned long");
        return (ulong)v;
    }
}
