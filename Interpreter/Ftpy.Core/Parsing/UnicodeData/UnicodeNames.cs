using System.Globalization;

namespace Ftpy.Parsing.UnicodeData;

/// <summary>
/// Character names for <c>\N{...}</c> escapes: every name Python 3.13's unicodedata knows
/// (Unicode 15.1), matched case-insensitively as CPython does, including the algorithmic
/// CJK, Hangul, Khitan and Nushu names, plus the control-character and abbreviation
/// aliases (e.g. "LINE FEED", "BOM", "NBSP", "VS1"); other NameAliases.txt entries are not
/// included. Loaded on first use; immutable afterwards.
/// </summary>
public static class UnicodeNames
{
    static Dictionary<string, int>? byName;
    static List<(int First, int Last, string Prefix)>? ranges;

    static readonly string[] JamoL = ["G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"];
    static readonly string[] JamoV = ["A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"];
    static readonly string[] JamoT = ["", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"];

    static readonly object LoadLock = new();

    static void Load()
    {
        lock (LoadLock)
        {
            if (byName is not null) return;
            var names = new Dictionary<string, int>(40000, StringComparer.Ordinal);
            var rs = new List<(int, int, string)>();
            int cp = 0;
            foreach (string line in EmbeddedTable.Lines("names.txt.gz"))
            {
                if (line.StartsWith("A ", StringComparison.Ordinal))
                {
                    string[] a = line.Split(' ', 3);
                    names[a[2]] = EmbeddedTable.Hex(a[1]);
                    continue;
                }
                if (line.StartsWith("R ", StringComparison.Ordinal))
                {
                    string[] f = line.Split(' ', 4);
                    rs.Add((EmbeddedTable.Hex(f[1]), EmbeddedTable.Hex(f[2]), f[3]));
                    continue;
                }
                int semi = line.IndexOf(';');
                cp += EmbeddedTable.Hex(line.AsSpan(0, semi));
                names[line[(semi + 1)..]] = cp;
            }
            for (int s = 0; s < 11172; s++)
                names["HANGUL SYLLABLE " + JamoL[s / 588] + JamoV[s % 588 / 28] + JamoT[s % 28]] = 0xAC00 + s;
            ranges = rs;
            byName = names;
        }
    }

    /// <summary>The code point named <paramref name="name"/>, or -1.</summary>
    public static int Lookup(string name)
    {
        if (byName is null) Load();
        string upper = name.ToUpperInvariant();
        if (byName!.TryGetValue(upper, out int cp)) return cp;
        foreach (var (first, last, prefix) in ranges!)
        {
            if (!upper.StartsWith(prefix, StringComparison.Ordinal)) continue;
            string hex = upper[prefix.Length..];
            if (hex.Length is < 4 or > 5) continue;
            if (!int.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int v)) continue;
            if (v >= first && v <= last) return v;
        }
        return -1;
    }
}
