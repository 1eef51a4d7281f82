using Ftpy.Conformance.Cases;
using Ftpy.Conformance.Expectations;

namespace Ftpy.Conformance.Execution;

public sealed record RunPlan(
    IReadOnlyList<Implementation> Implementations,
    IReadOnlyList<ConformanceCase> Cases,
    IReadOnlyDictionary<string, ExpectationFile> Expectations,
    int Jobs,
    int Repeat,
    double TimeoutScale);

/// <summary>Runs every selected case on every implementation, <see cref="RunPlan.Jobs"/> processes at a time.</summary>
public static class RunEngine
{
    public static async Task<RunResults> RunAsync(RunPlan plan, Action<CaseResult> onResult, CancellationToken cancellationToken)
    {
        var expectedOutputs = new Dictionary<string, ExpectedOutput>(StringComparer.Ordinal);
        foreach (var @case in plan.Cases)
            expectedOutputs[@case.RelativePath] = ExpectedOutput.Parse(File.ReadAllText(@case.OutPath), @case.OutPath);

        var work = plan.Cases.SelectMany(c => plan.Implementations.Select(i => (Case: c, Implementation: i))).ToList();
        var results = new CaseResult?[work.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, plan.Jobs), CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, work.Count), options, async (index, token) =>
        {
            var (@case, implementation) = work[index];
            var known = plan.Expectations.TryGetValue(implementation.Label, out var file)
                && file.Entries.TryGetValue(@case.RelativePath, out var entry) ? entry : null;
            var result = await RunCaseAsync(@case, implementation, expectedOutputs[@case.RelativePath], known, plan, token).ConfigureAwait(false);
            results[index] = result;
            onResult(result);
        }).ConfigureAwait(false);

        return new RunResults(plan.Implementations, results.Select(r => r!).ToList());
    }

    public static async Task<CaseResult> RunCaseAsync(ConformanceCase @case, Implementation implementation, ExpectedOutput expected,
        KnownFailure? known, RunPlan plan, CancellationToken cancellationToken)
    {
        var skip = CaseExecution.SkipReason(@case, implementation);
        if (skip is not null)
            return new CaseResult(implementation, @case, CaseStatus.Skipped, skip, null, "", 0, 0, TimeSpan.Zero, known);

        var repetitions = @case.Metadata.HasFlag(Vocabulary.StressFlag) ? Math.Max(1, plan.Repeat) : 1;
        var spec = CaseExecution.SpecFor(@case, implementation, plan.TimeoutScale);
        var timeout = CaseExecution.TimeoutSeconds(@case, plan.TimeoutScale);
        Verdict? firstFailure = null;
        Verdict? last = null;
        var failed = 0;
        var elapsed = TimeSpan.Zero;
        for (var i = 0; i < repetitions; i++)
        {
            var run = await ProcessRunner.RunAsync(spec, cancellationToken).ConfigureAwait(false);
            elapsed += run.Elapsed;
            last = Judge.Decide(@case.Metadata, expected, run, timeout);
            if (!last.Passed)
            {
                failed++;
                firstFailure ??= last;
            }
        }

        if (firstFailure is null)
        {
            return new CaseResult(implementation, @case, known is null ? CaseStatus.Passed : CaseStatus.Stale,
                null, null, last!.Stderr, repetitions, 0, elapsed, known);
        }
        var message = repetitions > 1
            ? $"{failed}/{repetitions} repetitions failed; first failure: {firstFailure.Problem}"
            : firstFailure.Problem;
        return new CaseResult(implementation, @case, known is null ? CaseStatus.Failed : CaseStatus.ExpectedFailure,
            message, firstFailure.Diff, firstFailure.Stderr, repetitions, failed, elapsed, known);
    }
}
