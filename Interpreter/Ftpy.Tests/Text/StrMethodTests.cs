using Ftpy.Objects.Text;
using Ftpy.Runtime;
using Xunit;

namespace Ftpy.Tests.Text;

/// <summary>str methods against CPython 3.13's answers in Data/str_methods.json (gen_str_methods.py).</summary>
public class StrMethodTests
{
    static readonly Lazy<List<List<object?>>> Rows = new(() => TestData.Rows("str_methods.json").ToList());

    public static TheoryData<string> Methods()
    {
        var data = new TheoryData<string>();
        foreach (var name in Rows.Value.Select(r => (string)r[0]!).Distinct()) data.Add(name);
        return data;
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public void MatchesCPython(string method)
    {
        var failures = new List<string>();
        int checkedRows = 0;
        foreach (var row in Rows.Value.Where(r => (string)r[0]! == method))
        {
            var args = (List<object?>)row[1]!;
            object? expected = row[2];
            object? actual;
            try { actual = Normalize(Invoke(method, args)); }
            catch (PyException e) { actual = new Dictionary<string, object?> { ["error"] = e.TypeName, ["message"] = e.Message }; }
            checkedRows++;
            if (!Same(expected, actual))
                failures.Add($"{method}({Show(args)}): expected {Show(expected)}, got {Show(actual)}");
        }
        Assert.True(checkedRows > 0);
        Assert.True(failures.Count == 0, $"{failures.Count} of {checkedRows} differ:\n" + string.Join("\n", failures.Take(20)));
    }

    static object? Invoke(string method, List<object?> a)
    {
        string s = (string)a[0]!;
        switch (method)
        {
            case "split": return StrSplit.Split(s, (string?)a[1], (int)(long)a[2]!);
            case "rsplit": return StrSplit.RSplit(s, (string?)a[1], (int)(long)a[2]!);
            case "splitlines": return StrSplit.SplitLines(s, (bool)a[1]!);
            case "strip": return StrTrim.Strip(s, (string?)a[1]);
            case "lstrip": return StrTrim.LStrip(s, (string?)a[1]);
            case "rstrip": return StrTrim.RStrip(s, (string?)a[1]);
            case "partition": return Tuple(StrSplit.Partition(s, (string)a[1]!));
            case "rpartition": return Tuple(StrSplit.RPartition(s, (string)a[1]!));
            case "replace": return StrReplace.Replace(s, (string)a[1]!, (string)a[2]!, (long)a[3]!);
            case "center": return StrPad.Center(s, (long)a[1]!, Fill(a[2]));
            case "ljust": return StrPad.LJust(s, (long)a[1]!, Fill(a[2]));
            case "rjust": return StrPad.RJust(s, (long)a[1]!, Fill(a[2]));
            case "zfill": return StrPad.ZFill(s, (long)a[1]!);
            case "expandtabs": return StrReplace.ExpandTabs(s, (long)a[1]!);
            case "removeprefix": return StrTrim.RemovePrefix(s, (string)a[1]!);
            case "removesuffix": return StrTrim.RemoveSuffix(s, (string)a[1]!);
            case "find" or "rfind" or "count" or "startswith" or "endswith":
            {
                string sub = (string)a[1]!;
                var (start, end) = PythonIndices.Adjust(s, (long?)a[2], (long?)a[3]);
                return method switch
                {
                    "find" => PythonIndices.ToCodePoint(s, StrSearch.Find(s, sub, start, end)),
                    "rfind" => PythonIndices.ToCodePoint(s, StrSearch.RFind(s, sub, start, end)),
                    "count" => (long)StrSearch.Count(s, sub, start, end),
                    "startswith" => StrSearch.StartsWith(s, sub, start, end),
                    _ => StrSearch.EndsWith(s, sub, start, end),
                };
            }
            case "upper": return StrCase.Upper(s);
            case "lower": return StrCase.Lower(s);
            case "casefold": return StrCase.Casefold(s);
            case "title": return StrCase.Title(s);
            case "capitalize": return StrCase.Capitalize(s);
            case "swapcase": return StrCase.Swapcase(s);
            case "isupper": return StrPredicates.IsUpper(s);
            case "islower": return StrPredicates.IsLower(s);
            case "istitle": return StrPredicates.IsTitle(s);
            case "isalpha": return StrPredicates.IsAlpha(s);
            case "isalnum": return StrPredicates.IsAlnum(s);
            case "isdecimal": return StrPredicates.IsDecimal(s);
            case "isdigit": return StrPredicates.IsDigit(s);
            case "isnumeric": return StrPredicates.IsNumeric(s);
            case "isspace": return StrPredicates.IsSpace(s);
            case "isprintable": return StrPredicates.IsPrintable(s);
            case "isidentifier": return StrPredicates.IsIdentifier(s);
            case "isascii": return StrPredicates.IsAscii(s);
            case "repr": return StrRepr.Repr(s);
            case "ascii": return StrRepr.Repr(s, asciiOnly: true);
            case "translate": return StrTranslate.Translate(s, TableLookup((List<object?>)a[1]!));
            case "maketrans":
                return StrTranslate.MakeTrans(s, (string)a[1]!, (string?)a[2])
                    .Select(kv => (object?)new List<object?> { (long)kv.Key, kv.Value is int v ? (long)v : null }).ToList();
            case "join": return StrJoin.Join(s, ((List<object?>)a[1]!).Cast<string>().ToList());
            default: throw new ArgumentException(method);
        }
    }

    static int Fill(object? fill) => CodePoints.At((string)fill!, 0, out _);

    static List<object?> Tuple((string, string, string) t) => [t.Item1, t.Item2, t.Item3];

    // The Python table {ord: int | str | None} as the lookup the lead's layer would build.
    static TranslateLookup TableLookup(List<object?> pairs)
    {
        var table = pairs.Cast<List<object?>>().ToDictionary(p => (int)(long)p[0]!, p => p[1]);
        return (int cp, out string? replacement) =>
        {
            replacement = null;
            if (!table.TryGetValue(cp, out var value)) return false;
            replacement = value switch { long l => CodePoints.ToText((int)l), string str => str, _ => null };
            return true;
        };
    }

    internal static object? Normalize(object? value) => value switch
    {
        int i => (long)i,
        List<string> list => list.Cast<object?>().ToList(),
        _ => value,
    };

    internal static bool Same(object? expected, object? actual) => (expected, actual) switch
    {
        (null, null) => true,
        (List<object?> e, List<object?> a) => e.Count == a.Count && e.Zip(a).All(p => Same(p.First, p.Second)),
        (Dictionary<string, object?> e, Dictionary<string, object?> a) =>
            e.Count == a.Count && e.All(kv => a.TryGetValue(kv.Key, out var v) && Same(kv.Value, v)),
        _ => Equals(expected, actual),
    };

    internal static string Show(object? value) => value switch
    {
        null => "None",
        string s => StrRepr.Repr(s),
        bool b => b ? "True" : "False",
        List<object?> l => "[" + string.Join(", ", l.Select(Show)) + "]",
        Dictionary<string, object?> d => "{" + string.Join(", ", d.Select(kv => kv.Key + ": " + Show(kv.Value))) + "}",
        _ => value.ToString() ?? "",
    };
}
