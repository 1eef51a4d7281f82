using Xunit;

namespace Ftpy.Tests;

public class SmokeTests
{
    [Fact]
    public void AssemblyLoads() => Assert.NotNull(typeof(Ftpy.Runtime.Limits).Assembly);
}
