namespace Ftpy.Conformance.Execution;

/// <summary>
/// A Python executable under test.
/// </summary>
/// <param name="Label">The column name in reports and the name of its expectation file: "ftpy" for the in-tree build, otherwise "&lt;sys.implementation.name&gt;-&lt;major&gt;.&lt;minor&gt;" with a "t" suffix for a free-threaded build (e.g. cpython-3.13, cpython-3.13t), or the executable's file name when it cannot answer the probe.</param>
/// <param name="Executable">Absolute path.</param>
/// <param name="Name">sys.implementation.name, when the probe answered.</param>
/// <param name="Version">sys.version_info (major, minor, micro), when the probe answered; used for `min-version`.</param>
public sealed record Implementation(string Label, string Executable, string? Name, Version? Version, bool FreeThreaded)
{
    public string Describe() =>
        Name is null
            ? $"{Label} ({Executable}; did not answer the version probe)"
            : $"{Label} ({Executable}; {Name} {Version}{(FreeThreaded ? ", free-threaded build" : "")})";
}
