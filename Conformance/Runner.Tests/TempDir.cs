using System.Text;

namespace Ftpy.Conformance.Tests;

/// <summary>A scratch folder deleted at the end of a test.</summary>
public sealed class TempDir : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("conformance-test-").FullName;

    public string this[string relative] => System.IO.Path.Combine(Path, relative);

    /// <summary>Writes a file (creating folders), exactly as given, and returns its full path.</summary>
    public string Write(string relative, string content)
    {
        var full = this[relative];
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content, new UTF8Encoding(false));
        return full;
    }

    public string Read(string relative) => File.ReadAllText(this[relative]);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A process that outlived its test may still hold a file; the OS cleans /tmp.
        }
    }
}
