using Ftpy.Compiling;
using Ftpy.Objects;
using Ftpy.Parsing;

namespace Ftpy.Runtime;

public sealed partial class InterpreterState
{
    /// <summary>python -m module: finds the module's source along sys.path and runs it as __main__.</summary>
    public void RunModuleAsMain(string name)
    {
        string? file = null;
        bool isPackage = false;
        var path = Sys.Dict.GetItemBorrowed("path") as PyList;
        var parts = name.Split('.');
        foreach (var entry in path?.AsSpan().ToArray() ?? Array.Empty<PyObject>())
        {
            if (entry is not PyStr dir) continue;
            string baseDir = dir.Value.Length == 0 ? Directory.GetCurrentDirectory() : dir.Value;
            string candidate = Path.Combine(new[] { baseDir }.Concat(parts).ToArray());
            if (File.Exists(candidate + ".py")) { file = candidate + ".py"; break; }
            if (File.Exists(Path.Combine(candidate, "__main__.py"))) { file = Path.Combine(candidate, "__main__.py"); isPackage = true; break; }
        }
        if (file is null)
        {
            // Import the parent package first (so relative imports in the module work), then look again.
            if (parts.Length > 1)
            {
                var parent = Import.ImportAbsolute(this, string.Join('.', parts[..^1]));
                Py.Decref(parent);
            }
            throw PyErr.ImportError($"No module named {name}");
        }
        var full = Path.GetFullPath(file);
        if (Sys.Dict.GetItemBorrowed("argv") is PyList argv && argv.Count > 0)
        {
            var s = PyStr.From(full);
            argv.SetItem(0, s);
            Py.Decref(s);
        }
        var main = CreateMainModule();
        var fileStr = PyStr.From(full);
        main.Dict.SetItem("__file__", fileStr);
        Py.Decref(fileStr);
        // A package runs as its __main__ submodule: the package is imported first and is
        // __package__, so that relative imports in __main__.py work (as runpy does).
        string packageName = isPackage ? name : string.Join('.', parts[..^1]);
        if (packageName.Length > 0) Py.Decref(Import.ImportAbsolute(this, packageName));
        var package = PyStr.From(packageName);
        main.Dict.SetItem("__package__", package);
        Py.Decref(package);
        var source = SourceDecoder.Decode(File.ReadAllBytes(full), full);
        var code = Compiler.Compile(source, full, CompileMode.Exec, Options.Optimize);
        try { Py.Decref(Exec(code, main.Dict)); }
        finally { Py.Decref(code); }
    }

    /// <summary>Shutdown in Py_FinalizeEx's order: atexit callbacks (last registered first); a
    /// collection while every module is intact; then the modules leave sys.modules and a second
    /// collection frees what only they kept alive (__main__'s globals among them, finalized in
    /// the order CPython's collector meets them); modules something still holds get their
    /// globals cleared (names starting with one underscore first), last imported first.
    /// sys and builtins stay intact so late finalizers can still print.</summary>
    public int Finalize(int exitCode)
    {
        Ftpy.Modules.AtexitModule.RunExitFuncs(this);
        FlushStdout();
        if (Gc.Enabled) CollectNoFail();
        Finalizing = true;
        // Not counted: the collector decides which of them die; IsFreed tells afterwards.
        var removed = new List<PyModule>();
        foreach (var kv in Modules.Items())
        {
            if (kv.Value is not PyModule m || ReferenceEquals(m, Sys) || ReferenceEquals(m, Builtins)) continue;
            removed.Add(m);
            Modules.DelItem(kv.Key);
        }
        CollectNoFail(shutdown: true);
        for (int i = removed.Count - 1; i >= 0; i--)
        {
            if (!removed[i].IsFreed && removed[i].Dict is { } d) ClearModuleDict(d);
        }
        CollectNoFail(shutdown: true);
        return exitCode;
    }

    void CollectNoFail(bool shutdown = false)
    {
        try { if (shutdown) Gc.CollectAtShutdown(); else Gc.Collect(); }
        catch (PyException e) { e.Release(); }
    }

    static void ClearModuleDict(PyDict d)
    {
        foreach (bool underscores in new[] { true, false })
        {
            foreach (var kv in d.Items())
            {
                if (kv.Key is not PyStr k || k.Value == "__builtins__") continue;
                bool single = k.Value.StartsWith('_') && !k.Value.StartsWith("__", StringComparison.Ordinal) || k.Value == "_";
                if (single != underscores) continue;
                try { d.SetItem(k, PyNone.Instance); }
                catch (PyException e) { Unraisable.Write(e, "Exception ignored while clearing module: ", null); }
            }
        }
    }
}
