using Ftpy.Objects;
using Ftpy.Runtime;
using Xunit;

namespace Ftpy.Tests.Strings;

/// <summary>PyStr: the append buffer behind long concatenations, code-point bookkeeping and
/// ordering by code point.</summary>
public class StrObjectTests
{
    public StrObjectTests() => TypeSystem.EnsureInitialized();

    static string Long(char c, int n) => new(c, n);

    [Fact]
    public void ConcatInALoopKeepsEveryIntermediateValue()
    {
        var acc = PyStr.From(Long('a', 300));
        var snapshots = new List<(PyStr, string)>();
        var expected = new System.Text.StringBuilder(acc.Value);
        for (int i = 0; i < 2000; i++)
        {
            var piece = PyStr.From(i.ToString());
            var next = PyStr.Concat(acc, piece);
            expected.Append(i);
            if (i % 500 == 0) snapshots.Add((Py.NewRef(next), expected.ToString()));
            Py.Decref(acc);
            Py.Decref(piece);
            acc = next;
        }
        Assert.Equal(expected.ToString(), acc.Value);
        Assert.Equal(expected.Length, acc.Length);
        foreach (var (s, text) in snapshots)
        {
            Assert.Equal(text, s.Value);
            Py.Decref(s);
        }
        Py.Decref(acc);
    }

    [Fact]
    public void TwoExtensionsOfOnePrefixAreIndependent()
    {
        var baseStr = PyStr.Concat(PyStr.From(Long('p', 400)), PyStr.From("q"));
        var left = PyStr.Concat(baseStr, PyStr.From("L"));
        var right = PyStr.Concat(baseStr, PyStr.From("R"));
        var leftMore = PyStr.Concat(left, PyStr.From("LL"));
        Assert.EndsWith("qL", left.Value);
        Assert.EndsWith("qR", right.Value);
        Assert.EndsWith("qLLL", leftMore.Value);
        Assert.Equal(401, baseStr.Length);
        Assert.True(PyStr.EqualsFast(left, PyStr.Concat(baseStr, PyStr.From("L"))));
        Assert.False(PyStr.EqualsFast(left, right));
    }

    [Fact]
    public void HashAndCharsOfABufferedStrMatchAPlainOne()
    {
        var buffered = PyStr.Concat(PyStr.From(Long('x', 500)), PyStr.From("\u00e9\U0001F600"));
        var plain = new PyStr(Long('x', 500) + "\u00e9\U0001F600");
        Assert.Equal(plain.Hash, buffered.Hash);
        Assert.Equal(502, buffered.Length);
        Assert.Equal(503, buffered.Utf16Length);
        Assert.True(buffered.Chars.SequenceEqual(plain.Chars));
    }

    [Fact]
    public void CodePointLengthAcrossAJoinedPair()
    {
        var high = PyStr.From(Long('a', 300) + "\ud83d");
        var low = PyStr.From("\ude00b");
        Assert.Equal(301, high.Length);
        Assert.Equal(2, low.Length);
        var joined = PyStr.Concat(high, low);
        Assert.Equal(Ftpy.Objects.Text.CodePoints.Count(joined.Value), joined.Length);
    }

    // Strings as UTF-16 units in hex, since test runners may not carry lone surrogates intact.
    [Theory]
    [InlineData("ffff", "d800 dc00", -1)]
    [InlineData("e000", "d800 dc00", -1)]
    [InlineData("d800", "e000", -1)]
    [InlineData("dfff", "d800 dc00", -1)]
    [InlineData("d83d 7a", "ffff 79", -1)]
    [InlineData("d83d de00", "d83d ddff", 1)]
    [InlineData("61 62", "61 62 63", -1)]
    [InlineData("61 62 63", "61 62 63", 0)]
    [InlineData("d83d", "d83d de00", -1)]
    [InlineData("61 d83d de00", "61 d83d 78", 1)]
    public void OrderingIsByCodePoint(string a, string b, int sign)
    {
        static string Units(string hex) => new(hex.Split(' ').Select(h => (char)Convert.ToInt32(h, 16)).ToArray());
        Assert.Equal(sign, Math.Sign(StrType.CompareCodePoints(Units(a), Units(b))));
        Assert.Equal(-sign, Math.Sign(StrType.CompareCodePoints(Units(b), Units(a))));
    }

    [Fact]
    public void ContainsNeverMatchesHalfAPair()
    {
        Assert.False(StrType.Contains("x\U0001F600y", "\ud83d"));
        Assert.False(StrType.Contains("x\U0001F600y", "\ude00y"));
        Assert.True(StrType.Contains("x\U0001F600y", "\U0001F600y"));
        Assert.True(StrType.Contains("x\ud83d", "\ud83d"));
    }

    [Fact]
    public void RepeatOverflowIsAPythonError()
    {
        var s = PyStr.From("ab");
        var e = Assert.Throws<PyException>(() => PyStr.Type.sq_repeat!(s, long.MaxValue / 2 + 1));
        Assert.Equal("OverflowError", e.TypeName);
        e.Release();
    }
}
