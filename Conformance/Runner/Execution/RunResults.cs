namespace Ftpy.Conformance.Execution;

/// <summary>Everything a run produced, in case order then implementation order.</summary>
public sealed class RunResults
{
    public IReadOnlyList<Implementation> Implementations { get; }
    public IReadOnlyList<CaseResult> Results { get; }

    public RunResults(IReadOnlyList<Implementation> implementations, IReadOnlyList<CaseResult> results)
    {
        Implementations = implementations;
        Results = results;
    }

    public IEnumerable<CaseResult> ResultsFor(Implementation implementation) =>
        Results.Where(r => ReferenceEquals(r.Implementation, implementation));

    public IReadOnlyList<CaseResult> UnexpectedFailures => Results.Where(r => r.Status == CaseStatus.Failed).ToList();

    public IReadOnlyList<CaseResult> Stale => Results.Where(r => r.Status == CaseStatus.Stale).ToList();

    /// <summary>0 when no implementation failed unexpectedly (and, with strict stale, none has stale entries); else 1.</summary>
    public int ExitCode(bool strictStale) =>
        UnexpectedFailures.Count > 0 || (strictStale && Stale.Count > 0) ? 1 : 0;
}
