using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Ftpy.Modules.Random;
using Xunit;

namespace Ftpy.Tests.Modules;

/// <summary>
/// The Mersenne Twister against streams recorded from CPython 3.13 (Data/gen_random.py):
/// seeding from ints of every size, random(), getrandbits(k) and the str/bytes seed digest.
/// </summary>
public class RandomTests
{
    static string DataFile([CallerFilePath] string path = "") => Path.Combine(Path.GetDirectoryName(path)!, "Data", "random.jsonl");

    static IEnumerable<JsonElement> Lines(string kind)
    {
        foreach (var line in File.ReadLines(DataFile()))
        {
            if (line.Length == 0) continue;
            var root = JsonDocument.Parse(line).RootElement;
            if (root.TryGetProperty(kind, out _)) yield return root;
        }
    }

    static string Repr(double d) => Ftpy.Objects.Numbers.FloatRepr.Repr(d);

    [Fact]
    public void IntSeedsReproduceCPythonStreams()
    {
        int count = 0;
        foreach (var c in Lines("seed"))
        {
            var seed = BigInteger.Parse(c.GetProperty("seed").GetString()!, CultureInfo.InvariantCulture);
            var mt = new MersenneTwister();
            mt.SeedFromInteger(seed);
            var head = c.GetProperty("state_head").EnumerateArray().Select(e => uint.Parse(e.GetString()!)).ToArray();
            Assert.Equal(head, mt.State.Take(4).ToArray());
            Assert.Equal(c.GetProperty("index").GetInt32(), mt.Index);
            foreach (var d in c.GetProperty("doubles").EnumerateArray())
                Assert.Equal(d.GetString(), Repr(mt.NextDouble()));
            foreach (var pair in c.GetProperty("bits").EnumerateArray())
            {
                int k = pair[0].GetInt32();
                Assert.Equal(pair[1].GetString(), mt.NextBits(k).ToString(CultureInfo.InvariantCulture));
            }
            var words = Enumerable.Range(0, 1500).Select(_ => mt.NextUInt32().ToString(CultureInfo.InvariantCulture)).ToArray();
            Assert.Equal(c.GetProperty("words_tail").EnumerateArray().Select(e => e.GetString()), words[^5..]);
            count++;
        }
        Assert.True(count >= 10);
    }

    [Fact]
    public void BytesSeedIsTheBytesFollowedByTheirSha512()
    {
        int count = 0;
        foreach (var c in Lines("bytes_hex"))
        {
            var bytes = Convert.FromHexString(c.GetProperty("bytes_hex").GetString()!);
            Assert.Equal(c.GetProperty("sha512_seed").GetString(), RandomModule.Sha512Seed(bytes).ToString(CultureInfo.InvariantCulture));
            count++;
        }
        Assert.Equal(4, count);
    }

    [Fact]
    public void ZeroBitsDrawNothing()
    {
        var mt = new MersenneTwister();
        mt.SeedFromInteger(7);
        Assert.Equal(BigInteger.Zero, mt.NextBits(0));
        var other = new MersenneTwister();
        other.SeedFromInteger(7);
        Assert.Equal(other.NextUInt32(), mt.NextUInt32());
    }
}
