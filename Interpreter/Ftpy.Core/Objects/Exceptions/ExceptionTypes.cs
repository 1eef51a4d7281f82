using Ftpy.Runtime;

namespace Ftpy.Objects;

/// <summary>The builtin exception types and the hierarchy between them (as CPython 3.13's).</summary>
public static class ExceptionTypes
{
    static readonly Dictionary<string, PyType> s_byName = new();
    /// <summary>Base of each builtin exception type, in creation order (parents first).</summary>
    internal static readonly List<(PyType type, PyType? baseType)> Hierarchy = new();

    static PyType Make(string name, PyType? baseType)
    {
        var t = new PyType(name, TypeFlags.BaseType | TypeFlags.BaseExcSubclass | TypeFlags.HasInstanceDict);
        s_byName[name] = t;
        Hierarchy.Add((t, baseType));
        return t;
    }

    public static readonly PyType BaseException = Make("BaseException", null);
    public static readonly PyType BaseExceptionGroup = Make("BaseExceptionGroup", BaseException);
    public static readonly PyType GeneratorExit = Make("GeneratorExit", BaseException);
    public static readonly PyType KeyboardInterrupt = Make("KeyboardInterrupt", BaseException);
    public static readonly PyType SystemExit = Make("SystemExit", BaseException);
    public static readonly PyType Exception = Make("Exception", BaseException);
    public static readonly PyType ArithmeticError = Make("ArithmeticError", Exception);
    public static readonly PyType FloatingPointError = Make("FloatingPointError", ArithmeticError);
    public static readonly PyType OverflowError = Make("OverflowError", ArithmeticError);
    public static readonly PyType ZeroDivisionError = Make("ZeroDivisionError", ArithmeticError);
    public static readonly PyType AssertionError = Make("AssertionError", Exception);
    public static readonly PyType AttributeError = Make("AttributeError", Exception);
    public static readonly PyType BufferError = Make("BufferError", Exception);
    public static readonly PyType EOFError = Make("EOFError", Exception);
    public static readonly PyType ExceptionGroup = Make("ExceptionGroup", BaseExceptionGroup);
    public static readonly PyType ImportError = Make("ImportError", Exception);
    public static readonly PyType ModuleNotFoundError = Make("ModuleNotFoundError", ImportError);
    public static readonly PyType LookupError = Make("LookupError", Exception);
    public static readonly PyType IndexError = Make("IndexError", LookupError);
    public static readonly PyType KeyError = Make("KeyError", LookupError);
    public static readonly PyType MemoryError = Make("MemoryError", Exception);
    public static readonly PyType NameError = Make("NameError", Exception);
    public static readonly PyType UnboundLocalError = Make("UnboundLocalError", NameError);
    public static readonly PyType OSError = Make("OSError", Exception);
    public static readonly PyType BlockingIOError = Make("BlockingIOError", OSError);
    public static readonly PyType ChildProcessError = Make("ChildProcessError", OSError);
    public static readonly PyType ConnectionError = Make("ConnectionError", OSError);
    public static readonly PyType BrokenPipeError = Make("BrokenPipeError", ConnectionError);
    public static readonly PyType ConnectionAbortedError = Make("ConnectionAbortedError", ConnectionError);
    public static readonly PyType ConnectionRefusedError = Make("ConnectionRefusedError", ConnectionError);
    public static readonly PyType ConnectionResetError = Make("ConnectionResetError", ConnectionError);
    public static readonly PyType FileExistsError = Make("FileExistsError", OSError);
    public static readonly PyType FileNotFoundError = Make("FileNotFoundError", OSError);
    public static readonly PyType InterruptedError = Make("InterruptedError", OSError);
    public static readonly PyType IsADirectoryError = Make("IsADirectoryError", OSError);
    public static readonly PyType NotADirectoryError = Make("NotADirectoryError", OSError);
    public static readonly PyType PermissionError = Make("PermissionError", OSError);
    public static readonly PyType ProcessLookupError = Make("ProcessLookupError", OSError);
    public static readonly PyType TimeoutError = Make("TimeoutError", OSError);
    public static readonly PyType ReferenceError = Make("ReferenceError", Exception);
    public static readonly PyType RuntimeError = Make("RuntimeError", Exception);
    public static readonly PyType NotImplementedError = Make("NotImplementedError", RuntimeError);
    public static readonly PyType PythonFinalizationError = Make("PythonFinalizationError", RuntimeError);
    public static readonly PyType RecursionError = Make("RecursionError", RuntimeError);
    public static readonly PyType StopAsyncIteration = Make("StopAsyncIteration", Exception);
    public static readonly PyType StopIteration = Make("StopIteration", Exception);
    public static readonly PyType SyntaxError = Make("SyntaxError", Exception);
    public static readonly PyType IndentationError = Make("IndentationError", SyntaxError);
    public static readonly PyType TabError = Make("TabError", IndentationError);
    public static readonly PyType SystemError = Make("SystemError", Exception);
    public static readonly PyType TypeError = Make("TypeError", Exception);
    public static readonly PyType ValueError = Make("ValueError", Exception);
    public static readonly PyType UnicodeError = Make("UnicodeError", ValueError);
    public static readonly PyType UnicodeDecodeError = Make("UnicodeDecodeError", UnicodeError);
    public static readonly PyType UnicodeEncodeError = Make("UnicodeEncodeError", UnicodeError);
    public static readonly PyType UnicodeTranslateError = Make("UnicodeTranslateError", UnicodeError);
    public static readonly PyType Warning = Make("Warning", Exception);
    public static readonly PyType BytesWarning = Make("BytesWarning", Warning);
    public static readonly PyType DeprecationWarning = Make("DeprecationWarning", Warning);
    public static readonly PyType EncodingWarning = Make("EncodingWarning", Warning);
    public static readonly PyType FutureWarning = Make("FutureWarning", Warning);
    public static readonly PyType ImportWarning = Make("ImportWarning", Warning);
    public static readonly PyType PendingDeprecationWarning = Make("PendingDeprecationWarning", Warning);
    public static readonly PyType ResourceWarning = Make("ResourceWarning", Warning);
    public static readonly PyType RuntimeWarning = Make("RuntimeWarning", Warning);
    public static readonly PyType SyntaxWarning = Make("SyntaxWarning", Warning);
    public static readonly PyType UnicodeWarning = Make("UnicodeWarning", Warning);
    public static readonly PyType UserWarning = Make("UserWarning", Warning);

