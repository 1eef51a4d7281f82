namespace Ftpy.Conformance.Cases;

/// <summary>
/// Conformance/cases/MANIFEST.txt: which CPython version recorded each .out file, one
/// "&lt;case path&gt; &lt;version&gt;" line per case, sorted by path.
/// </summary>
public sealed class Manifest
{
    private readonly SortedDictionary<string, string> _entries = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, string> Entries => _entries;

    public static Manifest Load(string path)
    {
        var manifest = new Manifest();
        if (!File.Exists(path))
            return manifest;
        foreach (var raw in File.ReadLines(path))
        {
            var parts = raw.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 2 && !parts[0].StartsWith('#'))
                manifest._entries[parts[0]] = parts[1];
        }
        return manifest;
    }

    public void Set(string casePath, string version) => _entries[casePath] = version;

    /// <summary>Drops entries for cases that no longer exist.</summary>
    public void Prune(IReadOnlySet<string> existingCases)
    {
        foreach (var path in _entries.Keys.Where(p => !existingCases.Contains(p)).ToList())
            _entries.Remove(path);
    }

    public string Render() => string.Concat(_entries.Select(e => $"{e.Key} {e.Value}\n"));

    public void Save(string path) => File.WriteAllText(path, Render());
}
