using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.RegularExpressions;
using Ftpy.Modules.Re;
using Ftpy.Objects.Text;
using Xunit;

namespace Ftpy.Tests.Modules;

/// <summary>
/// The re translation layer against CPython 3.13 (Data/gen_re_tables.py, Data/gen_re_semantics.py):
/// the case-folding and character-class tables, the spans .NET finds with the translated patterns
/// (searches, scans with sre's empty-match rule, full matches), and pattern error messages and positions.
/// </summary>
public class ReTests
{
    static string DataFile(string name, [CallerFilePath] string path = "") => Path.Combine(Path.GetDirectoryName(path)!, "Data", name);

    static JsonElement Tables() => JsonDocument.Parse(File.ReadAllText(DataFile("re_tables.json"))).RootElement;

    static IEnumerable<JsonElement> Semantics(string kind) =>
        File.ReadLines(DataFile("re_semantics.jsonl"))
            .Where(l => l.Length > 0)
            .Select(l => JsonDocument.Parse(l).RootElement)
            .Where(e => e.TryGetProperty(kind, out _));

    [Fact]
    public void ExtraCasesAreCPythons()
    {
        var expected = Tables().GetProperty("extra_cases").EnumerateObject()
            .ToDictionary(p => int.Parse(p.Name), p => p.Value.EnumerateArray().Select(v => v.GetInt32()).ToArray());
        var actual = CaseFolding.ExtraCases;
        Assert.Equal(expected.Keys.Order(), actual.Keys.Order());
        foreach (var (key, values) in expected) Assert.Equal(values, actual[key]);
    }

    [Theory]
    [InlineData("word")]
    [InlineData("digit")]
    [InlineData("space")]
    public void UnicodeCategoriesAreCPythons(string name)
    {
        var expected = Tables().GetProperty(name).EnumerateArray().Select(r => (r[0].GetInt32(), r[1].GetInt32())).ToList();
        var actual = name switch { "word" => CharClasses.UnicodeWord, "digit" => CharClasses.UnicodeDigit, _ => CharClasses.UnicodeSpace };
        Assert.Equal(expected, actual.Ranges.Select(r => (r.Lo, r.Hi)).ToList());
    }

    sealed class Compiled
    {
        public required Regex Search, Advance, Full;
        public required string Text;
        public required bool Astral;
        public int Index(int unit) => Astral ? CodePoints.ToCodePointIndex(Text, unit) : unit;
    }

    static Compiled CompileFor(string pattern, int flags, string subject)
    {
        var parsed = RegexParser.Parse(RegexParser.CodePointsOf(pattern), isText: true, (ReFlags)flags);
        bool astral = CodePoints.HasPairs(subject);
        string body = RegexTranslator.Translate(parsed.Root, parsed.State, astral);
        Regex Make(ReVariant v) => new(PyPattern.VariantPattern(body, astral, v), RegexOptions.CultureInvariant);
        return new Compiled { Search = Make(ReVariant.Search), Advance = Make(ReVariant.Advance), Full = Make(ReVariant.FullMatch), Text = subject, Astral = astral };
    }

    [Fact]
    public void TranslatedPatternsMatchWhereCPythonMatches()
    {
        int count = 0;
        var failures = new List<string>();
        foreach (var c in Semantics("search"))
        {
            string pattern = c.GetProperty("pattern").GetString()!, subject = c.GetProperty("subject").GetString()!;
            var compiled = CompileFor(pattern, c.GetProperty("flags").GetInt32(), subject);
            string where = $"{pattern} on {subject}";

            var m = compiled.Search.Match(subject);
            var expectedSearch = c.GetProperty("search");
            if (expectedSearch.ValueKind == JsonValueKind.Null) { if (m.Success) failures.Add(where + ": search matched"); }
            else if (!m.Success) failures.Add(where + ": search failed");
            else
            {
                int g = 0;
                foreach (var span in expectedSearch.EnumerateArray())
                {
                    var grp = m.Groups[g++];
                    var actual = grp.Success ? (compiled.Index(grp.Index), compiled.Index(grp.Index + grp.Length)) : (-1, -1);
                    var expected = (span[0].GetInt32(), span[1].GetInt32());
                    if (actual != expected) failures.Add($"{where}: group {g - 1} {actual} != {expected}");
                }
            }

            // A scan as finditer does it: after an empty match, the next one may not be empty at the same place.
            var spans = new List<(int, int)>();
            int next = 0;
            bool mustAdvance = false;
            while (next <= subject.Length)
            {
                var sm = (mustAdvance ? compiled.Advance : compiled.Search).Match(subject, next);
                if (!sm.Success) break;
                spans.Add((compiled.Index(sm.Index), compiled.Index(sm.Index + sm.Length)));
                mustAdvance = sm.Length == 0;
                next = sm.Index + sm.Length;
            }
            var expectedAll = c.GetProperty("all").EnumerateArray().Select(s => (s[0].GetInt32(), s[1].GetInt32())).ToList();
            if (!spans.SequenceEqual(expectedAll)) failures.Add($"{where}: finditer [{string.Join(" ", spans)}] != [{string.Join(" ", expectedAll)}]");

            if (compiled.Full.Match(subject).Success != c.GetProperty("fullmatch").GetBoolean()) failures.Add(where + ": fullmatch differs");
            count++;
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(count > 80);
    }

    [Fact]
    public void PatternErrorsHaveCPythonsMessagesAndPositions()
    {
        int count = 0;
        var failures = new List<string>();
        foreach (var c in Semantics("error_pattern"))
        {
            string pattern = c.GetProperty("error_pattern").GetString()!;
            string? expectedMsg = c.GetProperty("msg").GetString();
            int? expectedPos = c.GetProperty("pos").ValueKind == JsonValueKind.Null ? null : c.GetProperty("pos").GetInt32();
            try
            {
                var parsed = RegexParser.Parse(RegexParser.CodePointsOf(pattern), isText: true, 0);
                RegexTranslator.Translate(parsed.Root, parsed.State, astral: false);
                if (expectedMsg is not null) failures.Add($"{pattern}: compiled, expected {expectedMsg}");
            }
            catch (ReSyntaxError e)
            {
                if (e.Msg != expectedMsg || e.Pos != expectedPos) failures.Add($"{pattern}: ({e.Msg}, {e.Pos}) != ({expectedMsg}, {expectedPos})");
            }
            count++;
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(count > 50);
    }
}
