using System.Text.RegularExpressions;

namespace Ftpy.Conformance.Cases;

/// <summary>
/// A case's .out file: exact lines, except that a line starting with "(?re)" is a regular
/// expression the whole corresponding actual line must match (FORMAT.md, "Expected output").
/// </summary>
public sealed class ExpectedOutput
{
    public const string RegexPrefix = "(?re)";
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(2);

    private readonly Regex?[] _patterns;

    public IReadOnlyList<OutputLine> Lines { get; }

    private ExpectedOutput(IReadOnlyList<OutputLine> lines, Regex?[] patterns)
    {
        Lines = lines;
        _patterns = patterns;
    }

    public bool HasPatterns => _patterns.Any(p => p is not null);

    /// <summary>Parses .out text; invalid regular expressions are reported and then match nothing.</summary>
    public static ExpectedOutput Parse(string text, string displayPath, List<MetadataError>? errors = null)
    {
        var lines = OutputLine.Split(text);
        var patterns = new Regex?[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            if (!lines[i].Text.StartsWith(RegexPrefix, StringComparison.Ordinal))
                continue;
            var pattern = lines[i].Text[RegexPrefix.Length..];
            try
            {
                patterns[i] = new Regex($"^(?:{pattern})$", RegexOptions.CultureInvariant, MatchTimeout);
            }
            catch (ArgumentException ex)
            {
                errors?.Add(new MetadataError(displayPath, i + 1, $"invalid regular expression: {ex.Message}"));
                patterns[i] = new Regex("(?!)", RegexOptions.None, MatchTimeout);
            }
        }
        return new ExpectedOutput(lines, patterns);
    }

    /// <summary>Whether expected line <paramref name="index"/> accepts <paramref name="actual"/>.</summary>
    public bool LineMatches(int index, OutputLine actual)
    {
        var expected = Lines[index];
        if (expected.MissingNewline != actual.MissingNewline)
            return false;
        var pattern = _patterns[index];
        if (pattern is null)
            return expected.Text == actual.Text;
        try
        {
            return pattern.IsMatch(actual.Text);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    public bool IsPattern(int index) => _patterns[index] is not null;

    public bool Matches(IReadOnlyList<OutputLine> actual)
    {
        if (actual.Count != Lines.Count)
            return false;
        for (var i = 0; i < actual.Count; i++)
        {
            if (!LineMatches(i, actual[i]))
                return false;
        }
        return true;
    }

    public bool Matches(string actual) => Matches(OutputLine.Split(actual));
}
