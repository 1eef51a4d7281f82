using System.Text;
using Ftpy.Runtime;

namespace Ftpy.Objects.Text;

/// <summary>
/// What a translation table says about one code point: false when the table has no entry
/// (Python's LookupError: the character is kept); true with null to delete it; true with
/// text to replace it. The caller's lookup turns Python's int/str/None results into this.
/// </summary>
public delegate bool TranslateLookup(int codePoint, out string? replacement);

/// <summary>str.translate and str.maketrans.</summary>
public static class StrTranslate
{
    public static string Translate(string s, TranslateLookup lookup)
    {
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length;)
        {
            int cp = CodePoints.At(s, i, out int w);
            if (!lookup(cp, out string? replacement)) sb.Append(s, i, w);
            else if (replacement is not null) sb.Append(replacement);
            i += w;
        }
        return sb.ToString();
    }

    /// <summary>
    /// str.maketrans(x, y[, z]) with strings: x[i] maps to y[i], each code point of z to None
    /// (null). Keys in Python dict order; a later duplicate overwrites the value in place.
    /// </summary>
    public static Dictionary<int, int?> MakeTrans(string x, string y, string? z = null)
    {
        int[] from = CodePoints.ToArray(x), to = CodePoints.ToArray(y);
        if (from.Length != to.Length)
            throw PyErr.ValueError("the first two maketrans arguments must have equal length");
        var table = new Dictionary<int, int?>();
        for (int i = 0; i < from.Length; i++) table[from[i]] = to[i];
        if (z is not null)
            foreach (int cp in CodePoints.ToArray(z)) table[cp] = null;
        return table;
    }
}
