using Ftpy.Objects.Text;
using Ftpy.Runtime;
using Xunit;

namespace Ftpy.Tests.Text;

/// <summary>Codecs against CPython 3.13 (Data/codecs.json, gen_codecs.py): results, errors and their attributes.</summary>
public class CodecTests
{
    static readonly Lazy<List<List<object?>>> Rows = new(() => TestData.Rows("codecs.json").ToList());

    // The handlers gen_codecs.py registers with codecs.register_error.
    static CodecErrorHandler? Registered(string name) => name switch
    {
        "t.bytes" => e => e.IsEncodeError ? new(null, "<B>"u8.ToArray(), e.End) : new("<B>", null, e.End),
        "t.nonascii" => e => new("\u00e9\u20ac", null, e.End),
        "t.skip" => e => new("#", null, Math.Min(e.End + 1, Length(e))),
        "t.far" => e => new("x", null, Length(e) + 1),
        "t.negative" => e => new("!", null, e.End < Length(e) ? e.End - Length(e) : e.End),
        _ => null,
    };

    /// <summary>Codecs CPython has that ftpy does not implement in C#: they are unknown encodings here.</summary>
    static readonly HashSet<string> NotImplementedHere = [];

    static int Length(PyUnicodeErrorException e) => e.IsDecodeError ? e.Bytes.Length : CodePoints.Count(e.Text);

    [Theory]
    [InlineData("lookup")]
    [InlineData("encode")]
    [InlineData("decode")]
    [InlineData("partial")]
    public void MatchesCPython(string kind)
    {
        var failures = new List<string>();
        var rows = Rows.Value.Where(r => (string)r[0]! == kind).ToList();
        foreach (var row in rows)
        {
            object? actual;
            try { actual = Run(kind, row); }
            catch (PyException e) { actual = Describe(e); }
            object? expected = row[^1];
            if (kind == "lookup" && expected is string name && NotImplementedHere.Contains(name))
                expected = new Dictionary<string, object?> { ["error"] = "LookupError", ["message"] = $"unknown encoding: {row[1]}" };
            if (!StrMethodTests.Same(expected, actual))
                failures.Add($"{kind}({string.Join(", ", row.Skip(1).SkipLast(1).Select(StrMethodTests.Show))}): expected {StrMethodTests.Show(expected)}, got {StrMethodTests.Show(actual)}");
        }
        Assert.NotEmpty(rows);
        Assert.True(failures.Count == 0, $"{failures.Count} of {rows.Count} differ:\n" + string.Join("\n", failures.Take(25)));
    }

    static object? Run(string kind, List<object?> row)
    {
        switch (kind)
        {
            case "lookup": return Codecs.CanonicalName((string)row[1]!);
            case "encode":
                return Convert.ToHexStringLower(Codecs.Encode((string)row[1]!, (string)row[2]!, Errors(row[3])));
            case "decode":
                return Codecs.Decode(TestData.Hex(row[1]), (string)row[2]!, Errors(row[3]));
            default:
            {
                byte[] data = TestData.Hex(row[1]);
                int order = 0, consumed;
                string text = (string)row[2]! switch
                {
                    "utf_8" => Utf8Codec.Decode(data, Errors(row[3]), false, out consumed),
                    "utf_16" => Utf16Codec.Decode(data, Errors(row[3]), ref order, false, out consumed),
                    _ => Utf32Codec.Decode(data, Errors(row[3]), ref order, false, out consumed),
                };
                return new List<object?> { text, (long)consumed, (long)order };
            }
        }
    }

    static ErrorHandling Errors(object? name) => new((string)name!, Registered);

    static Dictionary<string, object?> Describe(PyException e)
    {
        var d = new Dictionary<string, object?> { ["error"] = e.TypeName, ["message"] = e.Message };
        if (e is PyUnicodeErrorException u)
        {
            d["encoding"] = u.Encoding;
            d["start"] = (long)u.Start;
            d["end"] = (long)u.End;
            d["reason"] = u.Reason;
        }
        return d;
    }

    [Fact]
    public void DefaultErrorsAreStrict()
    {
        var strict = Assert.Throws<PyUnicodeErrorException>(() => Codecs.Decode([0x61, 0xff], "utf-8", "strict"));
        var byDefault = Assert.Throws<PyUnicodeErrorException>(() => Codecs.Decode([0x61, 0xff]));
        Assert.Equal(strict.Message, byDefault.Message);
        Assert.Throws<PyUnicodeErrorException>(() => Utf8Codec.Encode("\ud800", default));
    }
}
