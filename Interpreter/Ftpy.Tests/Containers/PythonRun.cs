using Ftpy.Objects;
using Ftpy.Runtime;

namespace Ftpy.Tests.Containers;

/// <summary>Runs a small Python program on a fresh interpreter (hash seed 0, as the conformance
/// cases) and returns what it printed, or the exception it ended with.</summary>
static class PythonRun
{
    static readonly object s_lock = new();

    public static string Output(string source)
    {
        lock (s_lock)
        {
            var stdout = new StringWriter();
            var stderr = new StringWriter();
            var interp = new InterpreterState(new InterpreterOptions { Stdout = stdout, Stderr = stderr, HashSeed = "0" });
            try
            {
                interp.RunMain(source, "<test>");
            }
            catch (PyException e)
            {
                interp.FlushStdout();
                string text = stdout.ToString() + "! " + e.TypeName + ": " + e.Message;
                e.Release();
                return text.TrimEnd('\n');
            }
            interp.FlushStdout();
            return stdout.ToString().TrimEnd('\n');
        }
    }
}
