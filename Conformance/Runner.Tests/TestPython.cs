using Ftpy.Conformance.Execution;

namespace Ftpy.Conformance.Tests;

/// <summary>The CPython the tests run cases on: python3.13 (via PATH or pyenv), else python3.</summary>
public static class TestPython
{
    private static readonly Lazy<Implementation> Found = new(() =>
    {
        var locator = new PythonLocator(null, TextWriter.Null);
        foreach (var name in new[] { "python3.13", "python3" })
        {
            try
            {
                var implementation = locator.LocateAsync(name, CancellationToken.None).GetAwaiter().GetResult();
                if (implementation.Name == "cpython")
                    return implementation;
            }
            catch (UsageException)
            {
                // try the next name
            }
        }
        throw new InvalidOperationException("these tests need CPython: python3.13 or python3 on PATH or in pyenv");
    });

    public static Implementation Implementation => Found.Value;

    public static string Executable => Found.Value.Executable;
}
