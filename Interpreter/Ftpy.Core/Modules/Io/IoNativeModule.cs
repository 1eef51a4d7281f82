using Ftpy.Objects;
using Ftpy.Runtime;

namespace Ftpy.Modules.Io;

/// <summary>
/// _io: the C# side of the io module. It hands Lib/io.py the file types builtin open() returns
/// (registered there as virtual subclasses of the io ABCs), io.UnsupportedOperation and open.
/// The class hierarchy, StringIO, BytesIO and the buffered and text wrappers over arbitrary
/// streams are written in Python in Lib/io.py.
/// </summary>
public static class IoNativeModule
{
    public static PyModule Create(InterpreterState interp)
    {
        var m = new PyModule("_io");
        m.Dict.SetItem("UnsupportedOperation", IoModule.UnsupportedOperation);
        m.Dict.SetItem("FileIO", PyFile.FileIOType);
        m.Dict.SetItem("BufferedReader", PyFile.BufferedReaderType);
        m.Dict.SetItem("BufferedWriter", PyFile.BufferedWriterType);
        m.Dict.SetItem("BufferedRandom", PyFile.BufferedRandomType);
        m.Dict.SetItem("TextIOWrapper", PyFile.TextType);
        m.Dict.SetItem("StdStream", PyStdStream.Type);
        m.Dict.SetItem("StdBufferWriter", PyStdBuffer.ReadyWriter());
        m.Dict.SetItem("StdBufferReader", PyStdBuffer.ReadyReader());
        m.Dict.SetItem("DEFAULT_BUFFER_SIZE", PyInt.From(8192));
        m.AddFunction(new MethodDef("open", (PyObject self, ReadOnlySpan<PyObject> a, PyTuple? kw) => FileOpen.Open(a, kw)));
        return m;
    }
}
