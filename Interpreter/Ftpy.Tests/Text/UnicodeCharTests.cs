using System.Security.Cryptography;
using System.Text;
using Ftpy.Objects.Text;
using Xunit;

namespace Ftpy.Tests.Text;

/// <summary>
/// Every property and case mapping of every code point against CPython 3.13: each plane's
/// answers are hashed exactly as Data/gen_char_digests.py hashes CPython's.
/// </summary>
public class UnicodeCharTests
{
    static readonly Dictionary<string, Func<string, object>> Properties = new()
    {
        ["isalpha"] = c => StrPredicates.IsAlpha(c),
        ["isdecimal"] = c => StrPredicates.IsDecimal(c),
        ["isdigit"] = c => StrPredicates.IsDigit(c),
        ["isnumeric"] = c => StrPredicates.IsNumeric(c),
        ["isalnum"] = c => StrPredicates.IsAlnum(c),
        ["isspace"] = c => StrPredicates.IsSpace(c),
        ["isprintable"] = c => StrPredicates.IsPrintable(c),
        ["isidentifier"] = c => StrPredicates.IsIdentifier(c),
        ["isidentifier_continue"] = c => StrPredicates.IsIdentifier("a" + c),
        ["isupper"] = c => StrPredicates.IsUpper(c),
        ["islower"] = c => StrPredicates.IsLower(c),
        ["istitle"] = c => StrPredicates.IsTitle(c),
        ["isascii"] = c => StrPredicates.IsAscii(c),
        ["upper"] = StrCase.Upper,
        ["lower"] = StrCase.Lower,
        ["title"] = StrCase.Title,
        ["casefold"] = StrCase.Casefold,
        ["capitalize"] = StrCase.Capitalize,
        ["swapcase"] = StrCase.Swapcase,
        ["repr"] = c => StrRepr.Repr(c),
        ["ascii"] = c => StrRepr.Repr(c, asciiOnly: true),
        ["linebreak"] = c => StrSplit.SplitLines("a" + c + "b", keepEnds: false).Count == 2,
        ["decimal"] = c => UnicodeType.DecimalValue(CodePoints.At(c, 0, out _)),
        ["digit"] = c => UnicodeType.DigitValue(CodePoints.At(c, 0, out _)),
        ["name"] = c => UnicodeNames.TryGetName(CodePoints.At(c, 0, out _), out var name) ? name : "",
    };

    public static TheoryData<string, int, string> Digests()
    {
        var data = new TheoryData<string, int, string>();
        foreach (var line in TestData.ReadText("char_digests.txt").Split('\n'))
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var parts = line.Split(' ');
            data.Add(parts[0], int.Parse(parts[1]), parts[2]);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Digests))]
    public void PlaneMatchesCPython(string property, int plane, string expectedSha256)
    {
        var fn = Properties[property];
        var text = new StringBuilder();
        for (int cp = plane << 16; cp < (plane + 1) << 16; cp++)
            text.Append(cp.ToString("x")).Append(':').Append(Render(fn(CodePoints.ToText(cp)))).Append('\n');
        var actual = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
        Assert.Equal(expectedSha256, actual);
    }

    static string Render(object value) => value switch
    {
        bool b => b ? "1" : "0",
        int i => i.ToString(System.Globalization.CultureInfo.InvariantCulture),
        string s => string.Join(' ', CodePoints.ToArray(s).Select(cp => cp.ToString("x"))),
        _ => throw new ArgumentException(value.GetType().Name),
    };

    [Fact]
    public void DatabaseIsUnicode15_1() => Assert.Equal("15.1.0", UnicodeType.UnicodeVersion);
}
