namespace Ftpy.Conformance;

/// <summary>
/// Where the runner finds the case tree, the expectation files and the in-tree ftpy.
/// The repository is the nearest folder above the runner's own binary (then above the
/// working directory) that contains Conformance/FORMAT.md.
/// </summary>
public sealed class RepositoryLayout
{
    public string? Root { get; }

    public RepositoryLayout(string? root) => Root = root;

    public static RepositoryLayout Discover() =>
        new(FindRoot(AppContext.BaseDirectory) ?? FindRoot(Environment.CurrentDirectory));

    public static string? FindRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Conformance", "FORMAT.md")))
                return dir.FullName;
        }
        return null;
    }

    public string CasesDir(string? option) => Resolve(option, "cases", "--cases");

    public string ExpectationsDir(string? option) => Resolve(option, "expectations", "--expectations");

    private string Resolve(string? option, string folder, string optionName)
    {
        if (!string.IsNullOrEmpty(option))
            return Path.GetFullPath(option);
        if (Root is null)
            throw new UsageException($"cannot find the repository (no Conformance/FORMAT.md above here); pass {optionName} DIR");
        return Path.Combine(Root, "Conformance", folder);
    }
}
