using Ftpy.Objects;

namespace Ftpy.Compiling;

/// <summary>
/// The view of a code object that Python code reads (co_code, co_positions, co_lines,
/// co_exceptiontable): CPython's layout of 16-bit code units, one byte opcode and one byte
/// oparg, with EXTENDED_ARG prefixes for opargs over 255, jumps relative to the end of the
/// jumping instruction's caches (forward, or backward for JUMP_BACKWARD*), cache units
/// zeroed, and the exception table in CPython's varint encoding. The VM's own words
/// (<c>op | arg &lt;&lt; 8</c>, absolute jump targets) are not changed; this only translates.
/// Invariant: <see cref="UnitOfWord"/> maps every word index of an instruction start, and
/// the code length, to the unit index where that instruction (with its prefixes) starts.
/// </summary>
public sealed class ExternalBytecode
{
    public const int ExtendedArg = 144;

    /// <summary>co_code: two bytes per code unit.</summary>
    public readonly byte[] Code;
    /// <summary>Source position of each code unit.</summary>
    public readonly SourcePosition[] Positions;
    /// <summary>Unit index for each word index (instruction starts and the end).</summary>
    public readonly int[] UnitOfWord;
    /// <summary>co_exceptiontable.</summary>
    public readonly byte[] ExceptionTable;

    ExternalBytecode(byte[] code, SourcePosition[] positions, int[] unitOfWord, byte[] table)
    {
        Code = code;
        Positions = positions;
        UnitOfWord = unitOfWord;
        ExceptionTable = table;
    }

    public static bool IsForwardJump(OpCode op) => op is OpCode.JUMP_FORWARD or OpCode.POP_JUMP_IF_FALSE or OpCode.POP_JUMP_IF_TRUE
        or OpCode.POP_JUMP_IF_NONE or OpCode.POP_JUMP_IF_NOT_NONE or OpCode.FOR_ITER or OpCode.SEND;

    public static bool IsBackwardJump(OpCode op) => op is OpCode.JUMP_BACKWARD or OpCode.JUMP_BACKWARD_NO_INTERRUPT;

    static int PrefixCount(int arg) => arg > 0xFFFF ? 2 : arg > 0xFF ? 1 : 0;

    public static ExternalBytecode Build(PyCode code)
    {
        var words = code.Instructions;
        int n = words.Length;
        // Instruction starts (cache words follow their instruction).
        var starts = new List<int>();
        for (int w = 0; w < n; w += 1 + OpCodeInfo.CacheEntries[words[w] & 0xFF]) starts.Add(w);
        int count = starts.Count;
        var prefixes = new int[count];
        var externalArg = new int[count];
        var unitOfWord = new int[n + 1];
        for (int i = 0; i < count; i++) externalArg[i] = words[starts[i]] >> 8;
        // Relative jump arguments depend on the prefixes, which depend on the arguments:
        // grow the prefixes until nothing changes (they never shrink, so this ends).
        for (bool changed = true; changed;)
        {
            changed = false;
            int unit = 0;
            for (int i = 0; i < count; i++)
            {
                unitOfWord[starts[i]] = unit;
                unit += prefixes[i] + 1 + OpCodeInfo.CacheEntries[words[starts[i]] & 0xFF];
            }
            unitOfWord[n] = unit;
            for (int i = 0; i < count; i++)
            {
                int word = words[starts[i]];
                var op = (OpCode)(word & 0xFF);
                int arg = word >> 8;
                if (IsForwardJump(op) || IsBackwardJump(op))
                {
                    int after = unitOfWord[starts[i]] + prefixes[i] + 1 + OpCodeInfo.CacheEntries[(int)op];
                    int target = arg <= n ? unitOfWord[arg] : after;
                    arg = IsBackwardJump(op) ? after - target : target - after;
                    if (arg < 0) arg = 0;
                }
                externalArg[i] = arg;
                int p = PrefixCount(arg);
                if (p > prefixes[i]) { prefixes[i] = p; changed = true; }
            }
        }
        int units = unitOfWord[n];
        var bytes = new byte[units * 2];
        var positions = new SourcePosition[units];
        for (int i = 0; i < count; i++)
        {
            int w = starts[i];
            int at = unitOfWord[w];
            int op = words[w] & 0xFF;
            int arg = externalArg[i];
            var pos = w < code.Positions.Length ? code.Positions[w] : default;
            for (int k = prefixes[i]; k > 0; k--)
            {
                bytes[2 * at] = ExtendedArg;
                bytes[2 * at + 1] = (byte)(arg >> (8 * k));
                positions[at++] = pos;
            }
            bytes[2 * at] = (byte)op;
            bytes[2 * at + 1] = (byte)arg;
            positions[at++] = pos;
            for (int k = 0; k < OpCodeInfo.CacheEntries[op]; k++)
                positions[at++] = w + 1 + k < code.Positions.Length ? code.Positions[w + 1 + k] : pos;
        }
        return new ExternalBytecode(bytes, positions, unitOfWord, EncodeExceptionTable(code.ExceptionTable, unitOfWord, n));
    }

    static byte[] EncodeExceptionTable(ExceptionTableEntry[] entries, int[] unitOfWord, int n)
    {
        var output = new List<byte>();
        foreach (var e in entries)
        {
            int start = unitOfWord[Math.Min(e.Start, n)];
            int end = unitOfWord[Math.Min(e.End, n)];
            int target = unitOfWord[Math.Min(e.Target, n)];
            WriteVarint(output, start, entryStart: true);
            WriteVarint(output, end - start, entryStart: false);
            WriteVarint(output, target, entryStart: false);
            WriteVarint(output, e.Depth << 1 | (e.PushLasti ? 1 : 0), entryStart: false);
        }
        return output.ToArray();
    }

    /// <summary>Six bits per byte, most significant first; 0x40 says another byte follows and
    /// 0x80 marks the first byte of an entry.</summary>
    static void WriteVarint(List<byte> output, int value, bool entryStart)
    {
        int shift = 0;
        while ((value >> (shift + 6)) != 0) shift += 6;
        bool first = true;
        for (; shift >= 0; shift -= 6)
        {
            int b = (value >> shift) & 0x3F;
            if (shift > 0) b |= 0x40;
            if (first && entryStart) b |= 0x80;
            first = false;
            output.Add((byte)b);
        }
    }
}
