using Ftpy.Runtime;

namespace Ftpy.Modules;

/// <summary>
/// The list of modules implemented in C# that are imported by name (CPython's inittab),
/// registered with <see cref="ModuleRegistry"/> once per process. <c>builtins</c> and <c>sys</c>
/// are created by the interpreter itself and are not listed.
/// </summary>
public static class BuiltinModules
{
    static readonly object s_lock = new();
    static bool s_registered;

    public static void RegisterAll()
    {
        lock (s_lock)
        {
            if (s_registered) return;
            s_registered = true;
            ModuleRegistry.Register("gc", GcModule.Create);
            ModuleRegistry.Register("_weakref", WeakrefModule.Create);
            ModuleRegistry.Register("atexit", AtexitModule.Create);
        }
    }
}
