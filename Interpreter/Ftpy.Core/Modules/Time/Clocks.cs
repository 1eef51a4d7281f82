using System.Diagnostics;

namespace Ftpy.Modules.Time;

/// <summary>
/// The clocks behind time(), monotonic(), perf_counter(), process_time() and thread_time(), in
/// nanoseconds. On Unix they are the POSIX clocks CPython reads; elsewhere .NET's equivalents.
/// </summary>
public static class Clocks
{
    public enum Kind { Time, Monotonic, PerfCounter, ProcessTime, ThreadTime }

    public static long Nanoseconds(Kind kind)
    {
        if (LibC.Available && LibC.TryGetTime(ClockId(kind), out long ns)) return ns;
        return kind switch
        {
            Kind.Time => (DateTime.UtcNow.Ticks - DateTime.UnixEpoch.Ticks) * 100,
            Kind.Monotonic or Kind.PerfCounter => StopwatchNanoseconds(),
            _ => Process.GetCurrentProcess().TotalProcessorTime.Ticks * 100,
        };
    }

    static long StopwatchNanoseconds()
    {
        long t = Stopwatch.GetTimestamp();
        return Stopwatch.Frequency == 1_000_000_000 ? t : (long)((Int128)t * 1_000_000_000 / Stopwatch.Frequency);
    }

    static int ClockId(Kind kind) => kind switch
    {
        Kind.Time => LibC.Realtime,
        Kind.Monotonic or Kind.PerfCounter => LibC.Monotonic,
        Kind.ProcessTime => LibC.ProcessCpu,
        _ => LibC.ThreadCpu,
    };

    /// <summary>What get_clock_info reports: implementation, monotonic, adjustable, resolution.</summary>
    public static (string Implementation, bool Monotonic, bool Adjustable, double Resolution) Info(Kind kind)
    {
        if (LibC.Available && LibC.TryGetResolution(ClockId(kind), out long s, out long ns))
        {
            string name = kind switch
            {
                Kind.Time => "CLOCK_REALTIME",
                Kind.Monotonic or Kind.PerfCounter => "CLOCK_MONOTONIC",
                Kind.ProcessTime => "CLOCK_PROCESS_CPUTIME_ID",
                _ => "CLOCK_THREAD_CPUTIME_ID",
            };
            return ($"clock_gettime({name})", kind != Kind.Time, kind == Kind.Time, s + ns * 1e-09);
        }
        return kind switch
        {
            Kind.Time => ("GetSystemTimePreciseAsFileTime()", false, true, 1e-07),
            Kind.Monotonic or Kind.PerfCounter => ("QueryPerformanceCounter()", true, false, 1.0 / Stopwatch.Frequency),
            Kind.ProcessTime => ("GetProcessTimes()", true, false, 1e-07),
            _ => ("GetThreadTimes()", true, false, 1e-07),
        };
    }
}
