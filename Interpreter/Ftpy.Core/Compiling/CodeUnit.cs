using System.Numerics;
using Ftpy.Objects;

namespace Ftpy.Compiling;

/// <summary>Kinds of frame blocks the compiler tracks for break/continue/return unwinding.</summary>
public enum FBlockKind
{
    WhileLoop, ForLoop, TryExcept, FinallyTry, FinallyEnd, With, AsyncWith, HandlerCleanup,
    PopValue, ExceptionHandler, ExceptionGroupHandler, AsyncComprehensionGenerator,
}

public sealed class FBlock
{
    public FBlockKind Kind;
    public Label? Block;
    public Label? Exit;
    /// <summary>For FinallyTry: the finally body; for HandlerCleanup: the bound name; for With: the node.</summary>
    public object? Datum;
}

/// <summary>The compiler's state for one code object being built (CPython's compiler_unit).</summary>
public sealed class CodeUnit
{
    public readonly Scope Scope;
    public readonly string Name;
    public string QualName;
    public readonly List<Instr> Instructions = new();
    readonly List<PyObject> _consts = new();
    readonly Dictionary<object, int> _constIndex = new(new ConstKeyComparer());
    readonly List<string> _names = new();
    readonly Dictionary<string, int> _nameIndex = new();
    public readonly List<string> VarNames = new();
    public readonly List<string> CellVars = new();
    public readonly List<string> FreeVars = new();
    public readonly Dictionary<string, int> FastIndex = new();
    public readonly List<FBlock> FBlocks = new();
    public int ArgCount, PosOnlyArgCount, KwOnlyArgCount, FirstLineNo;
    public CodeFlags Flags;
    public string? PrivateName;
    public SourcePosition CurrentPosition;
    /// <summary>Nesting of inlined comprehensions being compiled (u_in_inlined_comp).</summary>
    public int InInlinedComp;
    /// <summary>While an inlined comprehension is compiled: its own view of names whose scope differs from ours.</summary>
    public Dictionary<string, NameScope>? ScopeOverrides;
    /// <summary>Names of a module or class body that use fast locals inside an inlined comprehension.</summary>
    public HashSet<string>? FastHidden;
    public string Filename = "";

    public CodeUnit(Scope scope, string name, string qualname, int firstLineNo)
    {
        Scope = scope;
        Name = name;
        QualName = qualname;
        FirstLineNo = firstLineNo;
    }

    public Instr Emit(OpCode op, int arg = 0)
    {
        var i = new Instr { Op = op, Arg = arg, Position = CurrentPosition };
        Instructions.Add(i);
        return i;
    }

    public Instr EmitJump(OpCode op, Label target)
    {
        var i = new Instr { Op = op, Target = target, Position = CurrentPosition };
        Instructions.Add(i);
        return i;
    }

    public Instr EmitPseudo(Pseudo p, Label? target = null)
    {
        var i = new Instr { Pseudo = p, Target = target, Position = CurrentPosition };
        Instructions.Add(i);
        return i;
    }

    public void UseLabel(Label l) => l.Position = Instructions.Count;

    /// <summary>Index of a constant, reusing equal constants of the same type (0.0 and -0.0 differ).</summary>
    public int AddConst(PyObject value, object key)
    {
        if (_constIndex.TryGetValue(key, out int i)) return i;
        i = _consts.Count;
        _consts.Add(value);
        _constIndex[key] = i;
        return i;
    }

    /// <summary>Adds a constant that must not be merged with others (docstring slot, code objects).</summary>
    public int AddConstUnique(PyObject value)
    {
        int i = _consts.Count;
        _consts.Add(value);
        return i;
    }

    public int ConstCount => _consts.Count;

    public int AddName(string name)
    {
        if (_nameIndex.TryGetValue(name, out int i)) return i;
        i = _names.Count;
        _names.Add(name);
        _nameIndex[name] = i;
        return i;
    }

    /// <summary>Builds the localsplus layout: locals (parameters first), then cells that are not parameters, then free vars.</summary>
    public void FinishLocals() { }

    public void FillCode(PyCode code)
    {
        code.Consts = _consts.ToArray();
        code.Names = _names.Select(PyStr.Intern).ToArray();
        var names = new List<PyStr>();
        var kinds = new List<LocalKind>();
        foreach (var v in VarNames)
        {
            names.Add(PyStr.Intern(v));
            kinds.Add(CellVars.Contains(v) ? LocalKind.Local | LocalKind.Cell : LocalKind.Local);
        }
        foreach (var c in CellVars)
        {
            if (VarNames.Contains(c)) continue;
            names.Add(PyStr.Intern(c));
            kinds.Add(LocalKind.Cell);
        }
        foreach (var f in FreeVars)
        {
            names.Add(PyStr.Intern(f));
            kinds.Add(LocalKind.Free);
        }
        code.LocalsPlusNames = names.ToArray();
        code.LocalsPlusKinds = kinds.ToArray();
        code.NLocals = VarNames.Count;
        code.NCells = CellVars.Count;
        code.NFree = FreeVars.Count;
        code.ArgCount = ArgCount;
        code.PosOnlyArgCount = PosOnlyArgCount;
        code.KwOnlyArgCount = KwOnlyArgCount;
        code.Flags = Flags;
        code.Name = Name;
        code.QualName = QualName;
        code.Filename = Filename;
        code.FirstLineNo = FirstLineNo;
    }

    /// <summary>Index in localsplus of a local, cell or free variable.</summary>
    public int LocalsPlusIndex(string name)
    {
        int i = VarNames.IndexOf(name);
        if (i >= 0) return i;
        int extraCells = 0;
        foreach (var c in CellVars)
        {
            if (VarNames.Contains(c)) continue;
            if (c == name) return VarNames.Count + extraCells;
            extraCells++;
        }
        int f = FreeVars.IndexOf(name);
        if (f >= 0) return VarNames.Count + extraCells + f;
        throw new InvalidOperationException($"no local slot for {name} in {Name}");
    }

    /// <summary>Constant keys: (type, value) so that 1, 1.0, True and -0.0/0.0 stay distinct.</summary>
    sealed class ConstKeyComparer : IEqualityComparer<object>
    {
        public new bool Equals(object? a, object? b)
        {
            if (a is null || b is null) return a is null && b is null;
            if (a.GetType() != b.GetType()) return false;
            return a switch
            {
                double da => BitConverter.DoubleToInt64Bits(da) == BitConverter.DoubleToInt64Bits((double)b),
                Complex ca => BitConverter.DoubleToInt64Bits(ca.Real) == BitConverter.DoubleToInt64Bits(((Complex)b).Real)
                              && BitConverter.DoubleToInt64Bits(ca.Imaginary) == BitConverter.DoubleToInt64Bits(((Complex)b).Imaginary),
                byte[] ba => ba.AsSpan().SequenceEqual((byte[])b),
                object[] oa => oa.Length == ((object[])b).Length && oa.Zip((object[])b).All(p => Equals(p.First, p.Second)),
                _ => a.Equals(b),
            };
        }

        public int GetHashCode(object o) => o switch
        {
            double d => BitConverter.DoubleToInt64Bits(d).GetHashCode(),
            byte[] b => b.Length,
            object[] arr => arr.Length,
            _ => o.GetHashCode(),
        };
    }
}
