namespace Ftpy.Parsing.UnicodeData;

/// <summary>
/// Python's identifier rules for non-ASCII text (PEP 3131): XID_Start / XID_Continue
/// membership and NFKC normalization, from tables generated out of CPython 3.13's
/// unicodedata (.NET's invariant globalization mode has neither). Loaded on first use, so
/// ASCII-only programs never pay for them. All tables are immutable once built.
/// </summary>
public static class IdentifierChars
{
    sealed class Tables
    {
        public required int[] StartRanges;     // pairs: first, last
        public required int[] ContinueRanges;
        public required Dictionary<int, int[]> Decomposition;
        public required Dictionary<int, int> CombiningClass;
        public required Dictionary<long, int> Composition;
    }

    static Tables? tables;

    static Tables Data => tables ??= Load();

    static Tables Load()
    {
        var start = new List<int>();
        var cont = new List<int>();
        var dec = new Dictionary<int, int[]>();
        var ccc = new Dictionary<int, int>();
        var comp = new Dictionary<long, int>();
        foreach (string line in EmbeddedTable.Lines("identifiers.txt.gz"))
        {
            string[] f = line.Split(' ');
            switch (line[0])
            {
                case 'S':
                case 'C':
                    var target = line[0] == 'S' ? start : cont;
                    for (int i = 1; i < f.Length; i++)
                    {
                        int dash = f[i].IndexOf('-');
                        target.Add(EmbeddedTable.Hex(f[i].AsSpan(0, dash)));
                        target.Add(EmbeddedTable.Hex(f[i].AsSpan(dash + 1)));
                    }
                    break;
                case 'D':
                    var cps = new int[f.Length - 2];
                    for (int i = 2; i < f.Length; i++) cps[i - 2] = EmbeddedTable.Hex(f[i]);
                    dec[EmbeddedTable.Hex(f[1])] = cps;
                    break;
                case 'K':
                    ccc[EmbeddedTable.Hex(f[1])] = int.Parse(f[2], System.Globalization.CultureInfo.InvariantCulture);
                    break;
                case 'P':
                    comp[Pair(EmbeddedTable.Hex(f[1]), EmbeddedTable.Hex(f[2]))] = EmbeddedTable.Hex(f[3]);
                    break;
            }
        }
        return new Tables { StartRanges = start.ToArray(), ContinueRanges = cont.ToArray(), Decomposition = dec, CombiningClass = ccc, Composition = comp };
    }

    static long Pair(int a, int b) => ((long)a << 21) | (uint)b;

    public static bool IsAsciiStart(int c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a' || c == '_';

    public static bool IsAsciiContinue(int c) => IsAsciiStart(c) || (uint)(c - '0') <= 9;

    /// <summary>May code point <paramref name="cp"/> start an identifier (XID_Start or '_')?</summary>
    public static bool IsStart(int cp) => cp < 0x80 ? IsAsciiStart(cp) : InRanges(Data.StartRanges, cp);

    /// <summary>May code point <paramref name="cp"/> continue an identifier (XID_Continue)?</summary>
    public static bool IsContinue(int cp) => cp < 0x80 ? IsAsciiContinue(cp) : InRanges(Data.ContinueRanges, cp);

    static bool InRanges(int[] ranges, int cp)
    {
        int lo = 0, hi = ranges.Length / 2 - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            if (cp < ranges[2 * mid]) hi = mid - 1;
            else if (cp > ranges[2 * mid + 1]) lo = mid + 1;
            else return true;
        }
        return false;
    }

    const int SBase = 0xAC00, LBase = 0x1100, VBase = 0x1161, TBase = 0x11A7;
    const int LCount = 19, VCount = 21, TCount = 28, NCount = VCount * TCount, SCount = LCount * NCount;

    /// <summary>Unicode normalization form KC (what Python applies to non-ASCII identifiers).</summary>
    public static string NormalizeKC(string s)
    {
        var t = Data;
        // 1. Full compatibility decomposition.
        var cps = new List<int>(s.Length + 4);
        for (int i = 0; i < s.Length; i++)
        {
            int cp = char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])
                ? char.ConvertToUtf32(s[i], s[++i]) : s[i];
            if (cp >= SBase && cp < SBase + SCount)
            {
                int si = cp - SBase;
                cps.Add(LBase + si / NCount);
                cps.Add(VBase + si % NCount / TCount);
                if (si % TCount != 0) cps.Add(TBase + si % TCount);
            }
            else if (t.Decomposition.TryGetValue(cp, out var d)) cps.AddRange(d);
            else cps.Add(cp);
        }
        // 2. Canonical ordering: stable sort of each run of non-starters by combining class.
        for (int i = 1; i < cps.Count; i++)
        {
            int c = Ccc(cps[i]);
            if (c == 0) continue;
            int j = i;
            while (j > 0 && Ccc(cps[j - 1]) > c)
            {
                (cps[j - 1], cps[j]) = (cps[j], cps[j - 1]);
                j--;
            }
        }
        // 3. Canonical composition.
        if (cps.Count > 1)
        {
            int starterPos = 0;
            int lastClass = Ccc(cps[0]) == 0 ? 0 : 256; // a leading non-starter blocks everything
            int write = 1;
            for (int read = 1; read < cps.Count; read++)
            {
                int cp = cps[read];
                int cls = Ccc(cp);
                int composed = Compose(cps[starterPos], cp);
                if (composed >= 0 && (lastClass < cls || lastClass == 0))
                {
                    cps[starterPos] = composed;
                    continue;
                }
                if (cls == 0) starterPos = write;
                lastClass = cls;
                cps[write++] = cp;
            }
            cps.RemoveRange(write, cps.Count - write);
        }
        var sb = new System.Text.StringBuilder(cps.Count);
        foreach (int cp in cps)
        {
            if (cp < 0x10000) sb.Append((char)cp);
            else sb.Append(char.ConvertFromUtf32(cp));
        }
        return sb.ToString();

        int Ccc(int cp) => t.CombiningClass.TryGetValue(cp, out int k) ? k : 0;

        int Compose(int a, int b)
        {
            if (a >= LBase && a < LBase + LCount && b >= VBase && b < VBase + VCount)
                return SBase + ((a - LBase) * VCount + (b - VBase)) * TCount;
            if (a >= SBase && a < SBase + SCount && (a - SBase) % TCount == 0 && b > TBase && b < TBase + TCount)
                return a + (b - TBase);
            return t.Composition.TryGetValue(Pair(a, b), out int c) ? c : -1;
        }
    }
}
