using System.Collections.Concurrent;
using Ftpy.Objects.Text;

namespace Ftpy.Modules.Re;

/// <summary>
/// \d, \s and \w as sets of code points: Unicode patterns use the interpreter's Unicode data
/// (str.isdecimal, str.isspace, str.isalnum or '_', as sre does), ASCII ones the ASCII ranges.
/// </summary>
public static class CharClasses
{
    static CodePointSet? s_uDigit, s_uSpace, s_uWord;
    static readonly CodePointSet s_aDigit = CodePointSet.FromRanges(new[] { ((int)'0', (int)'9') });
    static readonly CodePointSet s_aSpace = CodePointSet.Of(' ', '\t', '\n', '\r', '\f', '\v');
    static readonly CodePointSet s_aWord = CodePointSet.FromRanges(new[] { ((int)'0', (int)'9'), ((int)'A', (int)'Z'), ((int)'a', (int)'z'), ((int)'_', (int)'_') });
    static readonly ConcurrentDictionary<(RCategory, bool), CodePointSet> s_cache = new();

    public static CodePointSet UnicodeDigit => s_uDigit ??= CodePointSet.Where(UnicodeType.IsDecimal);
    public static CodePointSet UnicodeSpace => s_uSpace ??= CodePointSet.Where(UnicodeType.IsSpace);
    public static CodePointSet UnicodeWord => s_uWord ??= CodePointSet.Where(cp => cp == '_' || UnicodeType.IsAlnum(cp));

    public static CodePointSet Word(bool unicode) => unicode ? UnicodeWord : s_aWord;

    public static CodePointSet Of(RCategory category, bool unicode) => s_cache.GetOrAdd((category, unicode), key =>
    {
        var (c, u) = key;
        return c switch
        {
            RCategory.Digit => u ? UnicodeDigit : s_aDigit,
            RCategory.NotDigit => (u ? UnicodeDigit : s_aDigit).Complement(),
            RCategory.Space => u ? UnicodeSpace : s_aSpace,
            RCategory.NotSpace => (u ? UnicodeSpace : s_aSpace).Complement(),
            RCategory.Word => u ? UnicodeWord : s_aWord,
            _ => (u ? UnicodeWord : s_aWord).Complement(),
        };
    });
}
