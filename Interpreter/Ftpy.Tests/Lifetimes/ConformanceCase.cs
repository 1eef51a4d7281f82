using System.Text.Json;

namespace Ftpy.Tests.Lifetimes;

/// <summary>A conformance case as the leak test needs it: where it is, how it is run
/// (arguments, standard input) and what its header says. The header format is
/// Conformance/FORMAT.md's; this reader keeps only what an in-process run uses.</summary>
public sealed class ConformanceCase
{
    public required string RelativePath { get; init; }
    public required string FullPath { get; init; }
    public string Directory => Path.GetDirectoryName(FullPath)!;
    public string FileName => Path.GetFileName(FullPath);
    public string[] Args { get; init; } = Array.Empty<string>();
    public string Stdin { get; init; } = "";
    public string Expect { get; init; } = "output";
    public string[] Features { get; init; } = Array.Empty<string>();
    public string[] Flags { get; init; } = Array.Empty<string>();

    public override string ToString() => RelativePath;

    /// <summary>Conformance/cases of this repository, found by walking up from the test assembly.</summary>
    public static string CasesRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null)
            {
                var candidate = Path.Combine(dir.FullName, "Conformance", "cases");
                if (System.IO.Directory.Exists(candidate)) return candidate;
                dir = dir.Parent;
            }
            throw new InvalidOperationException("Conformance/cases not found above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>Every case (support files and folders starting with '_' excluded), in path order.</summary>
    public static IEnumerable<ConformanceCase> All()
    {
        string root = CasesRoot;
        return System.IO.Directory.EnumerateFiles(root, "*.py", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(root, p).Replace('\\', '/'))
            .Where(rel => !rel.Split('/').Any(part => part.StartsWith('_')))
            .OrderBy(rel => rel, StringComparer.Ordinal)
            .Select(rel => Load(root, rel));
    }

    public static ConformanceCase Load(string root, string relativePath)
    {
        string full = Path.Combine(root, relativePath);
        var header = new Dictionary<string, string>();
        foreach (var line in File.ReadLines(full))
        {
            if (!line.StartsWith('#')) break;
            int colon = line.IndexOf(':');
            if (colon < 0) continue;
            header[line[1..colon].Trim()] = line[(colon + 1)..].Trim();
        }
        return new ConformanceCase
        {
            RelativePath = relativePath,
            FullPath = full,
            Args = header.TryGetValue("args", out var a) ? JsonSerializer.Deserialize<string[]>(a) ?? Array.Empty<string>() : Array.Empty<string>(),
            Stdin = header.TryGetValue("stdin", out var s) ? JsonSerializer.Deserialize<string>(s) ?? "" : "",
            Expect = header.TryGetValue("expect", out var e) ? e : "output",
            Features = ParseList(header.GetValueOrDefault("features")),
            Flags = ParseList(header.GetValueOrDefault("flags")),
        };
    }

    static string[] ParseList(string? value)
    {
        if (value is null) return Array.Empty<string>();
        return value.Trim('[', ']').Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }
}
