using System.Numerics;
using Ftpy.Objects.Numbers;
using Ftpy.Runtime;
using Xunit;

namespace Ftpy.Tests.Numbers;

/// <summary>
/// The long fast paths must agree with the BigInteger versions (which the CPython data
/// checks): same result when they succeed, and a false return exactly when the result
/// does not fit a long.
/// </summary>
public class LongFastPathTests
{
    static readonly long[] Edges =
    [
        0, 1, -1, 2, -2, 3, -3, 7, -7, 10, -10, 255, -256, int.MaxValue, int.MinValue,
        (1L << 31) + 1, 1L << 32, -(1L << 32), (1L << 53) - 1, 1L << 53, (1L << 53) + 1, -(1L << 53) - 1,
        long.MaxValue, long.MinValue, long.MaxValue - 1, long.MinValue + 1, 3037000499, 3037000500, -3037000500,
    ];

    static IEnumerable<long> Values()
    {
        var rng = new Random(42);
        foreach (long e in Edges) yield return e;
        for (int i = 0; i < 300; i++)
        {
            int bits = rng.Next(1, 64);
            long v = rng.NextInt64() >> (63 - bits);
            yield return rng.Next(2) == 0 ? v : -v;
        }
    }

    static bool Fits(BigInteger v) => v >= long.MinValue && v <= long.MaxValue;

    static string Outcome(Func<BigInteger> f)
    {
        try
        {
            return f().ToString();
        }
        catch (PyException e)
        {
            return e.ToString();
        }
    }

    static string Outcome(Func<(bool, long)> f)
    {
        try
        {
            var (ok, v) = f();
            return ok ? v.ToString() : "overflow";
        }
        catch (PyException e)
        {
            return e.ToString();
        }
    }

    static string Expected(Func<BigInteger> f)
    {
        try
        {
            BigInteger v = f();
            return Fits(v) ? v.ToString() : "overflow";
        }
        catch (PyException e)
        {
            return e.ToString();
        }
    }

    [Fact]
    public void BinaryOperationsAgreeWithBigInteger()
    {
        long[] values = Values().ToArray();
        var rng = new Random(7);
        int checkedCount = 0;
        foreach (long a in values)
        {
            foreach (long b in values.OrderBy(_ => rng.Next()).Take(40).Concat(Edges))
            {
                BigInteger A = a, B = b;
                Assert.Equal(Expected(() => A + B), Outcome(() => (IntArith.TryAdd(a, b, out long r), r)));
                Assert.Equal(Expected(() => A - B), Outcome(() => (IntArith.TrySubtract(a, b, out long r), r)));
                Assert.Equal(Expected(() => A * B), Outcome(() => (IntArith.TryMultiply(a, b, out long r), r)));
                Assert.Equal(Expected(() => IntArith.FloorDivide(A, B)), Outcome(() => (IntArith.TryFloorDivide(a, b, out long r), r)));
                Assert.Equal(Outcome(() => IntArith.Modulo(A, B)), Outcome(() => (BigInteger)IntArith.Modulo(a, b)));
                Assert.Equal(Expected(() => IntArith.DivMod(A, B).Quotient), Outcome(() => (IntArith.TryDivMod(a, b, out long q, out _), q)));
                if (b != 0)
                {
                    IntArith.TryDivMod(a, b, out _, out long rem);
                    Assert.Equal(IntArith.DivMod(A, B).Remainder, (BigInteger)rem);
                }
                Assert.Equal(Outcome(() => (BigInteger)BitConverter.DoubleToInt64Bits(IntArith.TrueDivide(A, B))),
                    Outcome(() => (BigInteger)BitConverter.DoubleToInt64Bits(IntArith.TrueDivide(a, b))));
                long shift = ((b % 70) + 70) % 70;
                Assert.Equal(Expected(() => IntBits.LeftShift(A, shift)), Outcome(() => (IntBits.TryLeftShift(a, shift, out long r), r)));
                Assert.Equal(IntBits.RightShift(A, shift), (BigInteger)IntBits.RightShift(a, shift));
                long exponent = shift;
                Assert.Equal(Expected(() => IntPow.Pow(A, exponent)), Outcome(() => (IntPow.TryPow(a, exponent, out long r), r)));
                checkedCount++;
            }
        }
        Assert.True(checkedCount > 10000);
    }

    [Fact]
    public void UnaryOperationsAgreeWithBigInteger()
    {
        foreach (long a in Values())
        {
            BigInteger A = a;
            Assert.Equal(NumericHash.Hash(A), NumericHash.Hash(a));
            Assert.Equal(IntBits.BitLength(A), IntBits.BitLength(a));
            Assert.Equal(IntBits.BitCount(A), IntBits.BitCount(a));
            Assert.Equal(IntConvert.ToDouble(A), IntConvert.ToDouble(a));
            Assert.Equal(Expected(() => -A), Outcome(() => (IntArith.TryNegate(a, out long r), r)));
            Assert.Equal(IntText.ToString(A), IntText.ToString(a));
            Assert.Equal(IntText.ToString(A, 16), IntText.ToString(a, 16));
            foreach (double x in new[] { 0.0, -0.0, 1.5, -1.5, 9007199254740992.0, 9.2233720368547758e18, -9.2233720368547758e18, 1e19, double.NaN, double.PositiveInfinity, (double)a, (double)a + 0.5 })
                Assert.Equal(FloatCompare.Compare(x, A), FloatCompare.Compare(x, a));
        }
    }

    [Fact]
    public void TruncateToLongMatchesFromDouble()
    {
        foreach (double x in new[] { 0.0, -0.0, 1.9, -1.9, 9.2233720368547748e18, 9.2233720368547758e18, -9.2233720368547758e18, -9.2233720368547768e18, 1e300, 5e-324 })
        {
            bool ok = IntConvert.TryTruncateToLong(x, out long r);
            BigInteger exact = IntConvert.FromDouble(x);
            Assert.Equal(Fits(exact), ok);
            if (ok) Assert.Equal(exact, (BigInteger)r);
        }
    }
}
