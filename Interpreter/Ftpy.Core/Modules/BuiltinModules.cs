using Ftpy.Runtime;

namespace Ftpy.Modules;

/// <summary>
/// The one list of modules implemented in C# that are imported by name (CPython's inittab).
/// <c>builtins</c> and <c>sys</c> are created by the interpreter itself and are not listed.
/// Add a module with one line here; its factory is <c>Create(InterpreterState)</c>.
/// </summary>
public static class BuiltinModules
{
    static readonly object s_lock = new();
    static bool s_registered;

    /// <summary>Registers every C# module with <see cref="ModuleRegistry"/>; runs once per process.</summary>
    public static void RegisterAll()
    {
        lock (s_lock)
        {
            if (s_registered) return;
            s_registered = true;
            ModuleRegistry.Register("math", Math.MathModule.Create);
            ModuleRegistry.Register("time", Time.TimeModule.Create);
            ModuleRegistry.Register("gc", GcModule.Create);
            ModuleRegistry.Register("_weakref", WeakrefModule.Create);
            ModuleRegistry.Register("atexit", AtexitModule.Create);
            ModuleRegistry.Register("itertools", ItertoolsModule.Create);
            ModuleRegistry.Register("_collections", CollectionsModule.Create);
            ModuleRegistry.Register("operator", OperatorModule.Create);
            ModuleRegistry.Register("_functools", FunctoolsModule.Create);
            ModuleRegistry.Register("_heapq", HeapqModule.Create);
            ModuleRegistry.Register("_bisect", BisectModule.Create);
            ModuleRegistry.Register("_abc", AbcModule.Create);
            ModuleRegistry.Register("_string", StringModule.Create);
            ModuleRegistry.Register("_random", Random.RandomModule.Create);
            ModuleRegistry.Register("_json", Json.JsonModule.Create);
            ModuleRegistry.Register("_ftpy_re", Re.ReModule.Create);
            ModuleRegistry.Register("_opcode", OpcodeModule.Create);
            ModuleRegistry.Register("_io", Io.IoNativeModule.Create);
            ModuleRegistry.Register("posix", Posix.PosixModule.Create);
            ModuleRegistry.Register("_ftpy_traceback", TracebackModule.Create);
            ModuleRegistry.Register("_ftpy_subprocess", Posix.SubprocessModule.Create);
        }
    }
}
