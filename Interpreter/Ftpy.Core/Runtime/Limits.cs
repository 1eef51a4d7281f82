namespace Ftpy.Runtime;

/// <summary>Interpreter-wide limits and defaults, kept in one place (cf. Lua's llimits.h).</summary>
public static class Limits
{
    public const int DefaultRecursionLimit = 1000;
    /// <summary>Bytes of stack for each interpreter thread; C#-level recursion is guarded well before this.</summary>
    public const int ThreadStackBytes = 512 * 1024 * 1024;
    /// <summary>Tokenizer nesting depth for brackets ("too many nested parentheses").</summary>
    public const int MaxParenNesting = 200;
    /// <summary>Depth of nested C#-level calls (builtins calling back into objects) before RecursionError.</summary>
    public const int CRecursionLimit = 10000;
    /// <summary>CPython's default int/str conversion digit limit (sys.int_info.default_max_str_digits).</summary>
    public const int DefaultMaxStrDigits = 4300;
    public const int MaxStrDigitsThreshold = 640;
    /// <summary>Nesting of loops, try and with blocks in one code object (CO_MAXBLOCKS).</summary>
    public const int MaxStaticBlocks = 21;
}
