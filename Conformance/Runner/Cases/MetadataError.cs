namespace Ftpy.Conformance.Cases;

/// <summary>A problem in a case header, an expected-output file or an expectation file.</summary>
/// <param name="File">The file as shown to the user (relative to the working directory when possible).</param>
/// <param name="Line">1-based line number.</param>
/// <param name="IsMissingOutput">True for "the .out file is missing", which `record` may fix.</param>
public sealed record MetadataError(string File, int Line, string Message, bool IsMissingOutput = false)
{
    public override string ToString() => $"{File}:{Line}: {Message}";

    public static string DisplayPath(string fullPath)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, fullPath);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? fullPath : relative;
    }
}
