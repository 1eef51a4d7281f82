using Ftpy.Conformance.Cases;
using Ftpy.Conformance.Reporting;

namespace Ftpy.Conformance.Tests;

public class UnifiedDiffTests
{
    [Fact]
    public void EqualTextsHaveNoDiff() => Assert.Equal("", UnifiedDiff.Create("a\nb\n", "a\nb\n"));

    [Fact]
    public void ChangedLineInTheMiddleShowsContext()
    {
        var old = string.Concat(Enumerable.Range(1, 10).Select(i => $"{i}\n"));
        var diff = UnifiedDiff.Create(old, old.Replace("5\n", "five\n"), "a", "b");
        Assert.Equal("--- a\n+++ b\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n", diff);
    }

    [Fact]
    public void DistantChangesMakeSeparateHunks()
    {
        var old = string.Concat(Enumerable.Range(1, 20).Select(i => $"{i}\n"));
        var @new = string.Concat(Enumerable.Range(1, 20).Select(i => i switch { 2 => "two\n", 19 => "nineteen\n", _ => $"{i}\n" }));
        var diff = UnifiedDiff.Create(old, @new, "a", "b", context: 1);
        Assert.Equal("--- a\n+++ b\n@@ -1,3 +1,3 @@\n 1\n-2\n+two\n 3\n@@ -18,3 +18,3 @@\n 18\n-19\n+nineteen\n 20\n", diff);
    }

    [Fact]
    public void InsertionIntoEmptyAndDeletionToEmpty()
    {
        Assert.Equal("--- a\n+++ b\n@@ -0,0 +1,2 @@\n+x\n+y\n", UnifiedDiff.Create("", "x\ny\n", "a", "b"));
        Assert.Equal("--- a\n+++ b\n@@ -1 +0,0 @@\n-x\n", UnifiedDiff.Create("x\n", "", "a", "b"));
    }

    [Fact]
    public void MissingFinalNewlineIsMarked()
    {
        var diff = UnifiedDiff.Create("a\nb\n", "a\nb", "a", "b");
        Assert.Equal("--- a\n+++ b\n@@ -1,2 +1,2 @@\n a\n-b\n+b\n\\ No newline at end of file\n", diff);
    }

    [Fact]
    public void RegexLinesCountAsEqualWhenTheyMatch()
    {
        var expected = ExpectedOutput.Parse("(?re)id \\d+\nsame\nold\n", "x.out");
        var diff = UnifiedDiff.Create(expected, OutputLine.Split("id 42\nsame\nnew\n"), "a", "b");
        Assert.Equal("--- a\n+++ b\n@@ -1,3 +1,3 @@\n (?re)id \\d+\n same\n-old\n+new\n", diff);
    }

    [Fact]
    public void AlignmentIsAShortestEditScript()
    {
        var a = "a b c a b b a".Split(' ');
        var b = "c b a b a c".Split(' ');
        var edits = LineDiff.Align(a.Length, b.Length, (i, j) => a[i] == b[j]);
        Assert.Equal(4, edits.Count(e => e.Kind == EditKind.Equal));
        Assert.Equal(a.Length, edits.Count(e => e.Kind != EditKind.Insert));
        Assert.Equal(b.Length, edits.Count(e => e.Kind != EditKind.Delete));
        Assert.All(edits.Where(e => e.Kind == EditKind.Equal), e => Assert.Equal(a[e.OldIndex], b[e.NewIndex]));
    }

    [Fact]
    public void HugeInputsStillProduceADiff()
    {
        var old = string.Concat(Enumerable.Range(0, 3000).Select(i => $"{i}\n"));
        var @new = string.Concat(Enumerable.Range(0, 3000).Select(i => $"{(i % 2 == 0 ? i : -i)}\n"));
        var diff = UnifiedDiff.Create(old, @new);
        Assert.Contains("-1\n", diff);
        Assert.Contains("+-1\n", diff);
    }
}
