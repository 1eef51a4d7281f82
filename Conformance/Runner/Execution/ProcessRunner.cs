using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Ftpy.Conformance.Execution;

public sealed record ProcessSpec(
    string FileName,
    IReadOnlyList<string> Arguments,
    string WorkingDirectory,
    IReadOnlyDictionary<string, string> Environment,
    byte[] Stdin,
    TimeSpan Timeout);

public sealed record ProcessResult(int ExitCode, byte[] Stdout, byte[] Stderr, bool TimedOut, TimeSpan Elapsed, string? Note = null);

/// <summary>
/// Runs one program to completion with its output captured and a hard timeout.
///
/// Invariant: when RunAsync returns, no process the program started is still running,
/// as far as the operating system lets us see. On Linux the program is started through
/// setsid(1), so it leads a new session and process group; once it exits or times out the
/// whole group is sent SIGKILL, which also reaches children that were re-parented to init.
/// Process.Kill(entireProcessTree) is used as well, for platforms without setsid. SIGKILL
/// cannot be ignored, so a program that ignores SIGTERM is still stopped.
/// </summary>
public static class ProcessRunner
{
    /// <summary>How long to wait for output pipes to close once the program is gone.</summary>
    private static readonly TimeSpan DrainGrace = TimeSpan.FromSeconds(5);

    private const int SigKill = 9;

    private static readonly string? Setsid = FindSetsid();

    public static async Task<ProcessResult> RunAsync(ProcessSpec spec, CancellationToken cancellationToken = default)
    {
        var startInfo = new ProcessStartInfo
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = spec.WorkingDirectory,
        };
        if (Setsid is not null)
        {
            // --wait: should setsid ever need to fork, it still waits and passes the exit status on.
            startInfo.FileName = Setsid;
            startInfo.ArgumentList.Add("--wait");
            startInfo.ArgumentList.Add(spec.FileName);
        }
        else
        {
            startInfo.FileName = spec.FileName;
        }
        foreach (var argument in spec.Arguments)
            startInfo.ArgumentList.Add(argument);
        foreach (var (key, value) in spec.Environment)
            startInfo.Environment[key] = value;

        var stopwatch = Stopwatch.StartNew();
        using var process = new Process { StartInfo = startInfo };
        process.Start();
        var groupId = Setsid is not null ? process.Id : 0;

        var stdout = new MemoryStream();
        var stderr = new MemoryStream();
        var readers = Task.WhenAll(
            CopyAsync(process.StandardOutput.BaseStream, stdout),
            CopyAsync(process.StandardError.BaseStream, stderr));
        _ = FeedStdinAsync(process.StandardInput.BaseStream, spec.Stdin);

        var timedOut = false;
        using (var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            timeout.CancelAfter(spec.Timeout);
            try
            {
                await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                timedOut = !cancellationToken.IsCancellationRequested;
                KillTree(process, groupId);
                await WaitBriefly(process.WaitForExitAsync(CancellationToken.None), TimeSpan.FromSeconds(10)).ConfigureAwait(false);
            }
        }
        // Whatever the program left running is an orphan now; it must not outlive the case.
        // Linux does not hand out a PID again while a process group of that number has
        // members, so this cannot reach an unrelated group.
        KillGroup(groupId);

        string? note = null;
        if (!await WaitBriefly(readers, DrainGrace).ConfigureAwait(false))
        {
            note = "a process outside the case's process group kept its output open; output may be cut short";
            process.StandardOutput.BaseStream.Dispose();
            process.StandardError.BaseStream.Dispose();
            await WaitBriefly(readers, TimeSpan.FromSeconds(1)).ConfigureAwait(false);
        }
        stopwatch.Stop();
        cancellationToken.ThrowIfCancellationRequested();

        var exitCode = process.HasExited ? process.ExitCode : -1;
        lock (stdout)
        lock (stderr)
            return new ProcessResult(exitCode, stdout.ToArray(), stderr.ToArray(), timedOut, stopwatch.Elapsed, note);
    }

    private static async Task CopyAsync(Stream source, MemoryStream target)
    {
        var buffer = new byte[16384];
        try
        {
            int read;
            while ((read = await source.ReadAsync(buffer).ConfigureAwait(false)) > 0)
            {
                lock (target)
                    target.Write(buffer, 0, read);
            }
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException or OperationCanceledException)
        {
            // The pipe was closed under us after the drain grace period; keep what was read.
        }
    }

    private static async Task FeedStdinAsync(Stream stdin, byte[] data)
    {
        try
        {
            if (data.Length > 0)
                await stdin.WriteAsync(data).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException)
        {
            // The program exited or closed its input without reading everything.
        }
        finally
        {
            try
            {
                stdin.Dispose();
            }
            catch (IOException)
            {
                // Broken pipe on close: same as above.
            }
        }
    }

    private static async Task<bool> WaitBriefly(Task task, TimeSpan limit)
    {
        try
        {
            await task.WaitAsync(limit).ConfigureAwait(false);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    private static void KillTree(Process process, int groupId)
    {
        KillGroup(groupId);
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            // Already exited.
        }
    }

    private static void KillGroup(int groupId)
    {
        if (groupId > 0)
            _ = kill(-groupId, SigKill);
    }

    private static string? FindSetsid()
    {
        if (!OperatingSystem.IsLinux())
            return null;
        foreach (var candidate in new[] { "/usr/bin/setsid", "/bin/setsid" })
        {
            if (File.Exists(candidate))
                return candidate;
        }
        return null;
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int sig);
}
