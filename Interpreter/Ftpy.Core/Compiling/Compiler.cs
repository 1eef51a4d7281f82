using System.Numerics;
using Ftpy.Objects;
using Ftpy.Parsing;
using Ftpy.Parsing.Ast;
using Attribute = Ftpy.Parsing.Ast.Attribute;
using Tuple = Ftpy.Parsing.Ast.Tuple;

namespace Ftpy.Compiling;

/// <summary>What kind of source compile() was given.</summary>
public enum CompileMode { Exec, Eval, Single }

/// <summary>
/// Compiles an AST to code objects (CPython's compile.c): one <see cref="CodeUnit"/> per
/// function, class body, lambda and comprehension; statements and expressions emit
/// 3.12-style bytecode with pseudo-instructions for exception handlers, which the
/// <see cref="Assembler"/> resolves.
/// </summary>
public sealed partial class Compiler
{
    readonly string _filename;
    readonly string[] _lines;
    readonly SymbolTable _symbols;
    readonly bool _optimize;
    CodeUnit _u = null!;
    readonly Stack<CodeUnit> _stack = new();
    readonly bool _interactive;
    Future _future = new();

    Compiler(string filename, string[] lines, SymbolTable symbols, bool interactive, bool optimize)
    {
        _filename = filename;
        _lines = lines;
        _symbols = symbols;
        _interactive = interactive;
        _optimize = optimize;
    }

    public static string[] SplitLines(string source)
    {
        var lines = new List<string>();
        int start = 0;
        for (int i = 0; i < source.Length; i++)
        {
            char c = source[i];
            if (c == '\n' || c == '\r')
            {
                int end = i;
                if (c == '\r' && i + 1 < source.Length && source[i + 1] == '\n') i++;
                lines.Add(source[start..end]);
                start = i + 1;
            }
        }
        if (start < source.Length) lines.Add(source[start..]);
        return lines.ToArray();
    }

    /// <summary>Compiles source text to a module/expression code object. Syntax errors throw <see cref="SyntaxErrorException"/>.</summary>
    public static PyCode Compile(string source, string filename, CompileMode mode, bool optimize = false)
    {
        Mod mod = mode switch
        {
            CompileMode.Eval => Parser.ParseExpression(source, filename),
            CompileMode.Single => Parser.ParseInteractive(source, filename),
            _ => Parser.ParseModule(source, filename),
        };
        return CompileAst(mod, source, filename, optimize);
    }

    public static PyCode CompileAst(Mod mod, string source, string filename, bool optimize = false)
    {
        var lines = SplitLines(source);
        var future = Future.Parse(mod, filename);
        var symbols = SymbolTable.Build(mod, filename, lines);
        var c = new Compiler(filename, lines, symbols, mod is Interactive, optimize) { _future = future };
        var code = c.CompileMod(mod);
        code.SourceLines = lines;
        return code;
    }

    SyntaxErrorException Error(string msg, Node node) =>
        CompileError.At(msg, _filename, node.Lineno, node.ColOffset + 1, node.EndLineno, node.EndColOffset + 1);

    SyntaxErrorException Error(string msg, SourcePosition p) =>
        CompileError.At(msg, _filename, p.Line, p.Col + 1, p.EndLine, p.EndCol + 1);

    /// <summary>forbidden_name: __debug__ cannot be assigned or deleted.</summary>
    void CheckForbiddenName(string name, Parsing.Ast.ExprContext ctx, SourcePosition where)
    {
        if (name != "__debug__") return;
        if (ctx == Parsing.Ast.ExprContext.Store) throw Error("cannot assign to __debug__", where);
        if (ctx == Parsing.Ast.ExprContext.Del) throw Error("cannot delete __debug__", where);
    }

    static SourcePosition PositionOf(Node n) => new(n.Lineno, n.EndLineno, n.ColOffset, n.EndColOffset);

    /// <summary>compiler_check_debug_args: no parameter may be named __debug__.</summary>
    void CheckDebugArgs(Arguments args)
    {
        foreach (var a in args.Posonlyargs) CheckForbiddenName(a.Name, Parsing.Ast.ExprContext.Store, PositionOf(a));
        foreach (var a in args.Args) CheckForbiddenName(a.Name, Parsing.Ast.ExprContext.Store, PositionOf(a));
        if (args.Vararg is not null) CheckForbiddenName(args.Vararg.Name, Parsing.Ast.ExprContext.Store, PositionOf(args.Vararg));
        foreach (var a in args.Kwonlyargs) CheckForbiddenName(a.Name, Parsing.Ast.ExprContext.Store, PositionOf(a));
        if (args.Kwarg is not null) CheckForbiddenName(args.Kwarg.Name, Parsing.Ast.ExprContext.Store, PositionOf(args.Kwarg));
    }

    void SetPosition(Node n) => _u.CurrentPosition = new SourcePosition(n.Lineno, n.EndLineno, n.ColOffset, n.EndColOffset);

    // ---- units ----

