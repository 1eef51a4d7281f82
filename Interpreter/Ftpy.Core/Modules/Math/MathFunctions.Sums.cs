using Ftpy.Objects.Numbers;
using Ftpy.Runtime;

namespace Ftpy.Modules.Math;

using Math = System.Math;

/// <summary>
/// Accurate sums: fsum (exact partials, Shewchuk / Hettinger's msum with correct final
/// rounding), hypot and dist (scaled, compensated sum of squares with a corrected square
/// root), and sumprod (triple-length accumulation). All follow CPython's algorithms step
/// for step, so the last bit agrees.
/// </summary>
public static partial class MathFunctions
{
    /// <summary>math.fsum over floats (ints are converted by the caller, as PyLong_AsDouble does).</summary>
    public static double Fsum(IEnumerable<double> values)
    {
        var partials = new List<double>();
        double specialSum = 0.0, infSum = 0.0;
        double hi, lo = 0.0, yr;
        foreach (double item in values)
        {
            double x = item;
            double xsave = x;
            int i = 0;
            for (int j = 0; j < partials.Count; j++)
            {
                double y = partials[j];
                if (Math.Abs(x) < Math.Abs(y)) (x, y) = (y, x);
                hi = x + y;
                yr = hi - x;
                lo = y - yr;
                if (lo != 0.0) partials[i++] = lo;
                x = hi;
            }
            partials.RemoveRange(i, partials.Count - i);
            if (x != 0.0)
            {
                if (!double.IsFinite(x))
                {
                    // From an inf or nan summand, or from overflow of finite ones.
                    if (double.IsFinite(xsave)) throw PyErr.OverflowError("intermediate overflow in fsum");
                    if (double.IsInfinity(xsave)) infSum += xsave;
                    // CPython's build adds with xsave first, so the last NaN seen wins.
                    specialSum = double.IsNaN(xsave) ? xsave : xsave + specialSum;
                    partials.Clear();
                }
                else partials.Add(x);
            }
        }

        if (specialSum != 0.0)
        {
            if (double.IsNaN(infSum)) throw PyErr.ValueError("-inf + inf in fsum");
            return specialSum;
        }

        hi = 0.0;
        int n = partials.Count;
        if (n > 0)
        {
            hi = partials[--n];
            // Add from the top until the sum becomes inexact.
            while (n > 0)
            {
                double x = hi;
                double y = partials[--n];
                hi = x + y;
                yr = hi - x;
                lo = y - yr;
                if (lo != 0.0) break;
            }
            // Half-even rounding across partials: if the dropped part and the next
            // partial lean the same way, the tie is really a round-up.
            if (n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)))
            {
                double y = lo * 2.0;
                double x = hi + y;
                yr = x - hi;
                if (y == yr) hi = x;
            }
        }
        return hi;
    }

    readonly record struct DoubleLength(double Hi, double Lo);
    readonly record struct TripleLength(double Hi, double Lo, double Tiny);

    /// <summary>Error-free sum when |a| >= |b| (Fast2Sum).</summary>
    static DoubleLength FastSum(double a, double b)
    {
        double x = a + b;
        double y = (a - x) + b;
        return new DoubleLength(x, y);
    }

    /// <summary>Error-free sum (TwoSum).</summary>
    static DoubleLength TwoSum(double a, double b)
    {
        double x = a + b;
        double z = x - a;
        double y = (a - (x - z)) + (b - z);
        return new DoubleLength(x, y);
    }

    /// <summary>Error-free product.</summary>
    static DoubleLength TwoProduct(double x, double y)
    {
        double z = x * y;
        double zz = Math.FusedMultiplyAdd(x, y, -z);
        return new DoubleLength(z, zz);
    }

    static TripleLength TripleFma(double x, double y, TripleLength total)
    {
        DoubleLength pr = TwoProduct(x, y);
        DoubleLength sm = TwoSum(total.Hi, pr.Hi);
        DoubleLength r1 = TwoSum(total.Lo, pr.Lo);
        DoubleLength r2 = TwoSum(r1.Hi, sm.Lo);
        return new TripleLength(sm.Hi, r2.Hi, total.Tiny + r1.Lo + r2.Lo);
    }

    static double TripleToDouble(TripleLength total)
    {
        DoubleLength last = TwoSum(total.Lo, total.Hi);
        return total.Tiny + last.Lo + last.Hi;
    }

    /// <summary>math.hypot(*coordinates) for float coordinates.</summary>
    public static double Hypot(params double[] coordinates)
    {
        var vec = new double[coordinates.Length];
        double max = 0.0;
        bool foundNan = false;
        for (int i = 0; i < coordinates.Length; i++)
        {
            double x = Math.Abs(coordinates[i]);
            vec[i] = x;
            foundNan |= double.IsNaN(x);
            if (x > max) max = x;
        }
        return VectorNorm(vec, max, foundNan);
    }

    /// <summary>math.dist(p, q) for float coordinates.</summary>
    public static double Dist(IReadOnlyList<double> p, IReadOnlyList<double> q)
    {
        if (p.Count != q.Count) throw PyErr.ValueError("both points must have the same number of dimensions");
        var diffs = new double[p.Count];
        double max = 0.0;
        bool foundNan = false;
        for (int i = 0; i < diffs.Length; i++)
        {
            double x = Math.Abs(p[i] - q[i]);
            diffs[i] = x;
            foundNan |= double.IsNaN(x);
            if (x > max) max = x;
        }
        return VectorNorm(diffs, max, foundNan);
    }

    /// <summary>
    /// sqrt(sum(x*x)) for non-negative x with max == max(x): lossless power-of-two scaling,
    /// exact squares, compensated summation seeded with 1.0 (so the running sum dominates
    /// every term), then one Newton-style correction of the square root.
    /// </summary>
    static double VectorNorm(double[] vec, double max, bool foundNan)
    {
        if (double.IsInfinity(max)) return max;
        if (foundNan) return Nan;
        int n = vec.Length;
        if (max == 0.0 || n <= 1) return max;
        int maxE = Frexp(max).Exponent;
        if (maxE < -1023)
        {
            // Subnormal max: ldexp(1.0, -max_e) would overflow, so make everything normal first.
            const double DblMin = 2.2250738585072014e-308;
            for (int i = 0; i < n; i++) vec[i] /= DblMin;
            return DblMin * VectorNorm(vec, max / DblMin, foundNan);
        }
        double scale = Math.ScaleB(1.0, -maxE);
        double csum = 1.0, frac1 = 0.0, frac2 = 0.0;
        DoubleLength pr, sm;
        double x, h;
        for (int i = 0; i < n; i++)
        {
            x = vec[i] * scale;
            pr = TwoProduct(x, x);
            sm = FastSum(csum, pr.Hi);
            csum = sm.Hi;
            frac1 += pr.Lo;
            frac2 += sm.Lo;
        }
        h = Math.Sqrt(csum - 1.0 + (frac1 + frac2));
        pr = TwoProduct(-h, h);
        sm = FastSum(csum, pr.Hi);
        csum = sm.Hi;
        frac1 += pr.Lo;
        frac2 += sm.Lo;
        x = csum - 1.0 + (frac1 + frac2);
        h += x / (2.0 * h);
        return h / scale;
    }

    /// <summary>
    /// math.sumprod(p, q) for two equally long float sequences (CPython's float path): the
    /// products are accumulated in triple-length precision while the total stays finite;
    /// from the first non-finite step on, plain float arithmetic continues from the rounded
    /// total. An empty input gives int 0 in Python; here 0.0.
    /// </summary>
    public static double SumProd(IReadOnlyList<double> p, IReadOnlyList<double> q)
    {
        if (p.Count != q.Count) throw PyErr.ValueError("Inputs are not the same length");
        var accumulator = new SumProdAccumulator();
        double total = 0.0;
        bool exact = true;
        for (int i = 0; i < p.Count; i++)
        {
            if (exact)
            {
                if (accumulator.TryAdd(p[i], q[i])) continue;
                exact = false;
                if (accumulator.InUse) total = FloatArith.Add(total, accumulator.Result());
            }
            total = FloatArith.Add(total, FloatArith.Multiply(p[i], q[i]));
        }
        if (exact && accumulator.InUse) total = FloatArith.Add(total, accumulator.Result());
        return total;
    }

    /// <summary>
    /// The extended-precision running total of sumprod's float path, for callers that
    /// iterate objects themselves: TryAdd returns false (and leaves the total unchanged)
    /// when the new total would not be finite; the caller then adds Result() to its
    /// generic total and continues with ordinary arithmetic.
    /// </summary>
    public sealed class SumProdAccumulator
    {
        TripleLength total;

        /// <summary>Whether any product has been accumulated.</summary>
        public bool InUse { get; private set; }

        public bool TryAdd(double x, double y)
        {
            TripleLength next = TripleFma(x, y, total);
            if (!double.IsFinite(next.Hi)) return false;
            total = next;
            InUse = true;
            return true;
        }

        public double Result() => TripleToDouble(total);
    }
}
