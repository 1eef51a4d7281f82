using System.Collections.Concurrent;
using Ftpy.Objects.Text;
using Ftpy.Runtime;

namespace Ftpy.Objects;

/// <summary>
/// str.encode and bytes.decode over the codecs of the text library, with error handlers
/// registered from Python (codecs.register_error) found by name. A registered handler is
/// called with the UnicodeError object and must return (replacement, new position), as
/// PyCodec_LookupError's callers expect.
/// </summary>
public static class StrCodecs
{
    static readonly ConcurrentDictionary<string, PyObject> s_errorHandlers = new(StringComparer.Ordinal);

    public static byte[] Encode(string s, string encoding, string errors) =>
        Codecs.Encode(s, encoding, new ErrorHandling(errors, LookupHandler));

    public static string Decode(ReadOnlySpan<byte> data, string encoding, string errors) =>
        Codecs.Decode(data, encoding, new ErrorHandling(errors, LookupHandler));

    /// <summary>codecs.register_error(name, handler): the registry keeps a reference to handler.</summary>
    public static void RegisterError(string name, PyObject handler)
    {
        if (handler.ob_type.tp_call is null) throw PyErr.TypeError("handler must be callable");
        Py.Incref(handler);
        PyObject? old = null;
        s_errorHandlers.AddOrUpdate(name, handler, (_, previous) => { old = previous; return handler; });
        if (old is not null) Py.Decref(old);
    }

    /// <summary>codecs.lookup_error(name): a registered handler (a new reference), or null for
    /// a name that is neither registered nor built in.</summary>
    public static PyObject? LookupErrorObject(string name) =>
        s_errorHandlers.TryGetValue(name, out var handler) ? Py.NewRef(handler) : null;

    static CodecErrorHandler? LookupHandler(string name)
    {
        if (!s_errorHandlers.TryGetValue(name, out var handler)) return null;
        return error => CallHandler(handler, error);
    }

    /// <summary>Calls a Python error handler and checks its (str/bytes, int) result.</summary>
    static CodecErrorResult CallHandler(PyObject handler, PyUnicodeErrorException error)
    {
        var exc = error.Value;
        PyObject result;
        try { result = Py.CallOneArg(handler, exc); }
        finally { error.Release(); }
        try
        {
            string shape = error.IsDecodeError ? "decoding error handler must return (str, int) tuple"
                : "encoding error handler must return (str/bytes, int) tuple";
            if (result is not PyTuple { Count: 2 } tuple || tuple.Items[1] is not PyInt position)
                throw PyErr.TypeError(shape);
            long newPosition = position.IsBig ? (position.Big.Sign < 0 ? long.MinValue : long.MaxValue) : position.Small;
            return tuple.Items[0] switch
            {
                PyStr text => new CodecErrorResult(text.Value, null, newPosition),
                PyBytes bytes when error.IsEncodeError => new CodecErrorResult(null, bytes.Value, newPosition),
                _ => throw PyErr.TypeError(shape),
            };
        }
        finally { Py.Decref(result); }
    }
}
