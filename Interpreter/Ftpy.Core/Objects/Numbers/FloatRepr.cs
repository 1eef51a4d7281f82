namespace Ftpy.Objects.Numbers;

/// <summary>repr() and str() of a float: the shortest digits that read back exactly, in
/// positional form for decimal exponents from -4 to 15 and exponent form otherwise.</summary>
public static class FloatRepr
{
    /// <summary>CPython's float_repr: "1e+16", "1e-05", "0.0001", "123.0", "-0.0", "inf", "nan".</summary>
    public static string Repr(double v) => FloatText.DoubleToString(v, 'r', 0, FloatTextFlags.AddDot0);
}
