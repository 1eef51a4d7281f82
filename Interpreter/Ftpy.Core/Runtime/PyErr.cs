namespace Ftpy.Runtime;

/// <summary>
/// Factories for the Python exceptions C# code raises. Every helper that signals a Python
/// error throws what these return, e.g. <c>throw PyErr.ValueError("math domain error")</c>.
/// The result is a <see cref="PyException"/>; the exception object it carries is created
/// when Python code first looks at it.
/// </summary>
public static partial class PyErr
{
    public static PyException TypeError(string message) => new("TypeError", message);
    public static PyException ValueError(string message) => new("ValueError", message);
    public static PyException OverflowError(string message) => new("OverflowError", message);
    public static PyException ZeroDivisionError(string message) => new("ZeroDivisionError", message);
    public static PyException IndexError(string message) => new("IndexError", message);
    public static PyException KeyError(string message) => new("KeyError", message);
    public static PyException AttributeError(string message) => new("AttributeError", message);
    public static PyException NameError(string message) => new("NameError", message);
    public static PyException RuntimeError(string message) => new("RuntimeError", message);
    public static PyException NotImplementedError(string message) => new("NotImplementedError", message);
    public static PyException MemoryError(string message) => new("MemoryError", message);
    public static PyException RecursionError(string message) => new("RecursionError", message);
    public static PyException UnicodeError(string message) => new("UnicodeError", message);
    public static PyException LookupError(string message) => new("LookupError", message);
    public static PyException OSError(string message) => new("OSError", message);
}

public static partial class PyErr
{
    public static PyException SystemError(string message) => new("SystemError", message);
    public static PyException ImportError(string message) => new("ImportError", message);
    public static PyException EOFError(string message) => new("EOFError", message);
    public static PyException UnsupportedOperation(string message) => new("OSError", message);
    public static PyException StopIteration(string message) => new("StopIteration", message);
    public static PyException AssertionError(string message) => new("AssertionError", message);
}

public static partial class PyErr
{
    /// <summary>A SyntaxError with only a message (e.g. NUL bytes in compile()'s source).</summary>
    public static PyException SyntaxErrorSimple(string message) => new("SyntaxError", message);
}
