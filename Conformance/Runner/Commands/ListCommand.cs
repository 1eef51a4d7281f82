using System.CommandLine;
using Ftpy.Conformance.Cases;

namespace Ftpy.Conformance.Commands;

/// <summary>`list`: the selected cases with their metadata, one per line.</summary>
public sealed class ListCommand
{
    private readonly SelectionOptions _selection = new();

    public Command Build(ConsoleIO io, RepositoryLayout layout)
    {
        var command = new Command("list", "Print the selected cases and their metadata");
        _selection.AddTo(command);
        command.SetAction((parse, _) => Program.Guard(io, () => Task.FromResult(Execute(parse, io, layout))));
        return command;
    }

    private int Execute(ParseResult parse, ConsoleIO io, RepositoryLayout layout)
    {
        var casesDir = layout.CasesDir(parse.GetValue(_selection.Cases));
        var tree = CaseTree.Load(casesDir);
        // Listing works before the .out files are recorded.
        if (Program.ReportErrors(io, tree.Errors.Where(e => !e.IsMissingOutput)))
            return Program.UsageExit;
        var cases = SelectionOptions.Select(tree, _selection.ReadFilter(parse, casesDir));
        var width = cases.Count == 0 ? 0 : cases.Max(c => c.RelativePath.Length);
        foreach (var @case in cases)
            io.Line($"{@case.RelativePath.PadRight(width)}  {Describe(@case.Metadata)}");
        io.ErrorLine($"{cases.Count} cases");
        return 0;
    }

    public static string Describe(CaseMetadata meta)
    {
        var parts = new List<string>
        {
            $"expect={meta.Expect.ToString().Replace(' ', ':')}",
            $"features=[{string.Join(",", meta.Features)}]",
            $"flags=[{string.Join(",", meta.Flags)}]",
        };
        if (meta.MinVersion is not null)
            parts.Add($"min-version={meta.MinVersion}");
        if (meta.TimeoutSeconds != Vocabulary.DefaultTimeoutSeconds)
            parts.Add($"timeout={meta.TimeoutSeconds}");
        if (meta.Args.Count > 0)
            parts.Add($"args={meta.Args.Count}");
        if (meta.Stdin.Length > 0)
            parts.Add("stdin");
        parts.Add($"# {meta.Description}");
        return string.Join("  ", parts);
    }
}
