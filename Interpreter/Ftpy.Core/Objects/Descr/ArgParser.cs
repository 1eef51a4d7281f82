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
        if (kwOnlyStart < 0) kwOnlyStart = names.Length;
        int nkw = kwnames?.Count ?? 0;
        int npos = args.Length - nkw;
        output.Clear();
        if (npos > kwOnlyStart)
        {
            if (kwOnlyStart == required)
                throw PyErr.TypeError(kwOnlyStart == 0 ? $"{funcName}() takes no positional arguments"
                    : $"{funcName}() takes exactly {kwOnlyStart} positional argument{(kwOnlyStart == 1 ? "" : "s")} ({npos} given)");
            throw PyErr.TypeError($"{funcName}() takes at most {kwOnlyStart} {(kwOnlyStart == names.Length ? "" : "positional ")}argument{(kwOnlyStart == 1 ? "" : "s")} ({npos} given)");
        }
        for (int i = 0; i < npos; i++) output[i] = args[i];
        for (int k = 0; k < nkw; k++)
        {
            string key = ((PyStr)kwnames!.Items[k]).Value;
            int index = Array.IndexOf(names, key);
            if (index < 0 || index < posOnly)
            {
                if (index >= 0 && index < posOnly && nkw > 0)
                    throw PyErr.TypeError($"{funcName}() got some positional-only arguments passed as keyword arguments: '{key}'");
                throw UnexpectedKeyword(funcName, key, names);
            }
            if (output[index] is not null)
                throw PyErr.TypeError($"argument for {funcName}() given by name ('{key}') and position ({index + 1})");
            output[index] = args[npos + k];
        }
        for (int i = 0; i < required; i++)
        {
            if (output[i] is null)
            {
                if (i < posOnly || npos > 0 && nkw == 0 && i >= npos && kwOnlyStart == names.Length && posOnly == names.Length)
                    throw PyErr.TypeError($"{funcName}() takes at least {required} positional argument{(required == 1 ? "" : "s")} ({npos} given)");
                throw PyErr.TypeError($"{funcName}() missing required argument '{names[i]}' (pos {i + 1})");
            }
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

    public static void NoKeywords(string funcName, PyTuple? kwnames)
    {
        if (kwnames is not null && kwnames.Count > 0) throw PyErr.TypeError($"{funcName}() takes no keyword arguments");
    }
}
