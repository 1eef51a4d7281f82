namespace Ftpy.Runtime;

/// <summary>Settings an interpreter is created with (the command line's -X options, argv, I/O).</summary>
public sealed class InterpreterOptions
{
    public List<string> Argv = new() { "" };
    /// <summary>The first entry of sys.path ("" means the current directory).</summary>
    public string? PathZero = "";
    public bool Optimize;
    public bool GilEnabled;
    public bool Specialize = true;
    public int IntMaxStrDigits = Limits.DefaultMaxStrDigits;
    public Dictionary<string, string> XOptions = new();
    public TextWriter? Stdout;
    public TextWriter? Stderr;
    public TextReader? Stdin;
    /// <summary>PYTHONHASHSEED as given in the environment (null = random).</summary>
    public string? HashSeed = Environment.GetEnvironmentVariable("PYTHONHASHSEED");
    public bool Interactive;
    public bool Isolated;
    public List<string> ExtraPath = new();
    /// <summary>-W options in command-line order (sys.warnoptions adds PYTHONWARNINGS' entries before them).</summary>
    public List<string> WarnOptions = new();
}
