using System.Diagnostics;
using Ftpy.Objects;
using Ftpy.Runtime;

namespace Ftpy.Modules.Posix;

/// <summary>
/// _ftpy_subprocess: runs a child process to completion for Lib/subprocess.py. The child's
/// output is collected by .NET's stream readers (not Python threads); the calling thread waits
/// for the exit through <see cref="Blocking"/> in short sleeps, so it stays interruptible.
/// Stream modes are subprocess's constants: 0 inherit, -1 PIPE, -2 STDOUT (stderr only), -3 DEVNULL.
/// </summary>
public static class SubprocessModule
{
    const int Inherit = 0, Pipe = -1, ToStdout = -2, DevNull = -3;

    public static PyModule Create(InterpreterState interp)
    {
        var m = new PyModule("_ftpy_subprocess");
        m.AddFunction("run", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            ArgParser.CheckPositional("run", a, 7, 7);
            return Run(a[0], a[1], a[2], a[3], (int)Py.AsLong(a[4]), (int)Py.AsLong(a[5]), a[6]);
        });
        return m;
    }

    static PyObject Run(PyObject args, PyObject cwd, PyObject env, PyObject input, int stdoutMode, int stderrMode, PyObject timeout)
    {
        var argv = new List<string>();
        foreach (var item in Py.Iterate(args))
        {
            try { argv.Add(Text(item, "args")); }
            finally { Py.Decref(item); }
        }
        if (argv.Count == 0) throw PyErr.ValueError("empty argument list");
        var psi = new ProcessStartInfo(argv[0]) { UseShellExecute = false };
        for (int i = 1; i < argv.Count; i++) psi.ArgumentList.Add(argv[i]);
        if (cwd is not PyNone) psi.WorkingDirectory = Text(cwd, "cwd");
        if (env is PyDict d)
        {
            psi.Environment.Clear();
            foreach (var (k, v) in d.Items())
                psi.Environment[Text(k, "env")] = Text(v, "env");
        }
        bool hasInput = input is not PyNone;
        psi.RedirectStandardInput = true;
        psi.RedirectStandardOutput = stdoutMode != Inherit;
        psi.RedirectStandardError = stderrMode != Inherit;
        InterpreterState.Main.FlushStdout();
        Process proc;
        try
        {
            proc = Process.Start(psi) ?? throw PyErr.OSError("could not start the process");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            int errno = e.NativeErrorCode is 2 or 13 or 20 ? e.NativeErrorCode : 2;
            var filename = PyStr.From(argv[0]);
            try { throw PosixModule.Error(errno, filename); }
            finally { Py.Decref(filename); }
        }
        using (proc)
        {
            var stdout = new MemoryStream();
            var stderr = stderrMode == ToStdout ? stdout : new MemoryStream();
            var lockObj = new object();
            Task? outTask = null, errTask = null;
            if (psi.RedirectStandardOutput) outTask = Copy(proc.StandardOutput.BaseStream, stdoutMode == DevNull ? Stream.Null : stdout, lockObj);
            if (psi.RedirectStandardError) errTask = Copy(proc.StandardError.BaseStream, stderrMode == DevNull ? Stream.Null : stderr, lockObj);
            try
            {
                if (hasInput)
                {
                    var data = BufferProtocol.ToArray(input);
                    proc.StandardInput.BaseStream.Write(data, 0, data.Length);
                }
                proc.StandardInput.Close();
            }
            catch (IOException) { }
            long deadline = timeout is PyNone ? long.MaxValue : Blocking.DeadlineAfter(Py.AsDouble(timeout));
            while (!proc.WaitForExit(0))
            {
                if (Stopwatch.GetTimestamp() >= deadline)
                {
                    try { proc.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
                    proc.WaitForExit();
                    return PyNone.Instance;
                }
                if (!Blocking.Sleep(TimeSpan.FromMilliseconds(2))) Ftpy.Execution.EvalBreaker.Handle(ThreadState.Current);
            }
            // The pipes drain after exit; waiting goes through Runtime.Blocking like every other
            // wait, so the scheduler sees it and the eval breaker is honoured.
            while (outTask is { IsCompleted: false } || errTask is { IsCompleted: false })
            {
                if (!Blocking.Sleep(TimeSpan.FromMilliseconds(2))) Ftpy.Execution.EvalBreaker.Handle(ThreadState.Current);
            }
            outTask?.GetAwaiter().GetResult();
            errTask?.GetAwaiter().GetResult();
            PyObject Result(MemoryStream s, int mode) => mode == Pipe ? PyBytes.From(s.ToArray()) : PyNone.Instance;
            return PyTuple.Steal(new[]
            {
                PyInt.From(proc.ExitCode),
                Result(stdout, stdoutMode),
                stderrMode == ToStdout ? PyNone.Instance : Result(stderr, stderrMode),
            });
        }
    }

    static async Task Copy(Stream from, Stream to, object lockObj)
    {
        var buf = new byte[8192];
        int n;
        while ((n = await from.ReadAsync(buf).ConfigureAwait(false)) > 0)
            lock (lockObj) to.Write(buf, 0, n);
    }

    static string Text(PyObject o, string what) => o switch
    {
        PyStr s => s.Value,
        PyBytes b => PosixModule.FsDecode(b.Value),
        _ => Py.LookupAttr(o.ob_type, "__fspath__") is { } f ? FsPathOf(o, f) : throw PyErr.TypeError($"expected str, bytes or os.PathLike object, not {o.ob_type.ShortName}"),
    };

    static string FsPathOf(PyObject o, PyObject f)
    {
        Py.Decref(f);
        var r = Py.CallMethod(o, "__fspath__");
        try { return Text(r, "path"); }
        finally { Py.Decref(r); }
    }
}
