namespace Ftpy.Conformance.Cases;

/// <summary>Everything a case's header says, with defaults filled in.</summary>
public sealed record CaseMetadata(
    string Description,
    IReadOnlyList<string> Features,
    IReadOnlyList<string> Flags,
    Expectation Expect,
    Version? MinVersion,
    int TimeoutSeconds,
    IReadOnlyList<string> Args,
    string Stdin)
{
    public bool HasFlag(string flag) => Flags.Contains(flag, StringComparer.Ordinal);
}
