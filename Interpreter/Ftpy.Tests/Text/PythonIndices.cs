using Ftpy.Objects.Text;

namespace Ftpy.Tests.Text;

/// <summary>
/// What the lead's str layer does before calling the text functions: Python's start/end
/// adjustment in code points, then conversion to UTF-16 indices (and back for results).
/// </summary>
static class PythonIndices
{
    public static (int Start, int End) Adjust(string s, long? start, long? end)
    {
        long length = CodePoints.Count(s);
        long e = end ?? length, b = start ?? 0;
        if (e > length) e = length;
        else if (e < 0) e = Math.Max(e + length, 0);
        if (b < 0) b = Math.Max(b + length, 0);
        return (ToUtf16(s, b), ToUtf16(s, e));
    }

    // A code point index past the end maps past the end by as much: such a start finds nothing.
    static int ToUtf16(string s, long cpIndex)
    {
        long length = CodePoints.Count(s);
        return cpIndex > length ? s.Length + (int)(cpIndex - length) : CodePoints.ToUtf16Index(s, (int)cpIndex);
    }

    public static long ToCodePoint(string s, int utf16Index) =>
        utf16Index < 0 ? utf16Index : CodePoints.ToCodePointIndex(s, utf16Index);
}
