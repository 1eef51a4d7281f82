using System.Numerics;
using Ftpy.Runtime;

namespace Ftpy.Objects.Numbers;

/// <summary>
/// float arithmetic with Python semantics: floor division and modulo take the sign of
/// the divisor (zeros too), and pow follows CPython's float_pow special cases before
/// handing finite cases to the C library's pow.
/// </summary>
public static class FloatArith
{
    // When both operands are NaNs the hardware returns the first operand's NaN; CPython's
    // build evaluates float + and * with the right operand first and - and / with the left
    // one, so that NaN's sign is what Python shows (math.copysign, struct, float.hex).
    public static double Add(double a, double b) => double.IsNaN(b) ? b : a + b;

    public static double Subtract(double a, double b) => double.IsNaN(a) ? a : a - b;

    public static double Multiply(double a, double b) => double.IsNaN(b) ? b : a * b;

    public static double TrueDivide(double a, double b)
    {
        if (b == 0.0) throw PyErr.ZeroDivisionError("float division by zero");
        return double.IsNaN(a) ? a : a / b;
    }

    public static double FloorDivide(double a, double b)
    {
        if (b == 0.0) throw PyErr.ZeroDivisionError("float floor division by zero");
        DivModCore(a, b, out double div, out _);
        return div;
    }

    public static double Modulo(double a, double b)
    {
        if (b == 0.0) throw PyErr.ZeroDivisionError("float modulo by zero");
        double mod = a % b;
        if (mod != 0)
        {
            if ((b < 0) != (mod < 0)) mod += b;
        }
        else
        {
            mod = Math.CopySign(0.0, b);
        }
        return mod;
    }

    public static (double Quotient, double Remainder) DivMod(double a, double b)
    {
        if (b == 0.0) throw PyErr.ZeroDivisionError("float divmod()");
        DivModCore(a, b, out double div, out double mod);
        return (div, mod);
    }

    /// <summary>CPython's _float_div_mod: fmod is exact, the quotient is snapped to an integer.</summary>
    static void DivModCore(double vx, double wx, out double floordiv, out double mod)
    {
        mod = vx % wx;
        double div = (vx - mod) / wx;
        if (mod != 0)
        {
            if ((wx < 0) != (mod < 0))
            {
                mod += wx;
                div -= 1.0;
            }
        }
        else
        {
            mod = Math.CopySign(0.0, wx);
        }
        if (div != 0)
        {
            floordiv = Math.Floor(div);
            if (div - floordiv > 0.5) floordiv += 1.0;
        }
        else
        {
            floordiv = Math.CopySign(0.0, vx / wx);
        }
    }

    /// <summary>
    /// x ** y for floats. Returns false when Python's result is complex (negative base,
    /// non-integral exponent): the caller then computes complex(x) ** complex(y).
    /// </summary>
    public static bool TryPow(double x, double y, out double result)
    {
        result = 1.0;
        if (y == 0) return true;
        if (double.IsNaN(x))
        {
            result = x;
            return true;
        }
        if (double.IsNaN(y))
        {
            result = x == 1.0 ? 1.0 : y;
            return true;
        }
        if (double.IsInfinity(y))
        {
            double ax = Math.Abs(x);
            if (ax == 1.0) result = 1.0;
            else if ((y > 0.0) == (ax > 1.0)) result = Math.Abs(y);
            else result = 0.0;
            return true;
        }
        if (double.IsInfinity(x))
        {
            bool odd = DoubleBits.IsOddInteger(y);
            if (y > 0.0) result = odd ? x : Math.Abs(x);
            else result = odd ? Math.CopySign(0.0, x) : 0.0;
            return true;
        }
        if (x == 0.0)
        {
            bool odd = DoubleBits.IsOddInteger(y);
            if (y < 0.0) throw PyErr.ZeroDivisionError("0.0 cannot be raised to a negative power");
            result = odd ? x : 0.0;
            return true;
        }
        bool negate = false;
        if (x < 0.0)
        {
            if (y != Math.Floor(y)) return false;
            x = -x;
            negate = DoubleBits.IsOddInteger(y);
        }
        if (x == 1.0)
        {
            result = negate ? -1.0 : 1.0;
            return true;
        }
        double r = Math.Pow(x, y);
        if (double.IsInfinity(r)) throw PyErr.OverflowError("(34, 'Numerical result out of range')");
        result = negate ? -r : r;
        return true;
    }

    /// <summary>float.__trunc__ / int(x).</summary>
    public static BigInteger Trunc(double x) => IntConvert.FromDouble(x);

    /// <summary>float.__floor__ / math.floor(x).</summary>
    public static BigInteger Floor(double x) => IntConvert.FromDouble(Math.Floor(x));

    /// <summary>float.__ceil__ / math.ceil(x).</summary>
    public static BigInteger Ceil(double x) => IntConvert.FromDouble(Math.Ceiling(x));
}
