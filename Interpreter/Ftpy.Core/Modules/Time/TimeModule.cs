using Ftpy.Execution;
using Ftpy.Objects;
using Ftpy.Runtime;

namespace Ftpy.Modules.Time;

using Math = System.Math;

/// <summary>
/// The time module: clocks, sleep, struct_time conversions (gmtime, localtime, mktime),
/// strftime/strptime, asctime/ctime and the time-zone constants, with CPython's argument
/// conversions and messages.
/// </summary>
public static partial class TimeModule
{
    static readonly string[] s_fields =
        { "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff" };

    static PyType? s_structTime;
    static readonly object s_lock = new();

    /// <summary>time.struct_time (process-wide, like every builtin type).</summary>
    public static PyType StructTime
    {
        get
        {
            if (s_structTime is not null) return s_structTime;
            lock (s_lock) return s_structTime ??= StructSeq.Create("time.struct_time", s_fields, sequenceFields: 9);
        }
    }

    const long NanosecondsPerSecond = 1_000_000_000;

    public static PyModule Create(InterpreterState interp)
    {
        var m = new PyModule("time");
        m.Add("__doc__", PyStr.From("This module provides various functions to manipulate time values."));
        m.Add("struct_time", StructTime);
        m.Add("_STRUCT_TM_ITEMS", PyInt.From(11));
        SetZoneConstants(m);
        AddClock(m, "time", Clocks.Kind.Time);
        AddClock(m, "monotonic", Clocks.Kind.Monotonic);
        AddClock(m, "perf_counter", Clocks.Kind.PerfCounter);
        AddClock(m, "process_time", Clocks.Kind.ProcessTime);
        AddClock(m, "thread_time", Clocks.Kind.ThreadTime);
        if (LibC.Available) AddPosixClocks(m);

        m.AddFunction(new MethodDef("sleep", (PyObject self, PyObject secs) => Sleep(secs), Doc("sleep")));
        m.AddFunction(new MethodDef("get_clock_info", (PyObject self, PyObject name) => ClockInfo(name), Doc("get_clock_info")));
        m.AddFunction(new MethodDef("gmtime", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            ArgParser.CheckPositional("gmtime", a, 0, 1);
            long t = SecondsArgument(a);
            if (!CivilCalendar.TryUtcFromSeconds(t, out var tm)) throw Overflow();
            return ToStructTime(tm);
        }, Doc("gmtime")));
        m.AddFunction(new MethodDef("localtime", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            ArgParser.CheckPositional("localtime", a, 0, 1);
            return ToStructTime(Local(SecondsArgument(a)));
        }, Doc("localtime")));
        m.AddFunction(new MethodDef("mktime", (PyObject self, PyObject tuple) =>
        {
            var tm = FromTuple(tuple, "mktime");
            if (!LocalClock.TryMkTime(ref tm, out long seconds)) throw PyErr.OverflowError("mktime argument out of range");
            return PyFloat.From(seconds);
        }, Doc("mktime")));
        m.AddFunction(new MethodDef("asctime", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            ArgParser.CheckPositional("asctime", a, 0, 1);
            var tm = a.Length == 0 ? Local(Now()) : CheckedTuple(a[0], "asctime");
            return PyStr.From(AscTime(tm));
        }, Doc("asctime")));
        m.AddFunction(new MethodDef("ctime", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            ArgParser.CheckPositional("ctime", a, 0, 1);
            return PyStr.From(AscTime(Local(SecondsArgument(a))));
        }, Doc("ctime")));
        m.AddFunction(new MethodDef("strftime", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            ArgParser.CheckPositional("strftime", a, 1, 2);
            if (a[0] is not PyStr format) throw PyErr.TypeError($"strftime() argument 1 must be str, not {a[0].ob_type.ShortName}");
            var tm = a.Length == 1 ? Local(Now()) : CheckedTuple(a[1], "strftime");
            tm.IsDst = Math.Clamp(tm.IsDst, -1, 1);
            if (format.Value.Contains('\0')) throw PyErr.ValueError("embedded null character");
            var zones = LocalClock.Zones();
            var context = new StrFTime.Context(zones.StdName, zones.DstName, MkTimeForFormat);
            return PyStr.From(StrFTime.Format(format.Value, tm, context));
        }, Doc("strftime")));
        m.AddFunction(new MethodDef("strptime", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            if (a.Length == 0) throw PyErr.TypeError("_strptime_time() missing 1 required positional argument: 'data_string'");
            if (a.Length > 2) throw PyErr.TypeError($"_strptime_time() takes from 1 to 2 positional arguments but {a.Length} were given");
            for (int i = 0; i < a.Length; i++)
                if (a[i] is not PyStr) throw PyErr.TypeError($"strptime() argument {i} must be str, not {Py.ReprString(a[i].ob_type)}");
            var data = (PyStr)a[0];
            var format = a.Length > 1 ? (PyStr)a[1] : null;
            string formatText = format?.Value ?? "%a %b %d %H:%M:%S %Y";
            var zones = LocalClock.Zones();
            var r = StrPTime.Parse(data.Value, formatText, zones.StdName, zones.DstName, zones.Daylight,
                Py.ReprString(data), format is null ? "'" + formatText + "'" : Py.ReprString(format));
            return StructSeq.Make(StructTime, PyInt.From(r.Year), PyInt.From(r.Month), PyInt.From(r.Day), PyInt.From(r.Hour),
                PyInt.From(r.Minute), PyInt.From(r.Second), PyInt.From(r.Weekday), PyInt.From(r.YearDay), PyInt.From(r.IsDst),
                r.Zone is null ? PyNone.Instance : PyStr.From(r.Zone), r.GmtOff is null ? PyNone.Instance : PyInt.From(r.GmtOff.Value));
        }, Doc("strptime")));
        m.AddFunction(new MethodDef("tzset", (PyObject self) =>
        {
            LocalClock.TzSet();
            SetZoneConstants(m);
            return PyNone.Instance;
        }, Doc("tzset")));
        return m;
    }


    static void SetZoneConstants(PyModule m)
    {
        var (timezone, altzone, daylight, std, dst) = LocalClock.Zones();
        m.Add("timezone", PyInt.From(timezone));
        m.Add("altzone", PyInt.From(altzone));
        m.Add("daylight", PyInt.From(daylight ? 1 : 0));
        var names = PyTuple.Steal(new PyObject[] { PyStr.From(std), PyStr.From(dst) });
        m.Add("tzname", names);
        Py.Decref(names);
    }

    static void AddClock(PyModule m, string name, Clocks.Kind kind)
    {
        m.AddFunction(new MethodDef(name, (PyObject self) => PyFloat.From(Seconds(Clocks.Nanoseconds(kind))), Doc(name)));
        m.AddFunction(new MethodDef(name + "_ns", (PyObject self) => PyInt.From(Clocks.Nanoseconds(kind)), Doc(name + "_ns")));
    }

    /// <summary>_PyTime_AsSecondsDouble: whole seconds and the remainder converted separately, so large values stay exact.</summary>
    static double Seconds(long ns)
    {
        if (ns % NanosecondsPerSecond == 0) return ns / NanosecondsPerSecond;
        return ns / 1e9;
    }

    static void AddPosixClocks(PyModule m)
    {
        var ids = OperatingSystem.IsLinux()
            ? new (string, int)[] { ("CLOCK_REALTIME", 0), ("CLOCK_MONOTONIC", 1), ("CLOCK_PROCESS_CPUTIME_ID", 2), ("CLOCK_THREAD_CPUTIME_ID", 3), ("CLOCK_MONOTONIC_RAW", 4), ("CLOCK_BOOTTIME", 7), ("CLOCK_TAI", 11) }
            : new (string, int)[] { ("CLOCK_REALTIME", LibC.Realtime), ("CLOCK_MONOTONIC", LibC.Monotonic), ("CLOCK_PROCESS_CPUTIME_ID", LibC.ProcessCpu), ("CLOCK_THREAD_CPUTIME_ID", LibC.ThreadCpu) };
        foreach (var (name, id) in ids) m.Add(name, PyInt.From(id));
        m.AddFunction(new MethodDef("clock_gettime", (PyObject self, PyObject clk) =>
            PyFloat.From(Seconds(ReadClock(clk))), Doc("clock_gettime")));
        m.AddFunction(new MethodDef("clock_gettime_ns", (PyObject self, PyObject clk) =>
            PyInt.From(ReadClock(clk)), Doc("clock_gettime_ns")));
        m.AddFunction(new MethodDef("clock_settime", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            ArgParser.CheckPositional("clock_settime", a, 2, 2);
            int id = ClockIdArgument(a[0]);
            long ns = FloorNanoseconds(a[1]);
            return SetClock(id, ns);
        }, Doc("clock_settime")));
        m.AddFunction(new MethodDef("clock_settime_ns", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            ArgParser.CheckPositional("clock_settime_ns", a, 2, 2);
            int id = ClockIdArgument(a[0]);
            var index = Py.Index(a[1]);
            long ns;
            try { ns = index.IsBig ? throw PyErr.OverflowError("timestamp too large to convert to C PyTime_t") : index.Small; }
            finally { Py.Decref(index); }
            return SetClock(id, ns);
        }, Doc("clock_settime_ns")));
        m.AddFunction(new MethodDef("clock_getres", (PyObject self, PyObject clk) =>
        {
            if (!LibC.TryGetResolution(ClockIdArgument(clk), out long s, out long ns)) throw InvalidArgument();
            return PyFloat.From(s + ns * 1e-09);
        }, Doc("clock_getres")));
    }

    static int ClockIdArgument(PyObject clk)
    {
        long id = Py.AsLong(clk);
        if (id < int.MinValue || id > int.MaxValue) throw PyErr.OverflowError(id > 0 ? "signed integer is greater than maximum" : "signed integer is less than minimum");
        return (int)id;
    }

    static PyObject SetClock(int id, long ns)
    {
        long seconds = Math.DivRem(ns, NanosecondsPerSecond, out long rest);
        if (rest < 0)
        {
            seconds--;
            rest += NanosecondsPerSecond;
        }
        if (!LibC.TrySetTime(id, seconds, rest, out int errno, out string message)) throw OsError(errno, message);
        return PyNone.Instance;
    }

    /// <summary>Seconds (float or int) as nanoseconds, rounding floats down (_PyTime_ROUND_FLOOR).</summary>
    static long FloorNanoseconds(PyObject secs)
    {
        if (secs is PyFloat f)
        {
            double d = f.Value;
            if (double.IsNaN(d)) throw PyErr.ValueError("Invalid value NaN (not a number)");
            d = Math.Floor(d * 1e9);
            if (!(d >= -9.2233720368547758e18 && d < 9.2233720368547758e18))
                throw PyErr.OverflowError("timestamp out of range for platform time_t");
            return (long)d;
        }
        var index = Py.Index(secs);
        try
        {
            if (index.IsBig || index.Small > long.MaxValue / NanosecondsPerSecond || index.Small < long.MinValue / NanosecondsPerSecond)
                throw PyErr.OverflowError("timestamp too large to convert to C PyTime_t");
            return index.Small * NanosecondsPerSecond;
        }
        finally { Py.Decref(index); }
    }

    static long ReadClock(PyObject clk) =>
        LibC.TryGetTime(ClockIdArgument(clk), out long ns) ? ns : throw InvalidArgument();

    static PyException OsError(int errno, string message)
    {
        var args = PyTuple.Steal(new PyObject[] { PyInt.From(errno), PyStr.From(message) });
        try { return new PyException(ExceptionObjects.Instantiate(ExceptionTypes.OSError, args)); }
        finally { Py.Decref(args); }
    }

    static PyException InvalidArgument() => OsError(22, "Invalid argument");

    /// <summary>EOVERFLOW from gmtime_r/localtime_r.</summary>
    static PyException Overflow() => OperatingSystem.IsMacOS() ? OsError(84, "Value too large to be stored in data type") : OsError(75, "Value too large for defined data type");

    static PyObject ClockInfo(PyObject name)
    {
        if (name is not PyStr s) throw PyErr.TypeError($"get_clock_info() argument must be str, not {name.ob_type.ShortName}");
        Clocks.Kind kind = s.Value switch
        {
            "time" => Clocks.Kind.Time,
            "monotonic" => Clocks.Kind.Monotonic,
            "perf_counter" => Clocks.Kind.PerfCounter,
            "process_time" => Clocks.Kind.ProcessTime,
            "thread_time" => Clocks.Kind.ThreadTime,
            _ => throw PyErr.ValueError("unknown clock"),
        };
        var (implementation, monotonic, adjustable, resolution) = Clocks.Info(kind);
        var ns = new PyNamespace(PyNamespace.Type);
        var impl = PyStr.From(implementation);
        ns.Dict.SetItem("implementation", impl);
        Py.Decref(impl);
        ns.Dict.SetItem("monotonic", PyBool.From(monotonic));
        ns.Dict.SetItem("adjustable", PyBool.From(adjustable));
        var r = PyFloat.From(resolution);
        ns.Dict.SetItem("resolution", r);
        Py.Decref(r);
        return ns;
    }

    /// <summary>
    /// time.sleep: seconds as a float (rounded up to whole nanoseconds) or an int via __index__,
    /// waited for through <see cref="Blocking"/>; an interruption runs the pending handlers,
    /// which may raise, and the sleep then continues for the time that is left.
    /// </summary>
    static PyObject Sleep(PyObject secs)
    {
        long ns = TimeoutNanoseconds(secs);
        if (ns < 0) throw PyErr.ValueError("sleep length must be non-negative");
        long deadline = Blocking.DeadlineAfter(ns / 1e9);
        var ts = ThreadState.Current;
        while (!Blocking.SleepUntil(deadline)) EvalBreaker.Handle(ts);
        return PyNone.Instance;
    }

    /// <summary>_PyTime_FromSecondsObject with _PyTime_ROUND_TIMEOUT.</summary>
    static long TimeoutNanoseconds(PyObject secs)
    {
        if (secs is PyFloat f)
        {
            double d = f.Value;
            if (double.IsNaN(d)) throw PyErr.ValueError("Invalid value NaN (not a number)");
            d *= 1e9;
            d = d >= 0 ? Math.Ceiling(d) : Math.Floor(d);
            if (!(d >= -9.2233720368547758e18 && d < 9.2233720368547758e18))
                throw PyErr.OverflowError("timestamp out of range for platform time_t");
            return (long)d;
        }
        var index = Py.Index(secs);
        try
        {
            if (index.IsBig || index.Small > long.MaxValue / NanosecondsPerSecond || index.Small < long.MinValue / NanosecondsPerSecond)
                throw PyErr.OverflowError("timestamp too large to convert to C PyTime_t");
            return index.Small * NanosecondsPerSecond;
        }
        finally { Py.Decref(index); }
    }

    static long Now() => Math.DivRem(Clocks.Nanoseconds(Clocks.Kind.Time), NanosecondsPerSecond) is var (q, r) && r < 0 ? q - 1 : q;

    /// <summary>The optional seconds argument of gmtime/localtime/ctime (_PyTime_ObjectToTime_t, rounding down).</summary>
    static long SecondsArgument(ReadOnlySpan<PyObject> a)
    {
        if (a.Length == 0 || a[0] is PyNone) return Now();
        var o = a[0];
        if (o is PyFloat f)
        {
            double d = f.Value;
            if (double.IsNaN(d)) throw PyErr.ValueError("Invalid value NaN (not a number)");
            d = Math.Floor(d);
            if (!(d >= -9.2233720368547758e18 && d < 9.2233720368547758e18))
                throw PyErr.OverflowError("timestamp out of range for platform time_t");
            return (long)d;
        }
        var index = Py.Index(o);
        try
        {
            if (index.IsBig) throw PyErr.OverflowError("timestamp out of range for platform time_t");
            return index.Small;
        }
        finally { Py.Decref(index); }
    }

    static BrokenDownTime Local(long seconds)
    {
        if (!LocalClock.TryLocalTime(seconds, out var tm)) throw Overflow();
        return tm;
    }

    /// <summary>%s of strftime: mktime of a copy (local time).</summary>
    static long MkTimeForFormat(BrokenDownTime tm) => LocalClock.TryMkTime(ref tm, out long s) ? s : -1;

    /// <summary>tmtotuple.</summary>
    static PyTuple ToStructTime(in BrokenDownTime tm) => StructSeq.MakeSteal(StructTime, new PyObject[]
    {
        PyInt.From(tm.FullYear), PyInt.From(tm.Mon + 1), PyInt.From(tm.MDay), PyInt.From(tm.Hour), PyInt.From(tm.Min),
        PyInt.From(tm.Sec), PyInt.From((tm.WDay + 6) % 7), PyInt.From(tm.YDay + 1), PyInt.From(tm.IsDst),
        tm.Zone is null ? PyNone.Instance : PyStr.From(tm.Zone), PyInt.From(tm.GmtOff),
    });

    /// <summary>gettmarg: a tuple (or struct_time) of nine C ints, converted to struct tm's conventions.</summary>
    static BrokenDownTime FromTuple(PyObject o, string function)
    {
        if (o is not PyTuple t) throw PyErr.TypeError("Tuple or struct_time argument required");
        if (t.Count != 9) throw PyErr.TypeError($"{function}(): illegal time tuple argument");
        var v = new int[9];
        for (int i = 0; i < 9; i++) v[i] = CInt(t.Items[i]);
        if (v[0] < int.MinValue + 1900) throw PyErr.OverflowError("year out of range");
        var tm = new BrokenDownTime
        {
            Year = v[0] - 1900, Mon = v[1] - 1, MDay = v[2], Hour = v[3], Min = v[4], Sec = v[5],
            WDay = (v[6] + 1) % 7, YDay = v[7] - 1, IsDst = v[8],
        };
        if (ReferenceEquals(o.ob_type, s_structTime))
        {
            var zone = Py.GetAttr(o, "tm_zone");
            try
            {
                if (zone is PyStr z) tm.Zone = z.Value;
                else if (zone is not PyNone) throw PyErr.TypeError($"bad argument type for built-in operation");
            }
            finally { Py.Decref(zone); }
            var gmtoff = Py.GetAttr(o, "tm_gmtoff");
            try
            {
                if (gmtoff is not PyNone) tm.GmtOff = Py.AsLong(gmtoff);
            }
            finally { Py.Decref(gmtoff); }
        }
        return tm;
    }

    /// <summary>PyArg_Parse's "i".</summary>
    static int CInt(PyObject o)
    {
        if (o is PyFloat) throw PyErr.TypeError("'float' object cannot be interpreted as an integer");
        long v = Py.AsLong(o);
        if (v > int.MaxValue) throw PyErr.OverflowError("signed integer is greater than maximum");
        if (v < int.MinValue) throw PyErr.OverflowError("signed integer is less than minimum");
        return (int)v;
    }

    /// <summary>gettmarg + checktm, as strftime and asctime use them.</summary>
    static BrokenDownTime CheckedTuple(PyObject o, string function)
    {
        var tm = FromTuple(o, function);
        if (tm.Mon == -1) tm.Mon = 0;
        else if (tm.Mon < 0 || tm.Mon > 11) throw PyErr.ValueError("month out of range");
        if (tm.MDay == 0) tm.MDay = 1;
        else if (tm.MDay < 0 || tm.MDay > 31) throw PyErr.ValueError("day of month out of range");
        if (tm.Hour < 0 || tm.Hour > 23) throw PyErr.ValueError("hour out of range");
        if (tm.Min < 0 || tm.Min > 59) throw PyErr.ValueError("minute out of range");
        if (tm.Sec < 0 || tm.Sec > 61) throw PyErr.ValueError("seconds out of range");
        if (tm.WDay < 0) throw PyErr.ValueError("day of week out of range");
        if (tm.YDay == -1) tm.YDay = 0;
        else if (tm.YDay < 0 || tm.YDay > 365) throw PyErr.ValueError("day of year out of range");
        return tm;
    }

    /// <summary>_asctime: "%s %s%3d %.2d:%.2d:%.2d %d".</summary>
    static string AscTime(in BrokenDownTime tm) =>
        $"{StrFTime.AbbreviatedDay(tm.WDay)} {StrFTime.AbbreviatedMonth(tm.Mon)}{tm.MDay,3} {tm.Hour:00}:{tm.Min:00}:{tm.Sec:00} {tm.FullYear}";
}
