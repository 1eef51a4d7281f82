using Ftpy.Execution;
using Ftpy.Objects;
using Ftpy.Parsing;
using Ftpy.Runtime;
using ThreadState = Ftpy.Runtime.ThreadState;

namespace Ftpy.Tests.Lifetimes;

/// <summary>
/// Runs Python programs inside the test process: each program gets its own
/// <see cref="InterpreterState"/> with captured stdin/stdout/stderr, and every interpreter runs
/// on one dedicated thread with a large stack (as the ftpy command's main thread), so object
/// accounting is exact and the thread's GC registry is reused rather than abandoned.
/// A program that runs past its time limit is stopped at its next eval-breaker check.
/// </summary>
public sealed class InProcessRunner : IDisposable
{
    public InterpreterState Interp { get; }
    readonly StringWriter _stdout = new();
    readonly StringWriter _stderr = new();
    readonly string _caseDirectory;

    public string Stdout => _stdout.ToString();
    public string Stderr => _stderr.ToString();

    InProcessRunner(InterpreterState interp, string caseDirectory, StringWriter stdout, StringWriter stderr)
    {
        Interp = interp;
        _stdout = stdout;
        _stderr = stderr;
        _caseDirectory = caseDirectory;
    }

    /// <summary>A fresh interpreter for <paramref name="c"/> (call on the interpreter thread).</summary>
    public static InProcessRunner Create(ConformanceCase c)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var options = new InterpreterOptions
        {
            Stdout = stdout,
            Stderr = stderr,
            Stdin = new StringReader(c.Stdin),
            HashSeed = "0",
            PathZero = c.Directory,
        };
        options.Argv.Clear();
        options.Argv.Add(c.FileName);
        options.Argv.AddRange(c.Args);
        var interp = new InterpreterState(options);
        interp.Attach();
        return new InProcessRunner(interp, c.Directory, stdout, stderr);
    }

    public void ClearOutput()
    {
        _stdout.GetStringBuilder().Clear();
        _stderr.GetStringBuilder().Clear();
    }

    /// <summary>Runs the program as __main__ as the ftpy command would (uncaught exceptions go
    /// through sys.excepthook, atexit callbacks run), then clears __main__'s namespace and
    /// collects. Returns the exit status.</summary>
    public int RunMain(string source, string fileName)
    {
        int status = 0;
        string saved = Directory.GetCurrentDirectory();
        Directory.SetCurrentDirectory(_caseDirectory);
        try
        {
            try
            {
                Interp.RunMain(source, fileName);
            }
            catch (SyntaxErrorException e)
            {
                status = HandleUncaught(Ftpy.Modules.SyntaxErrors.ToPython(e));
            }
            catch (PyException e)
            {
                status = HandleUncaught(e);
            }
            Ftpy.Modules.AtexitModule.RunExitFuncs(Interp);
            Interp.FlushAll();
            RestoreDispatchTable();
            RestoreSysPath();
            RestoreGcCallbacks();
            if (Interp.Modules.GetItemBorrowed(PyStr.Intern("__main__")) is PyModule main) ClearNamespace(main.Dict);
            Interp.Gc.Collect();
            Interp.FlushAll();
        }
        finally
        {
            Directory.SetCurrentDirectory(saved);
        }
        return status;
    }

    PyDict? _dispatchTable;

    /// <summary>As CPython's refleak runs (regrtest -R) do after every run, puts
    /// copyreg.dispatch_table back as the first run left it: a program's copyreg.pickle
    /// registrations are kept by the copyreg module, which outlives the program.</summary>
    void RestoreDispatchTable()
    {
        if (Interp.Modules.GetItemBorrowed(PyStr.Intern("copyreg")) is not PyModule m
            || m.Dict.GetItemBorrowed("dispatch_table") is not PyDict table) return;
        if (_dispatchTable is null)
        {
            _dispatchTable = table.Copy();
            return;
        }
        table.Clear();
        table.Update(_dispatchTable);
    }

    PyList? _sysPath;

    /// <summary>As CPython's regrtest does around every test (saved_test_environment), puts
    /// sys.path back as the first run left it: a program that inserts a directory into sys.path
    /// would otherwise add one more entry per run to the interpreter-wide list.</summary>
    void RestoreSysPath()
    {
        if (Interp.Sys.Dict.GetItemBorrowed("path") is not PyList path) return;
        if (_sysPath is null)
        {
            _sysPath = PyList.Create(path.AsSpan());
            return;
        }
        ListType.Clear(path);
        ListType.Extend(path, _sysPath);
    }

    PyList? _gcCallbacks;

    /// <summary>Puts gc.callbacks back as the first run left it: the list belongs to the
    /// interpreter's collector, so a program that registers a callback adds one per run.</summary>
    void RestoreGcCallbacks()
    {
        var callbacks = Interp.Gc.Callbacks;
        if (_gcCallbacks is null)
        {
            _gcCallbacks = PyList.Create(callbacks.AsSpan());
            return;
        }
        ListType.Clear(callbacks);
        ListType.Extend(callbacks, _gcCallbacks);
    }

    int HandleUncaught(PyException e)
    {
        var exc = e.TakeValue();
        try
        {
            if (exc.ob_type.IsSubtype(ExceptionTypes.SystemExit)) return 0;
            Interp.FlushStdout();
            var hook = Interp.Sys.Dict.GetItemBorrowed("excepthook");
            try
            {
                if (hook is null) throw PyErr.RuntimeError("lost sys.excepthook");
                Py.Decref(Py.Call(hook, exc.ob_type, exc, (PyObject?)exc.Traceback ?? PyNone.Instance));
            }
            catch (PyException hookError)
            {
                hookError.Release();
                Interp.WriteStderr(TracebackPrinter.Format(exc));
            }
            return 1;
        }
        finally { Py.Decref(exc); }
    }

    static void ClearNamespace(PyDict d)
    {
        foreach (var kv in d.Items())
        {
            if (kv.Key is PyStr k && k.Value == "__builtins__") continue;
            d.SetItem(kv.Key, PyNone.Instance);
        }
        d.Clear();
    }

    /// <summary>Tears the interpreter down as CPython's finalization does: every module's
    /// namespace is cleared, sys.modules emptied, then a collection frees the cycles.</summary>
    public void Dispose()
    {
        try
        {
            Interp.Finalizing = true;
            var modules = new List<PyModule>();
            foreach (var kv in Interp.Modules.Items())
                if (kv.Value is PyModule m) { Py.Incref(m); modules.Add(m); }
            foreach (var m in modules)
                if (!ReferenceEquals(m, Interp.Builtins) && !ReferenceEquals(m, Interp.Sys) && m.Dict is { } d) ClearNamespace(d);
            Interp.Modules.Clear();
            ClearNamespace(Interp.Sys.Dict);
            ClearNamespace(Interp.Builtins.Dict);
            foreach (var m in modules) Py.Decref(m);
            Py.XDecref(_dispatchTable);
            _dispatchTable = null;
            Py.XDecref(_sysPath);
            _sysPath = null;
            if (_gcCallbacks is not null) ListType.Clear(Interp.Gc.Callbacks);
            Py.XDecref(_gcCallbacks);
            _gcCallbacks = null;
            Interp.Gc.Collect();
        }
        catch (PyException e)
        {
            e.Release();
        }
    }
}

