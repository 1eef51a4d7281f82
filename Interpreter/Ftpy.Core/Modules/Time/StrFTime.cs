using System.Text;

namespace Ftpy.Modules.Time;

using Math = System.Math;

/// <summary>
/// strftime as the GNU C library formats in the C locale, which is what CPython's
/// time.strftime prints on Linux: every conversion, the flags <c>_ - 0 ^ #</c>, a field width,
/// the E and O modifiers, and glibc's habit of copying an unknown directive through
/// unchanged. Year-like numbers (%Y %C %G) are not padded unless a width asks for it.
/// </summary>
public static class StrFTime
{
    static readonly string[] s_abbrDays = { "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat" };
    static readonly string[] s_fullDays = { "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday" };
    static readonly string[] s_abbrMonths = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
    static readonly string[] s_fullMonths = { "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December" };

    public static string AbbreviatedDay(int wday) => wday is >= 0 and <= 6 ? s_abbrDays[wday] : "?";
    public static string AbbreviatedMonth(int mon) => mon is >= 0 and <= 11 ? s_abbrMonths[mon] : "?";

    /// <summary>What the formatter needs besides the broken-down time.</summary>
    public readonly record struct Context(string StdName, string DstName, Func<BrokenDownTime, long> MkTime);

    /// <summary>Formats; an empty string when glibc would fail (a width too large to represent).</summary>
    public static string Format(string format, in BrokenDownTime tm, Context context)
    {
        var sb = new StringBuilder();
        return Append(sb, format, tm, context) ? sb.ToString() : "";
    }

    static bool Append(StringBuilder sb, string f, in BrokenDownTime tm, Context ctx)
    {
        int i = 0;
        while (i < f.Length)
        {
            char c = f[i];
            if (c != '%')
            {
                sb.Append(c);
                i++;
                continue;
            }
            int start = i;
            char pad = '\0';
            bool upper = false, swapCase = false;
            i++;
            for (; i < f.Length; i++)
            {
                char fl = f[i];
                if (fl is '_' or '-' or '0') pad = fl;
                else if (fl == '^') upper = true;
                else if (fl == '#') swapCase = true;
                else break;
            }
            long width = -1;
            if (i < f.Length && char.IsAsciiDigit(f[i]))
            {
                width = 0;
                while (i < f.Length && char.IsAsciiDigit(f[i]))
                {
                    width = width * 10 + (f[i] - '0');
                    if (width > int.MaxValue) return false;
                    i++;
                }
            }
            char modifier = '\0';
            if (i < f.Length && f[i] is 'E' or 'O') modifier = f[i++];
            if (i >= f.Length)
            {
                Pad(sb, f[start..], (int)width, pad);
                break;
            }
            char conv = f[i++];
            var directive = new Directive(pad, (int)width, upper, swapCase);
            if (!Convert(sb, conv, modifier, directive, tm, ctx)) Pad(sb, f[start..i], (int)width, pad);
        }
        return true;
    }

    readonly record struct Directive(char Pad, int Width, bool Upper, bool SwapCase);

    static bool ValidModifier(char modifier, char conv) => modifier switch
    {
        '\0' => true,
        'E' => conv is 'c' or 'C' or 'x' or 'X' or 'y' or 'Y' or '%',
        _ => conv is 'd' or 'e' or 'H' or 'I' or 'm' or 'M' or 'S' or 'u' or 'U' or 'V' or 'w' or 'W' or 'y' or '%',
    };

