namespace Ftpy.Objects.Text;

/// <summary>Unicode character names (unicodedata.name), for namereplace.</summary>
public static class UnicodeNames
{
    public static bool TryGetName(int cp, out string? name) =>
        throw Ftpy.Runtime.PyErr.NotImplementedError("Unicode character names are not available");
}
