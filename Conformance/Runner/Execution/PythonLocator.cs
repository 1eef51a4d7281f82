using System.Globalization;
using System.Text;

namespace Ftpy.Conformance.Execution;

/// <summary>
/// Turns a --python value into an <see cref="Implementation"/>:
/// - "ftpy" is the in-tree build, &lt;repo&gt;/build/ftpy/ftpy, built with ci/build-ftpy.sh
///   when missing or older than the interpreter's sources;
/// - a value containing '/' is a path;
/// - any other value is looked up on PATH, then in pyenv's versions
///   ($PYENV_ROOT or ~/.pyenv, /versions/*/bin, newest first). A pyenv shim on PATH is used
///   only if it actually runs (a shim for a version that is not selected fails).
/// The executable is then asked for sys.implementation and sys.version_info.
/// </summary>
public sealed class PythonLocator
{
    public const string InTreeName = "ftpy";

    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(60);

    private const string ProbeScript =
        "import sys\n" +
        "v = sys.version_info\n" +
        "ft = 0\n" +
        "try:\n" +
        "    import sysconfig\n" +
        "    ft = 1 if sysconfig.get_config_var('Py_GIL_DISABLED') else 0\n" +
        "except Exception:\n" +
        "    pass\n" +
        "print('conformance-probe', sys.implementation.name, v[0], v[1], v[2], ft)\n" +
        "print('conformance-probe-executable', sys.executable)\n";

    private readonly string? _repositoryRoot;
    private readonly TextWriter _log;

    public PythonLocator(string? repositoryRoot, TextWriter log)
    {
        _repositoryRoot = repositoryRoot;
        _log = log;
    }

    /// <exception cref="UsageException">The executable cannot be found or built.</exception>
    public async Task<Implementation> LocateAsync(string spec, CancellationToken cancellationToken)
    {
        if (spec == InTreeName)
        {
            var path = await EnsureInTreeBuildAsync(cancellationToken).ConfigureAwait(false);
            var probe = await ProbeAsync(path, cancellationToken).ConfigureAwait(false);
            return new Implementation(InTreeName, path, probe?.Name, probe?.Version, probe?.FreeThreaded ?? false);
        }

        foreach (var candidate in Candidates(spec))
        {
            var probe = await ProbeAsync(candidate.Path, cancellationToken).ConfigureAwait(false);
            if (probe is null && candidate.IsShim)
                continue;
            if (probe is null)
                return new Implementation(Path.GetFileName(candidate.Path), candidate.Path, null, null, false);
            // A shim picks its interpreter from pyenv's settings at each start; pin the one it chose now.
            var executable = candidate.IsShim && probe.Executable is not null ? probe.Executable : candidate.Path;
            return new Implementation(LabelFor(probe), executable, probe.Name, probe.Version, probe.FreeThreaded);
        }
        throw new UsageException(spec.Contains('/')
            ? $"--python {spec}: no such executable file"
            : $"--python {spec}: not found on PATH or among pyenv's versions");
    }

    public static string LabelFor(ProbeAnswer probe) =>
        string.Create(CultureInfo.InvariantCulture, $"{probe.Name}-{probe.Version.Major}.{probe.Version.Minor}{(probe.FreeThreaded ? "t" : "")}");

    /// <param name="Executable">sys.executable, when reported: a pyenv shim is replaced by the real interpreter it ran.</param>
    public sealed record ProbeAnswer(string Name, Version Version, bool FreeThreaded, string? Executable = null);

