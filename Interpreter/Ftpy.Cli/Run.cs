using Ftpy.Objects;
using Ftpy.Parsing;
using Ftpy.Runtime;

namespace Ftpy.Cli;

/// <summary>Runs one program (script, -c, -m or stdin) on an interpreter thread with a large
/// stack, and turns its outcome into an exit status as CPython does.</summary>
sealed class Run(InterpreterOptions options, string? command, string? module, string? script)
{
    int _exitCode;

    public int Execute()
    {
        var thread = new Thread(Body, Limits.ThreadStackBytes) { Name = "MainThread" };
        thread.Start();
        thread.Join();
        return _exitCode;
    }

    void Body()
    {
        InterpreterState? interp = null;
        try
        {
            interp = new InterpreterState(options);
            _exitCode = RunProgram(interp);
            _exitCode = Shutdown(interp, _exitCode);
        }
        catch (FatalError e)
        {
            try { interp?.FlushAll(); } catch (IOException) { }
            Console.Error.WriteLine($"Fatal Python error: {e.Message}");
            _exitCode = 134;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            try { interp?.FlushAll(); } catch (IOException) { }
            Console.Error.WriteLine($"ftpy: internal error: {e.GetType().Name}: {e.Message}");
            if (Environment.GetEnvironmentVariable("FTPY_DEBUG") is not null) Console.Error.WriteLine(e);
            _exitCode = 70;
        }
    }

    int RunProgram(InterpreterState interp)
    {
        try
        {
            if (command is not null) interp.RunMain(command, "<string>");
            else if (module is not null) interp.RunModuleAsMain(module);
            else if (script is not null)
            {
                byte[] bytes;
                string full = Path.GetFullPath(script);
                try
                {
                    if (Directory.Exists(full)) return CannotOpen(full, "[Errno 21] Is a directory", interp);
                    bytes = File.ReadAllBytes(full);
                }
                catch (FileNotFoundException) { return CannotOpen(full, "[Errno 2] No such file or directory", interp); }
                catch (DirectoryNotFoundException) { return CannotOpen(full, "[Errno 2] No such file or directory", interp); }
                catch (UnauthorizedAccessException) { return CannotOpen(full, "[Errno 13] Permission denied", interp); }
                string source = SourceDecoder.Decode(bytes, script);
                interp.RunMain(source, full);
            }
            else
            {
                using var stdin = Console.OpenStandardInput();
                using var ms = new MemoryStream();
                stdin.CopyTo(ms);
                string source = SourceDecoder.Decode(ms.ToArray(), "<stdin>");
                interp.RunMain(source, "<stdin>");
            }
            return 0;
        }
        catch (SyntaxErrorException e)
        {
            var pe = Modules.SyntaxErrors.ToPython(e);
            return HandleException(interp, pe);
        }
        catch (PyException e)
        {
            return HandleException(interp, e);
        }
    }

    int CannotOpen(string path, string reason, InterpreterState interp)
    {
        interp.WriteStderr($"{Environment.GetCommandLineArgs()[0]}: can't open file '{path}': {reason}\n");
        return 2;
    }

    /// <summary>An uncaught exception: SystemExit gives its status; anything else prints through sys.excepthook and gives 1.</summary>
    static int HandleException(InterpreterState interp, PyException e)
    {
        var exc = e.TakeValue();
        try
        {
            if (exc.ob_type.IsSubtype(ExceptionTypes.SystemExit)) return ExitStatus(interp, exc);
            interp.FlushStdout();
            var hook = interp.Sys.Dict.GetItemBorrowed("excepthook");
            // An uncaught KeyboardInterrupt ends the process as SIGINT would (status 128 + 2).
            int status = exc.ob_type.IsSubtype(ExceptionTypes.KeyboardInterrupt) ? 130 : 1;
            if (hook is null)
            {
                interp.WriteStderr("sys.excepthook is missing\n" + TracebackPrinter.Format(exc));
                return status;
            }
            try
            {
                var tb = (PyObject?)exc.Traceback ?? PyNone.Instance;
                Py.Decref(Py.Call(hook, exc.ob_type, exc, tb));
            }
            catch (PyException hookError)
            {
                var he = hookError.TakeValue();
                interp.WriteStderr("Error in sys.excepthook:\n" + TracebackPrinter.Format(he) + "\nOriginal exception was:\n" + TracebackPrinter.Format(exc));
                Py.Decref(he);
            }
            return status;
        }
        finally { Py.Decref(exc); }
    }

    static int ExitStatus(InterpreterState interp, PyBaseException exc)
    {
        var code = Py.GetAttr(exc, "code");
        try
        {
            if (code is PyNone) return 0;
            if (code is PyInt i) return i.IsBig ? -1 : (int)(i.Small & 0xFF) == i.Small ? (int)i.Small : (int)(i.Small & 0xFF);
            interp.FlushStdout();
            interp.WriteStderr(Py.StrString(code) + "\n");
            return 1;
        }
        finally { Py.Decref(code); }
    }

    /// <summary>Interpreter shutdown: atexit callbacks, __main__'s globals released in CPython's order, a final collection, flushing.</summary>
    static int Shutdown(InterpreterState interp, int code)
    {
        try
        {
            code = interp.Finalize(code);
            interp.FlushAll();
        }
        catch (IOException)
        {
            return 120;
        }
        return code;
    }
}
