using System.CommandLine;
using Ftpy.Conformance.Cases;
using Ftpy.Conformance.Expectations;

namespace Ftpy.Conformance.Commands;

/// <summary>`validate`: every case header, .out file and expectation file; all errors as file:line: message.</summary>
public sealed class ValidateCommand
{
    private readonly Option<string?> _cases = new("--cases")
    {
        Description = "The case tree (default: Conformance/cases of this repository)",
        HelpName = "DIR",
    };

    private readonly Option<string?> _expectations = new("--expectations")
    {
        Description = "Folder of expected-failure lists (default: Conformance/expectations)",
        HelpName = "DIR",
    };

    public Command Build(ConsoleIO io, RepositoryLayout layout)
    {
        var command = new Command("validate", "Check every case header and expectation file; exit 2 on any error");
        command.Options.Add(_cases);
        command.Options.Add(_expectations);
        command.SetAction((parse, _) => Program.Guard(io, () => Task.FromResult(Execute(parse, io, layout))));
        return command;
    }

    private int Execute(ParseResult parse, ConsoleIO io, RepositoryLayout layout)
    {
        var tree = CaseTree.Load(layout.CasesDir(parse.GetValue(_cases)));
        var errors = tree.Errors.ToList();
        var expectationsDir = layout.ExpectationsDir(parse.GetValue(_expectations));
        var files = Directory.Exists(expectationsDir)
            ? Directory.GetFiles(expectationsDir, "*.txt").Order(StringComparer.Ordinal).ToList()
            : [];
        foreach (var file in files)
            ExpectationFile.Parse(file, File.ReadAllLines(file), tree.CasePaths, errors);
        if (Program.ReportErrors(io, errors))
            return Program.UsageExit;
        io.Line($"ok: {tree.Cases.Count} cases in {tree.Areas.Count()} areas, {files.Count} expectation files");
        return 0;
    }
}
