using System.CommandLine;
using Ftpy.Conformance.Cases;
using Ftpy.Conformance.Commands;
using Spectre.Console;

namespace Ftpy.Conformance;

/// <summary>
/// The `conformance` command: run (default), record, validate, list.
/// Exit codes: 0 success; 1 an implementation failed a case unexpectedly (run) or a case
/// was refused (record); 2 a usage or metadata error.
/// </summary>
public static class Program
{
    public const int UsageExit = 2;

    private static readonly string[] CommandNames = ["run", "record", "validate", "list"];
    private static readonly string[] RootTokens = ["-h", "--help", "-?", "/?", "--version"];

    public static Task<int> Main(string[] args)
    {
        var interactive = !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;
        return RunAsync(args, new ConsoleIO(Console.Out, Console.Error, interactive), RepositoryLayout.Discover(), CancellationToken.None);
    }

    public static async Task<int> RunAsync(string[] args, ConsoleIO io, RepositoryLayout layout, CancellationToken token)
    {
        if (args.Length == 0 || (!CommandNames.Contains(args[0]) && !RootTokens.Contains(args[0])))
            args = ["run", .. args];

        var root = new RootCommand("Runs the ftpy conformance cases on any Python executables and reports a pass/fail matrix.");
        root.Subcommands.Add(new RunCommand().Build(io, layout));
        root.Subcommands.Add(new RecordCommand().Build(io, layout));
        root.Subcommands.Add(new ValidateCommand().Build(io, layout));
        root.Subcommands.Add(new ListCommand().Build(io, layout));

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
                io.ErrorLine($"conformance: {error.Message}");
            io.ErrorLine("conformance: see 'conformance --help'");
            return UsageExit;
        }
        var config = new InvocationConfiguration { Output = io.Out, Error = io.Error };
        return await parse.InvokeAsync(config, token).ConfigureAwait(false);
    }

    /// <summary>Runs a command body, turning user-caused problems into one line and exit code 2.</summary>
    public static async Task<int> Guard(ConsoleIO io, Func<Task<int>> body)
    {
        try
        {
            return await body().ConfigureAwait(false);
        }
        catch (UsageException ex)
        {
            io.ErrorLine($"conformance: {ex.Message}");
            return UsageExit;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            io.ErrorLine($"conformance: {ex.Message}");
            return UsageExit;
        }
        catch (OperationCanceledException)
        {
            io.ErrorLine("conformance: interrupted");
            return 130;
        }
    }

    /// <summary>Prints metadata errors as file:line: message; true when there were any.</summary>
    public static bool ReportErrors(ConsoleIO io, IEnumerable<MetadataError> errors)
    {
        var list = errors.ToList();
        foreach (var error in list)
            io.ErrorLine(error.ToString());
        if (list.Count > 0)
            io.ErrorLine($"conformance: {list.Count} metadata error{(list.Count == 1 ? "" : "s")}");
        return list.Count > 0;
    }
}
