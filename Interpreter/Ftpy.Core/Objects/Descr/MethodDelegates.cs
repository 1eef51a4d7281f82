namespace Ftpy.Objects;

// Signatures of builtin methods and functions, after CPython's METH_* calling conventions.
// Arguments are borrowed; the result is a new reference.

/// <summary>METH_NOARGS.</summary>
public delegate PyObject NoArgsMethod(PyObject self);
/// <summary>METH_O.</summary>
public delegate PyObject OneArgMethod(PyObject self, PyObject arg);
/// <summary>METH_FASTCALL: positional arguments only.</summary>
public delegate PyObject FastMethod(PyObject self, ReadOnlySpan<PyObject> args);
/// <summary>METH_FASTCALL | METH_KEYWORDS: positional arguments then keyword values named by kwnames.</summary>
public delegate PyObject FastKwMethod(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames);

/// <summary>How a builtin method takes its arguments.</summary>
public enum MethodKind { NoArgs, OneArg, Fast, FastKw }

/// <summary>A builtin method's definition (CPython's PyMethodDef): name, convention and body.</summary>
public sealed class MethodDef
{
    public readonly string Name;
    public readonly MethodKind Kind;
    public readonly Delegate Body;
    public readonly string? Doc;

    public MethodDef(string name, NoArgsMethod body, string? doc = null) { Name = name; Kind = MethodKind.NoArgs; Body = body; Doc = doc; }
    public MethodDef(string name, OneArgMethod body, string? doc = null) { Name = name; Kind = MethodKind.OneArg; Body = body; Doc = doc; }
    public MethodDef(string name, FastMethod body, string? doc = null) { Name = name; Kind = MethodKind.Fast; Body = body; Doc = doc; }
    public MethodDef(string name, FastKwMethod body, string? doc = null) { Name = name; Kind = MethodKind.FastKw; Body = body; Doc = doc; }

    /// <summary>Calls the body with CPython's argument-count checks and messages;
    /// <paramref name="displayName"/> is "list.append" for methods, "len" for functions.</summary>
    public PyObject Invoke(string displayName, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        switch (Kind)
        {
            case MethodKind.NoArgs:
                if (kwnames is not null && kwnames.Count > 0) throw NoKeywords(displayName);
                if (args.Length != 0) throw Runtime.PyErr.TypeError($"{displayName}() takes no arguments ({args.Length} given)");
                return ((NoArgsMethod)Body)(self);
            case MethodKind.OneArg:
                if (kwnames is not null && kwnames.Count > 0) throw NoKeywords(displayName);
                if (args.Length != 1) throw Runtime.PyErr.TypeError($"{displayName}() takes exactly one argument ({args.Length} given)");
                return ((OneArgMethod)Body)(self, args[0]);
            case MethodKind.Fast:
                if (kwnames is not null && kwnames.Count > 0) throw NoKeywords(displayName);
                return ((FastMethod)Body)(self, args);
            default:
                return ((FastKwMethod)Body)(self, args, kwnames);
        }
    }

    static Runtime.PyException NoKeywords(string displayName) =>
        Runtime.PyErr.TypeError($"{displayName}() takes no keyword arguments");
}
