using Ftpy.Tests.Objects;
using Xunit;

namespace Ftpy.Tests.Modules;

/// <summary>The posix module's file-system calls: results, and OSError with errno, strerror and filenames.</summary>
public class PosixTests
{
    static string Quote(string path) => path.Replace("\\", "\\\\").Replace("'", "\\'");

    [Fact]
    public void DirectoryCallsRoundTrip()
    {
        var dir = Path.Combine(Path.GetTempPath(), "ftpy-posix-" + Guid.NewGuid().ToString("N"));
        try
        {
            var lines = PythonRunner.Lines($$"""
                import posix
                base = '{{Quote(dir)}}'
                posix.mkdir(base)
                posix.mkdir(base + '/sub')
                with open(base + '/f.txt', 'w') as f:
                    f.write('12345')
                print(sorted(posix.listdir(base)))
                print(sorted(posix.listdir(base.encode())))
                st = posix.stat(base + '/f.txt')
                print(st[0] & 0o170000 == 0o100000, st[6])
                posix.rename(base + '/f.txt', base + '/g.txt')
                print(sorted(posix.listdir(base)))
                posix.unlink(base + '/g.txt')
                posix.rmdir(base + '/sub')
                print(posix.listdir(base))
                """);
            Assert.Equal(new[] { "['f.txt', 'sub']", "[b'f.txt', b'sub']", "True 5", "['g.txt', 'sub']", "[]" }, lines);
        }
        finally
        {
            if (Directory.Exists(dir)) Directory.Delete(dir, true);
        }
    }

    [Fact]
    public void FailuresRaiseTheErrnoSubclassWithFilenames()
    {
        var lines = PythonRunner.Lines("""
            import posix
            for call in (lambda: posix.stat('/nonexistent-ftpy/x'), lambda: posix.listdir('/nonexistent-ftpy'),
                         lambda: posix.mkdir('/'), lambda: posix.rename('/nonexistent-ftpy/a', '/nonexistent-ftpy/b')):
                try:
                    call()
                except OSError as e:
                    print(type(e).__name__, e.errno, e)
            """);
        Assert.Equal(new[]
        {
            "FileNotFoundError 2 [Errno 2] No such file or directory: '/nonexistent-ftpy/x'",
            "FileNotFoundError 2 [Errno 2] No such file or directory: '/nonexistent-ftpy'",
            "FileExistsError 17 [Errno 17] File exists: '/'",
            "FileNotFoundError 2 [Errno 2] No such file or directory: '/nonexistent-ftpy/a' -> '/nonexistent-ftpy/b'",
        }, lines);
    }

    [Fact]
    public void PathArgumentsAreCheckedAndEnvironmentChangesAreVisible()
    {
        var lines = PythonRunner.Lines("""
            import posix
            try:
                posix.stat(1.5)
            except TypeError as e:
                print(e)
            try:
                posix.stat('a\0b')
            except ValueError as e:
                print(e)
            posix.putenv('FTPY_POSIX_TEST', 'v')
            print(posix.strerror(2))
            """);
        Assert.Equal(new[] { "stat: path should be string, bytes or os.PathLike, not float", "stat: embedded null character in path", "No such file or directory" }, lines);
        Assert.Equal("v", Environment.GetEnvironmentVariable("FTPY_POSIX_TEST"));
    }
}
