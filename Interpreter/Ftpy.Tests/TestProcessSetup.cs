using System.Runtime.CompilerServices;

namespace Ftpy.Tests;

/// <summary>
/// The str/bytes hash key is process-wide and fixed by the first interpreter created. Tests run
/// in one process and in any order, so every interpreter they create uses PYTHONHASHSEED=0 (as
/// the conformance cases do), which keeps set and dict orders identical to CPython's recorded ones.
/// </summary>
static class TestProcessSetup
{
#pragma warning disable CA2255 // a module initializer is the one place that runs before any test
    [ModuleInitializer]
    internal static void FixHashSeed() => Environment.SetEnvironmentVariable("PYTHONHASHSEED", "0");
#pragma warning restore CA2255
}
