using Ftpy.Objects;
using Ftpy.Runtime;

namespace Ftpy.Modules;

/// <summary>
/// Argument binding for module functions and types with the messages CPython 3.13's Argument
/// Clinic gives for vectorcall entry points ("f() got an unexpected keyword argument 'x'"),
/// and the small conversions those functions share.
/// </summary>
public static class ClinicArgs
{
    /// <summary>Binds arguments as _PyArg_UnpackKeywords does, checking in its order: too many in
    /// total, too many positional, a name given twice, a required one missing, an unknown keyword.
    /// Parameters [0, posOnly) are positional-only, [kwOnlyStart, names.Length) keyword-only.</summary>
    public static void Parse(string funcName, ReadOnlySpan<PyObject> args, PyTuple? kwnames, string[] names,
        int required, Span<PyObject?> output, int posOnly = 0, int kwOnlyStart = -1)
    {
        int maxArgs = names.Length;
        int maxPos = kwOnlyStart < 0 ? maxArgs : kwOnlyStart;
        int minPos = System.Math.Min(required, maxPos);
        int nkw = kwnames?.Count ?? 0;
        int npos = args.Length - nkw;
        output.Clear();
        if (npos + nkw > maxArgs)
            throw PyErr.TypeError($"{funcName}() takes at most {maxArgs} {(npos == 0 ? "keyword " : "")}argument{(maxArgs == 1 ? "" : "s")} ({npos + nkw} given)");
        if (npos > maxPos)
        {
            if (maxPos == 0) throw PyErr.TypeError($"{funcName}() takes no positional arguments");
            throw PyErr.TypeError($"{funcName}() takes {(minPos < maxPos ? "at most" : "exactly")} {maxPos} positional argument{(maxPos == 1 ? "" : "s")} ({npos} given)");
        }
        int minPosOnly = System.Math.Min(posOnly, minPos);
        if (npos < minPosOnly)
            throw PyErr.TypeError($"{funcName}() takes {(minPosOnly < maxPos ? "at least" : "exactly")} {minPosOnly} positional argument{(minPosOnly == 1 ? "" : "s")} ({npos} given)");
        for (int i = 0; i < npos; i++) output[i] = args[i];
        string? unexpected = null;
        bool positionalOnlyByName = false;
        for (int k = 0; k < nkw; k++)
        {
            string key = ((PyStr)kwnames!.Items[k]).Value;
            int index = Array.IndexOf(names, key);
            if (index >= posOnly && index < npos)
                throw PyErr.TypeError($"argument for {funcName}() given by name ('{key}') and position ({index + 1})");
            if (index < 0 || index < posOnly)
            {
                if (unexpected is null) { unexpected = key; positionalOnlyByName = index >= 0; }
                continue;
            }
            output[index] = args[npos + k];
        }
        for (int i = 0; i < required; i++)
        {
            if (output[i] is null)
            {
                if (i >= maxPos) throw PyErr.TypeError($"{funcName}() missing required keyword-only argument '{names[i]}'");
                throw PyErr.TypeError($"{funcName}() missing required argument '{names[i]}' (pos {i + 1})");
            }
        }
        if (unexpected is not null)
            throw PyErr.TypeError(positionalOnlyByName
                ? $"{funcName}() got some positional-only arguments passed as keyword arguments: '{unexpected}'"
                : $"{funcName}() got an unexpected keyword argument '{unexpected}'");
    }

    /// <summary>Positional arguments only (the part of args before the keyword values).</summary>
    public static ReadOnlySpan<PyObject> Positional(ReadOnlySpan<PyObject> args, PyTuple? kwnames) =>
        kwnames is null ? args : args[..(args.Length - kwnames.Count)];

    /// <summary>An index-sized integer argument (Py_ssize_t converter): __index__, OverflowError when too big.</summary>
    public static long AsSsize(PyObject o)
    {
        if (o is PyInt i && !i.IsBig) return i.Small;
        var idx = Py.Index(o);
        try
        {
            if (idx.IsBig) throw PyErr.OverflowError("Python int too large to convert to C ssize_t");
            return idx.Small;
        }
        finally { Py.Decref(idx); }
    }
}
