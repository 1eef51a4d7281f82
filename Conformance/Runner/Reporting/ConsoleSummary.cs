using System.Text;
using Ftpy.Conformance.Execution;
using Ftpy.Conformance.Expectations;

namespace Ftpy.Conformance.Reporting;

/// <summary>What `run` prints after the cases finish: the matrix, then what needs attention.</summary>
public static class ConsoleSummary
{
    public static string Render(RunResults run, string expectationsDir, bool verbose, bool strictStale)
    {
        var builder = new StringBuilder();
        var matrix = Matrix.Build(run);
        builder.Append('\n').Append(matrix.ToText());

        var failures = run.UnexpectedFailures;
        if (failures.Count > 0)
        {
            builder.Append($"\nUnexpected failures ({failures.Count}):\n");
            foreach (var failure in failures)
            {
                builder.Append($"  FAIL  {failure.Implementation.Label}  {failure.Case.RelativePath}: {failure.Message}\n");
                if (!verbose)
                    continue;
                if (!string.IsNullOrEmpty(failure.Diff))
                    builder.Append(Indent(failure.Diff, "        "));
                var tail = failure.StderrTail(15);
                if (tail.Length > 0)
                    builder.Append("        stderr (last lines):\n").Append(Indent(tail + "\n", "        | "));
            }
        }

        var stale = run.Stale;
        if (stale.Count > 0)
        {
            builder.Append($"\nSTALE expectation entries ({stale.Count}): these cases now PASS; delete their lines{(strictStale ? "" : " (the run still succeeds)")}:\n");
            foreach (var entry in stale)
            {
                var file = ExpectationFileShown(expectationsDir, entry.Implementation.Label);
                builder.Append($"  STALE  {entry.Implementation.Label}  {entry.Case.RelativePath}  ({file}:{entry.KnownFailure!.Line}: {entry.KnownFailure.Reason})\n");
            }
        }

        builder.Append('\n');
        foreach (var implementation in run.Implementations)
        {
            var cell = matrix.Total(implementation);
            builder.Append($"{implementation.Label}: {cell.Passed} passed, {cell.Failed} failed, {cell.ExpectedFailures} expected failures, {cell.Stale} stale, {cell.Skipped} skipped\n");
        }
        return builder.ToString();
    }

    private static string ExpectationFileShown(string expectationsDir, string label) =>
        Cases.MetadataError.DisplayPath(ExpectationFile.FileFor(expectationsDir, label));

    public static string Indent(string text, string prefix)
    {
        var builder = new StringBuilder();
        foreach (var line in text.TrimEnd('\n').Split('\n'))
            builder.Append(prefix).Append(line).Append('\n');
        return builder.ToString();
    }
}
