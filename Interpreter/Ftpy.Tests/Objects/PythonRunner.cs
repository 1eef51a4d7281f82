using Ftpy.Objects;
using Ftpy.Runtime;

namespace Ftpy.Tests.Objects;

/// <summary>Runs Python source in a fresh interpreter on its own thread and returns what it
/// printed, followed by "TypeName: message" when an exception escaped.</summary>
static class PythonRunner
{
    public static string Run(string source)
    {
        string result = "";
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                var output = new StringWriter();
                var interp = new InterpreterState(new InterpreterOptions { Stdout = output, Stderr = new StringWriter(), Stdin = new StringReader("") });
                string escaped = "";
                try { interp.RunMain(source, "<test>"); }
                catch (PyException e)
                {
                    var v = e.TakeValue();
                    escaped = $"{v.ob_type.Name}: {ExceptionFormatting.StrOrEmpty(v)}";
                    Py.Decref(v);
                }
                interp.FlushAll();
                result = output.ToString() + escaped;
            }
            catch (Exception e) { failure = e; }
        }, Limits.ThreadStackBytes);
        thread.Start();
        thread.Join();
        if (failure is not null) throw new InvalidOperationException("interpreter failed", failure);
        return result.Replace("\r\n", "\n");
    }

    /// <summary>The lines a script printed (an escaped exception is the last line).</summary>
    public static string[] Lines(string source) => Run(source).TrimEnd('\n').Split('\n');
}
