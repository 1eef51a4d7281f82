using Ftpy.Objects;

namespace Ftpy.Compiling;

/// <summary>
/// Turns a code unit's instruction list into a code object: follows control flow to compute
/// the stack depth and the active exception handler of every instruction (from the
/// SETUP_*/POP_BLOCK pseudo-instructions), drops unreachable code, lays instructions out with
/// their inline-cache words, resolves jumps to absolute word offsets and builds the
/// exception table (CPython's flowgraph.c and assemble.c).
/// </summary>
static class Assembler
{
    sealed class Handler(Label target, int depth, bool lasti)
    {
        public readonly Label Target = target;
        public readonly int Depth = depth;
        public readonly bool Lasti = lasti;
    }

    sealed class HandlerStack(Handler top, HandlerStack? rest)
    {
        public readonly Handler Top = top;
        public readonly HandlerStack? Rest = rest;
    }

    public static PyCode Assemble(CodeUnit unit)
    {
        var instrs = unit.Instructions;
        int n = instrs.Count;
        var depthAt = new int[n];
        Array.Fill(depthAt, -1);
        var handlerAt = new Handler?[n];
        var stackAt = new HandlerStack?[n];
        int maxDepth = 0;
        var work = new Stack<(int index, int depth, HandlerStack? hs)>();
        work.Push((0, 0, null));
        while (work.Count > 0)
        {
            var (start, depth, hs) = work.Pop();
            for (int i = start; i < n; i++)
            {
                if (depthAt[i] >= 0)
                {
                    if (depthAt[i] != depth)
                        throw new InvalidOperationException($"inconsistent stack depth at {i} ({instrs[i]}): {depthAt[i]} vs {depth} in {unit.Name}");
                    break;
                }
                depthAt[i] = depth;
                stackAt[i] = hs;
                handlerAt[i] = hs?.Top;
                maxDepth = Math.Max(maxDepth, depth);
                var ins = instrs[i];
                switch (ins.Pseudo)
                {
                    case Pseudo.SetupFinally:
                    case Pseudo.SetupCleanup:
                    case Pseudo.SetupWith:
                    {
                        int entryDepth = ins.Pseudo == Pseudo.SetupWith ? depth - 1 : depth;
                        bool lasti = ins.Pseudo != Pseudo.SetupFinally;
                        var h = new Handler(ins.Target!, entryDepth, lasti);
                        int targetDepth = entryDepth + (lasti ? 2 : 1);
                        maxDepth = Math.Max(maxDepth, targetDepth);
                        work.Push((ins.Target!.Position, targetDepth, hs));
                        hs = new HandlerStack(h, hs);
                        continue;
                    }
                    case Pseudo.PopBlock:
                        hs = hs?.Rest;
                        continue;
                    case Pseudo.Jump:
                    case Pseudo.JumpNoInterrupt:
                        work.Push((ins.Target!.Position, depth, hs));
                        goto nextItem;
                }
                if (ins.Target is not null)
                {
                    int jumpDepth = depth + StackEffects.Of(ins.Op, ins.Arg, jump: true);
                    maxDepth = Math.Max(maxDepth, jumpDepth);
                    work.Push((ins.Target.Position, jumpDepth, hs));
                }
                if (ins.IsUnconditionalTransfer) goto nextItem;
                depth += StackEffects.Of(ins.Op, ins.Arg, jump: false);
                if (depth < 0) throw new InvalidOperationException($"stack underflow at {i} ({ins}) in {unit.Name}");
                maxDepth = Math.Max(maxDepth, depth);
            }
            nextItem:;
        }

        // What is emitted: reachable real instructions, except a NOP whose line the next emitted
        // instruction already carries (CPython's remove_redundant_nops; a NOP that is the only
        // instruction of its line stays, so the line still exists for tracebacks and tracing).
        var dropped = new bool[n];
        int nextLine = int.MinValue;
        for (int i = n - 1; i >= 0; i--)
        {
            var ins = instrs[i];
            if (depthAt[i] < 0 || ins.Pseudo is Pseudo.SetupFinally or Pseudo.SetupCleanup or Pseudo.SetupWith or Pseudo.PopBlock)
            {
                dropped[i] = true;
                continue;
            }
            if (ins.Op == OpCode.NOP && ins.Pseudo == Pseudo.None && (ins.Position.Line < 0 || ins.Position.Line == nextLine))
            {
                dropped[i] = true;
                continue;
            }
            nextLine = ins.Position.Line;
        }

        // Layout: the emitted instructions, each followed by its cache words.
        var offset = new int[n + 1];
        int words = 0;
        for (int i = 0; i < n; i++)
        {
            offset[i] = words;
            var ins = instrs[i];
            if (dropped[i]) continue;
            var op = ins.Pseudo switch
            {
                Pseudo.Jump => OpCode.JUMP_FORWARD,
                Pseudo.JumpNoInterrupt => OpCode.JUMP_FORWARD,
                _ => ins.Op,
            };
            words += 1 + OpCodeInfo.CacheEntries[(int)op];
        }
        offset[n] = words;

        int LabelOffset(Label l)
        {
            int p = l.Position;
            while (p < n && dropped[p]) p++;
            return offset[p];
        }

        var code = new int[words];
        var positions = new SourcePosition[words];
        var handlerOfWord = new Handler?[words];
        for (int i = 0; i < n; i++)
        {
            var ins = instrs[i];
            if (dropped[i]) continue;
            int at = offset[i];
            var op = ins.Op;
            int arg = ins.Arg;
            if (ins.Target is not null) arg = LabelOffset(ins.Target);
            if (ins.Pseudo == Pseudo.Jump) op = arg <= at ? OpCode.JUMP_BACKWARD : OpCode.JUMP_FORWARD;
            else if (ins.Pseudo == Pseudo.JumpNoInterrupt) op = arg <= at ? OpCode.JUMP_BACKWARD_NO_INTERRUPT : OpCode.JUMP_FORWARD;
            if ((uint)arg > 0xFFFFFF) throw new InvalidOperationException("oparg too large");
            code[at] = (int)op | (arg << 8);
            int size = 1 + OpCodeInfo.CacheEntries[(int)op];
            for (int k = 0; k < size; k++)
            {
                positions[at + k] = ins.Position;
                handlerOfWord[at + k] = handlerAt[i];
            }
        }

        var table = new List<ExceptionTableEntry>();
        int w = 0;
        while (w < words)
        {
            var h = handlerOfWord[w];
            int startW = w;
            while (w < words && ReferenceEquals(handlerOfWord[w], h)) w++;
            if (h is not null) table.Add(new ExceptionTableEntry(startW, w, LabelOffset(h.Target), h.Depth, h.Lasti));
        }

        var pyCode = new PyCode
        {
            Instructions = code,
            Positions = positions,
            ExceptionTable = table.ToArray(),
            StackSize = maxDepth,
        };
        unit.FillCode(pyCode);
        return pyCode;
    }
}
