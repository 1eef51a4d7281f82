using Ftpy.Objects.Text;
using Ftpy.Runtime;
using Xunit;

namespace Ftpy.Tests.Text;

/// <summary>str.format parsing against CPython 3.13 (Data/format_strings.json, gen_format_strings.py).</summary>
public class FormatStringTests
{
    static readonly Lazy<List<List<object?>>> Rows = new(() => TestData.Rows("format_strings.json").ToList());

    [Theory]
    [InlineData("parse")]
    [InlineData("field")]
    [InlineData("number")]
    public void MatchesCPython(string kind)
    {
        var failures = new List<string>();
        var rows = Rows.Value.Where(r => (string)r[0]! == kind).ToList();
        foreach (var row in rows)
        {
            string input = (string)row[1]!;
            object? actual;
            try
            {
                actual = kind switch
                {
                    "parse" => FormatStringParser.Parse(input)
                        .Select(c => (object?)new List<object?> { c.Literal, c.FieldName, c.FormatSpec, c.Conversion }).ToList(),
                    "field" => SplitField(input),
                    _ => Render(input, FormatStringParser.TopLevelRecursionDepth, new FieldNumbering()),
                };
            }
            catch (PyException e) { actual = new Dictionary<string, object?> { ["error"] = e.TypeName, ["message"] = e.Message }; }
            if (!StrMethodTests.Same(row[2], actual))
                failures.Add($"{kind}({StrRepr.Repr(input)}): expected {StrMethodTests.Show(row[2])}, got {StrMethodTests.Show(actual)}");
        }
        Assert.NotEmpty(rows);
        Assert.True(failures.Count == 0, $"{failures.Count} of {rows.Count} differ:\n" + string.Join("\n", failures.Take(20)));
    }

    static List<object?> SplitField(string name)
    {
        var (first, rest) = FieldNameParser.Split(name);
        object? head = first.Index >= 0 ? first.Index : first.Name;
        var accessors = rest.Select(a => (object?)new List<object?> { a.IsAttribute, a.Index >= 0 ? a.Index : a.Name }).ToList();
        return [head, accessors];
    }

    // The order of CPython's render_field: resolve the field, then expand its spec one level deeper.
    static string Render(string format, int depth, FieldNumbering numbering)
    {
        foreach (var chunk in FormatStringParser.Enumerate(format, depth))
        {
            if (chunk.FieldName is null) continue;
            var (first, rest) = FieldNameParser.Split(chunk.FieldName);
            numbering.Resolve(first);
            _ = rest.Count();
            if (chunk.FormatSpecNeedsExpanding) Render(chunk.FormatSpec!, depth - 1, numbering);
        }
        return "ok";
    }

    [Fact]
    public void UnknownConversionMessages()
    {
        Assert.Equal("Unknown conversion specifier x", FormatStringParser.UnknownConversion('x').Message);
        Assert.Equal("Unknown conversion specifier \\x20", FormatStringParser.UnknownConversion(' ').Message);
        Assert.Equal("Unknown conversion specifier \\x7f", FormatStringParser.UnknownConversion(0x7f).Message);
        Assert.Equal("Unknown conversion specifier \\x1f600", FormatStringParser.UnknownConversion(0x1f600).Message);
    }
}
