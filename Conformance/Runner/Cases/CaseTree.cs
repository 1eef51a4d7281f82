namespace Ftpy.Conformance.Cases;

/// <summary>
/// All cases under a cases folder, with every metadata error found while reading them.
/// Files and folders whose name starts with '_' are support code, not cases.
/// </summary>
public sealed class CaseTree
{
    public const string ManifestFileName = "MANIFEST.txt";

    public string Root { get; }
    public IReadOnlyList<ConformanceCase> Cases { get; }
    public IReadOnlyList<MetadataError> Errors { get; }

    /// <summary>Every case file found, including those whose header has errors.</summary>
    public IReadOnlySet<string> CasePaths { get; }

    private CaseTree(string root, IReadOnlyList<ConformanceCase> cases, IReadOnlyList<MetadataError> errors, IReadOnlySet<string> casePaths)
    {
        Root = root;
        Cases = cases;
        Errors = errors;
        CasePaths = casePaths;
    }

    public IEnumerable<string> Areas => Cases.Select(c => c.Area).Distinct().Order(StringComparer.Ordinal);

    public static CaseTree Load(string root)
    {
        root = Path.GetFullPath(root);
        var cases = new List<ConformanceCase>();
        var errors = new List<MetadataError>();
        var casePaths = new HashSet<string>(StringComparer.Ordinal);
        if (!System.IO.Directory.Exists(root))
        {
            errors.Add(new MetadataError(MetadataError.DisplayPath(root), 0, "cases folder does not exist"));
            return new CaseTree(root, cases, errors, casePaths);
        }

        foreach (var file in System.IO.Directory.EnumerateFiles(root, "*.py", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(root, file).Replace(Path.DirectorySeparatorChar, '/');
            if (relative.Split('/').Any(segment => segment.StartsWith('_') || segment.StartsWith('.')))
                continue;
            var display = MetadataError.DisplayPath(file);
            if (!relative.Contains('/'))
            {
                errors.Add(new MetadataError(display, 1, "a case must live in an area folder (cases/<area>/...)"));
                continue;
            }

            casePaths.Add(relative);
            var metadata = HeaderParser.Parse(display, HeaderParser.ReadHeaderLines(file), errors);
            var outPath = Path.ChangeExtension(file, ".out");
            if (!File.Exists(outPath))
            {
                errors.Add(new MetadataError(display, 1,
                    $"missing expected output {Path.GetFileName(outPath)} (record it: ci/conformance.sh record {relative})",
                    IsMissingOutput: true));
            }
            else
            {
                ExpectedOutput.Parse(File.ReadAllText(outPath), MetadataError.DisplayPath(outPath), errors);
            }
            if (metadata is not null)
                cases.Add(new ConformanceCase(relative, file, metadata));
        }

        cases.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        errors.Sort((a, b) => string.CompareOrdinal(a.File, b.File) is var c && c != 0 ? c : a.Line.CompareTo(b.Line));
        return new CaseTree(root, cases, errors, casePaths);
    }
}
