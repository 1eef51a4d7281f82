using Ftpy.Compiling;
using Ftpy.Execution;
using Ftpy.Objects;
using Ftpy.Parsing;

namespace Ftpy.Runtime;

/// <summary>
/// The import system: sys.modules, C# builtin modules, then .py modules and packages found
/// along sys.path (the interpreter's own Lib/ is on it) or a package's __path__. A module is
/// in sys.modules while it executes, so circular imports see it partially initialized.
/// </summary>
public static class Import
{
    static readonly PyStr s_name = PyStr.Intern("__name__");
    static readonly PyStr s_package = PyStr.Intern("__package__");
    static readonly PyStr s_path = PyStr.Intern("__path__");
    static readonly PyStr s_all = PyStr.Intern("__all__");
    static readonly HashSet<string> s_initializing = new();

    public static string LibDirectory => Path.Combine(AppContext.BaseDirectory, "Lib");

    /// <summary>IMPORT_NAME / __import__: returns the top package (no fromlist) or the module itself.</summary>
    public static PyObject ImportName(ThreadState ts, Frame? frame, PyStr name, PyObject fromlist, PyObject level)
    {
        int lvl = (int)Py.AsLong(level);
        var globals = frame?.Globals;
        return ImportModuleLevel(ts.Interp!, name.Value, globals, fromlist, lvl);
    }

    public static PyObject ImportModuleLevel(InterpreterState interp, string name, PyDict? globals, PyObject? fromlist, int level)
    {
        if (level < 0) throw PyErr.ValueError("level must be >= 0");
        string absName = level > 0 ? ResolveName(name, globals, level) : name;
        if (absName.Length == 0) throw PyErr.ValueError("Empty module name");
        var module = ImportAbsolute(interp, absName);
        bool hasFromlist = fromlist is not null && fromlist is not PyNone && Py.IsTrue(fromlist);
        if (!hasFromlist)
        {
            if (level == 0 || name.Length > 0)
            {
                int dot = name.IndexOf('.');
                if (dot < 0) return module;
                Py.Decref(module);
                string toReturn = level == 0 ? name[..dot] : absName[..(absName.Length - (name.Length - dot))];
                var m = ModuleBorrowed(interp, toReturn)
                    ?? throw PyErr.KeyError($"'{toReturn}' not in sys.modules as expected");
                return Py.NewRef(m);
            }
            return module;
        }
        if (module is PyModule pm && pm.Dict.GetItemBorrowed(s_path) is not null)
            HandleFromList(interp, pm, absName, fromlist!);
        return module;
    }

    static void HandleFromList(InterpreterState interp, PyModule module, string modName, PyObject fromlist)
    {
        foreach (var item in Py.Iterate(fromlist))
        {
            try
            {
                if (item is not PyStr s)
                    throw PyErr.TypeError($"Item in {modName}.__all__ must be str, not {item.ob_type.ShortName}");
                if (s.Value == "*")
                {
                    if (module.Dict.GetItemBorrowed(s_all) is { } all) HandleFromList(interp, module, modName, all);
                    continue;
                }
                if (module.Dict.ContainsKey(s)) continue;
                string sub = modName + "." + s.Value;
                try
                {
                    Py.Decref(ImportAbsolute(interp, sub));
                }
                catch (PyException e) when (e.Matches(ExceptionTypes.ModuleNotFoundError) && ExceptionObjects.ImportErrorName(e.Value) == sub)
                {
                    e.Release();
                }
            }
            finally { Py.Decref(item); }
        }
    }

    /// <summary>Resolves a relative import against the importing module's package.</summary>
    static string ResolveName(string name, PyDict? globals, int level)
    {
        string? package = null;
        if (globals is not null)
        {
            if (globals.GetItemBorrowed(s_package) is PyStr p) package = p.Value;
            else if (globals.GetItemBorrowed(s_name) is PyStr n)
            {
                package = n.Value;
                if (globals.GetItemBorrowed(s_path) is null)
                {
                    int dot = package.LastIndexOf('.');
                    package = dot < 0 ? "" : package[..dot];
                }
            }
        }
        if (string.IsNullOrEmpty(package))
            throw PyErr.ImportError("attempted relative import with no known parent package");
        var parts = package.Split('.');
        if (level - 1 >= parts.Length && !(level - 1 == 0))
            throw PyErr.ImportError("attempted relative import beyond top-level package");
        if (level - 1 > parts.Length - 1 && level > 1)
            throw PyErr.ImportError("attempted relative import beyond top-level package");
        string basePkg = string.Join('.', parts.Take(parts.Length - (level - 1)));
        return name.Length == 0 ? basePkg : basePkg + "." + name;
    }

