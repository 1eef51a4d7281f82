using Ftpy.Runtime;

namespace Ftpy.Objects;

/// <summary>
/// Binds a builtin's vectorcall arguments to named parameters with Argument Clinic's messages.
/// Parameters [0, posOnly) are positional-only, [kwOnlyStart, names.Length) keyword-only, the
/// first <c>required</c> are required. Unfilled optional parameters are left null.
/// </summary>
public static class ArgParser
{
    public static void Parse(string funcName, ReadOnlySpan<PyObject> args, PyTuple? kwnames, string[] names,
        int required, Span<PyObject?> output, int posOnly = 0, int kwOnlyStart = -1)
    {
        // The checks and their order are _PyArg_UnpackKeywords's (CPython 3.13).
        int maxArgs = names.Length;
        int maxPos = kwOnlyStart < 0 ? maxArgs : kwOnlyStart;
        int minPos = Math.Min(required, maxPos);
        int minPosOnly = Math.Min(posOnly, minPos);
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
        if (npos < minPosOnly)
            throw PyErr.TypeError($"{funcName}() takes {(minPosOnly < maxPos ? "at least" : "exactly")} {minPosOnly} positional argument{(minPosOnly == 1 ? "" : "s")} ({npos} given)");
        for (int i = 0; i < npos; i++) output[i] = args[i];
        int remaining = nkw;
        for (int i = Math.Max(npos, posOnly); i < maxArgs; i++)
        {
            PyObject? value = null;
            if (remaining > 0) value = FindKeyword(kwnames!, args[npos..], names[i]);
            else if (i >= required) break;
            output[i] = value;
            if (value is not null) remaining--;
            else if (i < required)
                throw PyErr.TypeError($"{funcName}() missing required argument '{names[i]}' (pos {i + 1})");
        }
        if (remaining > 0)
        {
            for (int i = posOnly; i < npos; i++)
                if (FindKeyword(kwnames!, args[npos..], names[i]) is not null)
                    throw PyErr.TypeError($"argument for {funcName}() given by name ('{names[i]}') and position ({i + 1})");
            for (int k = 0; k < nkw; k++)
            {
                string key = ((PyStr)kwnames!.Items[k]).Value;
                int index = Array.IndexOf(names, key);
                if (index < posOnly) throw UnexpectedKeyword(funcName, key, names);
            }
            throw PyErr.TypeError($"invalid keyword argument for {funcName}()");
        }
    }

    static PyObject? FindKeyword(PyTuple kwnames, ReadOnlySpan<PyObject> values, string name)
    {
        var items = kwnames.Items;
        for (int k = 0; k < items.Length; k++)
            if (((PyStr)items[k]).Value == name) return values[k];
        return null;
    }

    /// <summary>Checks a positional-only builtin got between <paramref name="min"/> and <paramref name="max"/> arguments
    /// ("expected at most 2 arguments, got 3" style used by e.g. getattr, iter, next).</summary>
    public static void CheckPositional(string funcName, ReadOnlySpan<PyObject> args, int min, int max)
    {
        if (args.Length < min)
        {
            throw PyErr.TypeError(min == max
                ? $"{funcName} expected {min} argument{(min == 1 ? "" : "s")}, got {args.Length}"
                : $"{funcName} expected at least {min} argument{(min == 1 ? "" : "s")}, got {args.Length}");
        }
        if (args.Length > max)
        {
            throw PyErr.TypeError(min == max
                ? $"{funcName} expected {max} argument{(max == 1 ? "" : "s")}, got {args.Length}"
                : $"{funcName} expected at most {max} argument{(max == 1 ? "" : "s")}, got {args.Length}");
        }
    }

    /// <summary>CPython 3.13's error for an unknown keyword (error_unexpected_keyword_arg), with a
    /// "Did you mean" suggestion among the accepted names.</summary>
    public static PyException UnexpectedKeyword(string funcName, string key, string[] names)
    {
        var suggestion = KeywordSuggestions.Closest(names, key);
        return PyErr.TypeError(suggestion is null
            ? $"{funcName}() got an unexpected keyword argument '{key}'"
            : $"{funcName}() got an unexpected keyword argument '{key}'. Did you mean '{suggestion}'?");
    }

    public static void NoKeywords(string funcName, PyTuple? kwnames)
    {
        if (kwnames is not null && kwnames.Count > 0) throw PyErr.TypeError($"{funcName}() takes no keyword arguments");
    }
}
