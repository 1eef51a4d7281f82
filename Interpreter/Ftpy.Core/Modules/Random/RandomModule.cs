using System.Numerics;
using System.Security.Cryptography;
using Ftpy.Objects;
using Ftpy.Runtime;

namespace Ftpy.Modules.Random;

/// <summary>
/// The _random module: the generator type, plus the two services random.py needs from the
/// platform without importing os or hashlib (which would make importing random slower).
/// </summary>
public static class RandomModule
{
    public static PyModule Create(InterpreterState interp)
    {
        TypeSystem.ReadyStatic(PyRandom.Type, null, PyRandom.Setup, t => new PyRandom(t));
        var m = new PyModule("_random");
        m.Add("__doc__", PyStr.From("Module implements the Mersenne Twister random number generator."));
        m.Add("Random", PyRandom.Type);
        m.AddFunction("_urandom", (PyObject self, PyObject n) =>
        {
            long size = Py.AsSsize(n, ExceptionTypes.OverflowError);
            if (size < 0) throw PyErr.ValueError("negative argument not allowed");
            var data = new byte[size];
            RandomNumberGenerator.Fill(data);
            return PyBytes.From(data);
        });
        // random.seed(a, version=2) for str/bytes/bytearray: int.from_bytes(a + sha512(a).digest()).
        m.AddFunction("_sha512_seed", (PyObject self, PyObject data) =>
        {
            byte[] bytes = data switch
            {
                PyBytes b => b.Value,
                PyByteArray ba => ba.ToArray(),
                _ => throw PyErr.TypeError($"a bytes-like object is required, not '{data.ob_type.ShortName}'"),
            };
            return PyInt.From(Sha512Seed(bytes));
        });
        return m;
    }

    /// <summary>The integer random.seed uses for a str/bytes seed (version 2): the bytes followed
    /// by their SHA-512 digest, read as one big-endian unsigned number.</summary>
    public static BigInteger Sha512Seed(byte[] bytes)
    {
        var digest = SHA512.HashData(bytes);
        var all = new byte[bytes.Length + digest.Length];
        bytes.CopyTo(all, 0);
        digest.CopyTo(all, bytes.Length);
        return new BigInteger(all, isUnsigned: true, isBigEndian: true);
    }
}
