using Ftpy.Conformance.Execution;

namespace Ftpy.Conformance.Tests;

public class PythonLocatorTests
{
    [Fact]
    public async Task LabelsCpythonByNameAndVersion()
    {
        var implementation = await new PythonLocator(null, TextWriter.Null).LocateAsync(TestPython.Executable, CancellationToken.None);
        Assert.Equal("cpython", implementation.Name);
        Assert.Matches(@"^cpython-3\.\d+t?$", implementation.Label);
        Assert.Equal(TestPython.Executable, implementation.Executable);
    }

    [Fact]
    public async Task MissingPathIsAUsageError()
    {
        var error = await Assert.ThrowsAsync<UsageException>(() =>
            new PythonLocator(null, TextWriter.Null).LocateAsync("/no/such/python", CancellationToken.None));
        Assert.Contains("no such executable", error.Message);
        error = await Assert.ThrowsAsync<UsageException>(() =>
            new PythonLocator(null, TextWriter.Null).LocateAsync("python-that-does-not-exist", CancellationToken.None));
        Assert.Contains("not found on PATH or among pyenv's versions", error.Message);
    }

    [Fact]
    public async Task ExecutableThatDoesNotAnswerTheProbeIsLabelledByFileName()
    {
        if (OperatingSystem.IsWindows())
            return;
        using var dir = new TempDir();
        var path = dir.Write("mypython", "#!/bin/sh\necho not python\n");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var implementation = await new PythonLocator(null, TextWriter.Null).LocateAsync(path, CancellationToken.None);
        Assert.Equal("mypython", implementation.Label);
        Assert.Null(implementation.Version);
    }

    [Fact]
    public async Task FtpyIsBuiltWithTheRepositoryScriptWhenMissing()
    {
        using var dir = new TempDir();
        // A stand-in build script that "builds" a wrapper around CPython claiming to be ftpy.
        dir.Write("ci/build-ftpy.sh", $"""
            #!/usr/bin/env bash
            mkdir -p build/ftpy
            printf '#!/bin/sh\nexec {TestPython.Executable} "$@"\n' > build/ftpy/ftpy
            chmod +x build/ftpy/ftpy
            echo built >> build-log
            """);
        var log = new StringWriter();
        var locator = new PythonLocator(dir.Path, log);

        var implementation = await locator.LocateAsync("ftpy", CancellationToken.None);
        Assert.Equal("ftpy", implementation.Label);
        Assert.Equal(dir["build/ftpy/ftpy"], implementation.Executable);
        Assert.Equal("cpython", implementation.Name);
        Assert.Contains("building ftpy", log.ToString());

        await locator.LocateAsync("ftpy", CancellationToken.None);
        Assert.Equal("built\n", dir.Read("build-log"));
    }

    [Fact]
    public async Task FailedFtpyBuildIsAUsageError()
    {
        using var dir = new TempDir();
        dir.Write("ci/build-ftpy.sh", "#!/usr/bin/env bash\necho compiler exploded >&2\nexit 3\n");
        var error = await Assert.ThrowsAsync<UsageException>(() => new PythonLocator(dir.Path, TextWriter.Null).LocateAsync("ftpy", CancellationToken.None));
        Assert.Contains("failed (exit 3)", error.Message);
        Assert.Contains("compiler exploded", error.Message);
    }

    [Fact]
    public async Task SkipReasonUsesTheReportedVersion()
    {
        var implementation = await new PythonLocator(null, TextWriter.Null).LocateAsync(TestPython.Executable, CancellationToken.None);
        var meta = new Cases.CaseMetadata("d", ["int"], [], Cases.Expectation.Output, new Version(3, 99), 60, [], "");
        var @case = new Cases.ConformanceCase("a/b.py", "/a/b.py", meta);
        Assert.Contains("needs Python 3.99", CaseExecution.SkipReason(@case, implementation));
        Assert.Null(CaseExecution.SkipReason(@case with { Metadata = meta with { MinVersion = new Version(3, 0) } }, implementation));
        Assert.Null(CaseExecution.SkipReason(@case, implementation with { Version = null }));
    }
}
