using Ftpy.Compiling;

namespace Ftpy.Objects;

/// <summary>co_flags bits (CPython's CO_*).</summary>
[Flags]
public enum CodeFlags
{
    None = 0, Optimized = 1, NewLocals = 2, VarArgs = 4, VarKeywords = 8, Nested = 16,
    Generator = 32, Coroutine = 128, IterableCoroutine = 256, AsyncGenerator = 512,
}

/// <summary>Kinds of the entries in co_localsplusnames (CO_FAST_*).</summary>
[Flags]
public enum LocalKind : byte
{
    None = 0, Hidden = 0x10, Local = 0x20, Cell = 0x40, Free = 0x80,
}

/// <summary>One exception table entry: instructions [Start, End) jump to Target with the
/// value stack cut to Depth (plus the offending instruction index when PushLasti).</summary>
public readonly record struct ExceptionTableEntry(int Start, int End, int Target, int Depth, bool PushLasti);

/// <summary>Source positions of one instruction (co_positions).</summary>
public readonly record struct SourcePosition(int Line, int EndLine, int Col, int EndCol);

/// <summary>
/// A compiled code object. Immutable after creation except <see cref="Instructions"/>, whose
/// inline-cache words and adaptive opcodes the specializer rewrites. Constants and names are
/// owned (immortal in practice: constants are created immortal by the compiler).
/// </summary>
public sealed class PyCode : PyObject
{
    public static readonly PyType Type = new("code", TypeFlags.None);

    public int[] Instructions = Array.Empty<int>();
    public PyObject[] Consts = Array.Empty<PyObject>();
    public PyStr[] Names = Array.Empty<PyStr>();
    public PyStr[] LocalsPlusNames = Array.Empty<PyStr>();
    public LocalKind[] LocalsPlusKinds = Array.Empty<LocalKind>();
    public int ArgCount, PosOnlyArgCount, KwOnlyArgCount, StackSize, FirstLineNo;
    public CodeFlags Flags;
    public string Name = "", QualName = "", Filename = "";
    public ExceptionTableEntry[] ExceptionTable = Array.Empty<ExceptionTableEntry>();
    public SourcePosition[] Positions = Array.Empty<SourcePosition>();
    /// <summary>The source text of the file, for tracebacks and SyntaxErrors raised at runtime.</summary>
    public string[]? SourceLines;

    public PyCode() : base(Type) { }

    ExternalBytecode? _external;

    /// <summary>The CPython-layout view Python code reads (co_code, co_positions, co_lines,
    /// co_exceptiontable); built on first use.</summary>
    public ExternalBytecode External => _external ??= ExternalBytecode.Build(this);

    public int NLocalsPlus => LocalsPlusNames.Length;
    public int NLocals { get; internal set; }
    public int NCells { get; internal set; }
    public int NFree { get; internal set; }
    /// <summary>Total slots: locals plus value stack.</summary>
    public int FrameSize => LocalsPlusNames.Length + StackSize;

    public bool IsGenerator => (Flags & (CodeFlags.Generator | CodeFlags.Coroutine | CodeFlags.AsyncGenerator)) != 0;

    /// <summary>Line of the instruction at word index <paramref name="index"/> (-1 when none).</summary>
    public int LineAt(int index) => index >= 0 && index < Positions.Length ? Positions[index].Line : -1;

    /// <summary>Total positional parameters plus keyword-only plus *args and **kwargs slots.</summary>
    public int TotalArgs => ArgCount + KwOnlyArgCount + ((Flags & CodeFlags.VarArgs) != 0 ? 1 : 0) + ((Flags & CodeFlags.VarKeywords) != 0 ? 1 : 0);

    protected internal override bool IsGcContainer => false;
}
