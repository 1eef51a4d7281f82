using Ftpy.Objects;

namespace Ftpy.Runtime;

/// <summary>The modules implemented in C# (CPython's inittab): name to initializer.</summary>
public static class ModuleRegistry
{
    static readonly Dictionary<string, Func<InterpreterState, PyModule>> s_builtin = new();

    public static void Register(string name, Func<InterpreterState, PyModule> init)
    {
        lock (s_builtin) s_builtin[name] = init;
    }

    public static bool TryGet(string name, out Func<InterpreterState, PyModule> init)
    {
        lock (s_builtin) return s_builtin.TryGetValue(name, out init!);
    }

    public static IReadOnlyCollection<string> Names
    {
        get { lock (s_builtin) return s_builtin.Keys.ToList(); }
    }
}
