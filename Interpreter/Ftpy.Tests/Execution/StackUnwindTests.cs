using Ftpy.Tests.Objects;
using Xunit;

namespace Ftpy.Tests.Execution;

/// <summary>An instruction that fails before pushing its result must leave the stack depth
/// unchanged, so unwinding releases only live values (a stale slot above them is not decref'd).</summary>
public class StackUnwindTests
{
    const string Probe =
        "class P:\n" +
        "    def __del__(self):\n" +
        "        print('finalized')\n" +
        "probe = P()\n";

    [Fact]
    public void FailedLoadNameDoesNotReleaseAStaleSlot()
    {
        var lines = PythonRunner.Lines(Probe +
            "try:\n" +
            "    class A:\n" +
            "        (probe, probe)\n" +
            "        [][undefined_name]\n" +
            "except NameError:\n" +
            "    pass\n" +
            "print('still alive')\n");
        Assert.Equal("still alive", lines[0]);
    }
}
