namespace Ftpy.Modules.Time;

/// <summary>
/// C's struct tm, with C's conventions: <see cref="Mon"/> 0..11, <see cref="Year"/> counts from
/// 1900, <see cref="WDay"/> 0 = Sunday, <see cref="YDay"/> 0..365. Python's struct_time differs
/// (months from 1, years in full, Monday = 0, days of the year from 1); the time module
/// converts at its edges as CPython's tmtotuple and gettmarg do.
/// </summary>
public struct BrokenDownTime
{
    public int Sec, Min, Hour, MDay, Mon, Year, WDay, YDay, IsDst;
    public long GmtOff;
    public string? Zone;

    /// <summary>The full year (tm_year + 1900) without int overflow.</summary>
    public readonly long FullYear => Year + 1900L;
}

/// <summary>Proleptic Gregorian calendar arithmetic on day numbers relative to 1970-01-01.</summary>
public static class CivilCalendar
{
    public static bool IsLeap(long year) => year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);

    static readonly int[] s_daysBeforeMonth = { 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334 };

    public static int DaysInMonth(long year, int month) =>
        month == 2 ? (IsLeap(year) ? 29 : 28) : month is 4 or 6 or 9 or 11 ? 30 : 31;

    /// <summary>Days before the first of <paramref name="month"/> (1..12) in <paramref name="year"/>.</summary>
    public static int DaysBeforeMonth(long year, int month) => s_daysBeforeMonth[month - 1] + (month > 2 && IsLeap(year) ? 1 : 0);

    /// <summary>Day number (0 = 1970-01-01) of a civil date; month 1..12 (Howard Hinnant's days_from_civil).</summary>
    public static long DaysFromCivil(long year, long month, long day)
    {
        year -= month <= 2 ? 1 : 0;
        long era = (year >= 0 ? year : year - 399) / 400;
        long yoe = year - era * 400;
        long doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097 + doe - 719468;
    }

    /// <summary>The civil date of day number <paramref name="days"/> (0 = 1970-01-01).</summary>
    public static (long Year, int Month, int Day) CivilFromDays(long days)
    {
        days += 719468;
        long era = (days >= 0 ? days : days - 146096) / 146097;
        long doe = days - era * 146097;
        long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        long y = yoe + era * 400;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        int d = (int)(doy - (153 * mp + 2) / 5 + 1);
        int m = (int)(mp < 10 ? mp + 3 : mp - 9);
        return (m <= 2 ? y + 1 : y, m, d);
    }

    /// <summary>0 = Sunday, as C's tm_wday.</summary>
    public static int WeekdayFromDays(long days) => (int)(((days % 7) + 11) % 7);

    static long FloorDiv(long a, long b) => a / b - (a % b != 0 && (a < 0) != (b < 0) ? 1 : 0);

    /// <summary>gmtime_r: false when the year does not fit C's int tm_year (EOVERFLOW).</summary>
    public static bool TryUtcFromSeconds(long seconds, out BrokenDownTime tm)
    {
        tm = default;
        long days = FloorDiv(seconds, 86400);
        long rem = seconds - days * 86400;
        var (year, month, day) = CivilFromDays(days);
        long tmYear = year - 1900;
        if (tmYear < int.MinValue || tmYear > int.MaxValue) return false;
        tm.Year = (int)tmYear;
        tm.Mon = month - 1;
        tm.MDay = day;
        tm.Hour = (int)(rem / 3600);
        tm.Min = (int)(rem / 60 % 60);
        tm.Sec = (int)(rem % 60);
        tm.WDay = WeekdayFromDays(days);
        tm.YDay = DaysBeforeMonth(year, month) + day - 1;
        tm.IsDst = 0;
        tm.GmtOff = 0;
        tm.Zone = OperatingSystem.IsLinux() ? "GMT" : "UTC";
        return true;
    }

    /// <summary>timegm: seconds since the epoch of a broken-down UTC time, normalizing
    /// out-of-range fields as mktime does (months beyond 11 roll into years, and so on).</summary>
    public static long SecondsFromUtc(in BrokenDownTime tm)
    {
        long year = tm.FullYear + FloorDiv(tm.Mon, 12);
        int month = (int)(tm.Mon - FloorDiv(tm.Mon, 12) * 12) + 1;
        long days = DaysFromCivil(year, month, 1) + tm.MDay - 1;
        return days * 86400 + tm.Hour * 3600L + tm.Min * 60L + tm.Sec;
    }

    /// <summary>Recomputes weekday and day of year (and normalizes the rest) from seconds since the epoch.</summary>
    public static void Normalize(ref BrokenDownTime tm, long seconds)
    {
        TryUtcFromSeconds(seconds, out var n);
        n.IsDst = tm.IsDst;
        n.GmtOff = tm.GmtOff;
        n.Zone = tm.Zone;
        tm = n;
    }
}
