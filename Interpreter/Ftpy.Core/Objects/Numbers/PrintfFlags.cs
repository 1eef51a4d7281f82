namespace Ftpy.Objects.Numbers;

/// <summary>The flag characters of a printf-style (str % args) conversion.</summary>
[Flags]
public enum PrintfFlags
{
    None = 0,
    /// <summary>'-': left-adjust in the field (pads on the right with spaces).</summary>
    LeftAdjust = 1,
    /// <summary>'+': always write a sign.</summary>
    Sign = 2,
    /// <summary>' ': write a space where a plus sign would go.</summary>
    Blank = 4,
    /// <summary>'#': alternate form (0x/0o prefixes, kept decimal point).</summary>
    Alternate = 8,
    /// <summary>'0': pad numbers with zeros after the sign and prefix.</summary>
    ZeroPad = 16,
}