/// <summary>One thread, with the ftpy command's large stack, on which every in-process
/// interpreter of the tests runs; work is handed over and waited for with a time limit.</summary>
public static class InterpreterThread
{
    static readonly object s_lock = new();
    static Thread? s_thread;
    static ThreadState? s_threadState;
    static System.Collections.Concurrent.BlockingCollection<Action>? s_work;
    static volatile bool s_cancel;
    static bool s_hookInstalled;

    /// <summary>Raised inside the interpreter thread to stop a program that ran too long.</summary>
    public sealed class TimeLimitExceeded() : Exception("the program ran past its time limit");

    /// <summary>Runs <paramref name="work"/> on the interpreter thread. When it is not done
    /// within <paramref name="limit"/>, the running program is stopped at its next eval-breaker
    /// check and <see cref="TimeLimitExceeded"/> is thrown here.</summary>
    public static T Run<T>(Func<T> work, TimeSpan limit)
    {
        System.Collections.Concurrent.BlockingCollection<Action> queue;
        lock (s_lock)
        {
            EnsureStarted();
            queue = s_work!;
        }
        T result = default!;
        Exception? error = null;
        using var done = new ManualResetEventSlim();
        s_cancel = false;
        queue.Add(() =>
        {
            try { result = work(); }
            catch (Exception e) { error = e; }
            finally { done.Set(); }
        });
        if (!done.Wait(limit))
        {
            s_cancel = true;
            s_threadState?.RequestEvalBreak(EvalBreakerBits.AsyncException);
            if (!done.Wait(TimeSpan.FromSeconds(10)))
            {
                // The program does not reach an eval-breaker check: give up on this thread.
                lock (s_lock) { s_work!.CompleteAdding(); s_thread = null; s_work = null; }
                throw new TimeLimitExceeded();
            }
        }
        if (error is not null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(error).Throw();
        return result;
    }

    static void EnsureStarted()
    {
        if (!s_hookInstalled)
        {
            s_hookInstalled = true;
            EvalBreaker.AddHook((ts, bits) =>
            {
                if ((bits & EvalBreakerBits.AsyncException) != 0 && s_cancel && ReferenceEquals(ts, s_threadState))
                {
                    s_cancel = false;
                    throw new TimeLimitExceeded();
                }
            });
        }
        if (s_thread is not null) return;
        var queue = new System.Collections.Concurrent.BlockingCollection<Action>();
        s_work = queue;
        s_thread = new Thread(() =>
        {
            s_threadState = ThreadState.Current;
            foreach (var item in queue.GetConsumingEnumerable()) item();
        }, Limits.ThreadStackBytes)
        { IsBackground = true, Name = "ftpy-tests-interpreter" };
        s_thread.Start();
    }
}
