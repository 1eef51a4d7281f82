using System.CommandLine;
using Ftpy.Conformance.Cases;
using Ftpy.Conformance.Selection;

namespace Ftpy.Conformance.Commands;

/// <summary>The options that choose cases, shared by run, record and list.</summary>
public sealed class SelectionOptions
{
    public Option<string[]> Features { get; } = new("--features")
    {
        Description = "Only cases having any of these features (comma-separated)",
        HelpName = "a,b",
    };

    public Option<string[]> Flags { get; } = new("--flags")
    {
        Description = "Only cases having any of these flags (comma-separated)",
        HelpName = "a,b",
    };

    public Option<string[]> ExcludeFlags { get; } = new("--exclude-flags")
    {
        Description = "Leave out cases having any of these flags (comma-separated)",
        HelpName = "a,b",
    };

    public Option<string[]> Areas { get; } = new("--area")
    {
        Description = "Only cases in this area, the first folder under cases/ (repeatable)",
        HelpName = "NAME",
    };

    public Option<bool> Fast { get; } = new("--fast") { Description = "Leave out cases flagged slow" };

    public Option<string?> Cases { get; } = new("--cases")
    {
        Description = "The case tree (default: Conformance/cases of this repository)",
        HelpName = "DIR",
    };

    public Argument<string[]> Paths { get; } = new("paths")
    {
        Description = "Case paths or globs relative to Conformance/cases (smoke/*.py, threading/**), or files and folders on disk",
        Arity = ArgumentArity.ZeroOrMore,
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Features);
        command.Options.Add(Flags);
        command.Options.Add(ExcludeFlags);
        command.Options.Add(Areas);
        command.Options.Add(Fast);
        command.Options.Add(Cases);
        command.Arguments.Add(Paths);
    }

    public CaseFilter ReadFilter(ParseResult parse, string casesRoot) => new()
    {
        Features = SplitList(parse.GetValue(Features)),
        Flags = SplitList(parse.GetValue(Flags)),
        ExcludeFlags = SplitList(parse.GetValue(ExcludeFlags)),
        Areas = SplitList(parse.GetValue(Areas)),
        Fast = parse.GetValue(Fast),
        Paths = (parse.GetValue(Paths) ?? []).Select(p => ToGlob(p, casesRoot)).ToList(),
    };

    public static IReadOnlyList<string> SplitList(string[]? values) =>
        (values ?? []).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();

    /// <summary>A path that exists on disk inside the case tree becomes a pattern relative to it.</summary>
    public static Glob ToGlob(string argument, string casesRoot)
    {
        if (File.Exists(argument) || Directory.Exists(argument))
        {
            var relative = Path.GetRelativePath(casesRoot, Path.GetFullPath(argument)).Replace(Path.DirectorySeparatorChar, '/');
            if (relative == ".")
                return new Glob("**");
            if (!relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative))
                return new Glob(relative);
        }
        return new Glob(argument);
    }

    /// <summary>Loads the tree and applies the filter; usage problems throw <see cref="UsageException"/>.</summary>
    public static IReadOnlyList<ConformanceCase> Select(CaseTree tree, CaseFilter filter)
    {
        var problems = filter.Problems(tree.Areas).ToList();
        if (problems.Count > 0)
            throw new UsageException(string.Join("\n", problems));
        return filter.Select(tree.Cases);
    }
}
