using Ftpy.Compiling;
using Ftpy.Execution;
using Ftpy.Modules;
using Ftpy.Objects;

namespace Ftpy.Runtime;

/// <summary>
/// Interpreter-wide state (CPython's PyInterpreterState / Lua's global_State): sys.modules,
/// the builtins and sys modules, the collector, I/O and limits. Builtin types are process-wide
/// and immortal; everything reachable from here belongs to this interpreter.
/// </summary>
public sealed partial class InterpreterState
{
    public readonly InterpreterOptions Options;
    public readonly PyDict Modules;
    public readonly PyModule Builtins;
    public readonly PyModule Sys;
    public readonly GcState Gc;
    public int IntMaxStrDigits;
    public readonly List<(PyObject func, PyTuple args, PyDict? kwargs)> AtExit = new();
    /// <summary>Set while the interpreter shuts down (finalizers may not import, etc.).</summary>
    public bool Finalizing;

    static InterpreterState? s_main;
    public static InterpreterState Main => s_main ?? throw new InvalidOperationException("no interpreter");

    public InterpreterState(InterpreterOptions options)
    {
        TypeSystem.EnsureInitialized(options.HashSeed);
        Options = options;
        IntMaxStrDigits = options.IntMaxStrDigits;
        var ts = ThreadState.Current;
        ts.Interp = this;
        ts.Status = ThreadStatus.Attached;
        s_main ??= this;
        Gc = new GcState(this);
        Modules = new PyDict();
        BuiltinModules.RegisterAll();
        Builtins = BuiltinsModule.Create(this);
        Modules.SetItem("builtins", Builtins);
        Sys = SysModule.Create(this);
        Modules.SetItem("sys", Sys);
        Builtins.Dict.SetItem("__debug__", PyBool.From(!options.Optimize));
    }

    /// <summary>Makes this the interpreter of the current thread.</summary>
    public void Attach()
    {
        var ts = ThreadState.Current;
        ts.Interp = this;
        ts.Status = ThreadStatus.Attached;
        s_main = this;
    }

    public PyDict BuiltinsDict => Builtins.Dict;

    /// <summary>A fresh __main__ module registered in sys.modules.</summary>
    public PyModule CreateMainModule()
    {
        var main = new PyModule("__main__");
        main.Dict.SetItem("__builtins__", Builtins);
        Modules.SetItem("__main__", main);
        Py.Decref(main);
        return main;
    }

    /// <summary>Runs module-level code in a namespace (exec of a code object).</summary>
    public PyObject Exec(PyCode code, PyDict globals, PyObject? locals = null)
    {
        if (!globals.ContainsKey(PyStr.Intern("__builtins__"))) globals.SetItem("__builtins__", Builtins);
        var builtins = BuiltinsFor(globals);
        var frame = new Frame(code, globals, builtins, locals ?? globals, null);
        return EvalLoop.Run(ThreadState.Current, frame);
    }

    /// <summary>The builtins dict a namespace uses: its __builtins__ (module or dict), else ours.</summary>
    public PyDict BuiltinsFor(PyDict globals)
    {
        var b = globals.GetItemBorrowed(PyStr.Intern("__builtins__"));
        return b switch
        {
            PyModule m => m.Dict,
            PyDict d => d,
            _ => Builtins.Dict,
        };
    }

    /// <summary>Compiles and runs <paramref name="source"/> as the __main__ module.</summary>
    public void RunMain(string source, string filename)
    {
        var main = CreateMainModule();
        if (filename != "<string>" && filename != "<stdin>") main.Dict.SetItem("__file__", PyStr.From(filename));
        main.Dict.SetItem("__cached__", PyNone.Instance);
        var code = Compiler.Compile(source, filename, CompileMode.Exec, Options.Optimize);
        var r = Exec(code, main.Dict);
        Py.Decref(r);
    }
}