    /// <summary>Imports a fully qualified module name (and its parents); a new reference.</summary>
    public static PyObject ImportAbsolute(InterpreterState interp, string fullName)
    {
        var key = PyStr.From(fullName);
        try
        {
            var cached = interp.Modules.GetItemBorrowed(key);
            if (cached is not null)
            {
                if (cached is PyNone) throw ModuleNotFound(fullName, $"import of {fullName} halted; None in sys.modules");
                return Py.NewRef(cached);
            }
        }
        finally { Py.Decref(key); }

        int dot = fullName.LastIndexOf('.');
        PyModule? parent = null;
        List<string> searchPath;
        if (dot >= 0)
        {
            string parentName = fullName[..dot];
            var p = ImportAbsolute(interp, parentName);
            parent = p as PyModule;
            // The parent's import may have imported this module as a side effect.
            var again = interp.Modules.GetItemBorrowed(PyStr.Intern(fullName));
            if (again is not null) { Py.Decref(p); return Py.NewRef(again); }
            var pathObj = parent?.Dict.GetItemBorrowed(s_path);
            if (pathObj is null)
            {
                Py.Decref(p);
                throw ModuleNotFound(fullName, $"No module named '{fullName}'; '{parentName}' is not a package");
            }
            searchPath = PathEntries(pathObj);
            Py.Decref(p);
        }
        else
        {
            if (ModuleRegistry.TryGet(fullName, out var init))
            {
                var m = init(interp);
                interp.Modules.SetItem(fullName, m);
                return m;
            }
            searchPath = PathEntries(interp.Sys.Dict.GetItemBorrowed("path") ?? PyList.Create(default));
        }

        string shortName = dot < 0 ? fullName : fullName[(dot + 1)..];
        foreach (var dir in searchPath)
        {
            string baseDir = dir.Length == 0 ? Directory.GetCurrentDirectory() : dir;
            string pkgInit = Path.Combine(baseDir, shortName, "__init__.py");
            if (File.Exists(pkgInit))
                return LoadSource(interp, fullName, pkgInit, Path.Combine(dir, shortName), isPackage: true, parent, shortName);
            string file = Path.Combine(baseDir, shortName + ".py");
            if (File.Exists(file))
                return LoadSource(interp, fullName, Path.Combine(dir, shortName + ".py"), null, isPackage: false, parent, shortName);
        }
        if (dot >= 0 && ModuleRegistry.TryGet(fullName, out var subInit))
        {
            var m = subInit(interp);
            interp.Modules.SetItem(fullName, m);
            if (parent is not null) parent.Dict.SetItem(shortName, m);
            return m;
        }
        throw ModuleNotFound(fullName);
    }

    static List<string> PathEntries(PyObject path)
    {
        var result = new List<string>();
        if (path is PyList l)
        {
            foreach (var x in l.AsSpan()) if (x is PyStr s) result.Add(s.Value);
        }
        else
        {
            foreach (var x in Py.ToList(path)) { if (x is PyStr s) result.Add(s.Value); Py.Decref(x); }
        }
        return result;
    }

    /// <summary>sys.modules[name] borrowed, or null.</summary>
    static PyObject? ModuleBorrowed(InterpreterState interp, string name)
    {
        var key = PyStr.From(name);
        try { return interp.Modules.GetItemBorrowed(key); }
        finally { Py.Decref(key); }
    }

    static void SetStr(PyDict d, PyObject key, string value)
    {
        var v = PyStr.From(value);
        d.SetItem(key, v);
        Py.Decref(v);
    }

    static void SetStr(PyDict d, string key, string value) => SetStr(d, PyStr.Intern(key), value);

    static PyException ModuleNotFound(string name, string? message = null)
    {
        var e = ExceptionTypes.Create(ExceptionTypes.ModuleNotFoundError, message ?? $"No module named '{name}'");
        ExceptionObjects.SetImportErrorName(e, name);
        return new PyException(e);
    }

