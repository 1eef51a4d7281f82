using System.Text;

namespace Ftpy.Objects.Text;

/// <summary>
/// Per-code-point character properties and case mappings exactly as CPython 3.13 defines them
/// (its unicodectype.c): the data is generated from CPython itself (Unicode 15.1), never taken
/// from .NET's tables, which follow a newer Unicode version and lack XID_Start/XID_Continue,
/// Other_Lowercase/Other_Uppercase, Cased and Case_Ignorable.
/// </summary>
/// <remarks>
/// A code point is an int in [0, 0x10FFFF]; a lone surrogate is a code point like any other
/// (unassigned-like: no property, maps to itself). Values outside that range have no properties.
/// For scale: .NET 10 (Unicode 16.0) disagrees with CPython 3.13 on 4302 code points for
/// isalpha by category, 5185 for isprintable, 131 uppercase and 28 lowercase mappings
/// (besides lacking the one-to-many ones), 80 decimal and 163 numeric characters, and
/// Rune.IsWhiteSpace differs from Python's whitespace on 4 code points.
/// </remarks>
public static partial class UnicodeType
{
    /// <summary>The Unicode version of the data (unicodedata.unidata_version).</summary>
    public static string UnicodeVersion => DatabaseVersion;

    static int RecordOf(int cp)
    {
        if ((uint)cp > 0x10FFFF) return 0; // U+0000's record: no flags, no mappings
        const int mask2 = (1 << (Shift1 - Shift2)) - 1;
        int block = Level2[(Level1[cp >> Shift1] << (Shift1 - Shift2)) | ((cp >> Shift2) & mask2)];
        return Level3[(block << Shift2) | (cp & ((1 << Shift2) - 1))];
    }

    static bool Has(int cp, TypeFlags flag) => (RecordFlags[RecordOf(cp)] & (ushort)flag) != 0;

    /// <summary>Categories Lm, Lt, Lu, Ll, Lo (str.isalpha).</summary>
    public static bool IsAlpha(int cp) => Has(cp, TypeFlags.Alpha);
    /// <summary>Numeric_Type=Decimal (str.isdecimal).</summary>
    public static bool IsDecimal(int cp) => Has(cp, TypeFlags.Decimal);
    /// <summary>Numeric_Type=Digit or Decimal (str.isdigit).</summary>
    public static bool IsDigit(int cp) => Has(cp, TypeFlags.Digit);
    /// <summary>Numeric_Type=Digit, Decimal or Numeric (str.isnumeric).</summary>
    public static bool IsNumeric(int cp) => Has(cp, TypeFlags.Numeric);
    /// <summary>CPython's Py_UNICODE_ISALNUM: alpha, decimal, digit or numeric.</summary>
    public static bool IsAlnum(int cp) =>
        (RecordFlags[RecordOf(cp)] & (ushort)(TypeFlags.Alpha | TypeFlags.Decimal | TypeFlags.Digit | TypeFlags.Numeric)) != 0;
    /// <summary>Python's whitespace: bidirectional class WS, B or S, or category Zs (str.isspace).</summary>
    public static bool IsSpace(int cp) => Has(cp, TypeFlags.Space);
    /// <summary>Not in Cc, Cf, Cs, Co, Cn, Zl, Zp, Zs, except the space itself (str.isprintable).</summary>
    public static bool IsPrintable(int cp) => Has(cp, TypeFlags.Printable);
    public static bool IsXidStart(int cp) => Has(cp, TypeFlags.XidStart);
    public static bool IsXidContinue(int cp) => Has(cp, TypeFlags.XidContinue);
    /// <summary>The Uppercase property (Lu and Other_Uppercase).</summary>
    public static bool IsUpper(int cp) => Has(cp, TypeFlags.Upper);
    /// <summary>The Lowercase property (Ll and Other_Lowercase).</summary>
    public static bool IsLower(int cp) => Has(cp, TypeFlags.Lower);
    /// <summary>Category Lt.</summary>
    public static bool IsTitle(int cp) => Has(cp, TypeFlags.Title);
    public static bool IsCased(int cp) => Has(cp, TypeFlags.Cased);
    public static bool IsCaseIgnorable(int cp) => Has(cp, TypeFlags.CaseIgnorable);
    /// <summary>A boundary of str.splitlines: \n \r \v \f \x1c \x1d \x1e \x85 \u2028 \u2029.</summary>
    public static bool IsLineBreak(int cp) => Has(cp, TypeFlags.LineBreak);

    /// <summary>The decimal digit value (0-9) or -1; what int() accepts as a digit.</summary>
    public static int DecimalValue(int cp) => RecordDecimal[RecordOf(cp)];
    /// <summary>The digit value (0-9) or -1 (unicodedata.digit).</summary>
    public static int DigitValue(int cp) => RecordDigit[RecordOf(cp)];

    /// <summary>Appends the full uppercase mapping of cp (may be several code points).</summary>
    public static void AppendUpper(StringBuilder sb, int cp) => AppendMapping(sb, cp, RecordUpper);
    /// <summary>Appends the full lowercase mapping of cp; U+03A3 maps to U+03C3 here (no final-sigma context).</summary>
    public static void AppendLower(StringBuilder sb, int cp) => AppendMapping(sb, cp, RecordLower);
    /// <summary>Appends the full titlecase mapping of cp.</summary>
    public static void AppendTitle(StringBuilder sb, int cp) => AppendMapping(sb, cp, RecordTitle);
    /// <summary>Appends the full case folding of cp (str.casefold).</summary>
    public static void AppendFold(StringBuilder sb, int cp) => AppendMapping(sb, cp, RecordFold);

    // Invariant: a record without ExtendedCase maps every code point to one code point
    // (cp + delta); one with it maps through SpecialCasing for all four mappings.
    static void AppendMapping(StringBuilder sb, int cp, ReadOnlySpan<int> mapping)
    {
        int record = RecordOf(cp);
        if ((RecordFlags[record] & (ushort)TypeFlags.ExtendedCase) != 0)
            sb.Append(SpecialCasing[mapping[record]]);
        else
            CodePoints.Append(sb, cp + mapping[record]);
    }

    /// <summary>True when cp's full mapping of that kind is cp itself (a cheap test for no-op case changes).</summary>
    public static bool UpperIsIdentity(int cp) => IsIdentity(cp, RecordUpper);
    public static bool LowerIsIdentity(int cp) => IsIdentity(cp, RecordLower);

    static bool IsIdentity(int cp, ReadOnlySpan<int> mapping)
    {
        int record = RecordOf(cp);
        return (RecordFlags[record] & (ushort)TypeFlags.ExtendedCase) == 0 && mapping[record] == 0;
    }
}
