using Ftpy.Objects.Text;
using Ftpy.Runtime;
using Xunit;

namespace Ftpy.Tests.Text;

/// <summary>bytes methods against CPython 3.13's answers in Data/bytes_methods.json (gen_bytes_methods.py).</summary>
public class BytesMethodTests
{
    static readonly Lazy<List<List<object?>>> Rows = new(() => TestData.Rows("bytes_methods.json").ToList());

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
        var rows = Rows.Value.Where(r => (string)r[0]! == method).ToList();
        foreach (var row in rows)
        {
            var args = ((List<object?>)row[1]!).Select(Decode).ToList();
            object? expected = Decode(row[2]);
            object? actual;
            try { actual = Normalize(Invoke(method, args)); }
            catch (PyException e) { actual = new Dictionary<string, object?> { ["error"] = e.TypeName, ["message"] = e.Message }; }
            if (!StrMethodTests.Same(expected, actual))
                failures.Add($"{method}({string.Join(", ", args.Select(StrMethodTests.Show))}): expected {StrMethodTests.Show(expected)}, got {StrMethodTests.Show(actual)}");
        }
        Assert.NotEmpty(rows);
        Assert.True(failures.Count == 0, $"{failures.Count} of {rows.Count} differ:\n" + string.Join("\n", failures.Take(20)));
    }

    // Bytes travel as {"b": hex}; here they become latin-1 strings so Same/Show can compare them.
    static object? Decode(object? value) => value switch
    {
        Dictionary<string, object?> d when d.ContainsKey("b") => Latin1(TestData.Hex(d["b"])),
        List<object?> l => l.Select(Decode).ToList(),
        _ => value,
    };

    static string Latin1(byte[] b) => System.Text.Encoding.Latin1.GetString(b);
    static byte[] B(object? v) => System.Text.Encoding.Latin1.GetBytes((string)v!);
    static byte[]? OptB(object? v) => v is null ? null : B(v);

    static object? Normalize(object? value) => value switch
    {
        byte[] b => Latin1(b),
        List<byte[]> l => l.Select(x => (object?)Latin1(x)).ToList(),
        ValueTuple<byte[], byte[], byte[]> t => new List<object?> { Latin1(t.Item1), Latin1(t.Item2), Latin1(t.Item3) },
        int i => (long)i,
        _ => value,
    };

    static (int, int) Indices(int length, object? start, object? end)
    {
        long e = (long?)end ?? length, b = (long?)start ?? 0;
        if (e > length) e = length;
        else if (e < 0) e = Math.Max(e + length, 0);
        if (b < 0) b = Math.Max(b + length, 0);
        return ((int)b, (int)e);
    }

    static object? Invoke(string method, List<object?> a)
    {
        byte[] s = method == "fromhex" ? [] : B(a[0]);
        switch (method)
        {
            case "split": return BytesMethods.Split(s, OptB(a[1]), (int)(long)a[2]!);
            case "rsplit": return BytesMethods.RSplit(s, OptB(a[1]), (int)(long)a[2]!);
            case "splitlines": return BytesMethods.SplitLines(s, (bool)a[1]!);
            case "strip": return BytesMethods.Strip(s, OptB(a[1]));
            case "lstrip": return BytesMethods.LStrip(s, OptB(a[1]));
            case "rstrip": return BytesMethods.RStrip(s, OptB(a[1]));
            case "partition": return BytesMethods.Partition(s, B(a[1]));
            case "rpartition": return BytesMethods.RPartition(s, B(a[1]));
            case "replace": return BytesMethods.Replace(s, B(a[1]), B(a[2]), (long)a[3]!);
            case "center": return BytesMethods.Center(s, (long)a[1]!, B(a[2])[0]);
            case "ljust": return BytesMethods.LJust(s, (long)a[1]!, B(a[2])[0]);
            case "rjust": return BytesMethods.RJust(s, (long)a[1]!, B(a[2])[0]);
            case "zfill": return BytesMethods.ZFill(s, (long)a[1]!);
            case "expandtabs": return BytesMethods.ExpandTabs(s, (long)a[1]!);
            case "find" or "rfind" or "count" or "startswith" or "endswith":
            {
                byte[] sub = B(a[1]);
                var (start, end) = Indices(s.Length, a[2], a[3]);
                return method switch
                {
                    "find" => BytesMethods.Find(s, sub, start, end),
                    "rfind" => BytesMethods.RFind(s, sub, start, end),
                    "count" => BytesMethods.Count(s, sub, start, end),
                    "startswith" => BytesMethods.StartsWith(s, sub, start, end),
                    _ => BytesMethods.EndsWith(s, sub, start, end),
                };
            }
            case "removeprefix": return BytesMethods.RemovePrefix(s, B(a[1]));
            case "removesuffix": return BytesMethods.RemoveSuffix(s, B(a[1]));
            case "upper": return BytesCtype.Upper(s);
            case "lower": return BytesCtype.Lower(s);
            case "title": return BytesCtype.Title(s);
            case "capitalize": return BytesCtype.Capitalize(s);
            case "swapcase": return BytesCtype.Swapcase(s);
            case "isupper": return BytesCtype.IsUpper(s);
            case "islower": return BytesCtype.IsLower(s);
            case "istitle": return BytesCtype.IsTitle(s);
            case "isalpha": return BytesCtype.IsAlpha(s);
            case "isalnum": return BytesCtype.IsAlnum(s);
            case "isdigit": return BytesCtype.IsDigit(s);
            case "isspace": return BytesCtype.IsSpace(s);
            case "isascii": return BytesCtype.IsAscii(s);
            case "repr": return BytesRepr.Repr(s);
            case "repr_bytearray": return BytesRepr.Repr(s, isByteArray: true);
            case "hex":
                return a[1] is null ? BytesHex.ToHex(s) : BytesHex.ToHex(s, BytesHex.CheckSeparator((string)a[1]!), (long)a[2]!);
            case "maketrans": return BytesMethods.MakeTrans(s, B(a[1]));
            case "translate": return BytesMethods.Translate(s, OptB(a[1]), B(a[2]));
            case "join": return BytesMethods.Join(s, ((List<object?>)a[1]!).Select(B).ToList());
            case "fromhex": return BytesHex.FromHex((string)a[0]!);
            default: throw new ArgumentException(method);
        }
    }
}