    /// <summary>Executes a source file as module <paramref name="fullName"/>.</summary>
    static PyObject LoadSource(InterpreterState interp, string fullName, string file, string? packageDir, bool isPackage, PyModule? parent, string shortName)
    {
        byte[] bytes;
        try { bytes = File.ReadAllBytes(file); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw PyErr.ImportError($"cannot read {file}: {e.Message}");
        }
        string fullPath = Path.GetFullPath(file);
        PyCode code;
        try
        {
            string source = SourceDecoder.Decode(bytes, fullPath);
            code = Compiler.Compile(source, fullPath, CompileMode.Exec, interp.Options.Optimize);
        }
        catch (SyntaxErrorException e)
        {
            // A module that does not compile raises SyntaxError in the importing code, where
            // `except SyntaxError` (or unittest's loader) can catch it.
            throw Modules.SyntaxErrors.ToPython(e);
        }
        var module = new PyModule(fullName);
        var d = module.Dict;
        SetStr(d, "__file__", fullPath);
        d.SetItem("__cached__", PyNone.Instance);
        d.SetItem("__builtins__", interp.Builtins);
        if (isPackage)
        {
            var path = PyList.Steal(new PyObject?[] { PyStr.From(Path.GetFullPath(packageDir!)) }, 1);
            d.SetItem(s_path, path);
            Py.Decref(path);
            SetStr(d, s_package, fullName);
        }
        else
        {
            int dot = fullName.LastIndexOf('.');
            SetStr(d, s_package, dot < 0 ? "" : fullName[..dot]);
        }
        var spec = ModuleSpec.Create(fullName, fullPath, isPackage ? Path.GetFullPath(packageDir!) : null);
        d.SetItem("__spec__", spec);
        Py.Decref(spec);
        interp.Modules.SetItem(fullName, module);
        lock (s_initializing) s_initializing.Add(fullName);
        try
        {
            var r = interp.Exec(code, d);
            Py.Decref(r);
        }
        catch
        {
            interp.Modules.DelItem(fullName);
            Py.Decref(module);
            throw;
        }
        finally
        {
            Py.Decref(code);
            lock (s_initializing) s_initializing.Remove(fullName);
        }
        // A module may replace itself in sys.modules.
        var final = ModuleBorrowed(interp, fullName) ?? module;
        if (parent is not null) parent.Dict.SetItem(shortName, final);
        Py.Incref(final);
        Py.Decref(module);
        return final;
    }

    /// <summary>IMPORT_FROM: an attribute of the module, or its submodule from sys.modules.</summary>
    public static PyObject ImportFrom(ThreadState ts, PyObject module, PyStr name)
    {
        var v = Py.LookupAttr(module, name);
        if (v is not null) return v;
        string? modName = null;
        if (module is PyModule pm) modName = pm.Name;
        else if (Py.LookupAttr(module, "__name__") is PyStr ns) { modName = ns.Value; Py.Decref(ns); }
        if (modName is not null)
        {
            var sub = ModuleBorrowed(ts.Interp!, $"{modName}.{name.Value}");
            if (sub is not null) return Py.NewRef(sub);
        }
        string where = module is PyModule m && m.Dict.GetItemBorrowed("__file__") is PyStr f ? $" ({f.Value})" : " (unknown location)";
        bool initializing;
        lock (s_initializing) initializing = modName is not null && s_initializing.Contains(modName);
        string msg = initializing
            ? $"cannot import name '{name.Value}' from partially initialized module '{modName}' (most likely due to a circular import){where}"
            : $"cannot import name '{name.Value}' from '{modName ?? "<unknown module name>"}'{where}";
        var e = ExceptionTypes.Create(ExceptionTypes.ImportError, msg);
        if (modName is not null) ExceptionObjects.SetImportErrorName(e, modName);
        throw new PyException(e);
    }

    /// <summary>from module import *: __all__, else every public name.</summary>
    public static void ImportStar(ThreadState ts, Frame frame, PyObject module)
    {
        var locals = frame.Locals ?? throw PyErr.SystemError("no locals found during 'import *'");
        var all = Py.LookupAttr(module, s_all);
        List<PyObject> names;
        bool fromAll = all is not null;
        if (all is not null)
        {
            names = Py.ToList(all);
            Py.Decref(all);
        }
        else
        {
            var dict = module.GetInstanceDict(false) ?? throw PyErr.ImportError("from-import-* object has no __dict__ and no __all__");
            names = new List<PyObject>();
            foreach (var kv in dict.Items())
                if (kv.Key is PyStr s && !s.Value.StartsWith('_')) names.Add(Py.NewRef(kv.Key));
        }
        try
        {
            foreach (var n in names)
            {
                if (n is not PyStr ns)
                {
                    string modName = module is PyModule pm ? pm.Name : "?";
                    throw PyErr.TypeError(fromAll ? $"Item in {modName}.__all__ must be str, not {n.ob_type.ShortName}"
                        : $"Key in {modName}.__dict__ must be str, not {n.ob_type.ShortName}");
                }
                var v = Py.GetAttr(module, ns);
                try { Py.SetItem(locals, ns, v); }
                finally { Py.Decref(v); }
            }
        }
        finally
        {
            foreach (var n in names) Py.Decref(n);
        }
    }
}
