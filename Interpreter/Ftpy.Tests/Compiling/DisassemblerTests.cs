using Ftpy.Tests.Objects;
using Xunit;

namespace Ftpy.Tests.Compiling;

/// <summary>The compiler's output for typical constructs, read back through the dis module
/// (which sees code objects the way CPython's dis does: co_code, co_exceptiontable, co_lines).</summary>
public class DisassemblerTests
{
    static string Dis(string setup, string target) =>
        PythonRunner.Run("import dis\n" + setup + "\ndis.dis(" + target + ")\n");

    /// <summary>"opname argrepr" of each instruction of a function, one line each.</summary>
    static string[] Ops(string source, string function) => PythonRunner.Lines(
        "import dis\n" + source + "\nfor i in dis.get_instructions(" + function + "):\n" +
        "    print(i.opname, i.argrepr) if i.argrepr else print(i.opname)\n");

    [Fact]
    public void ModuleAssignmentMatchesCPythonLayout()
    {
        Assert.Equal(
            "  0           RESUME                   0\n\n" +
            "  1           LOAD_CONST               0 (1)\n" +
            "              STORE_NAME               0 (x)\n" +
            "              RETURN_CONST             1 (None)\n",
            Dis("", "'x = 1'"));
    }

    [Fact]
    public void IfElseJumpsToALabel()
    {
        Assert.Matches(
            "^  2           RESUME                   0\n\n" +
            "  3           LOAD_FAST                0 \\(a\\)\n" +
            "              POP_JUMP_IF_FALSE        \\d \\(to L1\\)\n" +
            "              RETURN_CONST             1 \\(1\\)\n\n" +
            "  4   L1:     RETURN_CONST             2 \\(2\\)\n$",
            Dis("def f(a):\n    if a: return 1\n    return 2", "f"));
    }

    [Fact]
    public void ForLoopIteratesToEndFor()
    {
        var ops = Ops("def f(xs):\n    for x in xs:\n        g(x)\n", "f");
        Assert.Equal(new[]
        {
            "RESUME", "LOAD_FAST xs", "GET_ITER", "FOR_ITER to L2", "STORE_FAST x",
            "LOAD_GLOBAL g + NULL", "LOAD_FAST x", "CALL", "POP_TOP", "JUMP_BACKWARD to L1",
            "END_FOR", "RETURN_CONST None",
        }, ops);
    }

    [Fact]
    public void TryExceptHasAnExceptionTable()
    {
        var text = Dis("def f():\n    try:\n        g()\n    except E:\n        pass\n", "f");
        Assert.Contains("ExceptionTable:\n", text);
        Assert.Contains("PUSH_EXC_INFO", text);
        Assert.Contains("CHECK_EXC_MATCH", text);
        Assert.Matches(@"  L\d+ to L\d+ -> L\d+ \[1\] lasti\n", text);
        Assert.Matches(@"  L\d+ to L\d+ -> L\d+ \[0\]\n", text);
    }

    [Fact]
    public void MethodCallsAndAttributes()
    {
        var ops = Ops("def f(o):\n    return o.m(o.a)\n", "f");
        Assert.Equal(new[] { "RESUME", "LOAD_FAST o", "LOAD_ATTR m + NULL|self", "LOAD_FAST o", "LOAD_ATTR a", "CALL", "RETURN_VALUE" }, ops);
    }

    [Fact]
    public void ClosuresUseCellAndFreeNames()
    {
        var lines = PythonRunner.Lines(
            "import dis\ndef f(x):\n    def g():\n        return x\n    return g\n" +
            "print([(i.opname, i.argval) for i in dis.get_instructions(f) if i.opname in ('MAKE_CELL', 'LOAD_CLOSURE')])\n" +
            "print([(i.opname, i.argval) for i in dis.get_instructions(f(1)) if i.opname in ('COPY_FREE_VARS', 'LOAD_DEREF')])\n");
        Assert.Equal("[('MAKE_CELL', 'x'), ('LOAD_CLOSURE', 'x')]", lines[0]);
        Assert.Equal("[('COPY_FREE_VARS', 1), ('LOAD_DEREF', 'x')]", lines[1]);
    }

    [Fact]
    public void LargeArgumentsUseExtendedArg()
    {
        // 300 distinct constants push LOAD_CONST's argument past one byte.
        var lines = PythonRunner.Lines(
            "import dis\nsrc = 'x = [' + ', '.join(str(i) for i in range(300)) + ']'\n" +
            "ins = list(dis.get_instructions(src))\n" +
            "print(any(i.opname == 'EXTENDED_ARG' for i in ins))\n" +
            "print([i.argval for i in ins if i.opname == 'LOAD_CONST' and i.arg > 255][:2])\n" +
            "big = [i for i in ins if i.opname == 'LOAD_CONST' and i.arg > 255][0]\n" +
            "print(big.start_offset == big.offset - 2)\n");
        Assert.Equal(new[] { "True", "[256, 257]", "True" }, lines);
    }

    [Fact]
    public void LongFunctionJumpsLandOnInstructions()
    {
        // Jumps over more than 255 code units need EXTENDED_ARG and must still resolve.
        var body = string.Concat(Enumerable.Range(0, 120).Select(i => $"        a.b{i} = {i}\n"));
        var lines = PythonRunner.Lines(
            "import dis\ndef f(a):\n    while a:\n" + body + "    return a\n" +
            "ins = list(dis.Bytecode(f))\noffsets = {i.offset for i in ins}\n" +
            "jumps = [i for i in ins if i.opcode in dis.hasjump]\n" +
            "print(len(jumps) > 0, all(j.argval in offsets for j in jumps), all(j.argrepr.startswith('to L') for j in jumps))\n" +
            "print(any(i.opname == 'EXTENDED_ARG' for i in ins))\n");
        Assert.Equal(new[] { "True True True", "True" }, lines);
    }

    [Fact]
    public void CacheFormatsMatchTheInstructionSet()
    {
        var lines = PythonRunner.Lines(
            "import opcode\nprint(all(sum(f.values()) == opcode._inline_cache_entries[opcode.opmap[n]] for n, f in opcode._cache_format.items()))\n" +
            "print(all(n in opcode._cache_format for n, k in opcode.opmap.items() if opcode._inline_cache_entries[k]))\n");
        Assert.Equal(new[] { "True", "True" }, lines);
    }

    [Fact]
    public void ImportAsStoresTheLeafModule()
    {
        var ops = Ops("def f():\n    import a.b.c as d\n", "f");
        Assert.Equal(new[]
        {
            "RESUME", "LOAD_CONST 0", "LOAD_CONST None", "IMPORT_NAME a.b.c", "IMPORT_FROM b", "SWAP",
            "POP_TOP", "IMPORT_FROM c", "STORE_FAST d", "POP_TOP", "RETURN_CONST None",
        }, ops);
    }
}
