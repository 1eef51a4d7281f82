using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;
using Ftpy.Runtime;

namespace Ftpy.Modules.Time;

/// <summary>
/// time.strptime as CPython's _strptime module does it in the C locale: the format becomes a
/// regular expression (one named group per directive, whitespace matching any run of
/// whitespace, case-insensitive), the match must start at the beginning and consume the
/// whole string, and the fields are then completed (week numbers and weekdays give the day
/// of the year, the weekday is computed when missing). Error messages are _strptime's.
/// </summary>
public static class StrPTime
{
    /// <summary>The parsed fields: struct_time's eleven items (Zone and GmtOff may be null).</summary>
    public readonly record struct Result(long Year, int Month, int Day, int Hour, int Minute, int Second,
        int Weekday, int YearDay, int IsDst, string? Zone, long? GmtOff);

    static readonly string[] s_aWeekday = { "mon", "tue", "wed", "thu", "fri", "sat", "sun" };
    static readonly string[] s_fWeekday = { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday" };
    static readonly string[] s_aMonth = { "", "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec" };
    static readonly string[] s_fMonth = { "", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december" };

    static readonly ConcurrentDictionary<(string Format, string Std, string Dst, bool Daylight), Regex> s_cache = new();

    public static Result Parse(string data, string format, string stdName, string dstName, bool daylight, string dataRepr, string formatRepr)
    {
        var regex = s_cache.GetOrAdd((format, stdName, dstName, daylight), key => Compile(key.Format, key.Std, key.Dst, key.Daylight));
        var m = regex.Match(data);
        if (!m.Success) throw PyErr.ValueError($"time data {dataRepr} does not match format {formatRepr}");
        if (m.Length != data.Length) throw PyErr.ValueError($"unconverted data remains: {data[m.Length..]}");
        return Complete(m, stdName, dstName, daylight);
    }

    static string Alternatives(IEnumerable<string> names, string group)
    {
        var sorted = names.Where(n => n.Length > 0).OrderByDescending(n => n.Length).ToList();
        if (sorted.Count == 0) return "";
        return $"(?<{group}>{string.Join("|", sorted.Select(Regex.Escape))})";
    }

    static string Directive(char c, string std, string dst, bool daylight) => c switch
    {
        'd' => @"(?<d>3[01]|[12]\d|0[1-9]|[1-9]| [1-9])",
        'f' => @"(?<f>[0-9]{1,6})",
        'H' => @"(?<H>2[0-3]|[0-1]\d|\d)",
        'I' => @"(?<I>1[0-2]|0[1-9]|[1-9]| [1-9])",
        'G' => @"(?<G>\d\d\d\d)",
        'j' => @"(?<j>36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])",
        'm' => @"(?<m>1[0-2]|0[1-9]|[1-9])",
        'M' => @"(?<M>[0-5]\d|\d)",
        'S' => @"(?<S>6[0-1]|[0-5]\d|\d)",
        'U' => @"(?<U>5[0-3]|[0-4]\d|\d)",
        'W' => @"(?<W>5[0-3]|[0-4]\d|\d)",
        'w' => @"(?<w>[0-6])",
        'u' => @"(?<u>[1-7])",
        'V' => @"(?<V>5[0-3]|0[1-9]|[1-4]\d|\d)",
        'y' => @"(?<y>\d\d)",
        'Y' => @"(?<Y>\d\d\d\d)",
        'z' => @"(?<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z))",
        'A' => Alternatives(s_fWeekday, "A"),
        'a' => Alternatives(s_aWeekday, "a"),
        'B' => Alternatives(s_fMonth, "B"),
        'b' => Alternatives(s_aMonth, "b"),
        'p' => Alternatives(new[] { "am", "pm" }, "p"),
        'Z' => Alternatives(ZoneNames(std, dst, daylight).SelectMany(s => s), "Z"),
        '%' => "%",
        _ => throw new KeyNotFoundException(),
    };

    static HashSet<string>[] ZoneNames(string std, string dst, bool daylight) => new[]
    {
        new HashSet<string> { "utc", "gmt", std.ToLowerInvariant() },
        daylight ? new HashSet<string> { dst.ToLowerInvariant() } : new HashSet<string>(),
    };

    /// <summary>TimeRE.pattern + compile: escape regex syntax, turn whitespace runs into \s+, expand directives.</summary>
    static Regex Compile(string format, string std, string dst, bool daylight)
    {
        var escaped = new StringBuilder();
        foreach (char c in format)
        {
            if ("\\.^$*+?(){}[]|".Contains(c)) escaped.Append('\\');
            escaped.Append(c);
        }
        string f = Regex.Replace(escaped.ToString(), @"\s+", @"\s+");
        var pattern = new StringBuilder(@"\A(?:");
        int i = 0;
        while (true)
        {
            int percent = f.IndexOf('%', i);
            if (percent < 0)
            {
                pattern.Append(f, i, f.Length - i);
                break;
            }
            pattern.Append(f, i, percent - i);
            if (percent + 1 >= f.Length) throw PyErr.ValueError($"stray % in format '{format}'");
            char d = f[percent + 1];
            string expansion = d switch
            {
                'c' => ExpandComposite("%a %b %d %H:%M:%S %Y", std, dst, daylight, format),
                'x' => ExpandComposite("%m/%d/%y", std, dst, daylight, format),
                'X' => ExpandComposite("%H:%M:%S", std, dst, daylight, format),
                _ => Single(d, std, dst, daylight, format),
            };
            pattern.Append(expansion);
            i = percent + 2;
        }
        pattern.Append(')');
        return new Regex(pattern.ToString(), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    static string ExpandComposite(string sub, string std, string dst, bool daylight, string format)
    {
        string f = Regex.Replace(sub, @"\s+", @"\s+");
        var sb = new StringBuilder();
        for (int i = 0; i < f.Length; i++)
        {
            if (f[i] == '%') sb.Append(Single(f[++i], std, dst, daylight, format));
            else sb.Append(f[i]);
        }
        return sb.ToString();
    }

    static string Single(char d, string std, string dst, bool daylight, string format)
    {
        string expansion;
        try { expansion = Directive(d, std, dst, daylight); }
        catch (KeyNotFoundException)
        {
            string bad = d == '\\' ? "%" : d.ToString();
            throw PyErr.ValueError($"'{bad}' is a bad directive in format '{format}'");
        }
        return expansion;
    }

    static int ToInt(string digits)
    {
        int v = 0;
        foreach (char c in digits)
        {
            if (c == ' ') continue;
            v = v * 10 + (int)char.GetNumericValue(c);
        }
        return v;
    }

    static Result Complete(Match m, string std, string dst, bool daylight)
    {
        long? year = null;
        int? isoYear = null, isoWeek = null, weekday = null, julian = null, weekOfYear = null;
        int month = 1, day = 1, hour = 0, minute = 0, second = 0, tz = -1, weekOfYearStart = -1;
        long? gmtoff = null;
        string? zone = null;
        string? ampm = m.Groups["p"].Success ? m.Groups["p"].Value.ToLowerInvariant() : null;

        foreach (Group g in m.Groups)
        {
            if (!g.Success || g.Name.Length != 1) continue;
            string v = g.Value;
            switch (g.Name[0])
            {
                case 'y':
                    int yy = ToInt(v);
                    year = yy <= 68 ? yy + 2000 : yy + 1900;
                    break;
                case 'Y': year = ToInt(v); break;
                case 'G': isoYear = ToInt(v); break;
                case 'm': month = ToInt(v); break;
                case 'B': month = Array.IndexOf(s_fMonth, v.ToLowerInvariant()); break;
                case 'b': month = Array.IndexOf(s_aMonth, v.ToLowerInvariant()); break;
                case 'd': day = ToInt(v); break;
                case 'H': hour = ToInt(v); break;
                case 'I':
                    hour = ToInt(v);
                    if (ampm is null or "" or "am") { if (hour == 12) hour = 0; }
                    else if (ampm == "pm" && hour != 12) hour += 12;
                    break;
                case 'M': minute = ToInt(v); break;
                case 'S': second = ToInt(v); break;
                case 'A': weekday = Array.IndexOf(s_fWeekday, v.ToLowerInvariant()); break;
                case 'a': weekday = Array.IndexOf(s_aWeekday, v.ToLowerInvariant()); break;
                case 'w':
                    weekday = ToInt(v);
                    weekday = weekday == 0 ? 6 : weekday - 1;
                    break;
                case 'u': weekday = ToInt(v) - 1; break;
                case 'j': julian = ToInt(v); break;
                case 'U':
                case 'W':
                    weekOfYear = ToInt(v);
                    weekOfYearStart = g.Name[0] == 'U' ? 6 : 0;
                    break;
                case 'V': isoWeek = ToInt(v); break;
                case 'z': gmtoff = ParseOffset(v); break;
                case 'Z':
                {
                    string found = v.ToLowerInvariant();
                    var names = ZoneNames(std, dst, daylight);
                    for (int value = 0; value < names.Length; value++)
                    {
                        if (!names[value].Contains(found)) continue;
                        if (!(std == dst && daylight && found is not ("utc" or "gmt"))) tz = value;
                        break;
                    }
                    zone = v;
                    break;
                }
            }
        }

        if (year is null && isoYear is not null)
        {
            if (isoWeek is null || weekday is null)
                throw PyErr.ValueError("ISO year directive '%G' must be used with the ISO week directive '%V' and a weekday directive ('%A', '%a', '%w', or '%u').");
            if (julian is not null)
                throw PyErr.ValueError("Day of the year directive '%j' is not compatible with ISO year directive '%G'. Use '%Y' instead.");
        }
        else if (isoWeek is not null)
        {
            if (year is null || weekday is null)
                throw PyErr.ValueError("ISO week directive '%V' must be used with the ISO year directive '%G' and a weekday directive ('%A', '%a', '%w', or '%u').");
            throw PyErr.ValueError("ISO week directive '%V' is incompatible with the year directive '%Y'. Use the ISO year '%G' instead.");
        }

        bool leapYearFix = false;
        if (year is null && month == 2 && day == 29)
        {
            year = 1904;
            leapYearFix = true;
        }
        else year ??= 1900;
        long y = year.Value;

        if (julian is null && weekday is not null)
        {
            if (weekOfYear is not null)
                julian = JulianFromWeek(y, weekOfYear.Value, weekday.Value, weekOfYearStart == 0);
            else if (isoYear is not null && isoWeek is not null)
            {
                long ordinal = FromIsoCalendar(isoYear.Value, isoWeek.Value, weekday.Value + 1);
                var (iy, im, id) = CivilCalendar.CivilFromDays(ordinal);
                y = iy;
                month = im;
                day = id;
            }
            if (julian is not null && julian <= 0)
            {
                y -= 1;
                julian += CivilCalendar.IsLeap(y) ? 366 : 365;
            }
        }

        if (julian is null)
        {
            CheckDate(y, month, day);
            julian = CivilCalendar.DaysBeforeMonth(y, month) + day;
        }
        else
        {
            long days = CivilCalendar.DaysFromCivil(y, 1, 1) + julian.Value - 1;
            CheckYear(y);
            var (ny, nm, nd) = CivilCalendar.CivilFromDays(days);
            CheckYear(ny);
            y = ny;
            month = nm;
            day = nd;
        }
        weekday ??= (CivilCalendar.WeekdayFromDays(CivilCalendar.DaysFromCivil(y, month, day)) + 6) % 7;
        if (leapYearFix) y = 1900;
        return new Result(y, month, day, hour, minute, second, weekday.Value, julian.Value, tz, zone, gmtoff);
    }

    static void CheckYear(long year)
    {
        if (year < 1 || year > 9999) throw PyErr.ValueError($"year {year} is out of range");
    }

    /// <summary>datetime.date's argument checks.</summary>
    static void CheckDate(long year, int month, int day)
    {
        CheckYear(year);
        if (month < 1 || month > 12) throw PyErr.ValueError("month must be in 1..12");
        if (day < 1 || day > CivilCalendar.DaysInMonth(year, month)) throw PyErr.ValueError("day is out of range for month");
    }

    static int JulianFromWeek(long year, int weekOfYear, int dayOfWeek, bool weekStartsMonday)
    {
        int firstWeekday = (CivilCalendar.WeekdayFromDays(CivilCalendar.DaysFromCivil(year, 1, 1)) + 6) % 7;
        if (!weekStartsMonday)
        {
            firstWeekday = (firstWeekday + 1) % 7;
            dayOfWeek = (dayOfWeek + 1) % 7;
        }
        int week0Length = (7 - firstWeekday) % 7;
        if (weekOfYear == 0) return 1 + dayOfWeek - firstWeekday;
        return 1 + week0Length + 7 * (weekOfYear - 1) + dayOfWeek;
    }

    /// <summary>date.fromisocalendar(year, week, day) as a day number relative to 1970-01-01.</summary>
    static long FromIsoCalendar(int year, int week, int day)
    {
        if (year < 1 || year > 9999) throw PyErr.ValueError($"Year is out of range: {year}");
        if (week <= 0 || week >= 53)
        {
            bool outOfRange = true;
            if (week == 53)
            {
                // Only years starting on a Thursday, or leap years starting on a Wednesday, have 53 weeks.
                int first = CivilCalendar.WeekdayFromDays(CivilCalendar.DaysFromCivil(year, 1, 1));
                if (first == 4 || (first == 3 && CivilCalendar.IsLeap(year))) outOfRange = false;
            }
            if (outOfRange) throw PyErr.ValueError($"Invalid week: {week}");
        }
        if (day <= 0 || day >= 8) throw PyErr.ValueError($"Invalid weekday: {day} (range is [1, 7])");
        long jan4 = CivilCalendar.DaysFromCivil(year, 1, 4);
        int jan4Weekday = (CivilCalendar.WeekdayFromDays(jan4) + 6) % 7;
        long week1Monday = jan4 - jan4Weekday;
        return week1Monday + (week - 1) * 7 + (day - 1);
    }

    static long ParseOffset(string z)
    {
        if (z == "Z" || z == "z") return 0;
        string original = z;
        if (z[3] == ':')
        {
            z = z[..3] + z[4..];
            if (z.Length > 5)
            {
                if (z[5] != ':') throw PyErr.ValueError($"Inconsistent use of : in {original}");
                z = z[..5] + z[6..];
            }
        }
        int hours = ToInt(z[1..3]);
        int minutes = ToInt(z[3..5]);
        int seconds = z.Length >= 7 ? ToInt(z[5..7]) : 0;
        long offset = hours * 3600 + minutes * 60 + seconds;
        return z[0] == '-' ? -offset : offset;
    }
}
