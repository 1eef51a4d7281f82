using System.CommandLine;
using System.Globalization;
using System.Text;
using Ftpy.Conformance.Cases;
using Ftpy.Conformance.Execution;
using Ftpy.Conformance.Expectations;
using Ftpy.Conformance.Reporting;
using Spectre.Console;

namespace Ftpy.Conformance.Commands;

/// <summary>`run`: every selected case on every --python, then the matrix and reports.</summary>
public sealed class RunCommand
{
    private readonly SelectionOptions _selection = new();

    private readonly Option<string[]> _python = new("--python")
    {
        Description = "A Python executable to test (repeatable): 'ftpy' for the in-tree build, a name looked up on PATH and in pyenv, or a path",
        HelpName = "EXE",
    };

    private readonly Option<int> _jobs = new("--jobs", "-j")
    {
        Description = "How many cases run at once",
        DefaultValueFactory = _ => Environment.ProcessorCount,
        HelpName = "N",
    };

    private readonly Option<int> _repeat = new("--repeat")
    {
        Description = "How many times each stress case runs; it fails if any repetition fails",
        DefaultValueFactory = _ => 3,
        HelpName = "N",
    };

    private readonly Option<double> _timeoutScale = new("--timeout-scale")
    {
        Description = "Multiply every case's timeout by this (for slow machines or implementations)",
        DefaultValueFactory = _ => 1.0,
        HelpName = "F",
    };

    private readonly Option<string?> _junit = new("--junit") { Description = "Write a JUnit XML report here", HelpName = "FILE" };
    private readonly Option<string?> _markdown = new("--markdown") { Description = "Write a Markdown report here", HelpName = "FILE" };
    private readonly Option<string?> _html = new("--html") { Description = "Write a self-contained HTML report here", HelpName = "FILE" };

    private readonly Option<string?> _expectations = new("--expectations")
    {
        Description = "Folder of <implementation>.txt expected-failure lists (default: Conformance/expectations)",
        HelpName = "DIR",
    };

    private readonly Option<bool> _strictStale = new("--strict-stale") { Description = "Fail the run when an expected failure passes" };
    private readonly Option<bool> _verbose = new("--verbose", "-v") { Description = "Print the stdout diff and stderr of each failure" };

    public Command Build(ConsoleIO io, RepositoryLayout layout)
    {
        var command = new Command("run", "Run the cases on one or more Python executables (the default command)");
        command.Options.Add(_python);
        command.Options.Add(_jobs);
        _selection.AddTo(command);
        command.Options.Add(_repeat);
        command.Options.Add(_timeoutScale);
        command.Options.Add(_junit);
        command.Options.Add(_markdown);
        command.Options.Add(_html);
        command.Options.Add(_expectations);
        command.Options.Add(_strictStale);
        command.Options.Add(_verbose);
        command.SetAction((parse, token) => Program.Guard(io, () => ExecuteAsync(parse, io, layout, token)));
        return command;
    }

    private async Task<int> ExecuteAsync(ParseResult parse, ConsoleIO io, RepositoryLayout layout, CancellationToken token)
    {
        var pythons = parse.GetValue(_python) ?? [];
        if (pythons.Length == 0)
            throw new UsageException("give at least one --python EXE (for example --python python3.13, --python ftpy, --python /path/to/python)");
        var jobs = parse.GetValue(_jobs);
        var repeat = parse.GetValue(_repeat);
        var timeoutScale = parse.GetValue(_timeoutScale);
        if (jobs < 1)
            throw new UsageException("--jobs must be at least 1");
        if (repeat < 1)
            throw new UsageException("--repeat must be at least 1");
        if (!(timeoutScale > 0))
            throw new UsageException("--timeout-scale must be positive");

        var casesDir = layout.CasesDir(parse.GetValue(_selection.Cases));
        var expectationsDir = layout.ExpectationsDir(parse.GetValue(_expectations));
        var tree = CaseTree.Load(casesDir);
        if (Program.ReportErrors(io, tree.Errors))
            return Program.UsageExit;
        var cases = SelectionOptions.Select(tree, _selection.ReadFilter(parse, casesDir));
        if (cases.Count == 0)
            throw new UsageException("no cases selected");

        var locator = new PythonLocator(layout.Root, io.Error);
        var implementations = new List<Implementation>();
        foreach (var spec in pythons)
        {
            var implementation = await locator.LocateAsync(spec, token).ConfigureAwait(false);
            var clash = implementations.FirstOrDefault(i => i.Label == implementation.Label);
            if (clash is not null)
                throw new UsageException($"--python {spec} and {clash.Executable} are both '{implementation.Label}'; give each implementation once");
            implementations.Add(implementation);
        }

        var errors = new List<MetadataError>();
        var expectations = new Dictionary<string, ExpectationFile>(StringComparer.Ordinal);
        foreach (var implementation in implementations)
            expectations[implementation.Label] = ExpectationFile.Load(expectationsDir, implementation.Label, tree.CasePaths, errors);
        if (Program.ReportErrors(io, errors))
            return Program.UsageExit;

        io.Line($"{cases.Count} cases on {implementations.Count} implementation{(implementations.Count == 1 ? "" : "s")}, {jobs} at a time:");
        foreach (var implementation in implementations)
        {
            var file = expectations[implementation.Label];
            var known = file.Entries.Count == 0 ? "no expected failures" : $"{file.Entries.Count} expected failures in {MetadataError.DisplayPath(file.Path)}";
            io.Line($"  {implementation.Describe()}; {known}");
        }

        var plan = new RunPlan(implementations, cases, expectations, jobs, repeat, timeoutScale);
        var results = io.Interactive
            ? await RunWithProgressBarsAsync(plan, token).ConfigureAwait(false)
            : await RunWithProgressLinesAsync(plan, io, token).ConfigureAwait(false);

        var strictStale = parse.GetValue(_strictStale);
        io.Out.Write(ConsoleSummary.Render(results, expectationsDir, parse.GetValue(_verbose), strictStale));
        WriteReports(parse, results, strictStale, io);
        return results.ExitCode(strictStale);
    }

