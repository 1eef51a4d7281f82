using Ftpy.Conformance.Cases;

namespace Ftpy.Conformance.Selection;

/// <summary>
/// Which cases a command works on. Each non-empty criterion must hold: a case is selected
/// when it has any of <see cref="Features"/>, any of <see cref="Flags"/>, none of
/// <see cref="ExcludeFlags"/>, lies in one of <see cref="Areas"/> and matches one of <see cref="Paths"/>.
/// </summary>
public sealed class CaseFilter
{
    public IReadOnlyList<string> Features { get; init; } = [];
    public IReadOnlyList<string> Flags { get; init; } = [];
    public IReadOnlyList<string> ExcludeFlags { get; init; } = [];
    public IReadOnlyList<string> Areas { get; init; } = [];
    public IReadOnlyList<Glob> Paths { get; init; } = [];

    /// <summary>Skip cases flagged `slow`.</summary>
    public bool Fast { get; init; }

    public bool Matches(ConformanceCase @case)
    {
        var meta = @case.Metadata;
        if (Features.Count > 0 && !meta.Features.Any(Features.Contains))
            return false;
        if (Flags.Count > 0 && !meta.Flags.Any(Flags.Contains))
            return false;
        if (meta.Flags.Any(ExcludeFlags.Contains))
            return false;
        if (Fast && meta.HasFlag(Vocabulary.SlowFlag))
            return false;
        if (Areas.Count > 0 && !Areas.Contains(@case.Area, StringComparer.Ordinal))
            return false;
        if (Paths.Count > 0 && !Paths.Any(p => p.Matches(@case.RelativePath)))
            return false;
        return true;
    }

    public IReadOnlyList<ConformanceCase> Select(IEnumerable<ConformanceCase> cases) => cases.Where(Matches).ToList();

    /// <summary>Names in the filter that are not features, flags or areas: usage errors.</summary>
    public IEnumerable<string> Problems(IEnumerable<string> knownAreas)
    {
        foreach (var feature in Features.Where(f => !Vocabulary.AllFeatures.Contains(f)))
            yield return $"unknown feature '{feature}' in --features";
        foreach (var flag in Flags.Where(f => !Vocabulary.AllFlags.Contains(f)))
            yield return $"unknown flag '{flag}' in --flags";
        foreach (var flag in ExcludeFlags.Where(f => !Vocabulary.AllFlags.Contains(f)))
            yield return $"unknown flag '{flag}' in --exclude-flags";
        var areas = knownAreas.ToHashSet(StringComparer.Ordinal);
        foreach (var area in Areas.Where(a => !areas.Contains(a)))
            yield return $"no area named '{area}' (areas: {string.Join(", ", areas.Order(StringComparer.Ordinal))})";
    }
}
