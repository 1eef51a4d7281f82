using System.Diagnostics;
using System.Text;
using Ftpy.Conformance.Execution;

namespace Ftpy.Conformance.Tests;

public class ProcessRunnerTests
{
    private static readonly Dictionary<string, string> NoEnvironment = new();

    private static Task<ProcessResult> RunPython(TempDir dir, string script, double timeoutSeconds, string stdin = "", params string[] args)
    {
        dir.Write("script.py", script);
        return ProcessRunner.RunAsync(new ProcessSpec(TestPython.Executable, ["script.py", .. args], dir.Path, NoEnvironment,
            Encoding.UTF8.GetBytes(stdin), TimeSpan.FromSeconds(timeoutSeconds)));
    }

    /// <summary>Gone, or a zombie waiting for a parent (PID 1 in a container may never reap it).</summary>
    private static bool IsDead(int pid)
    {
        var stat = $"/proc/{pid}/stat";
        if (!File.Exists(stat))
            return true;
        try
        {
            var text = File.ReadAllText(stat);
            return text[(text.LastIndexOf(')') + 2)..].StartsWith('Z');
        }
        catch (IOException)
        {
            return true;
        }
    }

    private static async Task<bool> BecomesDead(int pid)
    {
        for (var i = 0; i < 50 && !IsDead(pid); i++)
            await Task.Delay(100);
        return IsDead(pid);
    }

