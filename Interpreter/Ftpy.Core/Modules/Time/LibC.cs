using System.Runtime.InteropServices;

namespace Ftpy.Modules.Time;

/// <summary>
/// The C library's clocks and time-zone functions on Unix (Linux, macOS), called directly as
/// CPython calls them, so clock readings, local time, mktime and time-zone names agree with
/// CPython on the same machine. <see cref="Available"/> is false elsewhere (Windows), where
/// the callers use .NET's clocks and TimeZoneInfo instead.
/// Invariant: struct tm is read and written only through <see cref="NativeTm"/>, whose layout
/// is glibc's and macOS's on 64-bit platforms (nine ints, long tm_gmtoff, char* tm_zone).
/// </summary>
public static unsafe class LibC
{
    [StructLayout(LayoutKind.Sequential)]
    struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [StructLayout(LayoutKind.Sequential)]
    struct NativeTm
    {
        public int Sec, Min, Hour, MDay, Mon, Year, WDay, YDay, IsDst;
        public nint GmtOff;
        public nint Zone;
    }

    static readonly nint Library = Load();

    public static bool Available => Library != 0;

    static readonly delegate* unmanaged<int, TimeSpec*, int> ClockGetTimePtr = (delegate* unmanaged<int, TimeSpec*, int>)Export("clock_gettime");
    static readonly delegate* unmanaged<int, TimeSpec*, int> ClockSetTimePtr = (delegate* unmanaged<int, TimeSpec*, int>)Export("clock_settime");
    static readonly delegate* unmanaged<int*> ErrnoPtr = (delegate* unmanaged<int*>)Export(OperatingSystem.IsLinux() ? "__errno_location" : "__error");
    static readonly delegate* unmanaged<int, nint> StrErrorPtr = (delegate* unmanaged<int, nint>)Export("strerror");
    static readonly delegate* unmanaged<int, TimeSpec*, int> ClockGetResPtr = (delegate* unmanaged<int, TimeSpec*, int>)Export("clock_getres");
    static readonly delegate* unmanaged<long*, NativeTm*, NativeTm*> LocalTimePtr = (delegate* unmanaged<long*, NativeTm*, NativeTm*>)Export("localtime_r");
    static readonly delegate* unmanaged<NativeTm*, long> MkTimePtr = (delegate* unmanaged<NativeTm*, long>)Export("mktime");
    static readonly delegate* unmanaged<void> TzSetPtr = (delegate* unmanaged<void>)Export("tzset");

    static nint Load()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS() && !OperatingSystem.IsFreeBSD()) return 0;
        string name = OperatingSystem.IsMacOS() ? "/usr/lib/libSystem.dylib" : OperatingSystem.IsLinux() ? "libc.so.6" : "libc.so.7";
        return NativeLibrary.TryLoad(name, out var handle) ? handle : 0;
    }

    static nint Export(string name) =>
        Library != 0 && NativeLibrary.TryGetExport(Library, name, out var p) ? p : 0;

    /// <summary>POSIX clock ids of this platform (CLOCK_REALTIME ... CLOCK_THREAD_CPUTIME_ID).</summary>
    public static int Realtime => 0;
    public static int Monotonic => OperatingSystem.IsMacOS() ? 6 : 1;
    public static int ProcessCpu => OperatingSystem.IsMacOS() ? 12 : OperatingSystem.IsFreeBSD() ? 15 : 2;
    public static int ThreadCpu => OperatingSystem.IsMacOS() ? 16 : OperatingSystem.IsFreeBSD() ? 14 : 3;

    /// <summary>clock_gettime in nanoseconds; false if the clock does not exist.</summary>
    public static bool TryGetTime(int clock, out long nanoseconds)
    {
        TimeSpec ts;
        if (ClockGetTimePtr == null || ClockGetTimePtr(clock, &ts) != 0)
        {
            nanoseconds = 0;
            return false;
        }
        nanoseconds = ts.Seconds * 1_000_000_000 + ts.Nanoseconds;
        return true;
    }

    /// <summary>clock_settime; on failure the C library's errno and its message.</summary>
    public static bool TrySetTime(int clock, long seconds, long nanoseconds, out int errno, out string message)
    {
        var ts = new TimeSpec { Seconds = seconds, Nanoseconds = nanoseconds };
        errno = 0;
        message = "";
        if (ClockSetTimePtr != null && ClockSetTimePtr(clock, &ts) == 0) return true;
        errno = ErrnoPtr != null ? *ErrnoPtr() : 22;
        message = StrErrorPtr != null ? Marshal.PtrToStringUTF8(StrErrorPtr(errno)) ?? "" : "Invalid argument";
        return false;
    }

    /// <summary>clock_getres in seconds; false if the clock does not exist.</summary>
    public static bool TryGetResolution(int clock, out long seconds, out long nanoseconds)
    {
        TimeSpec ts;
        if (ClockGetResPtr == null || ClockGetResPtr(clock, &ts) != 0)
        {
            seconds = nanoseconds = 0;
            return false;
        }
        seconds = ts.Seconds;
        nanoseconds = ts.Nanoseconds;
        return true;
    }

    /// <summary>localtime_r; false on EOVERFLOW.</summary>
    public static bool TryLocalTime(long seconds, out BrokenDownTime tm)
    {
        NativeTm native;
        if (LocalTimePtr(&seconds, &native) == null)
        {
            tm = default;
            return false;
        }
        tm = FromNative(native);
        return true;
    }

    /// <summary>mktime: normalizes <paramref name="tm"/> in place; false when the result is out of range.</summary>
    public static bool TryMkTime(ref BrokenDownTime tm, out long seconds)
    {
        var native = ToNative(tm);
        native.WDay = -1;
        seconds = MkTimePtr(&native);
        if (seconds == -1 && native.WDay == -1) return false;
        tm = FromNative(native);
        return true;
    }

    public static void TzSet()
    {
        if (TzSetPtr != null) TzSetPtr();
    }

    static BrokenDownTime FromNative(in NativeTm n) => new()
    {
        Sec = n.Sec, Min = n.Min, Hour = n.Hour, MDay = n.MDay, Mon = n.Mon, Year = n.Year,
        WDay = n.WDay, YDay = n.YDay, IsDst = n.IsDst, GmtOff = n.GmtOff,
        Zone = n.Zone == 0 ? null : Marshal.PtrToStringUTF8(n.Zone),
    };

    static NativeTm ToNative(in BrokenDownTime t) => new()
    {
        Sec = t.Sec, Min = t.Min, Hour = t.Hour, MDay = t.MDay, Mon = t.Mon, Year = t.Year,
        WDay = t.WDay, YDay = t.YDay, IsDst = t.IsDst, GmtOff = (nint)t.GmtOff, Zone = 0,
    };
}
