using System.Net;
using System.Text;
using Ftpy.Conformance.Execution;

namespace Ftpy.Conformance.Reporting;

/// <summary>
/// One self-contained HTML page (inline CSS, no scripts or external files): the matrix,
/// then for each unexpected failure its unified stdout diff and the tail of its stderr.
/// Every piece of case output is HTML-escaped.
/// </summary>
public static class HtmlReport
{
    private const string Style = """
        body { font-family: system-ui, sans-serif; margin: 2em; color: #1b1b1b; }
        table { border-collapse: collapse; }
        th, td { border: 1px solid #ccc; padding: 0.3em 0.8em; text-align: right; }
        th:first-child, td:first-child { text-align: left; }
        tr.total td { font-weight: bold; }
        td.ok { background: #e6f4ea; } td.bad { background: #fce8e6; } td.none { color: #888; }
        pre { background: #f6f8fa; padding: 0.8em; overflow-x: auto; font-size: 90%; }
        .add { color: #116329; background: #dafbe1; display: block; }
        .del { color: #82071e; background: #ffebe9; display: block; }
        .hunk { color: #0550ae; display: block; }
        .stale { color: #9a6700; }
        h3 code { font-size: 100%; }
        """;

    public static string Render(RunResults run, bool strictStale)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Conformance results</title>\n");
        html.Append("<style>\n").Append(Style).Append("</style>\n</head>\n<body>\n<h1>Conformance results</h1>\n<ul>\n");
        foreach (var implementation in run.Implementations)
            html.Append($"<li><code>{E(implementation.Label)}</code>: {E(implementation.Describe())}</li>\n");
        html.Append("</ul>\n");

        var matrix = Matrix.Build(run);
        html.Append("<table>\n<tr><th>area</th>");
        foreach (var implementation in matrix.Implementations)
            html.Append($"<th>{E(implementation.Label)}</th>");
        html.Append("</tr>\n");
        foreach (var area in matrix.Areas)
        {
            html.Append($"<tr><td>{E(area)}</td>");
            foreach (var implementation in matrix.Implementations)
                AppendCell(html, matrix[area, implementation]);
            html.Append("</tr>\n");
        }
        html.Append("<tr class=\"total\"><td>total</td>");
        foreach (var implementation in matrix.Implementations)
            AppendCell(html, matrix.Total(implementation));
        html.Append("</tr>\n</table>\n");

        var failures = run.UnexpectedFailures;
        html.Append($"<h2>Unexpected failures ({failures.Count})</h2>\n");
        if (failures.Count == 0)
            html.Append("<p>None.</p>\n");
        foreach (var failure in failures)
        {
            html.Append($"<h3><code>{E(failure.Implementation.Label)}</code> <code>{E(failure.Case.RelativePath)}</code></h3>\n");
            html.Append($"<p>{E(failure.Message ?? "")}</p>\n");
            if (!string.IsNullOrEmpty(failure.Diff))
                html.Append("<pre class=\"diff\">").Append(DiffHtml(failure.Diff)).Append("</pre>\n");
            var tail = failure.StderrTail();
            if (tail.Length > 0)
                html.Append("<p>stderr (last lines):</p>\n<pre class=\"stderr\">").Append(E(tail)).Append("</pre>\n");
        }

        var expected = run.Results.Where(r => r.Status == CaseStatus.ExpectedFailure).ToList();
        if (expected.Count > 0)
        {
            html.Append($"<h2>Expected failures ({expected.Count})</h2>\n<ul>\n");
            foreach (var entry in expected)
                html.Append($"<li><code>{E(entry.Implementation.Label)}</code> <code>{E(entry.Case.RelativePath)}</code>: {E(entry.KnownFailure!.Reason)} <small>({E(entry.Message ?? "")})</small></li>\n");
            html.Append("</ul>\n");
        }

        var stale = run.Stale;
        if (stale.Count > 0)
        {
            html.Append($"<h2 class=\"stale\">Stale expectation entries ({stale.Count})</h2>\n");
            html.Append(strictStale ? "<p>These fail the run (--strict-stale).</p>\n" : "<p>These cases pass now; remove their entries.</p>\n");
            html.Append("<ul>\n");
            foreach (var entry in stale)
                html.Append($"<li><code>{E(entry.Implementation.Label)}</code> <code>{E(entry.Case.RelativePath)}</code>: {E(entry.KnownFailure!.Reason)}</li>\n");
            html.Append("</ul>\n");
        }
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static void AppendCell(StringBuilder html, MatrixCell cell)
    {
        var css = cell.Total == 0 ? "none" : cell.Failed > 0 ? "bad" : "ok";
        html.Append($"<td class=\"{css}\">{E(cell.Text)}</td>");
    }

    private static string DiffHtml(string diff)
    {
        var builder = new StringBuilder();
        foreach (var line in diff.TrimEnd('\n').Split('\n'))
        {
            var css = line.StartsWith("@@", StringComparison.Ordinal) ? "hunk"
                : line.StartsWith("+++", StringComparison.Ordinal) || line.StartsWith("---", StringComparison.Ordinal) ? null
                : line.StartsWith('+') ? "add"
                : line.StartsWith('-') ? "del"
                : null;
            builder.Append(css is null ? E(line) + "\n" : $"<span class=\"{css}\">{E(line)}</span>");
        }
        return builder.ToString();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
