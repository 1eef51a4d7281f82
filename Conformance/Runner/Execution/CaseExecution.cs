using System.Text;
using Ftpy.Conformance.Cases;

namespace Ftpy.Conformance.Execution;

/// <summary>How one case is started (FORMAT.md, "How a case runs").</summary>
public static class CaseExecution
{
    public static readonly IReadOnlyDictionary<string, string> Environment = new Dictionary<string, string>
    {
        ["PYTHONHASHSEED"] = "0",
        ["PYTHONIOENCODING"] = "utf-8",
        ["PYTHONDONTWRITEBYTECODE"] = "1",
    };

    public static double TimeoutSeconds(ConformanceCase @case, double timeoutScale) => @case.Metadata.TimeoutSeconds * timeoutScale;

    public static ProcessSpec SpecFor(ConformanceCase @case, Implementation implementation, double timeoutScale) =>
        new(implementation.Executable,
            [@case.FileName, .. @case.Metadata.Args],
            @case.Directory,
            Environment,
            Encoding.UTF8.GetBytes(@case.Metadata.Stdin),
            TimeSpan.FromSeconds(TimeoutSeconds(@case, timeoutScale)));

    /// <summary>Why the case is not run on this implementation, or null.</summary>
    public static string? SkipReason(ConformanceCase @case, Implementation implementation)
    {
        var needed = @case.Metadata.MinVersion;
        var have = implementation.Version;
        if (needed is null || have is null || have.Major != 3)
            return null;
        return new Version(have.Major, have.Minor) < needed
            ? $"needs Python {needed.Major}.{needed.Minor}, {implementation.Label} is {have.Major}.{have.Minor}"
            : null;
    }
}
