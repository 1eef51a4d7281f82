using System.Text;
using Ftpy.Conformance.Execution;

namespace Ftpy.Conformance.Reporting;

/// <summary>A Markdown summary: the matrix, the unexpected failures (with diffs) and stale entries.</summary>
public static class MarkdownReport
{
    private const int MaxDiffLines = 60;

    public static string Render(RunResults run, bool strictStale)
    {
        var builder = new StringBuilder();
        builder.Append("# Conformance results\n\n");
        foreach (var implementation in run.Implementations)
            builder.Append($"- `{implementation.Label}`: {Cell(implementation.Describe())}\n");
        builder.Append('\n');

        var rows = Matrix.Build(run).Rows();
        builder.Append("| ").Append(string.Join(" | ", rows[0].Select(Cell))).Append(" |\n");
        builder.Append('|').Append(string.Concat(rows[0].Select((_, i) => i == 0 ? "---|" : "---:|"))).Append('\n');
        foreach (var row in rows.Skip(1))
        {
            var cells = row.Select(Cell).ToArray();
            if (row == rows[^1])
                cells = cells.Select(c => $"**{c}**").ToArray();
            builder.Append("| ").Append(string.Join(" | ", cells)).Append(" |\n");
        }

        var failures = run.UnexpectedFailures;
        builder.Append($"\n## Unexpected failures ({failures.Count})\n\n");
        if (failures.Count == 0)
            builder.Append("None.\n");
        foreach (var failure in failures)
        {
            builder.Append($"### `{failure.Implementation.Label}` {Code(failure.Case.RelativePath)}\n\n");
            builder.Append(Cell(failure.Message ?? "")).Append("\n\n");
            if (!string.IsNullOrEmpty(failure.Diff))
                builder.Append(Fence(Limit(failure.Diff), "diff"));
            var tail = failure.StderrTail(15);
            if (tail.Length > 0)
                builder.Append("stderr (last lines):\n\n").Append(Fence(tail + "\n", "text"));
        }

        var expected = run.Results.Where(r => r.Status == CaseStatus.ExpectedFailure).ToList();
        if (expected.Count > 0)
        {
            builder.Append($"\n## Expected failures ({expected.Count})\n\n");
            foreach (var entry in expected)
                builder.Append($"- `{entry.Implementation.Label}` {Code(entry.Case.RelativePath)}: {Cell(entry.KnownFailure!.Reason)}\n");
        }

        var stale = run.Stale;
        if (stale.Count > 0)
        {
            builder.Append($"\n## Stale expectation entries ({stale.Count}){(strictStale ? "" : " — passing now; remove them")}\n\n");
            foreach (var entry in stale)
                builder.Append($"- `{entry.Implementation.Label}` {Code(entry.Case.RelativePath)}: {Cell(entry.KnownFailure!.Reason)}\n");
        }
        return builder.ToString();
    }

    private static string Cell(string text) => text.Replace("|", "\\|").Replace("\n", " ");

    private static string Code(string text) => $"`{text.Replace("`", "'")}`";

    private static string Limit(string diff)
    {
        var lines = diff.TrimEnd('\n').Split('\n');
        return lines.Length <= MaxDiffLines
            ? diff
            : string.Join('\n', lines.Take(MaxDiffLines)) + $"\n... ({lines.Length - MaxDiffLines} more lines)\n";
    }

    /// <summary>A fenced block whose fence is longer than any backtick run inside it.</summary>
    private static string Fence(string text, string language)
    {
        var longest = 0;
        var run = 0;
        foreach (var c in text)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }
        var fence = new string('`', Math.Max(3, longest + 1));
        return $"{fence}{language}\n{text.TrimEnd('\n')}\n{fence}\n\n";
    }
}