    void EnterScope(object key, string name, int firstLine)
    {
        var scope = _symbols.ScopeOf[key];
        string qualname = QualName(scope, name);
        var u = new CodeUnit(scope, name, qualname, firstLine) { Filename = _filename };
        if (_u is not null) _stack.Push(_u);
        u.PrivateName = scope.Kind == BlockKind.Class ? name : _u?.PrivateName;
        // Localsplus layout (CPython 3.12): parameters, then other locals, then cells that are not
        // parameters (sorted by name), then free variables (sorted by name).
        foreach (var p in scope.Params) AddVarName(u, p);
        if (scope.IsFunctionLike)
        {
            foreach (var n in scope.Order)
                if (scope.GetScope(n) == NameScope.Local) AddVarName(u, n);
        }
        // Names inlined comprehensions isolate live in fast slots of this code (cells included,
        // as CPython's LOAD_FAST_AND_CLEAR adds them to co_varnames).
        AddInlinedComprehensionLocals(u, scope, scope.Kind == BlockKind.Class);
        if (scope.NeedsClassClosure) u.CellVars.Add("__class__");
        if (scope.NeedsClassDict) u.CellVars.Add("__classdict__");
        var cells = new List<string>();
        var frees = new List<string>();
        foreach (var n in scope.Order)
        {
            var sc = scope.GetScope(n);
            if (sc == NameScope.Cell || SymbolTable.IsCompCell(scope, n)) cells.Add(n);
            else if (sc == NameScope.Free || SymbolTable.IsFreeClass(scope, n)) frees.Add(n);
        }
        cells.Sort(string.CompareOrdinal);
        frees.Sort(string.CompareOrdinal);
        u.CellVars.AddRange(cells);
        u.FreeVars.AddRange(frees);
        _u = u;
        _u.CurrentPosition = new SourcePosition(firstLine, firstLine, 0, 0);
    }

    static void AddInlinedComprehensionLocals(CodeUnit u, Scope scope, bool classBlock)
    {
        foreach (var comp in scope.InlinedComprehensions)
        {
            foreach (var name in comp.IsolatedNames(classBlock)) AddVarName(u, name);
            AddInlinedComprehensionLocals(u, comp, false);
        }
    }

    static void AddVarName(CodeUnit u, string name)
    {
        if (u.FastIndex.ContainsKey(name)) return;
        u.FastIndex[name] = u.VarNames.Count;
        u.VarNames.Add(name);
    }

    PyCode ExitScope()
    {
        var code = Assembler.Assemble(_u);
        code.SourceLines = _lines;
        _u = _stack.Count > 0 ? _stack.Pop() : null!;
        return code;
    }

    string QualName(Scope scope, string name)
    {
        if (_u is null || scope.Kind == BlockKind.Module) return name;
        var parent = _u;
        if (parent.Scope.Kind == BlockKind.Module) return name;
        // A name declared global in the parent function is not nested in its qualname.
        if (scope.Kind is BlockKind.Function or BlockKind.Class)
        {
            var sc = parent.Scope.GetScope(TypeCreation.Mangle(parent.PrivateName ?? "", name));
            if (sc == NameScope.GlobalExplicit) return name;
        }
        if (parent.Scope.IsFunctionLike)
            return parent.QualName + ".<locals>." + name;
        return parent.QualName + "." + name;
    }

    /// <summary>Emits the prologue: cells, free vars, generator creation, RESUME.</summary>
    void EmitPrologue()
    {
        var u = _u;
        foreach (int c in u.CellVars.Select(u.LocalsPlusIndex).Order()) u.Emit(OpCode.MAKE_CELL, c);
        if (u.FreeVars.Count > 0) u.Emit(OpCode.COPY_FREE_VARS, u.FreeVars.Count);
        if (u.Scope.IsGenerator || u.Scope.IsCoroutine)
        {
            // The first resume pushes its (None) argument; POP_TOP drops it, as in CPython.
            u.Emit(OpCode.RETURN_GENERATOR);
            u.Emit(OpCode.POP_TOP);
        }
        u.Emit(OpCode.RESUME, 0);
    }

    PyCode CompileMod(Mod mod)
    {
        EnterScope(mod, "<module>", 1);
        // CPython gives a module's RESUME (and the return of an empty module) line 0.
        _u.CurrentPosition = new SourcePosition(0, 1, 0, 0);
        EmitPrologue();
        switch (mod)
        {
            case Module m:
                CompileBody(m.Body, isModule: true);
                EmitReturnNone();
                break;
            case Interactive i:
                foreach (var s in i.Body) VisitStmt(s);
                EmitReturnNone();
                break;
            case Expression e:
                VisitExpr(e.Body);
                _u.Emit(OpCode.RETURN_VALUE);
                break;
        }
        return ExitScope();
    }

    void EmitReturnNone()
    {
        _u.Emit(OpCode.RETURN_CONST, ConstNone());
    }

    static bool IsDocstring(Stmt s) => s is ExprStmt { Value: Constant { Value: string } };