    private static IEnumerable<int> Pids(TempDir dir, string file) =>
        File.Exists(dir[file]) ? dir.Read(file).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse) : [];

    [Fact]
    public async Task CapturesExitCodeStdoutStderrAndStdin()
    {
        using var dir = new TempDir();
        var result = await RunPython(dir, """
            import sys
            data = sys.stdin.read()
            sys.stdout.write("got " + data.upper() + " " + " ".join(sys.argv[1:]) + "\n")
            sys.stderr.write("to stderr\n")
            sys.exit(7)
            """, 60, "input δ", "x", "y z");
        Assert.False(result.TimedOut);
        Assert.Equal(7, result.ExitCode);
        Assert.Equal("got INPUT Δ x y z\n", Encoding.UTF8.GetString(result.Stdout));
        Assert.Equal("to stderr\n", Encoding.UTF8.GetString(result.Stderr));
    }

    [Fact]
    public async Task LargeInterleavedOutputOnBothStreamsDoesNotDeadlock()
    {
        using var dir = new TempDir();
        var result = await RunPython(dir, """
            import sys
            chunk = "x" * 65535 + "\n"
            for _ in range(64):
                sys.stdout.write(chunk)
                sys.stderr.write(chunk)
            """, 60);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(64 * 65536, result.Stdout.Length);
        Assert.Equal(64 * 65536, result.Stderr.Length);
    }

    [Fact]
    public async Task LargeStdinIsFedWithoutDeadlock()
    {
        using var dir = new TempDir();
        var input = new string('y', 3_000_000);
        var result = await RunPython(dir, "import sys\nprint(len(sys.stdin.read()))\n", 60, input);
        Assert.Equal("3000000\n", Encoding.UTF8.GetString(result.Stdout));
    }

    [Fact]
    public async Task ProgramThatIgnoresStdinStillRuns()
    {
        using var dir = new TempDir();
        var result = await RunPython(dir, "print('ok')\n", 60, new string('z', 2_000_000));
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("ok\n", Encoding.UTF8.GetString(result.Stdout));
    }

    [Fact]
    public async Task TimeoutKillsTheWholeTreeIncludingAChildThatSleepsForever()
    {
        using var dir = new TempDir();
        var stopwatch = Stopwatch.StartNew();
        var result = await RunPython(dir, """
            import os, subprocess, sys, time
            child = subprocess.Popen([sys.executable, "-c", "import time\nwhile True: time.sleep(1)"])
            grandchild_script = "import subprocess, time\np = subprocess.Popen(['sleep', '1000'])\nopen('pids', 'a').write(str(p.pid) + '\\n')\ntime.sleep(1000)"
            middle = subprocess.Popen([sys.executable, "-c", grandchild_script])
            with open("pids", "a") as f:
                f.write(f"{os.getpid()}\n{child.pid}\n{middle.pid}\n")
            print("started", flush=True)
            time.sleep(1000)
            """, 3);
        stopwatch.Stop();

        Assert.True(result.TimedOut);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(20), $"took {stopwatch.Elapsed}");
        Assert.Equal("started\n", Encoding.UTF8.GetString(result.Stdout));
        var pids = Pids(dir, "pids").ToList();
        Assert.Equal(4, pids.Count);
        foreach (var pid in pids)
            Assert.True(await BecomesDead(pid), $"process {pid} survived");
    }

    [Fact]
    public async Task TimeoutKillsAProgramThatIgnoresSigterm()
    {
        using var dir = new TempDir();
        var stopwatch = Stopwatch.StartNew();
        var result = await RunPython(dir, """
            import os, signal, time
            signal.signal(signal.SIGTERM, signal.SIG_IGN)
            signal.signal(signal.SIGINT, signal.SIG_IGN)
            open("pids", "w").write(f"{os.getpid()}\n")
            while True:
                time.sleep(0.1)
            """, 2);
        Assert.True(result.TimedOut);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(20), $"took {stopwatch.Elapsed}");
        Assert.True(await BecomesDead(Pids(dir, "pids").Single()));
    }

    [Fact]
    public async Task ChildLeftRunningAfterTheProgramExitsIsKilledAndDoesNotHoldTheRunner()
    {
        using var dir = new TempDir();
        var stopwatch = Stopwatch.StartNew();
        // The orphan inherits stdout and stderr, so reading to end-of-file would wait for it.
        var result = await RunPython(dir, """
            import subprocess
            p = subprocess.Popen(["sleep", "1000"])
            open("pids", "w").write(f"{p.pid}\n")
            print("parent done")
            """, 60);
        stopwatch.Stop();

        Assert.False(result.TimedOut);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("parent done\n", Encoding.UTF8.GetString(result.Stdout));
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(20), $"took {stopwatch.Elapsed}");
        Assert.True(await BecomesDead(Pids(dir, "pids").Single()));
    }

    [Fact]
    public async Task ProcessThatLeavesTheSessionCannotHangTheRunner()
    {
        if (!File.Exists("/usr/bin/setsid") && !File.Exists("/bin/setsid"))
            return;
        using var dir = new TempDir();
        var stopwatch = Stopwatch.StartNew();
        var result = await RunPython(dir, """
            import subprocess
            p = subprocess.Popen(["setsid", "sleep", "60"])
            open("pids", "w").write(f"{p.pid}\n")
            print("parent done")
            """, 60);
        stopwatch.Stop();
        foreach (var pid in Pids(dir, "pids"))
        {
            try { Process.GetProcessById(pid).Kill(); } catch (ArgumentException) { } catch (InvalidOperationException) { }
        }

        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(30), $"took {stopwatch.Elapsed}");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("parent done\n", Encoding.UTF8.GetString(result.Stdout));
        Assert.NotNull(result.Note);
    }

    [Fact]
    public async Task CaseEnvironmentIsAddedToTheInheritedOne()
    {
        using var dir = new TempDir();
        dir.Write("script.py", "import os\nprint(os.environ['PYTHONHASHSEED'], os.environ['PYTHONIOENCODING'], 'PATH' in os.environ)\n");
        var result = await ProcessRunner.RunAsync(new ProcessSpec(TestPython.Executable, ["script.py"], dir.Path,
            CaseExecution.Environment, [], TimeSpan.FromSeconds(60)));
        Assert.Equal("0 utf-8 True\n", Encoding.UTF8.GetString(result.Stdout));
    }

    [Fact]
    public async Task CancellationStopsTheProgram()
    {
        using var dir = new TempDir();
        dir.Write("script.py", "import time\ntime.sleep(1000)\n");
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(1));
        var stopwatch = Stopwatch.StartNew();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ProcessRunner.RunAsync(new ProcessSpec(TestPython.Executable,
            ["script.py"], dir.Path, NoEnvironment, [], TimeSpan.FromSeconds(60)), cancel.Token));
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(20));
    }
}
