using System.Xml.Linq;
using Ftpy.Conformance.Cases;
using Ftpy.Conformance.Execution;
using Ftpy.Conformance.Expectations;
using Ftpy.Conformance.Reporting;

namespace Ftpy.Conformance.Tests;

public class ReportTests
{
    private static readonly Implementation Cpython = new("cpython-3.13", "/usr/bin/python3.13", "cpython", new Version(3, 13, 0), false);
    private static readonly Implementation Ftpy = new("ftpy", "/repo/build/ftpy/ftpy", null, null, false);

    private static ConformanceCase Case(string path) =>
        new(path, "/cases/" + path, new CaseMetadata("d", ["str"], [], Expectation.Output, null, 60, [], ""));

    private static CaseResult Result(Implementation implementation, string path, CaseStatus status, string? message = null,
        string? diff = null, string stderr = "", string? reason = null) =>
        new(implementation, Case(path), status, message, diff, stderr, 1, status is CaseStatus.Failed or CaseStatus.ExpectedFailure ? 1 : 0,
            TimeSpan.FromMilliseconds(120), reason is null ? null : new KnownFailure(path, reason, 4));

    private const string Nasty = "<script>alert('x')</script> & \"quotes\" \u0001\u001b[31m";

    private static RunResults Sample() => new([Cpython, Ftpy],
    [
        Result(Cpython, "smoke/a.py", CaseStatus.Passed),
        Result(Ftpy, "smoke/a.py", CaseStatus.Failed, "stdout differs from the .out file",
            "--- expected\n+++ actual\n@@ -1 +1 @@\n-<b>\n+" + Nasty + "\n", "Traceback:\n" + Nasty + "\n"),
        Result(Cpython, "smoke/b.py", CaseStatus.Skipped, "needs Python 3.14"),
        Result(Ftpy, "smoke/b.py", CaseStatus.ExpectedFailure, "exit code 1, expected 0", reason: "no <generators> yet"),
        Result(Cpython, "threads/c.py", CaseStatus.Passed),
        Result(Ftpy, "threads/c.py", CaseStatus.Stale, reason: "was flaky"),
    ]);

    [Fact]
    public void MatrixCountsPerAreaAndImplementation()
    {
        var matrix = Matrix.Build(Sample());
        Assert.Equal(["smoke", "threads"], matrix.Areas);
        Assert.Equal("1/2 (1 skipped)", matrix["smoke", Cpython].Text);
        Assert.Equal("0/2 (1 xfail)", matrix["smoke", Ftpy].Text);
        Assert.Equal("1/1 (1 stale)", matrix["threads", Ftpy].Text);
        Assert.Equal(new MatrixCell(3, 1, 1, 1, 1, 0), matrix.Total(Ftpy));
        var text = matrix.ToText();
        Assert.Contains("area     cpython-3.13     ftpy", text);
        Assert.Contains("total    2/3 (1 skipped)  1/3 (1 xfail, 1 stale)", text);
    }

    [Fact]
    public void JUnitIsWellFormedWithOneSuitePerImplementation()
    {
        var xml = JUnitReport.ToXml(Sample(), strictStale: false);
        var doc = XDocument.Parse(xml);
        var suites = doc.Root!.Elements("testsuite").ToList();
        Assert.Equal(["cpython-3.13", "ftpy"], suites.Select(s => (string)s.Attribute("name")!));
        var ftpy = suites[1];
        Assert.Equal("3", (string)ftpy.Attribute("tests")!);
        Assert.Equal("1", (string)ftpy.Attribute("failures")!);
        Assert.Equal("1", (string)ftpy.Attribute("skipped")!);
        var failed = ftpy.Elements("testcase").Single(t => (string)t.Attribute("name")! == "smoke/a.py");
        Assert.Equal("smoke", (string)failed.Attribute("classname")!);
        var failure = failed.Element("failure")!;
        Assert.Equal("stdout differs from the .out file", (string)failure.Attribute("message")!);
        Assert.Contains("+<script>alert('x')</script>", failure.Value);
        Assert.Contains("\\u0001\\u001b[31m", failure.Value);
        Assert.Contains("expected failure (no <generators> yet)", (string)ftpy.Elements("testcase").ElementAt(1).Element("skipped")!.Attribute("message")!);
        Assert.NotNull(ftpy.Elements("testcase").ElementAt(2).Element("system-out"));
        Assert.Equal("1", (string)doc.Root.Attribute("failures")!);
    }

