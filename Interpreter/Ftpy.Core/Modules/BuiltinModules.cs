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
        ModuleRegistry.Register("itertools", ItertoolsModule.Create);
        ModuleRegistry.Register("_collections", CollectionsModule.Create);
        ModuleRegistry.Register("operator", OperatorModule.Create);
        ModuleRegistry.Register("_functools", FunctoolsModule.Create);
        ModuleRegistry.Register("_heapq", HeapqModule.Create);
        ModuleRegistry.Register("_bisect", BisectModule.Create);
        ModuleRegistry.Register("_abc", AbcModule.Create);
        ModuleRegistry.Register("_string", StringModule.Create);
    }
}
