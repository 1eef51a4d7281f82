using System.IO.Compression;

namespace Ftpy.Parsing.UnicodeData;

/// <summary>Reads the gzip'd text tables that generate.py writes and Ftpy.Core embeds.</summary>
static class EmbeddedTable
{
    public static IEnumerable<string> Lines(string resource)
    {
        using var raw = typeof(EmbeddedTable).Assembly.GetManifestResourceStream("Parsing/" + resource)
            ?? throw new InvalidOperationException("missing embedded resource Parsing/" + resource);
        using var gz = new GZipStream(raw, CompressionMode.Decompress);
        using var reader = new StreamReader(gz);
        while (reader.ReadLine() is { } line)
            if (line.Length > 0) yield return line;
    }

    public static int Hex(ReadOnlySpan<char> s) => int.Parse(s, System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture);
}
