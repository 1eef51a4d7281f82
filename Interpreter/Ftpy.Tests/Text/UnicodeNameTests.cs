using Ftpy.Objects.Text;
using Xunit;

namespace Ftpy.Tests.Text;

/// <summary>unicodedata.lookup and \N{...} against CPython 3.13 (Data/unicode_names.json); name() is in the char digests.</summary>
public class UnicodeNameTests
{
    [Fact]
    public void LookupMatchesCPython()
    {
        var failures = new List<string>();
        var rows = TestData.Rows("unicode_names.json").ToList();
        foreach (var row in rows)
        {
            string name = (string)row[0]!;
            string? lookup = UnicodeNames.TryLookup(name, namedSequences: true, out var a) ? a : null;
            string? escape = UnicodeNames.TryLookup(name, namedSequences: false, out var b) ? b : null;
            if (lookup != (string?)row[1] || escape != (string?)row[2])
                failures.Add($"{StrRepr.Repr(name)}: expected {StrMethodTests.Show(row[1])}/{StrMethodTests.Show(row[2])}, got {StrMethodTests.Show(lookup)}/{StrMethodTests.Show(escape)}");
        }
        Assert.True(rows.Count > 3000);
        Assert.True(failures.Count == 0, $"{failures.Count} of {rows.Count} differ:\n" + string.Join("\n", failures.Take(20)));
    }

    [Fact]
    public void NamereplaceUsesNames() =>
        Assert.Equal("\\N{LATIN SMALL LETTER E WITH ACUTE}\\N{GRINNING FACE}\\udc80"u8.ToArray(),
            Codecs.Encode("\u00e9\U0001F600\udc80", "ascii", "namereplace"));
}
