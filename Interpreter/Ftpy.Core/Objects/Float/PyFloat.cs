using System.Runtime.CompilerServices;

namespace Ftpy.Objects;

/// <summary>Python float: an IEEE 754 double.</summary>
public partial class PyFloat : PyObject
{
    public static readonly PyType Type = new("float");

    public readonly double Value;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public PyFloat(double v) : base(Type) { Value = v; }

    internal PyFloat(PyType type, double v) : base(type) { Value = v; }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyFloat From(double v) => new(v);

    public override string ToString() => Value.ToString("R");
}
