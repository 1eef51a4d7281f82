using Ftpy.Objects;

namespace Ftpy.Compiling;

/// <summary>A jump target inside one code unit, bound to an instruction position by <see cref="CodeUnit.UseLabel"/>.</summary>
public sealed class Label
{
    public int Position = -1;
}

/// <summary>Pseudo-instructions the compiler emits and the assembler removes (CPython's pseudo opcodes).</summary>
public enum Pseudo : byte
{
    None = 0,
    /// <summary>Pushes an exception handler (no lasti) covering the following instructions.</summary>
    SetupFinally,
    /// <summary>Pushes a handler that also saves lasti.</summary>
    SetupCleanup,
    /// <summary>Pushes the handler of a with block (drops the __enter__ result, saves lasti).</summary>
    SetupWith,
    /// <summary>Pops the innermost handler.</summary>
    PopBlock,
    /// <summary>Unconditional jump; becomes JUMP_FORWARD or JUMP_BACKWARD.</summary>
    Jump,
    /// <summary>Unconditional jump without an eval-breaker check.</summary>
    JumpNoInterrupt,
}

/// <summary>One instruction before assembly.</summary>
public sealed class Instr
{
    public OpCode Op;
    public Pseudo Pseudo;
    public int Arg;
    public Label? Target;
    public SourcePosition Position;

    public bool IsPseudo => Pseudo != Pseudo.None;

    public bool IsUnconditionalTransfer =>
        Pseudo is Pseudo.Jump or Pseudo.JumpNoInterrupt
        || Op is OpCode.RETURN_VALUE or OpCode.RETURN_CONST or OpCode.RAISE_VARARGS or OpCode.RERAISE
            or OpCode.JUMP_FORWARD or OpCode.JUMP_BACKWARD or OpCode.JUMP_BACKWARD_NO_INTERRUPT
        && Pseudo == Pseudo.None;

    public override string ToString() => IsPseudo ? $"{Pseudo} {Arg}" : $"{Op} {Arg}";
}
