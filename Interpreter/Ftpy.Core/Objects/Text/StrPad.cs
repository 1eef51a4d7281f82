using System.Text;

namespace Ftpy.Objects.Text;

/// <summary>str.center/ljust/rjust/zfill. Widths count code points; fill is one code point.</summary>
public static class StrPad
{
    public static string LJust(string s, long width, int fill = ' ') => Pad(s, 0, width - CodePoints.Count(s), fill);
    public static string RJust(string s, long width, int fill = ' ') => Pad(s, width - CodePoints.Count(s), 0, fill);

    /// <summary>Odd padding goes right, except when width is odd too (CPython's rule).</summary>
    public static string Center(string s, long width, int fill = ' ')
    {
        long margin = width - CodePoints.Count(s);
        if (margin <= 0) return s;
        long left = margin / 2 + (margin & width & 1);
        return Pad(s, left, margin - left, fill);
    }

    /// <summary>Zeros on the left, after a leading '+' or '-'.</summary>
    public static string ZFill(string s, long width)
    {
        long fill = width - CodePoints.Count(s);
        if (fill <= 0) return s;
        if (s.Length > 0 && s[0] is '+' or '-')
            return s[0] + Pad(s[1..], fill, 0, '0');
        return Pad(s, fill, 0, '0');
    }

    static string Pad(string s, long left, long right, int fill)
    {
        if (left <= 0 && right <= 0) return s;
        left = Math.Max(left, 0);
        right = Math.Max(right, 0);
        string fillText = CodePoints.ToText(fill);
        long length = s.Length + (left + right) * fillText.Length;
        if (length > int.MaxValue) throw Ftpy.Runtime.PyErr.MemoryError("");
        var sb = new StringBuilder((int)length);
        for (long i = 0; i < left; i++) sb.Append(fillText);
        sb.Append(s);
        for (long i = 0; i < right; i++) sb.Append(fillText);
        return sb.ToString();
    }
}
