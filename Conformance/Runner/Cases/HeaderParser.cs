using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Ftpy.Conformance.Cases;

/// <summary>
/// Parses the `# key: value` comment block at the top of a case (FORMAT.md, "Header").
/// It reports every problem it finds rather than stopping at the first one.
/// </summary>
public static partial class HeaderParser
{
    [GeneratedRegex(@"^#\s*([A-Za-z][A-Za-z0-9_-]*)\s*:(.*)$")]
    private static partial Regex KeyValueLine();

    [GeneratedRegex(@"^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex ListItem();

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$")]
    private static partial Regex DottedName();

    [GeneratedRegex(@"^(\d+)\.(\d+)$")]
    private static partial Regex MajorMinor();

    /// <summary>The header lines of a file: the leading run of lines starting with '#'.</summary>
    public static IReadOnlyList<string> ReadHeaderLines(string path) => HeaderLines(File.ReadLines(path));

    public static IReadOnlyList<string> HeaderLines(IEnumerable<string> fileLines)
    {
        var lines = new List<string>();
        foreach (var raw in fileLines)
        {
            var line = raw.TrimEnd('\r');
            if (lines.Count == 0 && line.Length > 0 && line[0] == '\uFEFF')
                line = line[1..];
            if (!line.StartsWith('#'))
                break;
            lines.Add(line);
        }
        return lines;
    }

    /// <returns>The metadata, or null when there were errors (all of them added to <paramref name="errors"/>).</returns>
    public static CaseMetadata? Parse(string displayPath, IReadOnlyList<string> headerLines, List<MetadataError> errors)
    {
        var before = errors.Count;
        var values = new Dictionary<string, (string Value, int Line)>(StringComparer.Ordinal);
        void Error(int line, string message) => errors.Add(new MetadataError(displayPath, line, message));

        for (var i = 0; i < headerLines.Count; i++)
        {
            var lineNo = i + 1;
            var match = KeyValueLine().Match(headerLines[i]);
            if (!match.Success)
            {
                Error(lineNo, "expected '# key: value' in the header block (end the block with a blank line)");
                continue;
            }
            var key = match.Groups[1].Value;
            var value = match.Groups[2].Value.Trim();
            if (!Vocabulary.Keys.Contains(key))
            {
                Error(lineNo, $"unknown key '{key}' (known: {string.Join(", ", Vocabulary.Keys)})");
                continue;
            }
            if (values.TryGetValue(key, out var first))
            {
                Error(lineNo, $"duplicate key '{key}' (first given on line {first.Line})");
                continue;
            }
            values[key] = (value, lineNo);
        }

        foreach (var key in Vocabulary.RequiredKeys)
        {
            if (!values.ContainsKey(key))
                Error(1, $"missing required key '{key}'");
        }

        string description = "";
        if (values.TryGetValue(Vocabulary.Description, out var d))
        {
            if (d.Value.Length == 0)
                Error(d.Line, "description is empty");
            description = d.Value;
        }

        IReadOnlyList<string> features = [];
        if (values.TryGetValue(Vocabulary.Features, out var f))
        {
            var parsed = ParseList(Vocabulary.Features, f.Value, f.Line, Vocabulary.AllFeatures, Error);
            if (parsed is { Count: 0 })
                Error(f.Line, "features needs at least one feature");
            features = parsed ?? [];
        }

        IReadOnlyList<string> flags = [];
        if (values.TryGetValue(Vocabulary.Flags, out var fl))
            flags = ParseList(Vocabulary.Flags, fl.Value, fl.Line, Vocabulary.AllFlags, Error) ?? [];

        var expect = Expectation.Output;
        if (values.TryGetValue(Vocabulary.Expect, out var e))
            expect = ParseExpect(e.Value, e.Line, Error) ?? Expectation.Output;

        Version? minVersion = null;
        if (values.TryGetValue(Vocabulary.MinVersion, out var mv))
        {
            var m = MajorMinor().Match(mv.Value);
            if (m.Success)
                minVersion = new Version(int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture));
            else
                Error(mv.Line, $"min-version must look like 3.N, not '{mv.Value}'");
        }

        var timeout = Vocabulary.DefaultTimeoutSeconds;
        if (values.TryGetValue(Vocabulary.Timeout, out var t))
        {
            if (!int.TryParse(t.Value, NumberStyles.None, CultureInfo.InvariantCulture, out timeout) || timeout <= 0)
                Error(t.Line, $"timeout must be a positive whole number of seconds, not '{t.Value}'");
        }

        IReadOnlyList<string> args = [];
        if (values.TryGetValue(Vocabulary.Args, out var a))
            args = ParseJsonStringArray(a.Value, a.Line, Error) ?? [];

        var stdin = "";
        if (values.TryGetValue(Vocabulary.Stdin, out var s))
            stdin = ParseJsonString(s.Value, s.Line, Error) ?? "";

        if (errors.Count != before)
            return null;
        return new CaseMetadata(description, features, flags, expect, minVersion, timeout, args, stdin);
    }

    private static List<string>? ParseList(string key, string value, int line, IReadOnlySet<string> allowed, Action<int, string> error)
    {
        if (!value.StartsWith('[') || !value.EndsWith(']'))
        {
            error(line, $"{key} must be a list like [a, b], not '{value}'");
            return null;
        }
        var inner = value[1..^1].Trim();
        var items = new List<string>();
        if (inner.Length == 0)
            return items;
        var ok = true;
        foreach (var part in inner.Split(','))
        {
            var item = part.Trim();
            if (!ListItem().IsMatch(item))
            {
                error(line, $"malformed {key} list '{value}': '{item}' is not a name");
                ok = false;
            }
            else if (!allowed.Contains(item))
            {
                error(line, $"unknown {(key == Vocabulary.Flags ? "flag" : "feature")} '{item}' (see Conformance/FORMAT.md)");
                ok = false;
            }
            else if (items.Contains(item))
            {
                error(line, $"'{item}' is listed twice in {key}");
                ok = false;
            }
            else
            {
                items.Add(item);
            }
        }
        return ok ? items : null;
    }

    private static Expectation? ParseExpect(string value, int line, Action<int, string> error)
    {
        if (value == "output")
            return Expectation.Output;
        if (value == "syntax-error")
            return Expectation.Syntax;
        var parts = value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 2 && parts[0] == "exception" && DottedName().IsMatch(parts[1]))
            return new Expectation(ExpectKind.Exception, parts[1]);
        error(line, $"expect must be 'output', 'exception <ExceptionTypeName>' or 'syntax-error', not '{value}'");
        return null;
    }

    private static List<string>? ParseJsonStringArray(string value, int line, Action<int, string> error)
    {
        try
        {
            using var doc = JsonDocument.Parse(value);
            if (doc.RootElement.ValueKind != JsonValueKind.Array)
            {
                error(line, $"args must be a JSON array of strings, not '{value}'");
                return null;
            }
            var result = new List<string>();
            foreach (var element in doc.RootElement.EnumerateArray())
            {
                if (element.ValueKind != JsonValueKind.String)
                {
                    error(line, $"args must be a JSON array of strings; {element.GetRawText()} is not a string");
                    return null;
                }
                result.Add(element.GetString()!);
            }
            return result;
        }
        catch (JsonException ex)
        {
            error(line, $"args is not valid JSON: {ex.Message}");
            return null;
        }
    }

    private static string? ParseJsonString(string value, int line, Action<int, string> error)
    {
        try
        {
            using var doc = JsonDocument.Parse(value);
            if (doc.RootElement.ValueKind == JsonValueKind.String)
                return doc.RootElement.GetString();
            error(line, $"stdin must be a JSON string, not '{value}'");
            return null;
        }
        catch (JsonException ex)
        {
            error(line, $"stdin is not valid JSON: {ex.Message}");
            return null;
        }
    }
}
