using Ftpy.Objects.Text;
using Xunit;

namespace Ftpy.Tests.Text;

/// <summary>hash() of str and bytes against CPython 3.13 under fixed PYTHONHASHSEED values (Data/gen_hashes.py).</summary>
public class HashTests
{
    [Fact]
    public void MatchesCPython()
    {
        var failures = new List<string>();
        int count = 0;
        foreach (var row in TestData.Rows("hashes.json"))
        {
            var secret = HashSecret.FromSeed((uint)(long)row[0]!);
            long expected = (long)row[3]!;
            long actual = (string)row[1]! == "str"
                ? StrHash.Hash((string)row[2]!, secret)
                : BytesHash.Hash(TestData.Hex(row[2]), secret);
            count++;
            if (actual != expected) failures.Add($"seed {row[0]} {row[1]} {StrMethodTests.Show(row[2])}: expected {expected}, got {actual}");
        }
        Assert.True(count > 2000);
        Assert.True(failures.Count == 0, $"{failures.Count} of {count} differ:\n" + string.Join("\n", failures.Take(20)));
    }

    [Fact]
    public void Latin1StrHashesLikeItsBytes()
    {
        var secret = HashSecret.FromSeed(42);
        Assert.Equal(BytesHash.Hash([0x63, 0x61, 0x66, 0xe9], secret), StrHash.Hash("caf\u00e9", secret));
    }

    [Theory]
    [InlineData("0", true)]
    [InlineData("4294967295", true)]
    [InlineData("random", true)]
    [InlineData("", true)]
    [InlineData("4294967296", false)]
    [InlineData("-1", false)]
    [InlineData(" 1", true)]
    [InlineData("+1", true)]
    [InlineData("-0", true)]
    [InlineData("00012", true)]
    [InlineData("1 ", false)]
    [InlineData("0x10", false)]
    [InlineData("Random", false)]
    [InlineData(" ", false)]
    [InlineData("99999999999999999999999", false)]
    public void ParsesPythonHashSeed(string value, bool valid) =>
        Assert.Equal(valid, HashSecret.TryFromEnvironment(value, out _));

    [Fact]
    public void SeedTextIsReadLikeStrtoul()
    {
        Assert.True(HashSecret.TryFromEnvironment(" +12345", out var secret));
        Assert.Equal(HashSecret.FromSeed(12345), secret);
    }

    [Fact]
    public void SeedZeroIsTheZeroKey() => Assert.Equal(new HashSecret(0, 0), HashSecret.FromSeed(0));
}