    /// <summary>Asks the executable who it is; null when it does not answer sensibly.</summary>
    public static async Task<ProbeAnswer?> ProbeAsync(string executable, CancellationToken cancellationToken)
    {
        ProcessResult result;
        try
        {
            result = await ProcessRunner.RunAsync(new ProcessSpec(executable, ["-c", ProbeScript], Environment.CurrentDirectory,
                new Dictionary<string, string>(), [], ProbeTimeout), cancellationToken).ConfigureAwait(false);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
        if (result.ExitCode != 0 || result.TimedOut)
            return null;
        ProbeAnswer? answer = null;
        string? reportedExecutable = null;
        foreach (var line in Encoding.UTF8.GetString(result.Stdout).Split('\n'))
        {
            var parts = line.Trim().Split(' ');
            if (parts.Length == 6 && parts[0] == "conformance-probe"
                && int.TryParse(parts[2], CultureInfo.InvariantCulture, out var major)
                && int.TryParse(parts[3], CultureInfo.InvariantCulture, out var minor)
                && int.TryParse(parts[4], CultureInfo.InvariantCulture, out var micro))
            {
                answer = new ProbeAnswer(parts[1], new Version(major, minor, micro), parts[5] == "1");
            }
            else if (line.StartsWith("conformance-probe-executable ", StringComparison.Ordinal))
            {
                reportedExecutable = line["conformance-probe-executable ".Length..].TrimEnd('\r');
            }
        }
        return answer is not null && reportedExecutable is { Length: > 0 } && File.Exists(reportedExecutable)
            ? answer with { Executable = reportedExecutable }
            : answer;
    }

    private readonly record struct Candidate(string Path, bool IsShim);

    private static IEnumerable<Candidate> Candidates(string spec)
    {
        if (spec.Contains('/'))
        {
            var full = Path.GetFullPath(spec);
            if (File.Exists(full))
                yield return new Candidate(full, false);
            yield break;
        }
        var pyenvRoot = Environment.GetEnvironmentVariable("PYENV_ROOT") is { Length: > 0 } root
            ? root
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".pyenv");
        var shims = Path.GetFullPath(Path.Combine(pyenvRoot, "shims"));
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var path = Path.Combine(dir, spec);
            if (IsExecutableFile(path))
                yield return new Candidate(Path.GetFullPath(path), Path.GetFullPath(dir).TrimEnd('/') == shims || dir.Contains("/.pyenv/shims", StringComparison.Ordinal));
        }
        var versions = Path.Combine(pyenvRoot, "versions");
        if (!Directory.Exists(versions))
            yield break;
        var ordered = Directory.EnumerateDirectories(versions)
            .Select(d => (Dir: d, Version: Version.TryParse(Path.GetFileName(d), out var v) ? v : new Version(0, 0)))
            .OrderByDescending(x => x.Version);
        foreach (var (dir, _) in ordered)
        {
            var path = Path.Combine(dir, "bin", spec);
            if (IsExecutableFile(path))
                yield return new Candidate(path, false);
        }
    }

    private static bool IsExecutableFile(string path)
    {
        if (!File.Exists(path))
            return false;
        if (OperatingSystem.IsWindows())
            return true;
        return (File.GetUnixFileMode(path) & (UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute)) != 0;
    }

    private async Task<string> EnsureInTreeBuildAsync(CancellationToken cancellationToken)
    {
        if (_repositoryRoot is null)
            throw new UsageException("--python ftpy: cannot find the repository (no Conformance/FORMAT.md above this directory or the runner)");
        var binary = Path.Combine(_repositoryRoot, "build", "ftpy", "ftpy");
        if (File.Exists(binary) && !IsOlderThanSources(binary))
            return binary;

        var script = Path.Combine(_repositoryRoot, "ci", "build-ftpy.sh");
        if (!File.Exists(script))
            throw new UsageException($"--python ftpy: {binary} is missing and there is no {script} to build it");
        await _log.WriteLineAsync($"building ftpy with {Path.GetRelativePath(_repositoryRoot, script)} ...").ConfigureAwait(false);
        var result = await ProcessRunner.RunAsync(new ProcessSpec("/usr/bin/env", ["bash", script], _repositoryRoot,
            new Dictionary<string, string>(), [], TimeSpan.FromMinutes(30)), cancellationToken).ConfigureAwait(false);
        if (result.ExitCode != 0 || !File.Exists(binary))
        {
            var output = Encoding.UTF8.GetString(result.Stdout) + Encoding.UTF8.GetString(result.Stderr);
            throw new UsageException($"--python ftpy: building with {script} failed (exit {result.ExitCode})\n{output.TrimEnd()}");
        }
        return binary;
    }

    /// <summary>The same rule as the ./ftpy wrapper: any interpreter source newer than the binary.</summary>
    private bool IsOlderThanSources(string binary)
    {
        var built = File.GetLastWriteTimeUtc(binary);
        foreach (var project in new[] { "Ftpy.Core", "Ftpy.Cli" })
        {
            var dir = Path.Combine(_repositoryRoot!, "Interpreter", project);
            if (!Directory.Exists(dir))
                continue;
            foreach (var file in Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories))
            {
                var ext = Path.GetExtension(file);
                if ((ext is ".cs" or ".py" or ".csproj") && !file.Contains("/obj/", StringComparison.Ordinal)
                    && !file.Contains("/bin/", StringComparison.Ordinal) && File.GetLastWriteTimeUtc(file) > built)
                {
                    return true;
                }
            }
        }
        return false;
    }
}
