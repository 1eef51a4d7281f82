namespace Ftpy.Conformance;

/// <summary>A mistake in how the runner was called; reported as one line, exit code 2.</summary>
public sealed class UsageException(string message) : Exception(message);
