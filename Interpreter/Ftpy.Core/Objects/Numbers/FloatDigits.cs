using System.Globalization;
using System.Numerics;

namespace Ftpy.Objects.Numbers;

/// <summary>
/// Decimal digit generation for doubles, the three modes of CPython's _Py_dg_dtoa that
/// Python uses: shortest round-trip (mode 0), n significant digits (mode 2) and n digits
/// after the point (mode 3).
///
/// Invariants of every result: the digit string has no leading zeros and no trailing
/// zeros; the value is 0.digits * 10**decpt; zero is ("0", 1); rounding is half-to-even
/// on the exact binary value (never on an intermediate decimal); mode 3 returns ("", -n)
/// when the value rounds to zero. The sign is the caller's business: digits are of |v|.
/// </summary>
public static class FloatDigits
{
    /// <summary>A double has at most 767 significant decimal digits; asking for more changes nothing.</summary>
    const int MaxSignificantDigits = 800;
    /// <summary>Every double times 10**1100 is an integer, so more fraction digits change nothing.</summary>
    const int MaxFractionDigits = 1100;

    /// <summary>Shortest digits that read back as v (ties go to the digits closest to v).</summary>
    public static string Shortest(double v, out int decpt)
    {
        v = Math.Abs(v);
        if (v == 0) { decpt = 1; return "0"; }
        // .NET Core 3.0+ prints the shortest round-trip form for "R"; only the layout differs.
        string text = v.ToString("R", CultureInfo.InvariantCulture);
        int exponent = 0;
        int e = text.IndexOf('E');
        if (e >= 0)
        {
            exponent = int.Parse(text.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            text = text[..e];
        }
        int dot = text.IndexOf('.');
        string integer = dot < 0 ? text : text[..dot];
        string fraction = dot < 0 ? "" : text[(dot + 1)..];
        string all = integer + fraction;
        decpt = integer.Length + exponent;
        int start = 0;
        while (start < all.Length - 1 && all[start] == '0') { start++; decpt--; }
        int end = all.Length;
        while (end > start + 1 && all[end - 1] == '0') end--;
        string digits = all[start..end];

        // At a power of two the lower neighbour is closer than the upper one. .NET treats
        // the rounding interval as symmetric there and may return digits that read back as
        // the lower neighbour; then search for the shortest digits that really round-trip.
        DoubleBits.Decompose(v, out ulong m, out int e2);
        if (m == 1UL << 52 && !ReadsBackAs(digits, decpt, v))
            digits = ShortestBySearch(v, m, e2, digits.Length, out decpt);
        return digits;
    }

    static bool ReadsBackAs(string digits, int decpt, double v)
    {
        string text = digits + "e" + (decpt - digits.Length).ToString(CultureInfo.InvariantCulture);
        return double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture) == v;
    }

    /// <summary>
    /// Shortest digits (from <paramref name="minLength"/> up) whose value reads back as v,
    /// taking the closer of the two candidates around v at each length.
    /// </summary>
    static string ShortestBySearch(double v, ulong m, int e, int minLength, out int decpt)
    {
        int k = DecimalExponent(v, m, e);
        for (int n = Math.Max(1, minLength); ; n++)
        {
            int s = n - 1 - k;
            // v * 10**s as an exact fraction num / den.
            BigInteger num = new BigInteger(m), den = BigInteger.One;
            if (e >= 0) num <<= e; else den <<= -e;
            if (s >= 0) num *= BigInteger.Pow(10, s); else den *= BigInteger.Pow(10, -s);
            BigInteger low = BigInteger.DivRem(num, den, out BigInteger rem);
            BigInteger high = low + 1;
            // Order the candidates by distance to v: the lower one first unless rem > den/2.
            bool highFirst = (rem << 1) > den;
            foreach (BigInteger candidate in highFirst ? new[] { high, low } : new[] { low, high })
            {
                if (candidate.IsZero) continue;
                string text = candidate.ToString(CultureInfo.InvariantCulture);
                int candidateDecpt = text.Length - s;
                string stripped = StripTrailingZeros(text);
                if (ReadsBackAs(stripped, candidateDecpt, v))
                {
                    decpt = candidateDecpt;
                    return stripped;
                }
            }
        }
    }

    /// <summary>The value correctly rounded to <paramref name="ndigits"/> (>= 1) significant digits.</summary>
    public static string Significant(double v, int ndigits, out int decpt)
    {
        if (ndigits < 1) throw new ArgumentOutOfRangeException(nameof(ndigits));
        v = Math.Abs(v);
        if (v == 0) { decpt = 1; return "0"; }
        if (ndigits > MaxSignificantDigits) ndigits = MaxSignificantDigits;
        DoubleBits.Decompose(v, out ulong m, out int e);
        int k = DecimalExponent(v, m, e);
        string digits = RoundedScaled(m, e, ndigits - 1 - k);
        if (digits.Length > ndigits)
        {
            // Rounding carried into a new digit: the result is exactly 10**ndigits.
            k++;
            digits = "1";
        }
        decpt = k + 1;
        return StripTrailingZeros(digits);
    }

