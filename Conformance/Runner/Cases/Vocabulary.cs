namespace Ftpy.Conformance.Cases;

/// <summary>
/// The fixed lists of header keys, features and flags from Conformance/FORMAT.md.
/// A test compares these lists with FORMAT.md, so the two cannot drift apart.
/// </summary>
public static class Vocabulary
{
    public const string Description = "description";
    public const string Features = "features";
    public const string Flags = "flags";
    public const string Expect = "expect";
    public const string MinVersion = "min-version";
    public const string Timeout = "timeout";
    public const string Args = "args";
    public const string Stdin = "stdin";

    public static readonly IReadOnlyList<string> Keys =
        [Description, Features, Flags, Expect, MinVersion, Timeout, Args, Stdin];

    public static readonly IReadOnlyList<string> RequiredKeys = [Description, Features, Expect];

    public const int DefaultTimeoutSeconds = 60;

    public static readonly IReadOnlySet<string> AllFeatures = new HashSet<string>(StringComparer.Ordinal)
    {
        // Language
        "syntax", "literals", "operators", "control-flow", "functions", "closures",
        "scoping", "classes", "inheritance", "descriptors", "metaclasses", "decorators",
        "generators", "comprehensions", "exceptions", "exception-groups", "context-managers",
        "imports", "fstrings", "unpacking", "slicing", "iterators", "annotations", "assignment",
        "recursion", "eval-exec", "unicode", "tracebacks",
        // Types and builtins
        "builtins", "int", "float", "complex", "bool", "str", "bytes",
        "list", "tuple", "dict", "set", "range", "formatting", "hashing",
        // Runtime
        "refcount", "finalizers", "weakref", "gc", "threading", "locks", "specialization",
        // Modules
        "sys", "math", "time", "dis", "functools", "itertools", "operator",
        "collections", "abc", "random", "json", "re", "string", "copy", "heapq", "bisect",
        "contextlib", "dataclasses", "enum", "typing", "io", "os", "textwrap", "traceback",
        "warnings", "statistics", "fractions", "unittest", "logging",
    };

    public const string FreeThreadingFlag = "free-threading";
    public const string StressFlag = "stress";
    public const string ImplementationDetailFlag = "cpython-impl-detail";
    public const string SlowFlag = "slow";

    public static readonly IReadOnlySet<string> AllFlags = new HashSet<string>(StringComparer.Ordinal)
    {
        FreeThreadingFlag, StressFlag, ImplementationDetailFlag, SlowFlag,
    };
}
