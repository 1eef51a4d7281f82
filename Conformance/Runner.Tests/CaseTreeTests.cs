using Ftpy.Conformance.Cases;

namespace Ftpy.Conformance.Tests;

public class CaseTreeTests
{
    public const string Header = "# description: d\n# features: [int]\n# expect: output\n\n";

    [Fact]
    public void FindsCasesSortedWithAreas()
    {
        using var dir = new TempDir();
        dir.Write("cases/b/two.py", Header + "print(2)\n");
        dir.Write("cases/b/two.out", "2\n");
        dir.Write("cases/a/sub/one.py", Header + "print(1)\n");
        dir.Write("cases/a/sub/one.out", "1\n");
        var tree = CaseTree.Load(dir["cases"]);
        Assert.Empty(tree.Errors);
        Assert.Equal(["a/sub/one.py", "b/two.py"], tree.Cases.Select(c => c.RelativePath));
        Assert.Equal(["a", "b"], tree.Areas);
        Assert.Equal("a", tree.Cases[0].Area);
    }

    [Fact]
    public void SupportFilesAndFoldersStartingWithUnderscoreAreNotCases()
    {
        using var dir = new TempDir();
        dir.Write("cases/a/_helper.py", "x = 1\n");
        dir.Write("cases/a/_pkg/mod.py", "y = 2\n");
        dir.Write("cases/a/__pycache__/junk.py", "");
        dir.Write("cases/a/real.py", Header);
        dir.Write("cases/a/real.out", "");
        var tree = CaseTree.Load(dir["cases"]);
        Assert.Empty(tree.Errors);
        Assert.Equal(["a/real.py"], tree.Cases.Select(c => c.RelativePath));
    }

    [Fact]
    public void MissingOutIsAnErrorMarkedAsSuch()
    {
        using var dir = new TempDir();
        var path = dir.Write("cases/a/case.py", Header);
        var tree = CaseTree.Load(dir["cases"]);
        var error = Assert.Single(tree.Errors);
        Assert.True(error.IsMissingOutput);
        Assert.Equal(1, error.Line);
        Assert.Equal(MetadataError.DisplayPath(path), error.File);
        Assert.Contains("missing expected output case.out", error.Message);
        Assert.Single(tree.Cases);
    }

    [Fact]
    public void HeaderErrorsKeepTheCaseOutButItStillExists()
    {
        using var dir = new TempDir();
        dir.Write("cases/a/bad.py", "# description: d\n# features: [nope]\n# expect: output\n");
        dir.Write("cases/a/bad.out", "");
        var tree = CaseTree.Load(dir["cases"]);
        Assert.Empty(tree.Cases);
        Assert.Contains("a/bad.py", tree.CasePaths);
        Assert.Equal(2, Assert.Single(tree.Errors).Line);
    }

    [Fact]
    public void CaseOutsideAnAreaIsAnError()
    {
        using var dir = new TempDir();
        dir.Write("cases/loose.py", Header);
        var error = Assert.Single(CaseTree.Load(dir["cases"]).Errors);
        Assert.Contains("area folder", error.Message);
    }

    [Fact]
    public void InvalidRegexLineInOutIsAnErrorOnItsLine()
    {
        using var dir = new TempDir();
        dir.Write("cases/a/case.py", Header);
        var outPath = dir.Write("cases/a/case.out", "fine\n(?re)broken[\n");
        var error = Assert.Single(CaseTree.Load(dir["cases"]).Errors);
        Assert.Equal(MetadataError.DisplayPath(outPath), error.File);
        Assert.Equal(2, error.Line);
        Assert.Contains("invalid regular expression", error.Message);
    }

    [Fact]
    public void MissingCasesFolderIsAnError()
    {
        using var dir = new TempDir();
        Assert.Contains("does not exist", Assert.Single(CaseTree.Load(dir["nothing"]).Errors).Message);
    }

    [Fact]
    public void ManifestIsSortedAndPruned()
    {
        using var dir = new TempDir();
        var path = dir.Write("MANIFEST.txt", "b/x.py 3.12.1\na/gone.py 3.12.1\n");
        var manifest = Manifest.Load(path);
        manifest.Set("a/y.py", "3.13.0");
        manifest.Set("b/x.py", "3.13.0");
        manifest.Prune(new HashSet<string> { "a/y.py", "b/x.py" });
        Assert.Equal("a/y.py 3.13.0\nb/x.py 3.13.0\n", manifest.Render());
    }
}