    /// <summary>One conversion; false for an unknown one (copied through by the caller).</summary>
    static bool Convert(StringBuilder sb, char conv, char modifier, Directive d, in BrokenDownTime tm, Context ctx)
    {
        if (!ValidModifier(modifier, conv)) return false;
        long year = tm.FullYear;
        switch (conv)
        {
            case '%': Pad(sb, "%", d.Width, d.Pad); return true;
            case 'n': Pad(sb, "\n", d.Width, d.Pad); return true;
            case 't': Pad(sb, "\t", d.Width, d.Pad); return true;
            case 'a': Text(sb, AbbreviatedDay(tm.WDay), d, swapToUpper: true); return true;
            case 'A': Text(sb, tm.WDay is >= 0 and <= 6 ? s_fullDays[tm.WDay] : "?", d, swapToUpper: true); return true;
            case 'b':
            case 'h': Text(sb, AbbreviatedMonth(tm.Mon), d, swapToUpper: true); return true;
            case 'B': Text(sb, tm.Mon is >= 0 and <= 11 ? s_fullMonths[tm.Mon] : "?", d, swapToUpper: true); return true;
            case 'p': Text(sb, tm.Hour >= 12 ? "PM" : "AM", d, swapToUpper: false); return true;
            case 'P': Text(sb, tm.Hour >= 12 ? "pm" : "am", d with { SwapCase = false }, swapToUpper: false); return true;
            case 'Z':
            {
                string zone = !string.IsNullOrEmpty(tm.Zone) ? tm.Zone! : tm.IsDst >= 0 ? (tm.IsDst != 0 ? ctx.DstName : ctx.StdName) : "";
                Text(sb, zone, d, swapToUpper: false);
                return true;
            }
            case 'c': Sub(sb, "%a %b %e %H:%M:%S %Y", d, tm, ctx); return true;
            case 'D':
            case 'x': Sub(sb, "%m/%d/%y", d, tm, ctx); return true;
            case 'F': Sub(sb, "%Y-%m-%d", d, tm, ctx); return true;
            case 'r': Sub(sb, "%I:%M:%S %p", d, tm, ctx); return true;
            case 'R': Sub(sb, "%H:%M", d, tm, ctx); return true;
            case 'T':
            case 'X': Sub(sb, "%H:%M:%S", d, tm, ctx); return true;
            case 'C': Number(sb, FloorDiv(year, 100), 1, d); return true;
            case 'y': Number(sb, FloorMod(year, 100), 2, d); return true;
            case 'Y': Number(sb, year, 1, d); return true;
            case 'd': Number(sb, tm.MDay, 2, d); return true;
            case 'e': Number(sb, tm.MDay, 2, SpacePadded(d)); return true;
            case 'H': Number(sb, tm.Hour, 2, d); return true;
            case 'k': Number(sb, tm.Hour, 2, SpacePadded(d)); return true;
            case 'I': Number(sb, Hour12(tm.Hour), 2, d); return true;
            case 'l': Number(sb, Hour12(tm.Hour), 2, SpacePadded(d)); return true;
            case 'j': Number(sb, tm.YDay + 1L, 3, d); return true;
            case 'm': Number(sb, tm.Mon + 1L, 2, d); return true;
            case 'M': Number(sb, tm.Min, 2, d); return true;
            case 'S': Number(sb, tm.Sec, 2, d); return true;
            case 's': Number(sb, ctx.MkTime(tm), 1, d); return true;
            case 'u': Number(sb, (tm.WDay - 1 + 7) % 7 + 1, 1, d); return true;
            case 'w': Number(sb, tm.WDay, 1, d); return true;
            case 'U': Number(sb, (tm.YDay - tm.WDay + 7) / 7, 2, d); return true;
            case 'W': Number(sb, (tm.YDay - (tm.WDay - 1 + 7) % 7 + 7) / 7, 2, d); return true;
            case 'G':
            case 'g':
            case 'V':
            {
                var (isoYear, week) = IsoWeek(year, tm.YDay, tm.WDay);
                if (conv == 'G') Number(sb, isoYear, 1, d);
                else if (conv == 'g') Number(sb, FloorMod(isoYear, 100), 2, d);
                else Number(sb, week, 2, d);
                return true;
            }
            case 'z':
            {
                if (tm.IsDst < 0) return true;
                long diff = tm.GmtOff;
                Pad(sb, diff < 0 ? "-" : "+", d.Width, d.Pad);
                diff = Math.Abs(diff) / 60;
                Number(sb, diff / 60 * 100 + diff % 60, 4, d);
                return true;
            }
            default:
                return false;
        }
    }

    static long Hour12(int hour)
    {
        int h = hour % 12;
        return h == 0 ? 12 : h;
    }

    static Directive SpacePadded(Directive d) => d.Pad == '\0' ? d with { Pad = '_' } : d;

    static long FloorDiv(long a, long b) => a / b - (a % b != 0 && (a < 0) != (b < 0) ? 1 : 0);
    static long FloorMod(long a, long b) => a - FloorDiv(a, b) * b;

    /// <summary>ISO 8601 year and week of a day (glibc's iso_week_days).</summary>
    static (long Year, long Week) IsoWeek(long year, int yday, int wday)
    {
        static int IsoWeekDays(int yd, int wd)
        {
            const int BigEnoughMultipleOf7 = (366 / 7 + 2) * 7;
            return yd - (yd - wd + 4 + BigEnoughMultipleOf7) % 7 + 4 - 1;
        }
        int days = IsoWeekDays(yday, wday);
        long adjust = 0;
        if (days < 0)
        {
            adjust = -1;
            days = IsoWeekDays(yday + 365 + (CivilCalendar.IsLeap(year - 1) ? 1 : 0), wday);
        }
        else
        {
            int next = IsoWeekDays(yday - (365 + (CivilCalendar.IsLeap(year) ? 1 : 0)), wday);
            if (next >= 0)
            {
                adjust = 1;
                days = next;
            }
        }
        return (year + adjust, days / 7 + 1);
    }

    /// <summary>glibc's add(): pads to the width with zeros for the 0 flag, spaces otherwise.</summary>
    static void Pad(StringBuilder sb, string s, int width, char pad)
    {
        if (width > s.Length) sb.Append(pad == '0' ? '0' : ' ', width - s.Length);
        sb.Append(s);
    }

    static void Text(StringBuilder sb, string s, Directive d, bool swapToUpper)
    {
        if (d.SwapCase) s = swapToUpper ? s.ToUpperInvariant() : s.ToLowerInvariant();
        else if (d.Upper) s = s.ToUpperInvariant();
        Pad(sb, s, d.Width, d.Pad);
    }

    static void Sub(StringBuilder sb, string format, Directive d, in BrokenDownTime tm, Context ctx)
    {
        var inner = new StringBuilder();
        Append(inner, format, tm, ctx);
        string s = inner.ToString();
        if (d.Upper) s = s.ToUpperInvariant();
        Pad(sb, s, d.Width, d.Pad);
    }

    /// <summary>glibc's DO_NUMBER: at least <paramref name="digits"/> digits (or the width), zeros after the sign or spaces before it.</summary>
    static void Number(StringBuilder sb, long value, int digits, Directive d)
    {
        if (d.Width > digits) digits = d.Width;
        string magnitude = value < 0 ? ((ulong)-(value + 1) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)
            : value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        string sign = value < 0 ? "-" : "";
        string s;
        int padding = digits - (magnitude.Length + sign.Length);
        if (d.Pad == '-' || padding <= 0) s = sign + magnitude;
        else if (d.Pad == '_') s = new string(' ', padding) + sign + magnitude;
        else s = sign + new string('0', padding) + magnitude;
        Pad(sb, s, d.Width, d.Pad);
    }
}
