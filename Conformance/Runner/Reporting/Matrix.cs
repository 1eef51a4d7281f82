using System.Text;
using Ftpy.Conformance.Execution;

namespace Ftpy.Conformance.Reporting;

/// <summary>Counts for one area on one implementation.</summary>
public sealed record MatrixCell(int Total, int Passed, int Failed, int ExpectedFailures, int Stale, int Skipped)
{
    public static readonly MatrixCell Empty = new(0, 0, 0, 0, 0, 0);

    public static MatrixCell Of(IEnumerable<CaseResult> results)
    {
        int total = 0, passed = 0, failed = 0, xfail = 0, stale = 0, skipped = 0;
        foreach (var r in results)
        {
            total++;
            switch (r.Status)
            {
                case CaseStatus.Passed: passed++; break;
                case CaseStatus.Stale: passed++; stale++; break;
                case CaseStatus.Failed: failed++; break;
                case CaseStatus.ExpectedFailure: xfail++; break;
                default: skipped++; break;
            }
        }
        return new MatrixCell(total, passed, failed, xfail, stale, skipped);
    }

    /// <summary>"passed/total", then the counts that need a word: "9/12 (1 xfail, 1 skipped)".</summary>
    public string Text
    {
        get
        {
            if (Total == 0)
                return "-";
            var notes = new List<string>();
            if (ExpectedFailures > 0) notes.Add($"{ExpectedFailures} xfail");
            if (Skipped > 0) notes.Add($"{Skipped} skipped");
            if (Stale > 0) notes.Add($"{Stale} stale");
            return notes.Count == 0 ? $"{Passed}/{Total}" : $"{Passed}/{Total} ({string.Join(", ", notes)})";
        }
    }
}

/// <summary>Rows are areas (the first folder under cases/), columns are implementations.</summary>
public sealed class Matrix
{
    public IReadOnlyList<string> Areas { get; }
    public IReadOnlyList<Implementation> Implementations { get; }
    private readonly Dictionary<(string, Implementation), MatrixCell> _cells;
    private readonly Dictionary<Implementation, MatrixCell> _totals;

    private Matrix(IReadOnlyList<string> areas, IReadOnlyList<Implementation> implementations,
        Dictionary<(string, Implementation), MatrixCell> cells, Dictionary<Implementation, MatrixCell> totals)
    {
        Areas = areas;
        Implementations = implementations;
        _cells = cells;
        _totals = totals;
    }

    public MatrixCell this[string area, Implementation implementation] =>
        _cells.TryGetValue((area, implementation), out var cell) ? cell : MatrixCell.Empty;

    public MatrixCell Total(Implementation implementation) => _totals[implementation];

    public static Matrix Build(RunResults run)
    {
        var areas = run.Results.Select(r => r.Case.Area).Distinct().Order(StringComparer.Ordinal).ToList();
        var cells = new Dictionary<(string, Implementation), MatrixCell>();
        var totals = new Dictionary<Implementation, MatrixCell>();
        foreach (var implementation in run.Implementations)
        {
            var mine = run.ResultsFor(implementation).ToList();
            totals[implementation] = MatrixCell.Of(mine);
            foreach (var group in mine.GroupBy(r => r.Case.Area))
                cells[(group.Key, implementation)] = MatrixCell.Of(group);
        }
        return new Matrix(areas, run.Implementations, cells, totals);
    }

    /// <summary>The rows as text cells, header first and the total last.</summary>
    public IReadOnlyList<string[]> Rows()
    {
        var rows = new List<string[]>();
        rows.Add(["area", .. Implementations.Select(i => i.Label)]);
        foreach (var area in Areas)
            rows.Add([area, .. Implementations.Select(i => this[area, i].Text)]);
        rows.Add(["total", .. Implementations.Select(i => Total(i).Text)]);
        return rows;
    }

    /// <summary>A plain-text table with aligned columns.</summary>
    public string ToText()
    {
        var rows = Rows();
        var widths = Enumerable.Range(0, rows[0].Length).Select(c => rows.Max(r => r[c].Length)).ToArray();
        var builder = new StringBuilder();
        for (var r = 0; r < rows.Count; r++)
        {
            if (r == rows.Count - 1)
                builder.Append(string.Join("  ", widths.Select(w => new string('-', w)))).Append('\n');
            builder.Append(string.Join("  ", rows[r].Select((cell, c) => cell.PadRight(widths[c]))).TrimEnd()).Append('\n');
            if (r == 0)
                builder.Append(string.Join("  ", widths.Select(w => new string('-', w)))).Append('\n');
        }
        return builder.ToString();
    }
}
