using System.Xml.Linq;
using Ftpy.Conformance.Commands;

namespace Ftpy.Conformance.Tests;

/// <summary>The whole command line against a real CPython on small case trees made in temp folders.</summary>
public class EndToEndTests
{
    private const string Output = "# expect: output\n";

    private static string Header(string description, string features = "[builtins]", string extra = "") =>
        $"# description: {description}\n# features: {features}\n{extra}";

    private static async Task<(int Exit, string Out, string Error)> Conformance(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await Program.RunAsync(args, new ConsoleIO(stdout, stderr, Interactive: false), new RepositoryLayout(null), CancellationToken.None);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private static string Label => TestPython.Implementation.Label;

    /// <summary>A tree with every kind of outcome; the .out files are written as CPython prints them.</summary>
    private static TempDir MixedTree()
    {
        var dir = new TempDir();
        dir.Write("cases/basic/hello.py", Header("hello") + Output + "\nprint('hello')\n");
        dir.Write("cases/basic/hello.out", "hello\n");
        dir.Write("cases/basic/raises.py", Header("raises", "[exceptions]") + "# expect: exception KeyError\n\nprint('x')\n{}['k']\n");
        dir.Write("cases/basic/raises.out", "x\n");
        dir.Write("cases/basic/bad_syntax.py", Header("syntax", "[syntax]") + "# expect: syntax-error\n\nx = (\n");
        dir.Write("cases/basic/bad_syntax.out", "");
        dir.Write("cases/basic/args_stdin.py", Header("args", "[sys]") + "# args: [\"a b\", \"c\"]\n# stdin: \"in put\"\n" + Output
            + "\nimport sys\nprint(sys.argv[1:], sys.stdin.read())\n");
        dir.Write("cases/basic/args_stdin.out", "['a b', 'c'] in put\n");
        dir.Write("cases/basic/regex.py", Header("regex") + Output + "\nprint('id', id(object()))\n");
        dir.Write("cases/basic/regex.out", "(?re)id \\d+\n");
        dir.Write("cases/basic/future.py", Header("future") + "# min-version: 3.99\n" + Output + "\nprint('from the future')\n");
        dir.Write("cases/basic/future.out", "from the future\n");
        dir.Write("cases/broken/wrong.py", Header("wrong") + Output + "\nprint('wrong')\n");
        dir.Write("cases/broken/wrong.out", "right\n");
        dir.Write("cases/broken/listed.py", Header("listed") + Output + "\nraise SystemExit(3)\n");
        dir.Write("cases/broken/listed.out", "");
        dir.Write("cases/broken/fixed.py", Header("fixed") + Output + "\nprint('fixed')\n");
        dir.Write("cases/broken/fixed.out", "fixed\n");
        // Fails on the 1st and 3rd run: a counter beside the case makes it deterministic.
        dir.Write("cases/stress/flaky.py", Header("flaky", "[threading]", "# flags: [stress]\n") + Output + """

            import os
            n = int(open("counter").read()) + 1 if os.path.exists("counter") else 1
            open("counter", "w").write(str(n))
            print("odd" if n % 2 else "ok")
            """);
        dir.Write("cases/stress/flaky.out", "ok\n");
        dir.Write("cases/slow/hangs.py", Header("hangs", "[time]", "# flags: [slow]\n# timeout: 1\n") + Output + "\nimport time\ntime.sleep(100)\n");
        dir.Write("cases/slow/hangs.out", "");
        dir.Write($"expectations/{Label}.txt", "# known\nbroken/listed.py exits with 3 on purpose\nbroken/fixed.py used to fail\n");
        return dir;
    }

    [Fact]
    public async Task RunReportsEveryOutcomeAndWritesReports()
    {
        using var dir = MixedTree();
        var (exit, output, error) = await Conformance("--python", TestPython.Executable, "--cases", dir["cases"], "--expectations", dir["expectations"],
            "--jobs", "2", "--junit", dir["out/junit.xml"], "--html", dir["out/report.html"], "--markdown", dir["out/report.md"], "--verbose");

        Assert.True(exit == 1, output + error);
        Assert.Contains($"PASS  {Label} basic/hello.py", output);
        Assert.Contains($"PASS  {Label} basic/raises.py", output);
        Assert.Contains($"PASS  {Label} basic/bad_syntax.py", output);
        Assert.Contains($"PASS  {Label} basic/args_stdin.py", output);
        Assert.Contains($"PASS  {Label} basic/regex.py", output);
        Assert.Contains($"SKIP  {Label} basic/future.py", output);
        Assert.Contains("needs Python 3.99", output);
        Assert.Contains($"XFAIL {Label} broken/listed.py", output);
        Assert.Contains($"STALE {Label} broken/fixed.py", output);
        Assert.Contains($"FAIL  {Label} broken/wrong.py", output);
        Assert.Contains("2/3 repetitions failed", output);
        Assert.Contains("timed out after 1s", output);

        Assert.Contains("basic   5/6 (1 skipped)", output);
        Assert.Contains("broken  1/3 (1 xfail, 1 stale)", output);
        Assert.Contains("Unexpected failures (3):", output);
        Assert.Contains("        -right\n        +wrong\n", output);
        Assert.Contains("STALE expectation entries (1)", output);
        Assert.Contains($"{Label}: 6 passed, 3 failed, 1 expected failures, 1 stale, 1 skipped", output);

        var junit = XDocument.Load(dir["out/junit.xml"]);
        Assert.Equal("11", (string)junit.Root!.Element("testsuite")!.Attribute("tests")!);
        Assert.Equal("3", (string)junit.Root.Element("testsuite")!.Attribute("failures")!);
        Assert.Contains("-right", File.ReadAllText(dir["out/report.html"]));
        Assert.Contains("## Unexpected failures (3)", File.ReadAllText(dir["out/report.md"]));
    }

    [Fact]
    public async Task FiltersNarrowTheRunAndStrictStaleFailsIt()
    {
        using var dir = MixedTree();
        var common = new[] { "run", "--python", TestPython.Executable, "--cases", dir["cases"], "--expectations", dir["expectations"] };

        var (exit, output, _) = await Conformance([.. common, "--area", "basic", "--area", "broken", "--exclude-flags", "stress", "broken/fixed.py", "basic/*.py"]);
        Assert.Equal(0, exit);
        Assert.Contains("7 cases on 1 implementation", output);

        (exit, output, _) = await Conformance([.. common, "broken/fixed.py", "--strict-stale"]);
        Assert.Equal(1, exit);
        Assert.Contains("STALE", output);

        (exit, output, _) = await Conformance([.. common, "--fast", "--features", "time,threading"]);
        Assert.Contains("1 cases on 1 implementation", output);
        Assert.Contains("stress/flaky.py", output);
        Assert.DoesNotContain("slow/hangs.py", output);

        (exit, output, _) = await Conformance([.. common, "--flags", "stress", "--repeat", "4"]);
        Assert.Contains("2/4 repetitions failed", output);
    }

    [Fact]
    public async Task UsageAndMetadataErrorsExitWithTwo()
    {
        using var dir = MixedTree();
        var common = new[] { "--python", TestPython.Executable, "--cases", dir["cases"], "--expectations", dir["expectations"] };

        Assert.Equal(2, (await Conformance([.. common, "--no-such-option"])).Exit);
        Assert.Equal(2, (await Conformance("--cases", dir["cases"])).Exit);
        Assert.Equal(2, (await Conformance([.. common, "--features", "nonsense"])).Exit);
        Assert.Equal(2, (await Conformance([.. common, "--area", "nowhere"])).Exit);
        Assert.Equal(2, (await Conformance([.. common, "nothing/matches/*.py"])).Exit);
        Assert.Equal(2, (await Conformance([.. common, "--jobs", "0"])).Exit);
        Assert.Equal(2, (await Conformance("--python", dir["no/such/python"], "--cases", dir["cases"])).Exit);

        dir.Write($"expectations/{Label}.txt", "basic/gone.py removed long ago\n");
        var (exit, _, error) = await Conformance(common);
        Assert.Equal(2, exit);
        Assert.Contains($"{Label}.txt:1: no case 'basic/gone.py'", error);

        dir.Write("cases/basic/hello.py", "# description: hello\n# features: [hello]\n# expect: output\n");
        (exit, _, error) = await Conformance(common);
        Assert.Equal(2, exit);
        Assert.Contains("hello.py:2: unknown feature 'hello'", error);
    }

    [Fact]
    public async Task ValidateReportsAllErrorsWithFileAndLine()
    {
        using var dir = new TempDir();
        dir.Write("cases/a/good.py", Header("good") + Output);
        dir.Write("cases/a/good.out", "");
        dir.Write("cases/a/bad.py", "# description: bad\n# features: [int, nope]\n# expect: output\n# expect: output\n");
        dir.Write("cases/a/bad.out", "");
        dir.Write("cases/a/no_out.py", Header("no out") + Output);
        dir.Write("expectations/x.txt", "a/good.py reason\na/missing.py reason\n");

        var (exit, _, error) = await Conformance("validate", "--cases", dir["cases"], "--expectations", dir["expectations"]);
        Assert.Equal(2, exit);
        Assert.Contains("bad.py:2: unknown feature 'nope'", error);
        Assert.Contains("bad.py:4: duplicate key 'expect'", error);
        Assert.Contains("no_out.py:1: missing expected output no_out.out", error);
        Assert.Contains("x.txt:2: no case 'a/missing.py'", error);
        Assert.Contains("4 metadata errors", error);

        File.Delete(dir["cases/a/bad.py"]);
        File.Delete(dir["cases/a/no_out.py"]);
        File.Delete(dir["expectations/x.txt"]);
        (exit, var output, _) = await Conformance("validate", "--cases", dir["cases"], "--expectations", dir["expectations"]);
        Assert.Equal(0, exit);
        Assert.Contains("ok: 1 cases in 1 areas", output);
    }

    [Fact]
    public async Task ListPrintsSelectedCasesWithMetadata()
    {
        using var dir = MixedTree();
        var (exit, output, _) = await Conformance("list", "--cases", dir["cases"], "--flags", "slow,stress");
        Assert.Equal(0, exit);
        var lines = output.TrimEnd('\n').Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("slow/hangs.py    expect=output  features=[time]  flags=[slow]  timeout=1  # hangs", lines[0]);
        Assert.StartsWith("stress/flaky.py  expect=output  features=[threading]  flags=[stress]", lines[1]);
    }

    [Fact]
    public async Task RecordWritesOutFilesKeepsRegexLinesRefusesContradictionsAndUpdatesManifest()
    {
        using var dir = new TempDir();
        dir.Write("cases/r/plain.py", Header("plain") + Output + "\nprint('one')\nprint('δ two', end='')\n");
        dir.Write("cases/r/with_regex.py", Header("regex") + Output + "\nprint('id', id(object()))\nprint('now', 2)\n");
        dir.Write("cases/r/with_regex.out", "(?re)id \\d+\nnow 1\n");
        dir.Write("cases/r/raises.py", Header("raises", "[exceptions]") + "# expect: exception ZeroDivisionError\n\nprint('before')\n1/0\n");
        dir.Write("cases/r/contradicts.py", Header("contradicts") + Output + "\nprint('partial')\nraise ValueError('boom')\n");
        dir.Write("cases/r/wrong_exception.py", Header("wrong", "[exceptions]") + "# expect: exception KeyError\n\nraise IndexError\n");
        dir.Write("cases/r/not_syntax.py", Header("not syntax", "[syntax]") + "# expect: syntax-error\n\nprint('fine')\n");
        dir.Write("cases/MANIFEST.txt", "r/gone.py 3.12.0\nr/plain.py 3.12.0\n");

        var (exit, output, error) = await Conformance("record", "--python", TestPython.Executable, "--cases", dir["cases"]);
        Assert.True(exit == 1, output + error);
        Assert.Equal("one\nδ two", dir.Read("cases/r/plain.out"));
        Assert.Equal("(?re)id \\d+\nnow 2\n", dir.Read("cases/r/with_regex.out"));
        Assert.Equal("before\n", dir.Read("cases/r/raises.out"));
        Assert.False(File.Exists(dir["cases/r/contradicts.out"]));
        Assert.Contains("REFUSED    r/contradicts.py: expect: output, but exit code 1, expected 0 (stderr: ValueError: boom)", output);
        Assert.Contains("REFUSED    r/wrong_exception.py: expect: exception KeyError, but expected uncaught KeyError, stderr ends with 'IndexError'", output);
        Assert.Contains("REFUSED    r/not_syntax.py", output);
        Assert.Contains("3 recorded, 0 unchanged, 3 refused", output);

        var version = TestPython.Implementation.Version!.ToString(3);
        Assert.Equal($"r/plain.py {version}\nr/raises.py {version}\nr/with_regex.py {version}\n", dir.Read("cases/MANIFEST.txt"));

        (exit, output, _) = await Conformance("record", "--python", TestPython.Executable, "--cases", dir["cases"], "r/plain.py", "r/raises.py");
        Assert.Equal(0, exit);
        Assert.Contains("0 recorded, 2 unchanged, 0 refused", output);

        // run validates the whole tree first: the refused cases still lack their .out.
        (exit, _, var error2) = await Conformance("--python", TestPython.Executable, "--cases", dir["cases"], "--expectations", dir["expectations"]);
        Assert.Equal(2, exit);
        Assert.Contains("contradicts.py:1: missing expected output", error2);
        foreach (var refused in new[] { "contradicts", "wrong_exception", "not_syntax" })
            File.Delete(dir[$"cases/r/{refused}.py"]);
        (exit, output, _) = await Conformance("--python", TestPython.Executable, "--cases", dir["cases"], "--expectations", dir["expectations"]);
        Assert.True(exit == 0, output);
    }

    [Fact]
    public async Task RecordRefusesACaseNeedingANewerPython()
    {
        using var dir = new TempDir();
        dir.Write("cases/r/future.py", Header("future") + "# min-version: 3.99\n" + Output + "\nprint(1)\n");
        var (exit, output, _) = await Conformance("record", "--python", TestPython.Executable, "--cases", dir["cases"]);
        Assert.Equal(1, exit);
        Assert.Contains("REFUSED    r/future.py: needs Python 3.99", output);
    }
}