    /// <summary>__doc__ of each builtin exception type (CPython 3.13's texts).</summary>
    internal static readonly Dictionary<string, string> Docs = new()
    {
        ["ArithmeticError"] = "Base class for arithmetic errors.",
        ["AssertionError"] = "Assertion failed.",
        ["AttributeError"] = "Attribute not found.",
        ["BaseException"] = "Common base class for all exceptions",
        ["BaseExceptionGroup"] = "A combination of multiple unrelated exceptions.",
        ["BlockingIOError"] = "I/O operation would block.",
        ["BrokenPipeError"] = "Broken pipe.",
        ["BufferError"] = "Buffer error.",
        ["BytesWarning"] = "Base class for warnings about bytes and buffer related problems, mostly\nrelated to conversion from str or comparing to str.",
        ["ChildProcessError"] = "Child process error.",
        ["ConnectionAbortedError"] = "Connection aborted.",
        ["ConnectionError"] = "Connection error.",
        ["ConnectionRefusedError"] = "Connection refused.",
        ["ConnectionResetError"] = "Connection reset.",
        ["DeprecationWarning"] = "Base class for warnings about deprecated features.",
        ["EOFError"] = "Read beyond end of file.",
        ["EncodingWarning"] = "Base class for warnings about encodings.",
        ["Exception"] = "Common base class for all non-exit exceptions.",
        ["FileExistsError"] = "File already exists.",
        ["FileNotFoundError"] = "File not found.",
        ["FloatingPointError"] = "Floating-point operation failed.",
        ["FutureWarning"] = "Base class for warnings about constructs that will change semantically\nin the future.",
        ["GeneratorExit"] = "Request that a generator exit.",
        ["ImportError"] = "Import can't find module, or can't find name in module.",
        ["ImportWarning"] = "Base class for warnings about probable mistakes in module imports",
        ["IndentationError"] = "Improper indentation.",
        ["IndexError"] = "Sequence index out of range.",
        ["InterruptedError"] = "Interrupted by signal.",
        ["IsADirectoryError"] = "Operation doesn't work on directories.",
        ["KeyError"] = "Mapping key not found.",
        ["KeyboardInterrupt"] = "Program interrupted by user.",
        ["LookupError"] = "Base class for lookup errors.",
        ["MemoryError"] = "Out of memory.",
        ["ModuleNotFoundError"] = "Module not found.",
        ["NameError"] = "Name not found globally.",
        ["NotADirectoryError"] = "Operation only works on directories.",
        ["NotImplementedError"] = "Method or function hasn't been implemented yet.",
        ["OSError"] = "Base class for I/O related errors.",
        ["OverflowError"] = "Result too large to be represented.",
        ["PendingDeprecationWarning"] = "Base class for warnings about features which will be deprecated\nin the future.",
        ["PermissionError"] = "Not enough permissions.",
        ["ProcessLookupError"] = "Process not found.",
        ["PythonFinalizationError"] = "Operation blocked during Python finalization.",
        ["RecursionError"] = "Recursion limit exceeded.",
        ["ReferenceError"] = "Weak ref proxy used after referent went away.",
        ["ResourceWarning"] = "Base class for warnings about resource usage.",
        ["RuntimeError"] = "Unspecified run-time error.",
        ["RuntimeWarning"] = "Base class for warnings about dubious runtime behavior.",
        ["StopAsyncIteration"] = "Signal the end from iterator.__anext__().",
        ["StopIteration"] = "Signal the end from iterator.__next__().",
        ["SyntaxError"] = "Invalid syntax.",
        ["SyntaxWarning"] = "Base class for warnings about dubious syntax.",
        ["SystemError"] = "Internal error in the Python interpreter.\n\nPlease report this to the Python maintainer, along with the traceback,\nthe Python version, and the hardware/OS platform and version.",
        ["SystemExit"] = "Request to exit from the interpreter.",
        ["TabError"] = "Improper mixture of spaces and tabs.",
        ["TimeoutError"] = "Timeout expired.",
        ["TypeError"] = "Inappropriate argument type.",
        ["UnboundLocalError"] = "Local name referenced but not bound to a value.",
        ["UnicodeDecodeError"] = "Unicode decoding error.",
        ["UnicodeEncodeError"] = "Unicode encoding error.",
        ["UnicodeError"] = "Unicode related error.",
        ["UnicodeTranslateError"] = "Unicode translation error.",
        ["UnicodeWarning"] = "Base class for warnings about Unicode related problems, mostly\nrelated to conversion problems.",
        ["UserWarning"] = "Base class for warnings generated by user code.",
        ["ValueError"] = "Inappropriate argument value (of correct type).",
        ["Warning"] = "Base class for warning categories.",
        ["ZeroDivisionError"] = "Second argument to a division or modulo operation was zero.",
        ["_IncompleteInputError"] = "incomplete input.",
    };

    /// <summary>Bases after the first for the builtin exception types that have several.</summary>
    internal static PyType[]? ExtraBases(PyType t) => ReferenceEquals(t, ExceptionGroup) ? new[] { Exception } : null;

    public static PyType ByName(string name) =>
        s_byName.TryGetValue(name, out var t) ? t : throw new ArgumentException($"no builtin exception type {name}");

    public static bool TryGetByName(string name, out PyType type) => s_byName.TryGetValue(name, out type!);

    public static IEnumerable<PyType> All => Hierarchy.Select(h => h.type);

    /// <summary>A new exception instance of <paramref name="type"/> with args (message,).</summary>
    public static PyBaseException Create(PyType type, string message)
    {
        TypeSystem.EnsureInitialized();
        var args = PyTuple.Steal(new PyObject[] { PyStr.From(message) });
        try
        {
            return ExceptionObjects.Instantiate(type, args);
        }
        finally
        {
            Py.Decref(args);
        }
    }
}
