namespace Ftpy.Conformance.Cases;

/// <summary>One case file and its parsed header.</summary>
/// <param name="RelativePath">Path under Conformance/cases with '/' separators, e.g. "smoke/hello.py".</param>
/// <param name="FullPath">Absolute path of the .py file.</param>
public sealed record ConformanceCase(string RelativePath, string FullPath, CaseMetadata Metadata)
{
    /// <summary>The first folder under cases/.</summary>
    public string Area => RelativePath[..RelativePath.IndexOf('/')];

    public string FileName => Path.GetFileName(FullPath);

    public string Directory => Path.GetDirectoryName(FullPath)!;

    public string OutPath => Path.ChangeExtension(FullPath, ".out");
}