    /// <summary>Module and class bodies: annotations setup, docstring into __doc__, statements.</summary>
    void CompileBody(List<Stmt> body, bool isModule)
    {
        if (FindAnnotations(body)) _u.Emit(OpCode.SETUP_ANNOTATIONS);
        int start = 0;
        if (body.Count > 0 && IsDocstring(body[0]) && !_optimizeDocstrings)
        {
            SetPosition(body[0]);
            var doc = (string)((Constant)((ExprStmt)body[0]).Value).Value;
            _u.Emit(OpCode.LOAD_CONST, ConstStr(CleanDoc(doc)));
            StoreName("__doc__");
            start = 1;
        }
        for (int i = start; i < body.Count; i++) VisitStmt(body[i]);
    }

    bool _optimizeDocstrings => false;

    /// <summary>inspect.cleandoc's indentation rules, applied by the compiler since 3.13.</summary>
    static string CleanDoc(string doc)
    {
        var lines = doc.Replace("\t", "        ").Split('\n');
        int margin = int.MaxValue;
        for (int i = 1; i < lines.Length; i++)
        {
            var content = lines[i].TrimStart(' ');
            if (content.Length == 0) continue;
            margin = Math.Min(margin, lines[i].Length - content.Length);
        }
        lines[0] = lines[0].TrimStart(' ');
        if (margin != int.MaxValue)
            for (int i = 1; i < lines.Length; i++)
                lines[i] = lines[i].Length >= margin ? lines[i][margin..] : lines[i].TrimStart(' ');
        return string.Join("\n", lines);
    }

    static bool FindAnnotations(List<Stmt> body)
    {
        foreach (var s in body)
        {
            switch (s)
            {
                case AnnAssign: return true;
                case For f: if (FindAnnotations(f.Body) || FindAnnotations(f.Orelse)) return true; break;
                case While w: if (FindAnnotations(w.Body) || FindAnnotations(w.Orelse)) return true; break;
                case If i: if (FindAnnotations(i.Body) || FindAnnotations(i.Orelse)) return true; break;
                case With w: if (FindAnnotations(w.Body)) return true; break;
                case Try t:
                    if (FindAnnotations(t.Body) || FindAnnotations(t.Orelse) || FindAnnotations(t.Finalbody)) return true;
                    foreach (var h in t.Handlers) if (FindAnnotations(h.Body)) return true;
                    break;
                case TryStar t:
                    if (FindAnnotations(t.Body) || FindAnnotations(t.Orelse) || FindAnnotations(t.Finalbody)) return true;
                    foreach (var h in t.Handlers) if (FindAnnotations(h.Body)) return true;
                    break;
                case Match m:
                    foreach (var c in m.Cases) if (FindAnnotations(c.Body)) return true;
                    break;
            }
        }
        return false;
    }

    // ---- constants ----

    int ConstNone() => _u.AddConst(PyNone.Instance, NoneValue.Instance);

    int ConstStr(string s) => _u.AddConst(MakeStrConst(s), s);

    static PyStr MakeStrConst(string s)
    {
        if (s.Length <= 1 || IsIdentifierLike(s)) return PyStr.Intern(s);
        var str = PyStr.From(s);
        Py.SetImmortal(str);
        return str;
    }

    static bool IsIdentifierLike(string s)
    {
        foreach (char c in s) if (!(char.IsAsciiLetterOrDigit(c) || c == '_')) return false;
        return true;
    }

    /// <summary>Converts an AST constant to an immortal Python object and returns its const index.</summary>
    int ConstIndex(object value) => _u.AddConst(ToPyConst(value), ConstKey(value));

    static object ConstKey(object value) => value switch
    {
        object[] items => items.Select(ConstKey).Prepend("tuple").ToArray(),
        string s => ("str", s),
        _ => value,
    };

    internal static PyObject ToPyConst(object value)
    {
        PyObject o = value switch
        {
            NoneValue => PyNone.Instance,
            EllipsisValue => PyEllipsis.Instance,
            bool b => PyBool.From(b),
            BigInteger i => PyInt.From(i),
            double d => PyFloat.From(d),
            Complex c => PyComplex.From(c.Real, c.Imaginary),
            string s => MakeStrConst(s),
            byte[] b => PyBytes.From(b),
            object[] items => PyTuple.Steal(items.Select(ToPyConst).ToArray()),
            PyObject p => p,
            _ => throw new InvalidOperationException($"bad constant {value.GetType()}"),
        };
        Py.SetImmortal(o);
        return o;
    }

    /// <summary>The folded constant value of an expression (tuples of constants, -number), or null.</summary>
    static object? ConstantValue(Expr e)
    {
        switch (e)
        {
            case Constant c: return c.Value;
            case Tuple t when t.Ctx == ExprContext.Load:
                var items = new object[t.Elts.Count];
                for (int i = 0; i < items.Length; i++)
                {
                    var v = ConstantValue(t.Elts[i]);
                    if (v is null) return null;
                    items[i] = v;
                }
                return items;
            case UnaryOp { Op: UnaryOperator.USub, Operand: Constant oc }:
                return oc.Value switch
                {
                    BigInteger i => -i,
                    double d => -d,
                    Complex cx => -cx,
                    _ => null,
                };
            default: return null;
        }
    }
}
