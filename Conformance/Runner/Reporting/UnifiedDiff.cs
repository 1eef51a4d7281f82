using System.Text;
using Ftpy.Conformance.Cases;

namespace Ftpy.Conformance.Reporting;

/// <summary>Formats an edit script as a unified diff (the format of `diff -u`).</summary>
public static class UnifiedDiff
{
    public const int DefaultContext = 3;

    /// <summary>A unified diff of expected output against actual output; empty when they match.</summary>
    public static string Create(ExpectedOutput expected, IReadOnlyList<OutputLine> actual, string fromLabel = "expected", string toLabel = "actual", int context = DefaultContext)
    {
        var edits = LineDiff.Align(expected.Lines.Count, actual.Count, (i, j) => expected.LineMatches(i, actual[j]));
        return Format(expected.Lines, actual, edits, fromLabel, toLabel, context);
    }

    /// <summary>A unified diff of two texts compared exactly; empty when they are equal.</summary>
    public static string Create(string oldText, string newText, string fromLabel = "expected", string toLabel = "actual", int context = DefaultContext)
    {
        var oldLines = OutputLine.Split(oldText);
        var newLines = OutputLine.Split(newText);
        var edits = LineDiff.Align(oldLines.Count, newLines.Count, (i, j) => oldLines[i] == newLines[j]);
        return Format(oldLines, newLines, edits, fromLabel, toLabel, context);
    }

    public static string Format(IReadOnlyList<OutputLine> oldLines, IReadOnlyList<OutputLine> newLines, IReadOnlyList<Edit> edits, string fromLabel, string toLabel, int context)
    {
        if (edits.All(e => e.Kind == EditKind.Equal))
            return "";
        var builder = new StringBuilder();
        builder.Append("--- ").Append(fromLabel).Append('\n');
        builder.Append("+++ ").Append(toLabel).Append('\n');

        var changed = new List<int>();
        for (var k = 0; k < edits.Count; k++)
        {
            if (edits[k].Kind != EditKind.Equal)
                changed.Add(k);
        }

        var h = 0;
        while (h < changed.Count)
        {
            var first = changed[h];
            var last = first;
            while (h + 1 < changed.Count && changed[h + 1] - last <= 2 * context + 1)
                last = changed[++h];
            h++;
            var start = Math.Max(0, first - context);
            var end = Math.Min(edits.Count - 1, last + context);
            AppendHunk(builder, oldLines, newLines, edits, start, end);
        }
        return builder.ToString();
    }

    private static void AppendHunk(StringBuilder builder, IReadOnlyList<OutputLine> oldLines, IReadOnlyList<OutputLine> newLines, IReadOnlyList<Edit> edits, int start, int end)
    {
        int oldCount = 0, newCount = 0;
        for (var k = start; k <= end; k++)
        {
            if (edits[k].Kind != EditKind.Insert) oldCount++;
            if (edits[k].Kind != EditKind.Delete) newCount++;
        }
        // Both indices of an edit are the positions reached in each sequence at that step.
        var oldStart = edits[start].OldIndex;
        var newStart = edits[start].NewIndex;
        builder.Append("@@ -").Append(Range(oldStart, oldCount)).Append(" +").Append(Range(newStart, newCount)).Append(" @@\n");
        for (var k = start; k <= end; k++)
        {
            var edit = edits[k];
            var line = edit.Kind == EditKind.Insert ? newLines[edit.NewIndex] : oldLines[edit.OldIndex];
            var marker = edit.Kind switch { EditKind.Equal => ' ', EditKind.Delete => '-', _ => '+' };
            builder.Append(marker).Append(line.Text).Append('\n');
            if (line.MissingNewline)
                builder.Append("\\ No newline at end of file\n");
        }
    }

    // diff -u numbers lines from 1; an empty range names the line before it.
    private static string Range(int start, int count) => count switch
    {
        0 => $"{start},0",
        1 => $"{start + 1}",
        _ => $"{start + 1},{count}",
    };
}