    [Fact]
    public void JUnitWithStrictStaleFailsStaleEntries()
    {
        var doc = XDocument.Parse(JUnitReport.ToXml(Sample(), strictStale: true));
        var ftpy = doc.Root!.Elements("testsuite").Single(s => (string)s.Attribute("name")! == "ftpy");
        Assert.Equal("2", (string)ftpy.Attribute("failures")!);
        Assert.Equal("stale", (string)ftpy.Elements("testcase").ElementAt(2).Element("failure")!.Attribute("type")!);
    }

    [Fact]
    public void CleanKeepsValidTextAndEscapesControlCharacters()
    {
        Assert.Equal("tab\tnew\nline 𝔘 é", JUnitReport.Clean("tab\tnew\nline 𝔘 é"));
        Assert.Equal("a\\u0000b\\ud800c", JUnitReport.Clean("a\0b\ud800c"));
    }

    [Fact]
    public void HtmlEscapesEverythingFromTheCases()
    {
        var html = HtmlReport.Render(Sample(), strictStale: false);
        Assert.DoesNotContain("<script>", html);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;", html);
        Assert.Contains("<span class=\"del\">-&lt;b&gt;</span>", html);
        Assert.Contains("<pre class=\"stderr\">Traceback:", html);
        Assert.Contains("no &lt;generators&gt; yet", html);
        Assert.Contains("<style>", html);
        Assert.DoesNotContain("<link", html);
        Assert.DoesNotContain("src=", html);
        Assert.Contains("<td class=\"bad\">0/2 (1 xfail)</td>", html);
        Assert.EndsWith("</html>\n", html);
    }

    [Fact]
    public void MarkdownHasTheMatrixFailuresAndStaleEntries()
    {
        var markdown = MarkdownReport.Render(Sample(), strictStale: false);
        Assert.Contains("| area | cpython-3.13 | ftpy |\n|---|---:|---:|\n| smoke | 1/2 (1 skipped) | 0/2 (1 xfail) |", markdown);
        Assert.Contains("## Unexpected failures (1)", markdown);
        Assert.Contains("### `ftpy` `smoke/a.py`", markdown);
        Assert.Contains("```diff\n--- expected", markdown);
        Assert.Contains("## Stale expectation entries (1)", markdown);
    }

    [Fact]
    public void ConsoleSummaryListsFailuresAndStaleEntriesLoudly()
    {
        var text = ConsoleSummary.Render(Sample(), "/x/expectations", verbose: true, strictStale: false);
        Assert.Contains("Unexpected failures (1):\n  FAIL  ftpy  smoke/a.py: stdout differs from the .out file\n", text);
        Assert.Contains("        -<b>\n", text);
        Assert.Contains("STALE expectation entries (1)", text);
        Assert.Contains("STALE  ftpy  threads/c.py  (/x/expectations/ftpy.txt:4: was flaky)", text);
        Assert.Contains("ftpy: 1 passed, 1 failed, 1 expected failures, 1 stale, 0 skipped", text);
    }

    [Fact]
    public void ExitCodeFollowsUnexpectedFailuresAndStrictStale()
    {
        Assert.Equal(1, Sample().ExitCode(strictStale: false));
        var onlyStale = new RunResults([Ftpy], [Result(Ftpy, "threads/c.py", CaseStatus.Stale, reason: "r")]);
        Assert.Equal(0, onlyStale.ExitCode(strictStale: false));
        Assert.Equal(1, onlyStale.ExitCode(strictStale: true));
    }
}
