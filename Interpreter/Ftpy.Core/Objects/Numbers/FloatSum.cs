namespace Ftpy.Objects.Numbers;

/// <summary>
/// The float part of builtin sum() (CPython 3.12+): Neumaier's compensated summation. The
/// running total is the plain float sum; the compensation (the rounding errors so far) is
/// added once at the end, unless it is zero or not finite, so an infinite or overflowed
/// sum never turns into a NaN and a negative zero keeps its sign.
/// </summary>
public sealed class FloatSum
{
    double total;
    double compensation;

    /// <summary>Starts from the value sum() holds when it enters its float path.</summary>
    public FloatSum(double start) => total = start;

    public void Add(double x)
    {
        // CPython's build computes total + x with total first, so a NaN total wins.
        double t = double.IsNaN(total) ? total : total + x;
        if (Math.Abs(total) >= Math.Abs(x)) compensation += (total - t) + x;
        else compensation += (x - t) + total;
        total = t;
    }

    /// <summary>An int item of sum()'s float path: added as a plain float, without compensation (as CPython does).</summary>
    public void AddUncompensated(double x) => total = double.IsNaN(total) ? total : total + x;

    /// <summary>The sum so far, compensated; sum() also calls this before leaving the float path for a non-float item.</summary>
    public double Result()
    {
        if (compensation != 0.0 && double.IsFinite(compensation)) return total + compensation;
        return total;
    }
}
