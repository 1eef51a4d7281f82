namespace Ftpy.Runtime;

/// <summary>
/// An internal invariant was broken (use after free, refcount underflow): the interpreter
/// cannot continue. Python code cannot catch it; the CLI prints "Fatal Python error: ..."
/// and exits with status 134, as CPython's Py_FatalError aborts.
/// </summary>
public sealed class FatalError : Exception
{
    public FatalError(string message) : base(message) { }
}
