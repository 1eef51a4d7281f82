using System.Runtime.CompilerServices;

namespace Ftpy.Objects;

/// <summary>Python float: an IEEE 754 double.</summary>
public partial class PyFloat : PyObject
{
    public static readonly PyType Type = new("float");

    /// <summary>The value; fixed for the object's life (only a revival from the free list sets it again).</summary>
    public double Value => _value;
    double _value;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public PyFloat(double v) : base(Type) { _value = v; }

    internal PyFloat(PyType type, double v) : base(type) { _value = v; }

    /// <summary>A new exact float, reusing a freed one from this thread's free list when there is one.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyFloat From(double v)
    {
        var ts = Runtime.ThreadState.Current;
        int n = ts.FloatFreeCount;
        if (n == 0) return new PyFloat(v);
        ts.FloatFreeCount = n - 1;
        var f = ts.FloatFreeList[n - 1]!;
        ts.FloatFreeList[n - 1] = null;
        f.Revive(ts);
        f._value = v;
        return f;
    }

    public override string ToString() => Value.ToString("R");
}
