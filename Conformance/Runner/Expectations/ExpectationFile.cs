using Ftpy.Conformance.Cases;

namespace Ftpy.Conformance.Expectations;

/// <summary>A case an implementation is known to fail, and why.</summary>
public sealed record KnownFailure(string CasePath, string Reason, int Line);

/// <summary>
/// Conformance/expectations/&lt;implementation&gt;.txt: one case path (relative to
/// Conformance/cases) per line, whitespace, then the reason. A line whose first non-blank
/// character is '#' is a comment; blank lines are ignored.
/// </summary>
public sealed class ExpectationFile
{
    public static readonly ExpectationFile Empty = new("", new Dictionary<string, KnownFailure>());

    public string Path { get; }
    public IReadOnlyDictionary<string, KnownFailure> Entries { get; }

    private ExpectationFile(string path, IReadOnlyDictionary<string, KnownFailure> entries)
    {
        Path = path;
        Entries = entries;
    }

    public static string FileFor(string expectationsDir, string implementation) =>
        System.IO.Path.Combine(expectationsDir, implementation + ".txt");

    /// <summary>Loads the file for an implementation; a missing file means no known failures.</summary>
    public static ExpectationFile Load(string expectationsDir, string implementation, IReadOnlySet<string> knownCases, List<MetadataError> errors)
    {
        var path = FileFor(expectationsDir, implementation);
        return File.Exists(path) ? Parse(path, File.ReadAllLines(path), knownCases, errors) : Empty;
    }

    public static ExpectationFile Parse(string path, IReadOnlyList<string> lines, IReadOnlySet<string> knownCases, List<MetadataError> errors)
    {
        var display = MetadataError.DisplayPath(path);
        var entries = new Dictionary<string, KnownFailure>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i].Trim();
            var lineNo = i + 1;
            if (line.Length == 0 || line.StartsWith('#'))
                continue;
            var split = line.IndexOfAny([' ', '\t']);
            var casePath = (split < 0 ? line : line[..split]).Replace('\\', '/');
            var reason = split < 0 ? "" : line[split..].Trim();
            if (casePath.StartsWith("./", StringComparison.Ordinal))
                casePath = casePath[2..];
            if (reason.Length == 0)
            {
                errors.Add(new MetadataError(display, lineNo, $"'{casePath}' needs a reason after the path"));
                continue;
            }
            if (!knownCases.Contains(casePath))
            {
                errors.Add(new MetadataError(display, lineNo, $"no case '{casePath}' under Conformance/cases"));
                continue;
            }
            if (entries.TryGetValue(casePath, out var first))
            {
                errors.Add(new MetadataError(display, lineNo, $"'{casePath}' is listed twice (first on line {first.Line})"));
                continue;
            }
            entries[casePath] = new KnownFailure(casePath, reason, lineNo);
        }
        return new ExpectationFile(path, entries);
    }
}
