namespace Ftpy.Conformance.Commands;

/// <summary>Where a command writes; <see cref="Interactive"/> is true only for a real terminal.</summary>
public sealed record ConsoleIO(TextWriter Out, TextWriter Error, bool Interactive)
{
    private readonly Lock _gate = new();

    /// <summary>Writes one line to Out; safe from several threads.</summary>
    public void Line(string text = "")
    {
        lock (_gate)
        {
            Out.WriteLine(text);
            Out.Flush();
        }
    }

    public void ErrorLine(string text)
    {
        lock (_gate)
        {
            Error.WriteLine(text);
            Error.Flush();
        }
    }
}
