using Ftpy.Conformance.Cases;
using Ftpy.Conformance.Selection;

namespace Ftpy.Conformance.Tests;

public class FilterTests
{
    private static ConformanceCase Case(string path, string[] features, string[] flags) =>
        new(path, "/cases/" + path, new CaseMetadata("d", features, flags, Expectation.Output, null, 60, [], ""));

    private static readonly ConformanceCase[] Cases =
    [
        Case("smoke/hello.py", ["str"], []),
        Case("threading/list_append.py", ["threading", "list"], ["free-threading", "stress"]),
        Case("threading/deep/dict.py", ["threading", "dict"], ["slow"]),
        Case("gc/finalizers.py", ["finalizers", "gc"], ["cpython-impl-detail"]),
    ];

    private static string[] Selected(CaseFilter filter) => filter.Select(Cases).Select(c => c.RelativePath).ToArray();

    [Fact]
    public void EmptyFilterSelectsEverything() => Assert.Equal(4, Selected(new CaseFilter()).Length);

    [Fact]
    public void FeaturesSelectCasesHavingAny() =>
        Assert.Equal(["threading/deep/dict.py", "gc/finalizers.py"], Selected(new CaseFilter { Features = ["dict", "gc"] }));

    [Fact]
    public void FlagsSelectCasesHavingAny() =>
        Assert.Equal(["threading/list_append.py", "threading/deep/dict.py"], Selected(new CaseFilter { Flags = ["stress", "slow"] }));

    [Fact]
    public void ExcludeFlagsDropCasesHavingAny() =>
        Assert.Equal(["smoke/hello.py", "threading/deep/dict.py"], Selected(new CaseFilter { ExcludeFlags = ["stress", "cpython-impl-detail"] }));

    [Fact]
    public void FastDropsSlowCases() =>
        Assert.DoesNotContain("threading/deep/dict.py", Selected(new CaseFilter { Fast = true }));

    [Fact]
    public void AreasSelectByFirstFolder() =>
        Assert.Equal(["smoke/hello.py", "gc/finalizers.py"], Selected(new CaseFilter { Areas = ["smoke", "gc"] }));

    [Fact]
    public void CriteriaCombine() =>
        Assert.Equal(["threading/list_append.py"], Selected(new CaseFilter { Areas = ["threading"], Fast = true }));

    [Theory]
    [InlineData("smoke/*.py", "smoke/hello.py", true)]
    [InlineData("smoke/*.py", "smoke/sub/hello.py", false)]
    [InlineData("smoke/**", "smoke/sub/hello.py", true)]
    [InlineData("**/dict.py", "threading/deep/dict.py", true)]
    [InlineData("**/dict.py", "dict.py", true)]
    [InlineData("threading/**/dict.py", "threading/dict.py", true)]
    [InlineData("threading", "threading/deep/dict.py", true)]
    [InlineData("threading/", "threading/deep/dict.py", true)]
    [InlineData("thread", "threading/deep/dict.py", false)]
    [InlineData("smoke/hello.py", "smoke/hello.py", true)]
    [InlineData("./smoke/hello.py", "smoke/hello.py", true)]
    [InlineData("smoke/h?llo.py", "smoke/hello.py", true)]
    [InlineData("smoke/hello", "smoke/hello.py", false)]
    [InlineData("smoke/hello.py", "smoke/hello_py", false)]
    public void GlobMatching(string pattern, string path, bool expected) => Assert.Equal(expected, new Glob(pattern).Matches(path));

    [Fact]
    public void PathsSelectByGlob() =>
        Assert.Equal(["threading/list_append.py", "gc/finalizers.py"], Selected(new CaseFilter { Paths = [new Glob("threading/*.py"), new Glob("gc")] }));

    [Fact]
    public void UnknownNamesAreUsageProblems()
    {
        var filter = new CaseFilter { Features = ["strs"], Flags = ["fast"], ExcludeFlags = ["slo"], Areas = ["nope"] };
        var problems = filter.Problems(["smoke", "gc"]).ToList();
        Assert.Equal(4, problems.Count);
        Assert.Contains(problems, p => p.Contains("unknown feature 'strs'"));
        Assert.Contains(problems, p => p.Contains("no area named 'nope' (areas: gc, smoke)"));
    }

    [Fact]
    public void ExistingPathOnDiskBecomesARelativePattern()
    {
        using var dir = new TempDir();
        dir.Write("cases/smoke/hello.py", "");
        var glob = Commands.SelectionOptions.ToGlob(dir["cases/smoke"], dir["cases"]);
        Assert.True(glob.Matches("smoke/hello.py"));
        Assert.False(glob.Matches("other/hello.py"));
        Assert.True(Commands.SelectionOptions.ToGlob(dir["cases/smoke/hello.py"], dir["cases"]).Matches("smoke/hello.py"));
    }

    [Fact]
    public void CommaSeparatedAndRepeatedValuesAreSplit() =>
        Assert.Equal(["a", "b", "c"], Commands.SelectionOptions.SplitList(["a,b", " c "]));
}
