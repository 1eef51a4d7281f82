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
        var path = Sys.Dict.GetItemBorrowed("path") as PyList;
        var parts = name.Split('.');
        foreach (var entry in path?.AsSpan().ToArray() ?? Array.Empty<PyObject>())
        {
            if (entry is not PyStr dir) continue;
            string baseDir = dir.Value.Length == 0 ? Directory.GetCurrentDirectory() : dir.Value;
            string candidate = Path.Combine(new[] { baseDir }.Concat(parts).ToArray());
            if (File.Exists(candidate + ".py")) { file = candidate + ".py"; break; }
            if (File.Exists(Path.Combine(candidate, "__main__.py"))) { file = Path.Combine(candidate, "__main__.py"); break; }
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
        main.Dict.SetItem("__file__", PyStr.From(full));
        main.Dict.SetItem("__package__", PyStr.From(string.Join('.', parts[..^1])));
        var source = SourceDecoder.Decode(File.ReadAllBytes(full), full);
        var code = Compiler.Compile(source, full, CompileMode.Exec, Options.Optimize);
        var r = Exec(code, main.Dict);
        Py.Decref(r);
    }

    /// <summary>Shutdown: atexit callbacks (last registered first), then __main__'s names are set
    /// to None (names starting with "_" first, as CPython's module clearing), then a collection.</summary>
    public int Finalize(int exitCode)
    {
        for (int i = AtExit.Count - 1; i >= 0; i--)
        {
            var (func, args, kwargs) = AtExit[i];
            try { Py.Decref(Py.CallTupleDict(func, args, kwargs)); }
            catch (PyException e)
            {
                if (e.Matches(ExceptionTypes.SystemExit)) { e.Release(); continue; }
                Unraisable.Write(e, "Exception ignored in atexit callback: ", func);
            }
        }
        AtExit.Clear();
        FlushStdout();
        Finalizing = true;
        if (Modules.GetItemBorrowed(PyStr.Intern("__main__")) is PyModule main)
        {
            ClearModuleDict(main.Dict);
        }
        try { Gc.Collect(); }
        catch (PyException e) { e.Release(); }
        return exitCode;
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
