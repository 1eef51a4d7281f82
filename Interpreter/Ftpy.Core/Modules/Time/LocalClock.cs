namespace Ftpy.Modules.Time;

/// <summary>
/// Local time: localtime, mktime and the time-zone constants. Through the C library on Unix
/// (what CPython does); through TimeZoneInfo where there is none.
/// </summary>
public static class LocalClock
{
    /// <summary>localtime_r: false when the result does not fit struct tm.</summary>
    public static bool TryLocalTime(long seconds, out BrokenDownTime tm)
    {
        if (LibC.Available) return LibC.TryLocalTime(seconds, out tm);
        tm = default;
        if (seconds < -62135596800L || seconds > 253402300799L) return false;
        var utc = DateTime.UnixEpoch.AddSeconds(seconds);
        var zone = TimeZoneInfo.Local;
        var offset = zone.GetUtcOffset(utc);
        CivilCalendar.TryUtcFromSeconds(seconds + (long)offset.TotalSeconds, out tm);
        bool dst = zone.IsDaylightSavingTime(utc);
        tm.IsDst = dst ? 1 : 0;
        tm.GmtOff = (long)offset.TotalSeconds;
        tm.Zone = dst ? zone.DaylightName : zone.StandardName;
        return true;
    }

    /// <summary>mktime: the local broken-down time as seconds since the epoch, normalizing the fields.</summary>
    public static bool TryMkTime(ref BrokenDownTime tm, out long seconds)
    {
        if (LibC.Available) return LibC.TryMkTime(ref tm, out seconds);
        long local = CivilCalendar.SecondsFromUtc(tm);
        var zone = TimeZoneInfo.Local;
        seconds = local;
        if (local < -62135596800L || local > 253402300799L) return false;
        var offset = zone.GetUtcOffset(DateTime.SpecifyKind(DateTime.UnixEpoch.AddSeconds(local), DateTimeKind.Unspecified));
        seconds = local - (long)offset.TotalSeconds;
        return TryLocalTime(seconds, out tm);
    }

    public static void TzSet()
    {
        if (LibC.Available) LibC.TzSet();
        else TimeZoneInfo.ClearCachedData();
    }

    /// <summary>
    /// CPython's init_timezone on platforms like glibc: the zones in effect in January and in
    /// July of the current year; the one with the larger UTC offset west is standard time
    /// (the southern hemisphere has its summer in January).
    /// </summary>
    public static (long Timezone, long Altzone, bool Daylight, string StdName, string DstName) Zones()
    {
        const long Year = (365 * 24 + 6) * 3600;
        long now = (Clocks.Nanoseconds(Clocks.Kind.Time) / 1_000_000_000);
        long t = now / Year * Year;
        TryLocalTime(t, out var jan);
        TryLocalTime(t + Year / 2, out var jul);
        long janZone = -jan.GmtOff, julZone = -jul.GmtOff;
        string janName = Truncate(jan.Zone ?? ""), julName = Truncate(jul.Zone ?? "");
        if (janZone < julZone) return (julZone, janZone, janZone != julZone, julName, janName);
        return (janZone, julZone, janZone != julZone, janName, julName);
    }

    /// <summary>CPython keeps at most 9 bytes of each zone name.</summary>
    static string Truncate(string name) => name.Length > 9 ? name[..9] : name;
}
