using Ftpy.Conformance.Cases;
using Ftpy.Conformance.Expectations;

namespace Ftpy.Conformance.Execution;

public enum CaseStatus
{
    Passed,
    /// <summary>An unexpected failure: fails the run.</summary>
    Failed,
    /// <summary>Failed, and listed in the implementation's expectation file.</summary>
    ExpectedFailure,
    /// <summary>Passed, but listed in the expectation file: the entry should be removed.</summary>
    Stale,
    /// <summary>Not run: the case needs a newer Python than the implementation reports.</summary>
    Skipped,
}

/// <summary>The final word on one case for one implementation, over all its repetitions.</summary>
/// <param name="Message">Why it failed (or was skipped); null for a pass.</param>
/// <param name="Diff">Expected-vs-actual unified diff of stdout from the first failing repetition.</param>
/// <param name="Stderr">The stderr of the first failing repetition (or of the last run).</param>
public sealed record CaseResult(
    Implementation Implementation,
    ConformanceCase Case,
    CaseStatus Status,
    string? Message,
    string? Diff,
    string Stderr,
    int Repetitions,
    int FailedRepetitions,
    TimeSpan Elapsed,
    KnownFailure? KnownFailure)
{
    public bool RanAndFailed => Status is CaseStatus.Failed or CaseStatus.ExpectedFailure;

    /// <summary>The last <paramref name="lines"/> lines of stderr.</summary>
    public string StderrTail(int lines = 30)
    {
        var all = Stderr.TrimEnd('\n').Split('\n');
        return all.Length <= lines ? string.Join('\n', all) : string.Join('\n', all[^lines..]);
    }

    public string StatusWord => Status switch
    {
        CaseStatus.Passed => "PASS",
        CaseStatus.Failed => "FAIL",
        CaseStatus.ExpectedFailure => "XFAIL",
        CaseStatus.Stale => "STALE",
        _ => "SKIP",
    };
}
