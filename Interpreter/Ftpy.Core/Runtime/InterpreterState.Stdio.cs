using System.Text;
using Ftpy.Objects;

namespace Ftpy.Runtime;

public sealed partial class InterpreterState
{
    TextWriter? _rawStdout, _rawStderr;
    internal PyStdStream? StdoutStream, StderrStream, StdinStream;

    /// <summary>Creates the process stdio objects: UTF-8, stdout block-buffered unless a terminal.</summary>
    internal void InitStdio()
    {
        var utf8 = new UTF8Encoding(false);
        _rawStdout = Options.Stdout ?? new StreamWriter(Console.OpenStandardOutput(), utf8, 1 << 16) { AutoFlush = false };
        _rawStderr = Options.Stderr ?? new StreamWriter(Console.OpenStandardError(), utf8, 1 << 12) { AutoFlush = true };
        var stdin = Options.Stdin ?? new StreamReader(Console.OpenStandardInput(), utf8);
        bool tty = Options.Stdout is null && !Console.IsOutputRedirected;
        StdoutStream = new PyStdStream(_rawStdout, "stdout", 1, tty);
        StderrStream = new PyStdStream(_rawStderr, "stderr", 2, true);
        StdinStream = new PyStdStream(stdin, "stdin", 0);
    }

    /// <summary>Flushes sys.stdout (the Python-level object when it was replaced, else the raw stream).</summary>
    public void FlushStdout()
    {
        try
        {
            var so = Sys.Dict.GetItemBorrowed("stdout");
            if (so is PyStdStream s) s.Flush();
            else if (so is not null and not PyNone)
            {
                var f = Py.LookupAttr(so, "flush");
                if (f is not null) { Py.Decref(Py.CallNoArgs(f)); Py.Decref(f); }
            }
        }
        catch (PyException e) { e.Release(); }
        _rawStdout?.Flush();
    }

    /// <summary>Writes to sys.stderr, falling back to the process's stderr when it is unusable.</summary>
    public void WriteStderr(string text)
    {
        var se = Sys.Dict.GetItemBorrowed("stderr");
        if (se is PyStdStream s && !s.Closed) { s.Write(text); return; }
        if (se is not null and not PyNone)
        {
            try
            {
                var t = PyStr.From(text);
                try { Py.Decref(Py.CallMethod(se, "write", t)); }
                finally { Py.Decref(t); }
                return;
            }
            catch (PyException e) { e.Release(); }
        }
        _rawStderr?.Write(text);
        _rawStderr?.Flush();
    }

    public void FlushAll()
    {
        FlushStdout();
        try { _rawStderr?.Flush(); } catch (IOException) { }
    }
}
