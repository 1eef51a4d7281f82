using System.Text.RegularExpressions;
using Ftpy.Conformance.Cases;

namespace Ftpy.Conformance.Tests;

/// <summary>The runner's fixed lists must be the ones FORMAT.md documents.</summary>
public partial class VocabularyTests
{
    [GeneratedRegex("`([a-z0-9-]+)`")]
    private static partial Regex BacktickedName();

    private static string FormatDocument()
    {
        var root = RepositoryLayout.FindRoot(AppContext.BaseDirectory)
            ?? throw new InvalidOperationException("Conformance/FORMAT.md not found above the test binaries");
        return File.ReadAllText(Path.Combine(root, "Conformance", "FORMAT.md"));
    }

    private static string Section(string document, string heading)
    {
        var start = document.IndexOf(heading, StringComparison.Ordinal);
        Assert.True(start >= 0, $"FORMAT.md has no '{heading}' section");
        var end = document.IndexOf("\n#", start + heading.Length, StringComparison.Ordinal);
        return end < 0 ? document[start..] : document[start..end];
    }

    [Fact]
    public void FeaturesMatchFormatDocument()
    {
        var documented = BacktickedName().Matches(Section(FormatDocument(), "### Features")).Select(m => m.Groups[1].Value).ToHashSet();
        Assert.Equal(documented.Order(), Vocabulary.AllFeatures.Order());
    }

    [Fact]
    public void FlagsMatchFormatDocument()
    {
        var section = Section(FormatDocument(), "### Flags");
        var documented = Regex.Matches(section, "^- `([a-z0-9-]+)`", RegexOptions.Multiline).Select(m => m.Groups[1].Value);
        Assert.Equal(documented.Order(), Vocabulary.AllFlags.Order());
    }

    [Fact]
    public void KeysMatchFormatDocument()
    {
        var documented = Regex.Matches(FormatDocument(), @"^\| `([a-z-]+)` \| (yes|no) \|", RegexOptions.Multiline)
            .Select(m => (Key: m.Groups[1].Value, Required: m.Groups[2].Value == "yes")).ToList();
        Assert.Equal(documented.Select(d => d.Key).Order(), Vocabulary.Keys.Order());
        Assert.Equal(documented.Where(d => d.Required).Select(d => d.Key).Order(), Vocabulary.RequiredKeys.Order());
    }
}