    private static Task<RunResults> RunWithProgressLinesAsync(RunPlan plan, ConsoleIO io, CancellationToken token)
    {
        var total = plan.Cases.Count * plan.Implementations.Count;
        var width = total.ToString(CultureInfo.InvariantCulture).Length;
        var done = 0;
        return RunEngine.RunAsync(plan, result =>
        {
            var n = Interlocked.Increment(ref done);
            var line = new StringBuilder();
            line.Append('[').Append(n.ToString(CultureInfo.InvariantCulture).PadLeft(width)).Append('/').Append(total).Append("] ");
            line.Append(result.StatusWord.PadRight(5)).Append(' ').Append(result.Implementation.Label).Append(' ').Append(result.Case.RelativePath);
            line.Append(string.Create(CultureInfo.InvariantCulture, $" ({result.Elapsed.TotalSeconds:0.00}s)"));
            if (result.Message is not null && result.Status != CaseStatus.Passed)
                line.Append(": ").Append(result.Message);
            io.Line(line.ToString());
        }, token);
    }

    private static async Task<RunResults> RunWithProgressBarsAsync(RunPlan plan, CancellationToken token)
    {
        RunResults? results = null;
        await AnsiConsole.Progress()
            .AutoClear(false)
            .HideCompleted(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var tasks = plan.Implementations.ToDictionary(i => i, i => context.AddTask(Markup.Escape(i.Label), maxValue: plan.Cases.Count));
                var failures = plan.Implementations.ToDictionary(i => i, _ => 0);
                var gate = new Lock();
                results = await RunEngine.RunAsync(plan, result =>
                {
                    lock (gate)
                    {
                        var task = tasks[result.Implementation];
                        if (result.Status == CaseStatus.Failed)
                            failures[result.Implementation]++;
                        var failed = failures[result.Implementation];
                        task.Description = failed == 0
                            ? Markup.Escape(result.Implementation.Label)
                            : $"{Markup.Escape(result.Implementation.Label)} [red]{failed} failed[/]";
                        task.Increment(1);
                    }
                }, token).ConfigureAwait(false);
            }).ConfigureAwait(false);
        return results!;
    }

    private void WriteReports(ParseResult parse, RunResults results, bool strictStale, ConsoleIO io)
    {
        if (parse.GetValue(_junit) is { } junit)
        {
            using var stream = CreateReport(junit);
            JUnitReport.Write(results, strictStale, stream);
            io.Line($"JUnit report: {junit}");
        }
        if (parse.GetValue(_markdown) is { } markdown)
        {
            WriteText(markdown, MarkdownReport.Render(results, strictStale));
            io.Line($"Markdown report: {markdown}");
        }
        if (parse.GetValue(_html) is { } html)
        {
            WriteText(html, HtmlReport.Render(results, strictStale));
            io.Line($"HTML report: {html}");
        }
    }

    private static FileStream CreateReport(string path)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        return File.Create(full);
    }

    private static void WriteText(string path, string text)
    {
        using var stream = CreateReport(path);
        using var writer = new StreamWriter(stream, new UTF8Encoding(false));
        writer.Write(text);
    }
}
