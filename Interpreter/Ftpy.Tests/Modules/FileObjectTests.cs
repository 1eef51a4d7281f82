using Ftpy.Tests.Objects;
using Xunit;

namespace Ftpy.Tests.Modules;

/// <summary>open()'s file objects: the three layers' own error messages, readinto, raw/buffer.</summary>
public class FileObjectTests
{
    [Fact]
    public void LayersReportClosedAndUnsupportedOperationsAsCPythonDoes()
    {
        var path = Path.GetTempFileName().Replace("\\", "/");
        try
        {
            File.WriteAllText(path, "ab\r\ncd\n");
            var lines = PythonRunner.Lines($$"""
                def attempt(f):
                    try:
                        return repr(f())
                    except Exception as e:
                        return type(e).__name__ + ': ' + str(e)
                f = open('{{path}}', 'rb')
                buf = bytearray(3)
                print(f.readinto(buf), bytes(buf), type(f.raw).__name__, f.raw.mode)
                print(attempt(lambda: f.write(b'x')))
                f.close()
                print(attempt(f.read), attempt(f.tell), attempt(lambda: f.seek(0)))
                r = open('{{path}}', 'rb', buffering=0)
                print(attempt(lambda: r.write(b'x')))
                r.close()
                t = open('{{path}}')
                print(repr(t.read()), t.newlines, type(t.buffer).__name__)
                t.close()
                print(attempt(t.read), attempt(t.fileno))
                """);
            Assert.Equal(new[]
            {
                "3 b'ab\\r' FileIO rb",
                "UnsupportedOperation: write",
                "ValueError: read of closed file ValueError: I/O operation on closed file ValueError: seek of closed file",
                "UnsupportedOperation: File not open for writing",
                "'ab\\ncd\\n' ('\\n', '\\r\\n') BufferedReader",
                "ValueError: I/O operation on closed file. ValueError: I/O operation on closed file",
            }, lines);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void StandardStreamBufferKeepsTextAndBytesInOrder()
    {
        var lines = PythonRunner.Lines("""
            import sys
            print("text", end=" ")
            n = sys.stdout.buffer.write("bytés ".encode())
            print("more", n, sys.stdout.buffer.writable(), sys.stdout.buffer.fileno())
            """);
        Assert.Equal(new[] { "text bytés more 7 True 1" }, lines);
    }
}
