using System.Numerics;
using Ftpy.Runtime;

namespace Ftpy.Objects.Numbers;

/// <summary>
/// complex arithmetic computed the way CPython 3.13 computes it (the textbook product,
/// Smith's division, repeated squaring for small integral powers, polar form otherwise),
/// so results and special-value behaviour match bit for bit. System.Numerics.Complex is
/// only the carrier; its own operators are not used.
///
/// When both operands of a + or * are NaNs, x86 returns the first operand's NaN, and
/// CPython's build keeps the C source order here, so the left NaN wins; the JIT may swap
/// commutative operands, hence the explicit helpers.
/// </summary>
public static class ComplexArith
{
    static double Plus(double x, double y) => double.IsNaN(x) ? x : x + y;

    static double Times(double x, double y) => double.IsNaN(x) ? x : x * y;

    public static Complex Add(Complex a, Complex b) => new(Plus(a.Real, b.Real), Plus(a.Imaginary, b.Imaginary));

    public static Complex Subtract(Complex a, Complex b) => new(a.Real - b.Real, a.Imaginary - b.Imaginary);

    public static Complex Negate(Complex a) => new(-a.Real, -a.Imaginary);

    public static Complex Multiply(Complex a, Complex b) => new(
        Times(a.Real, b.Real) - Times(a.Imaginary, b.Imaginary),
        Plus(Times(a.Real, b.Imaginary), Times(a.Imaginary, b.Real)));

    public static Complex Divide(Complex a, Complex b)
    {
        Complex r = Quotient(a, b, out bool divideByZero);
        if (divideByZero) throw PyErr.ZeroDivisionError("complex division by zero");
        return r;
    }

    /// <summary>Smith's algorithm; flags a zero divisor instead of throwing.</summary>
    static Complex Quotient(Complex a, Complex b, out bool divideByZero)
    {
        divideByZero = false;
        double absReal = b.Real < 0 ? -b.Real : b.Real;
        double absImag = b.Imaginary < 0 ? -b.Imaginary : b.Imaginary;
        if (absReal >= absImag)
        {
            if (absReal == 0.0)
            {
                divideByZero = true;
                return new Complex(0.0, 0.0);
            }
            double ratio = b.Imaginary / b.Real;
            double denom = b.Real + b.Imaginary * ratio;
            return new Complex((a.Real + a.Imaginary * ratio) / denom, (a.Imaginary - a.Real * ratio) / denom);
        }
        if (absImag >= absReal)
        {
            double ratio = b.Real / b.Imaginary;
            double denom = b.Real * ratio + b.Imaginary;
            return new Complex((a.Real * ratio + a.Imaginary) / denom, (a.Imaginary * ratio - a.Real) / denom);
        }
        return new Complex(DoubleBits.PositiveNaN, DoubleBits.PositiveNaN);
    }

    /// <summary>abs(z): C99 rules for infinities and NaNs, hypot otherwise.</summary>
    public static double Abs(Complex z)
    {
        if (!double.IsFinite(z.Real) || !double.IsFinite(z.Imaginary))
        {
            if (double.IsInfinity(z.Real)) return Math.Abs(z.Real);
            if (double.IsInfinity(z.Imaginary)) return Math.Abs(z.Imaginary);
            return DoubleBits.PositiveNaN;
        }
        double result = LibM.Hypot(z.Real, z.Imaginary);
        if (!double.IsFinite(result)) throw PyErr.OverflowError("absolute value too large");
        return result;
    }

    /// <summary>a ** b for complex numbers (CPython's complex_pow).</summary>
    public static Complex Pow(Complex a, Complex b)
    {
        bool domainError = false;
        Complex p;
        if (b.Imaginary == 0.0 && b.Real == Math.Floor(b.Real) && Math.Abs(b.Real) <= 100.0)
            p = PowInteger(a, (long)b.Real, ref domainError);
        else
            p = PowGeneral(a, b, ref domainError);
        if (domainError) throw PyErr.ZeroDivisionError("0.0 to a negative or complex power");
        if (double.IsInfinity(p.Real) || double.IsInfinity(p.Imaginary))
            throw PyErr.OverflowError("complex exponentiation");
        return p;
    }

    static Complex PowGeneral(Complex a, Complex b, ref bool domainError)
    {
        if (b.Real == 0.0 && b.Imaginary == 0.0) return new Complex(1.0, 0.0);
        if (a.Real == 0.0 && a.Imaginary == 0.0)
        {
            if (b.Imaginary != 0.0 || b.Real < 0.0) domainError = true;
            return new Complex(0.0, 0.0);
        }
        double vabs = LibM.Hypot(a.Real, a.Imaginary);
        double len = Math.Pow(vabs, b.Real);
        double at = Math.Atan2(a.Imaginary, a.Real);
        double phase = Times(at, b.Real);
        if (b.Imaginary != 0.0)
        {
            len /= Math.Exp(Times(at, b.Imaginary));
            phase = Plus(phase, Times(b.Imaginary, Math.Log(vabs)));
        }
        // The C library's cos and sin report a domain error for infinite arguments.
        if (double.IsInfinity(phase)) domainError = true;
        return new Complex(Times(len, Math.Cos(phase)), Times(len, Math.Sin(phase)));
    }

    static Complex PowUnsigned(Complex x, long n)
    {
        Complex r = new(1.0, 0.0);
        Complex p = x;
        long mask = 1;
        while (mask > 0 && n >= mask)
        {
            if ((n & mask) != 0) r = Multiply(r, p);
            mask <<= 1;
            p = Multiply(p, p);
        }
        return r;
    }

    static Complex PowInteger(Complex x, long n, ref bool domainError)
    {
        if (n > 0) return PowUnsigned(x, n);
        Complex r = Quotient(new Complex(1.0, 0.0), PowUnsigned(x, -n), out bool zero);
        if (zero) domainError = true;
        return r;
    }
}
