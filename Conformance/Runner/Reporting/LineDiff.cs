namespace Ftpy.Conformance.Reporting;

public enum EditKind { Equal, Delete, Insert }

/// <summary>One step of an edit script: keep old line <see cref="OldIndex"/> (Equal), drop it (Delete), or add new line <see cref="NewIndex"/> (Insert).</summary>
public readonly record struct Edit(EditKind Kind, int OldIndex, int NewIndex);

/// <summary>
/// A shortest edit script between two line sequences, by longest common subsequence over
/// the part between the common prefix and suffix. Equality is a callback so that a .out
/// regular-expression line can equal the actual line it matches.
/// </summary>
public static class LineDiff
{
    /// <summary>Above this many table cells the middle is reported as wholly replaced.</summary>
    private const long MaxTableCells = 4_000_000;

    public static IReadOnlyList<Edit> Align(int oldCount, int newCount, Func<int, int, bool> equal)
    {
        var edits = new List<Edit>(Math.Max(oldCount, newCount));
        var prefix = 0;
        while (prefix < oldCount && prefix < newCount && equal(prefix, prefix))
            prefix++;
        var suffix = 0;
        while (suffix < oldCount - prefix && suffix < newCount - prefix && equal(oldCount - 1 - suffix, newCount - 1 - suffix))
            suffix++;

        for (var i = 0; i < prefix; i++)
            edits.Add(new Edit(EditKind.Equal, i, i));

        int n = oldCount - prefix - suffix, m = newCount - prefix - suffix;
        if ((long)(n + 1) * (m + 1) > MaxTableCells)
        {
            for (var i = 0; i < n; i++)
                edits.Add(new Edit(EditKind.Delete, prefix + i, prefix));
            for (var j = 0; j < m; j++)
                edits.Add(new Edit(EditKind.Insert, prefix + n, prefix + j));
        }
        else
        {
            AlignMiddle(prefix, n, m, equal, edits);
        }

        for (var k = 0; k < suffix; k++)
            edits.Add(new Edit(EditKind.Equal, oldCount - suffix + k, newCount - suffix + k));
        return edits;
    }

    private static void AlignMiddle(int offset, int n, int m, Func<int, int, bool> equal, List<Edit> edits)
    {
        // lcs[i, j] = length of the LCS of old[i..n) and new[j..m).
        var width = m + 1;
        var lcs = new int[(n + 1) * width];
        for (var i = n - 1; i >= 0; i--)
        {
            for (var j = m - 1; j >= 0; j--)
            {
                lcs[i * width + j] = equal(offset + i, offset + j)
                    ? lcs[(i + 1) * width + j + 1] + 1
                    : Math.Max(lcs[(i + 1) * width + j], lcs[i * width + j + 1]);
            }
        }
        int a = 0, b = 0;
        while (a < n || b < m)
        {
            if (a < n && b < m && equal(offset + a, offset + b) && lcs[a * width + b] == lcs[(a + 1) * width + b + 1] + 1)
            {
                edits.Add(new Edit(EditKind.Equal, offset + a, offset + b));
                a++;
                b++;
            }
            else if (a < n && (b == m || lcs[(a + 1) * width + b] >= lcs[a * width + b + 1]))
            {
                edits.Add(new Edit(EditKind.Delete, offset + a, offset + b));
                a++;
            }
            else
            {
                edits.Add(new Edit(EditKind.Insert, offset + a, offset + b));
                b++;
            }
        }
    }
}
