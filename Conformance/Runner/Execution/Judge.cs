using System.Text;
using Ftpy.Conformance.Cases;
using Ftpy.Conformance.Reporting;

namespace Ftpy.Conformance.Execution;

/// <summary>The outcome of one run of a case, before expectation files are consulted.</summary>
/// <param name="Problem">Why it failed, one line; null when it passed.</param>
/// <param name="Diff">Unified diff of expected against actual stdout, when stdout differed.</param>
public sealed record Verdict(string? Problem, string? Diff, string Stdout, string Stderr)
{
    public bool Passed => Problem is null;
}

/// <summary>
/// Decides whether a run behaved as its header's `expect` says (FORMAT.md, "How a case runs").
/// </summary>
public static class Judge
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    private static readonly string[] SyntaxErrorTypes = ["SyntaxError", "IndentationError", "TabError"];

    public static string Decode(byte[] bytes) => Utf8.GetString(bytes);

    public static Verdict Decide(CaseMetadata metadata, ExpectedOutput expected, ProcessResult result, double timeoutSeconds)
    {
        var stdout = Decode(result.Stdout);
        var stderr = Decode(result.Stderr);
        var problems = new List<string>();

        if (result.TimedOut)
            problems.Add($"timed out after {timeoutSeconds:0.#}s (killed with its process tree)");
        else
        {
            var behaviour = CheckBehaviour(metadata.Expect, result.ExitCode, stderr);
            if (behaviour is not null)
                problems.Add(behaviour);
        }

        string? diff = null;
        var actualLines = OutputLine.Split(stdout);
        if (!expected.Matches(actualLines))
        {
            diff = UnifiedDiff.Create(expected, actualLines, "expected stdout (.out)", "actual stdout");
            if (!result.TimedOut)
                problems.Add("stdout differs from the .out file");
        }
        if (result.Note is not null)
            problems.Add(result.Note);

        return new Verdict(problems.Count == 0 ? null : string.Join("; ", problems), diff, stdout, stderr);
    }

    /// <summary>Exit code and stderr against `expect`, ignoring stdout; null when they agree.</summary>
    public static string? CheckBehaviour(Expectation expect, int exitCode, string stderr)
    {
        var last = ErrorLine(stderr);
        switch (expect.Kind)
        {
            case ExpectKind.Output:
                return exitCode == 0 ? null : $"exit code {exitCode}, expected 0{Quote(LastLine(stderr))}";
            case ExpectKind.Exception:
                if (exitCode != 1)
                    return $"exit code {exitCode}, expected 1 from an uncaught {expect.ExceptionType}{Quote(LastLine(stderr))}";
                return NamesException(last, expect.ExceptionType!)
                    ? null
                    : $"expected uncaught {expect.ExceptionType}, stderr ends with {Describe(last)}";
            default:
                if (exitCode != 1)
                    return $"exit code {exitCode}, expected 1 from a syntax error{Quote(LastLine(stderr))}";
                return SyntaxErrorTypes.Any(t => last.StartsWith(t, StringComparison.Ordinal))
                    ? null
                    : $"expected a SyntaxError, stderr ends with {Describe(last)}";
        }
    }

    /// <summary>
    /// Whether a traceback's last line names the exception: "T: message", exactly "T", or
    /// a module-qualified name ending in ".T" (json.decoder.JSONDecodeError matches JSONDecodeError).
    /// </summary>
    public static bool NamesException(string line, string type)
    {
        var colon = line.IndexOf(':');
        var name = (colon < 0 ? line : line[..colon]).Trim();
        if (name.Length == 0 || name.Contains(' '))
            return false;
        var expectedName = type[(type.LastIndexOf('.') + 1)..];
        var actualName = name[(name.LastIndexOf('.') + 1)..];
        return actualName == expectedName;
    }

    /// <summary>
    /// The line of stderr that names the uncaught exception: the last non-empty line, except
    /// that an exception group's traceback ends in box-drawing lines, so for those the
    /// outermost group's own line ("| ExceptionGroup: message (n sub-exceptions)") is used.
    /// </summary>
    public static string ErrorLine(string stderr)
    {
        var lines = stderr.Split('\n').Select(l => l.TrimEnd('\r', ' ')).Where(l => l.Trim().Length > 0).ToList();
        if (lines.Count == 0)
            return "";
        var last = lines[^1].Trim();
        if (!last.StartsWith("+-", StringComparison.Ordinal) || !last.All(c => c is '+' or '-'))
            return lines[^1];
        // The group's own line is the first "| Name: ..." with one space after the bar;
        // traceback entries under the bar are indented further.
        var start = lines.FindLastIndex(l => l.TrimStart().StartsWith("+ Exception Group Traceback", StringComparison.Ordinal));
        for (var i = Math.Max(0, start + 1); i < lines.Count; i++)
        {
            var text = lines[i].TrimStart();
            if (text.Length > 2 && text[0] == '|' && text[1] == ' ' && text[2] != ' ')
                return text[2..];
        }
        return lines[^1];
    }

    private static string LastLine(string stderr) =>
        stderr.Split('\n').Select(l => l.TrimEnd('\r')).LastOrDefault(l => l.Trim().Length > 0) ?? "";

    private static string Quote(string line) => line.Length == 0 ? "" : $" (stderr: {Truncate(line)})";

    private static string Describe(string line) => line.Length == 0 ? "nothing (stderr is empty)" : $"'{Truncate(line)}'";

    private static string Truncate(string text) => text.Length <= 200 ? text : text[..200] + "...";
}
