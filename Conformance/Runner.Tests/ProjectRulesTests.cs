using System.Xml.Linq;

namespace Ftpy.Conformance.Tests;

/// <summary>Rules from ARCHITECTURE.md that the build alone would not catch.</summary>
public class ProjectRulesTests
{
    [Fact]
    public void RunnerReferencesNoOtherProject()
    {
        var root = RepositoryLayout.FindRoot(AppContext.BaseDirectory)
            ?? throw new InvalidOperationException("repository not found above the test binaries");
        var project = XDocument.Load(Path.Combine(root, "Conformance", "Runner", "Runner.csproj"));
        Assert.Empty(project.Descendants("ProjectReference"));
    }
}
