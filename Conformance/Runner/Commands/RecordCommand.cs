using System.CommandLine;
using System.Text;
using Ftpy.Conformance.Cases;
using Ftpy.Conformance.Execution;
using Ftpy.Conformance.Reporting;

namespace Ftpy.Conformance.Commands;

/// <summary>
/// `record`: runs the selected cases on one CPython and writes each case's .out from its
/// stdout, exactly. It keeps a "(?re)" line of the old .out when the new line still matches,
/// and refuses a case whose exit code or stderr contradicts its `expect` key.
/// </summary>
public sealed class RecordCommand
{
    private readonly SelectionOptions _selection = new();

    private readonly Option<string> _python = new("--python")
    {
        Description = "The CPython that records (a name looked up on PATH and in pyenv, or a path)",
        DefaultValueFactory = _ => "python3.13",
        HelpName = "EXE",
    };

    private readonly Option<int> _jobs = new("--jobs", "-j")
    {
        Description = "How many cases run at once",
        DefaultValueFactory = _ => Environment.ProcessorCount,
        HelpName = "N",
    };

    private readonly Option<double> _timeoutScale = new("--timeout-scale")
    {
        Description = "Multiply every case's timeout by this",
        DefaultValueFactory = _ => 1.0,
        HelpName = "F",
    };

    public Command Build(ConsoleIO io, RepositoryLayout layout)
    {
        var command = new Command("record", "Record the .out files of the selected cases with CPython");
        command.Options.Add(_python);
        command.Options.Add(_jobs);
        command.Options.Add(_timeoutScale);
        _selection.AddTo(command);
        command.SetAction((parse, token) => Program.Guard(io, () => ExecuteAsync(parse, io, layout, token)));
        return command;
    }

    private enum Outcome { Written, Unchanged, Refused }

    private async Task<int> ExecuteAsync(ParseResult parse, ConsoleIO io, RepositoryLayout layout, CancellationToken token)
    {
        var jobs = parse.GetValue(_jobs);
        var timeoutScale = parse.GetValue(_timeoutScale);
        if (jobs < 1)
            throw new UsageException("--jobs must be at least 1");
        if (!(timeoutScale > 0))
            throw new UsageException("--timeout-scale must be positive");

        var casesDir = layout.CasesDir(parse.GetValue(_selection.Cases));
        var tree = CaseTree.Load(casesDir);
        // Missing .out files are what record is for; every other metadata error stops it.
        if (Program.ReportErrors(io, tree.Errors.Where(e => !e.IsMissingOutput)))
            return Program.UsageExit;
        var cases = SelectionOptions.Select(tree, _selection.ReadFilter(parse, casesDir));
        if (cases.Count == 0)
            throw new UsageException("no cases selected");

        var implementation = await new PythonLocator(layout.Root, io.Error).LocateAsync(parse.GetValue(_python)!, token).ConfigureAwait(false);
        if (implementation.Name != "cpython" || implementation.Version is null)
            throw new UsageException($"record needs CPython; {implementation.Describe()}");
        io.Line($"recording {cases.Count} cases with {implementation.Describe()}");

        var version = implementation.Version.ToString(3);
        var outcomes = new (Outcome Outcome, string? Reason)[cases.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = jobs, CancellationToken = token };
        await Parallel.ForEachAsync(Enumerable.Range(0, cases.Count), options, async (index, ct) =>
        {
            var @case = cases[index];
            outcomes[index] = await RecordAsync(@case, implementation, timeoutScale, ct).ConfigureAwait(false);
            var (outcome, reason) = outcomes[index];
            io.Line(outcome switch
            {
                Outcome.Written => $"recorded   {@case.RelativePath}",
                Outcome.Unchanged => $"unchanged  {@case.RelativePath}",
                _ => $"REFUSED    {@case.RelativePath}: {reason}",
            });
        }).ConfigureAwait(false);

        var manifestPath = Path.Combine(casesDir, CaseTree.ManifestFileName);
        var manifest = Manifest.Load(manifestPath);
        for (var i = 0; i < cases.Count; i++)
        {
            if (outcomes[i].Outcome != Outcome.Refused)
                manifest.Set(cases[i].RelativePath, version);
        }
        manifest.Prune(tree.CasePaths);
        manifest.Save(manifestPath);

        var written = outcomes.Count(o => o.Outcome == Outcome.Written);
        var unchanged = outcomes.Count(o => o.Outcome == Outcome.Unchanged);
        var refused = outcomes.Count(o => o.Outcome == Outcome.Refused);
        io.Line($"{written} recorded, {unchanged} unchanged, {refused} refused; {MetadataError.DisplayPath(manifestPath)} updated");
        if (refused > 0)
            io.Line("A refused case did not behave as its 'expect' says; fix the case (or its header) and record it again.");
        return refused > 0 ? 1 : 0;
    }

    private static async Task<(Outcome, string?)> RecordAsync(ConformanceCase @case, Implementation implementation, double timeoutScale, CancellationToken token)
    {
        var skip = CaseExecution.SkipReason(@case, implementation);
        if (skip is not null)
            return (Outcome.Refused, skip);
        var result = await ProcessRunner.RunAsync(CaseExecution.SpecFor(@case, implementation, timeoutScale), token).ConfigureAwait(false);
        if (result.TimedOut)
            return (Outcome.Refused, $"timed out after {CaseExecution.TimeoutSeconds(@case, timeoutScale):0.#}s");
        if (result.Note is not null)
            return (Outcome.Refused, result.Note);
        var problem = Judge.CheckBehaviour(@case.Metadata.Expect, result.ExitCode, Judge.Decode(result.Stderr));
        if (problem is not null)
            return (Outcome.Refused, $"expect: {@case.Metadata.Expect}, but {problem}");

        var bytes = KeepPatterns(@case.OutPath, result.Stdout);
        if (File.Exists(@case.OutPath) && File.ReadAllBytes(@case.OutPath).AsSpan().SequenceEqual(bytes))
            return (Outcome.Unchanged, null);
        await File.WriteAllBytesAsync(@case.OutPath, bytes, token).ConfigureAwait(false);
        return (Outcome.Written, null);
    }

    /// <summary>The new .out: stdout exactly, except old "(?re)" lines that still match their new line.</summary>
    public static byte[] KeepPatterns(string outPath, byte[] stdout)
    {
        if (!File.Exists(outPath))
            return stdout;
        var old = ExpectedOutput.Parse(File.ReadAllText(outPath), outPath);
        if (!old.HasPatterns)
            return stdout;
        var actual = OutputLine.Split(Judge.Decode(stdout)).ToArray();
        var kept = false;
        foreach (var edit in LineDiff.Align(old.Lines.Count, actual.Length, (i, j) => old.LineMatches(i, actual[j])))
        {
            if (edit.Kind == EditKind.Equal && old.IsPattern(edit.OldIndex))
            {
                actual[edit.NewIndex] = actual[edit.NewIndex] with { Text = old.Lines[edit.OldIndex].Text };
                kept = true;
            }
        }
        return kept ? new UTF8Encoding(false).GetBytes(OutputLine.Join(actual)) : stdout;
    }
}