    /// <summary>The value correctly rounded to <paramref name="ndigits"/> digits after the point (negative: to tens, hundreds, ...).</summary>
    public static string Fixed(double v, int ndigits, out int decpt)
    {
        v = Math.Abs(v);
        if (v == 0) { decpt = 1; return "0"; }
        if (ndigits > MaxFractionDigits) ndigits = MaxFractionDigits;
        DoubleBits.Decompose(v, out ulong m, out int e);
        if (ndigits < -400)
        {
            decpt = -ndigits;
            return "";
        }
        string digits = RoundedScaled(m, e, ndigits);
        if (digits == "0")
        {
            decpt = -ndigits;
            return "";
        }
        decpt = digits.Length - ndigits;
        return StripTrailingZeros(digits);
    }

    static string StripTrailingZeros(string digits)
    {
        int end = digits.Length;
        while (end > 1 && digits[end - 1] == '0') end--;
        return end == digits.Length ? digits : digits[..end];
    }

    /// <summary>floor(log10(v)) exactly, for finite v > 0 = m * 2**e.</summary>
    static int DecimalExponent(double v, ulong m, int e)
    {
        double log = Math.Log10(v);
        int k = (int)Math.Floor(log);
        double frac = log - k;
        if (frac > 1e-9 && frac < 1 - 1e-9) return k;
        while (ComparePow10(m, e, k) < 0) k--;
        while (ComparePow10(m, e, k + 1) >= 0) k++;
        return k;
    }

    /// <summary>Sign of m * 2**e - 10**k, computed exactly.</summary>
    static int ComparePow10(ulong m, int e, int k)
    {
        BigInteger left = new BigInteger(m) << Math.Max(e, 0);
        BigInteger right = BigInteger.One << Math.Max(-e, 0);
        if (k >= 0) right *= BigInteger.Pow(10, k);
        else left *= BigInteger.Pow(10, -k);
        return left.CompareTo(right);
    }

    static readonly UInt128[] Pow10Small = BuildPow10();

    static UInt128[] BuildPow10()
    {
        var table = new UInt128[39];
        table[0] = 1;
        for (int i = 1; i < table.Length; i++) table[i] = table[i - 1] * 10;
        return table;
    }

    /// <summary>Decimal text of round-half-even(m * 2**e * 10**s).</summary>
    internal static string RoundedScaled(ulong m, int e, int s)
    {
        if (e <= 0 && s >= 0 && s <= 22)
        {
            // m * 10**s < 2**127, so the whole computation fits in 128 bits.
            int shift = -e;
            if (shift >= 128) return "0";
            UInt128 num = (UInt128)m * Pow10Small[s];
            if (shift == 0) return num.ToString(CultureInfo.InvariantCulture);
            UInt128 q = num >> shift;
            UInt128 rem = num - (q << shift);
            UInt128 half = (UInt128)1 << (shift - 1);
            if (rem > half || (rem == half && (q & 1) != 0)) q++;
            return q.ToString(CultureInfo.InvariantCulture);
        }
        if (e >= 0 && s < 0 && s >= -38 && e <= 74)
        {
            UInt128 num = (UInt128)m << e;
            UInt128 den = Pow10Small[-s];
            UInt128 q = UInt128.DivRem(num, den).Quotient;
            UInt128 rem = num - q * den;
            UInt128 twice = rem << 1;
            if (twice > den || (twice == den && (q & 1) != 0)) q++;
            return q.ToString(CultureInfo.InvariantCulture);
        }
        return RoundedScaledBig(m, e, s).ToString(CultureInfo.InvariantCulture);
    }

    static BigInteger RoundedScaledBig(ulong m, int e, int s)
    {
        BigInteger num = new BigInteger(m);
        if (s >= 0) num *= BigInteger.Pow(10, s);
        if (e >= 0) num <<= e;
        if (s >= 0)
        {
            if (e >= 0) return num;
            return ShiftRoundHalfEven(num, -e);
        }
        BigInteger den = BigInteger.Pow(10, -s);
        if (e < 0) den <<= -e;
        return DivideRoundHalfEven(num, den);
    }

    /// <summary>round-half-even(n / 2**shift) for n >= 0.</summary>
    internal static BigInteger ShiftRoundHalfEven(BigInteger n, int shift)
    {
        if (shift <= 0) return n << -shift;
        BigInteger q = n >> shift;
        BigInteger rem = n - (q << shift);
        BigInteger half = BigInteger.One << (shift - 1);
        int c = rem.CompareTo(half);
        if (c > 0 || (c == 0 && !q.IsEven)) q += 1;
        return q;
    }

    /// <summary>round-half-even(num / den) for num >= 0, den > 0.</summary>
    internal static BigInteger DivideRoundHalfEven(BigInteger num, BigInteger den)
    {
        BigInteger q = BigInteger.DivRem(num, den, out BigInteger rem);
        int c = (rem << 1).CompareTo(den);
        if (c > 0 || (c == 0 && !q.IsEven)) q += 1;
        return q;
    }
}
