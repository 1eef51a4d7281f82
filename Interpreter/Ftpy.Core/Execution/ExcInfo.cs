using Ftpy.Objects;

namespace Ftpy.Execution;

/// <summary>
/// One level of the "exception being handled" stack (CPython's _PyErr_StackItem). The thread
/// has one; each running generator links its own in front while it runs, so a generator's
/// handled exception is its own. <see cref="Value"/> is an owned reference or null.
/// </summary>
public sealed class ExcInfo
{
    public PyBaseException? Value;
    public ExcInfo? Previous;

    /// <summary>The innermost exception being handled along the chain (sys.exception()).</summary>
    public PyBaseException? Topmost
    {
        get
        {
            for (var e = this; e is not null; e = e.Previous)
                if (e.Value is not null) return e.Value;
            return null;
        }
    }
}
