using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Ftpy.Runtime;
using Xunit;

namespace Ftpy.Tests.Numbers;

/// <summary>
/// Runs the expected-value files written by Data/generate.py (CPython 3.13). A case is an
/// operation name, arguments and the expected result, all as tagged strings (see the
/// generator); an evaluator computes the same encoding from the C# implementation.
/// </summary>
public static class CPythonCases
{
    public sealed record Case(string Op, string[] Args, string Expect, int Line);

    /// <summary>The Data folder beside this source file; found by walking up from the test binaries when source paths are mapped.</summary>
    static string DataDirectory([CallerFilePath] string path = "")
    {
        string beside = Path.Combine(Path.GetDirectoryName(path) ?? "", "Data");
        if (Directory.Exists(beside)) return beside;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "Interpreter", "Ftpy.Tests", "Numbers", "Data");
            if (Directory.Exists(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException("Numbers/Data with the CPython expected values");
    }

    public static IReadOnlyList<Case> Load(string name)
    {
        var cases = new List<Case>();
        int line = 0;
        foreach (string text in File.ReadLines(Path.Combine(DataDirectory(), name + ".jsonl")))
        {
            line++;
            if (text.Length == 0) continue;
            using var doc = JsonDocument.Parse(text);
            var root = doc.RootElement;
            string op = root.GetProperty("op").GetString()!;
            string[] args = root.GetProperty("args").EnumerateArray().Select(a => a.GetString()!).ToArray();
            cases.Add(new Case(op, args, root.GetProperty("expect").GetString()!, line));
        }
        return cases;
    }

    /// <summary>Evaluates every case of a file; fails listing the first mismatches. Returns the case count.</summary>
    public static int Check(string name, Func<string, string[], string> evaluate)
    {
        var cases = Load(name);
        var failures = new List<string>();
        int failed = 0;
        foreach (var c in cases)
        {
            string actual;
            try
            {
                actual = evaluate(c.Op, c.Args);
            }
            catch (PyException e)
            {
                actual = Error(e);
            }
            catch (Exception e)
            {
                actual = "X" + e.GetType().Name + ": " + e.Message;
            }
            if (!Same(actual, c.Expect))
            {
                failed++;
                if (failures.Count < 40)
                    failures.Add($"{name}:{c.Line} {c.Op}({string.Join(", ", c.Args.Select(Show))})\n    expected {Show(c.Expect)}\n    actual   {Show(actual)}");
            }
        }
        Assert.True(failed == 0, $"{failed} of {cases.Count} cases differ from CPython:\n" + string.Join("\n", failures));
        Assert.NotEmpty(cases);
        return cases.Count;
    }

    static bool Same(string actual, string expected) => actual == expected;

    public static string Error(PyException e) => "E" + e.TypeName + ": " + e.Message;

    /// <summary>A readable form of a tagged value for failure messages.</summary>
    static string Show(string tagged)
    {
        if (tagged.Length == 17 && tagged[0] == 'f')
        {
            double d = Float(tagged);
            return $"{tagged}({d.ToString("R", CultureInfo.InvariantCulture)})";
        }
        if (tagged.Length > 300) return tagged[..300] + "...";
        return tagged.Replace("\n", "\\n");
    }

    public static double Float(string tagged)
    {
        if (tagged[0] != 'f') throw new ArgumentException("not a float: " + tagged);
        return BitConverter.Int64BitsToDouble((long)ulong.Parse(tagged.AsSpan(1), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
    }

    public static BigInteger Int(string tagged)
    {
        if (tagged[0] == 'b') return tagged == "b1" ? BigInteger.One : BigInteger.Zero;
        if (tagged[0] != 'i') throw new ArgumentException("not an int: " + tagged);
        return BigInteger.Parse(tagged.AsSpan(1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
    }

    public static string Str(string tagged)
    {
        if (tagged[0] != 's') throw new ArgumentException("not a str: " + tagged);
        return tagged[1..];
    }

    public static bool Bool(string tagged) => tagged == "b1";

    public static Complex ComplexValue(string tagged)
    {
        int comma = tagged.IndexOf(',');
        return new Complex(Float(tagged[1..comma]), Float(tagged[(comma + 1)..]));
    }

    public static byte[] Bytes(string tagged) => Convert.FromHexString(tagged.AsSpan(1));

    public static string[] Tuple(string tagged)
    {
        if (tagged[0] != 't') throw new ArgumentException("not a tuple: " + tagged);
        using var doc = JsonDocument.Parse(tagged[1..]);
        return doc.RootElement.EnumerateArray().Select(e => e.GetString()!).ToArray();
    }

    public static string F(double d) => "f" + ((ulong)BitConverter.DoubleToInt64Bits(d)).ToString("x16", CultureInfo.InvariantCulture);

    public static string I(BigInteger v) => "i" + v.ToString(CultureInfo.InvariantCulture);

    public static string S(string s) => "s" + s;

    public static string B(bool b) => b ? "b1" : "b0";

    public static string C(Complex z) => "c" + F(z.Real) + "," + F(z.Imaginary);

    public static string Y(byte[] bytes) => "y" + Convert.ToHexString(bytes).ToLowerInvariant();

    /// <summary>A tuple in the generator's format (json.dumps of ASCII-only tagged strings).</summary>
    public static string T(params string[] items)
    {
        var sb = new StringBuilder("t[");
        for (int i = 0; i < items.Length; i++)
        {
            if (i > 0) sb.Append(", ");
            sb.Append('"').Append(items[i]).Append('"');
        }
        return sb.Append(']').ToString();
    }

    public const string None = "n";
}
