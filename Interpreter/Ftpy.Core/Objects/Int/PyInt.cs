using System.Numerics;
using System.Runtime.CompilerServices;

namespace Ftpy.Objects;

/// <summary>
/// Python int: arbitrary precision with a small-value fast path.
/// Invariant: when <see cref="IsBig"/> is false the value is <see cref="Small"/>; when true it
/// is <see cref="Big"/> and does not fit in a long (values that fit are always stored small,
/// so two equal ints have the same representation). Values in [-5, 256] are shared immortal
/// objects, as in CPython.
/// </summary>
public partial class PyInt : PyObject
{
    public static readonly PyType Type = new("int", TypeFlags.BaseType | TypeFlags.LongSubclass);

    public readonly long Small;
    public readonly BigInteger Big;
    public readonly bool IsBig;

    public const int SmallMin = -5, SmallMax = 256;
    static readonly PyInt[] s_small = MakeSmall();

    static PyInt[] MakeSmall()
    {
        var a = new PyInt[SmallMax - SmallMin + 1];
        for (int i = 0; i < a.Length; i++) a[i] = new PyInt(i + SmallMin, immortal: true);
        return a;
    }

    PyInt(long v, bool immortal) : base(Type, immortal) { Small = v; }
    PyInt(long v) : base(Type) { Small = v; }
    PyInt(BigInteger v) : base(Type) { Big = v; IsBig = true; }

    /// <summary>An immortal int of type <paramref name="type"/> (the two bools).</summary>
    protected PyInt(PyType type, long v, bool immortal) : base(type, immortal) { Small = v; }

    /// <summary>An int whose type is a heap subtype of int.</summary>
    protected internal PyInt(PyType type, BigInteger v) : base(type)
    {
        if (v >= long.MinValue && v <= long.MaxValue) Small = (long)v;
        else { Big = v; IsBig = true; }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyInt From(long v)
    {
        if ((ulong)(v - SmallMin) <= SmallMax - SmallMin) return s_small[v - SmallMin];
        return new PyInt(v);
    }

    public static PyInt From(int v) => From((long)v);

    public static PyInt From(BigInteger v)
    {
        if (v >= long.MinValue && v <= long.MaxValue) return From((long)v);
        return new PyInt(v);
    }

    public BigInteger Value => IsBig ? Big : Small;

    public static PyInt Zero => s_small[-SmallMin];
    public static PyInt One => s_small[1 - SmallMin];

    public override string ToString() => Value.ToString();
}

/// <summary>bool: a subtype of int with exactly two immortal instances.</summary>
public sealed class PyBool : PyInt
{
    public static new readonly PyType Type = new("bool", TypeFlags.LongSubclass);
    public static readonly PyBool True = new(1);
    public static readonly PyBool False = new(0);

    PyBool(int v) : base(Type, v, immortal: true) { }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyBool From(bool b) => b ? True : False;

    public bool IsTrue => ReferenceEquals(this, True);
}

public partial class PyInt
{
    /// <summary>int to float, correctly rounded; OverflowError beyond the double range.</summary>
    public static double ToDouble(BigInteger v) => Numbers.IntConvert.ToDouble(v);
}
