using Ftpy.Runtime;

namespace Ftpy.Modules;

/// <summary>
/// The list of modules implemented in C# (CPython's inittab), registered with
/// <see cref="ModuleRegistry"/> once per process. A module's types are readied on its first import.
/// </summary>
public static class BuiltinModules
{
    static int s_registered;

    public static void RegisterAll()
    {
        if (Interlocked.Exchange(ref s_registered, 1) != 0) return;
        ModuleRegistry.Register("_random", Random.RandomModule.Create);
        ModuleRegistry.Register("_json", Json.JsonModule.Create);
        ModuleRegistry.Register("_ftpy_re", Re.ReModule.Create);
    }
}
