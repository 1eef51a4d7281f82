using Ftpy.Parsing;
using Ftpy.Parsing.Ast;
using Attribute = Ftpy.Parsing.Ast.Attribute;
using Tuple = Ftpy.Parsing.Ast.Tuple;

namespace Ftpy.Compiling;

/// <summary>How a name is bound in a scope (CPython's symtable scopes).</summary>
public enum NameScope { Local, GlobalExplicit, GlobalImplicit, Free, Cell }

public enum BlockKind { Module, Class, Function, Lambda, Comprehension, Annotation, TypeParams }

[Flags]
enum Def
{
    None = 0, Global = 1, Local = 2, Param = 4, Nonlocal = 8, Use = 16, Free = 32, FreeClass = 64,
    Import = 128, Annot = 256, CompIter = 512, CompCell = 1024,
    Bound = Local | Param | Import,
}

/// <summary>One scope: its symbols with their flags and resolved scopes, and its child scopes in source order.</summary>
public sealed class Scope
{
    public readonly string Name;
    public readonly BlockKind Kind;
    public readonly Scope? Parent;
    public readonly Node? Node;
    internal readonly Dictionary<string, Def> Flags = new();
    public readonly Dictionary<string, NameScope> Scopes = new();
    public readonly List<Scope> Children = new();
    /// <summary>Names in first-definition order (locals are numbered in this order).</summary>
    public readonly List<string> Order = new();
    public readonly List<string> Params = new();
    public bool IsGenerator, IsCoroutine, HasVarargs, HasVarkeywords;
    public bool NeedsClassClosure;   // a class body that must create __class__
    public bool NeedsClassDict;      // class body whose annotations/type params need __classdict__
    public bool ChildFree;
    /// <summary>A list/set/dict comprehension compiled inline into its enclosing code (PEP 709).</summary>
    public bool CompInlined;
    /// <summary>The comprehensions inlined into this scope, in source order.</summary>
    public readonly List<Scope> InlinedComprehensions = new();

    /// <summary>Names an inlined comprehension saves and clears in the enclosing frame on entry and
    /// restores on exit (push_inlined_comprehension_state): the names it binds, or in a class
    /// body every name it has.</summary>
    public IEnumerable<string> IsolatedNames(bool inClassBlock)
    {
        foreach (var name in Order)
        {
            if (!Flags.TryGetValue(name, out var f)) continue;
            if (((f & Def.Local) != 0 && (f & Def.Nonlocal) == 0) || inClassBlock) yield return name;
        }
    }

    /// <summary>Whether the name appears in this scope's symbol table at all.</summary>
    public bool HasSymbol(string name) => Flags.ContainsKey(name);
    public int CompIterDepth;
    public bool IsNested;
    internal readonly Dictionary<string, Node> GlobalDecls = new();
    internal readonly Dictionary<string, Node> NonlocalDecls = new();
    /// <summary>The first global or nonlocal statement naming each name (where conflicts are reported).</summary>
    internal readonly Dictionary<string, Node> Directives = new();

    public Scope(string name, BlockKind kind, Scope? parent, Node? node)
    {
        Name = name;
        Kind = kind;
        Parent = parent;
        Node = node;
        IsNested = parent is not null && (parent.IsNested || parent.Kind is BlockKind.Function or BlockKind.Lambda or BlockKind.Comprehension);
    }

    public bool IsFunctionLike => Kind is BlockKind.Function or BlockKind.Lambda or BlockKind.Comprehension;

    public NameScope GetScope(string name) => Scopes.TryGetValue(name, out var s) ? s : NameScope.GlobalImplicit;

    internal void Add(string name, Def flag)
    {
        if (Flags.TryGetValue(name, out var existing)) Flags[name] = existing | flag;
        else { Flags[name] = flag; Order.Add(name); }
    }

    internal bool Has(string name, Def flag) => Flags.TryGetValue(name, out var f) && (f & flag) != 0;
}

/// <summary>
/// Builds the scope tree of a module and resolves every name to local, global, free or cell
/// (CPython's symtable.c). Reports the scoping errors CPython's symtable reports.
/// </summary>
public sealed class SymbolTable
{
    readonly string _filename;
    readonly string[] _lines;
    Scope _current = null!;
    string? _className;
    public readonly Dictionary<object, Scope> ScopeOf = new(ReferenceEqualityComparer.Instance);
    public Scope Top { get; private set; } = null!;

    SymbolTable(string filename, string[] lines)
    {
        _filename = filename;
        _lines = lines;
    }

    public static SymbolTable Build(Mod mod, string filename, string[] lines)
    {
        var st = new SymbolTable(filename, lines);
        st.Top = new Scope("top", BlockKind.Module, null, null);
        st.ScopeOf[mod] = st.Top;
        st._current = st.Top;
        switch (mod)
        {
            case Module m: foreach (var s in m.Body) st.VisitStmt(s); break;
            case Interactive i: foreach (var s in i.Body) st.VisitStmt(s); break;
            case Expression e: st.VisitExpr(e.Body); break;
        }
        st.Analyze(st.Top, null, new HashSet<string>(), new HashSet<string>());
        return st;
    }

    SyntaxErrorException Error(string msg, Node node) =>
        CompileError.At(msg, _filename, node.Lineno, node.ColOffset + 1, node.EndLineno, node.EndColOffset + 1);

    string Mangle(string name) => _className is null ? name : Objects.TypeCreation.Mangle(_className, name);

    Scope Enter(string name, BlockKind kind, object key, Node? node)
    {
        var s = new Scope(name, kind, _current, node);
        _current.Children.Add(s);
        ScopeOf[key] = s;
        _current = s;
        return s;
    }

    void Leave() => _current = _current.Parent!;

    void AddDef(string name, Def flag, Node node)
    {
        string mangled = Mangle(name);
        var scope = _current;
        if (flag == Def.Param && scope.Has(mangled, Def.Param))
            throw Error($"duplicate argument '{name}' in function definition", node);
        scope.Add(mangled, flag);
        if (flag == Def.Param) scope.Params.Add(mangled);
        else if ((flag & Def.Global) != 0) Top.Add(mangled, Def.Global);
        else if ((flag & (Def.Local | Def.Import)) != 0 && scope.Kind == BlockKind.Module) { }
    }

    // ---- statements ----

    void VisitStmts(List<Stmt> body) { foreach (var s in body) VisitStmt(s); }

    void VisitStmt(Stmt s)
    {
        switch (s)
        {
            case FunctionDef f: VisitFunction(f, f.Name, f.Args, f.Body, f.DecoratorList, f.Returns, false); break;
            case AsyncFunctionDef f: VisitFunction(f, f.Name, f.Args, f.Body, f.DecoratorList, f.Returns, true); break;
            case ClassDef c:
                AddDef(c.Name, Def.Local, c);
                foreach (var b in c.Bases) VisitExpr(b);
                foreach (var k in c.Keywords) VisitExpr(k.Value);
                foreach (var d in c.DecoratorList) VisitExpr(d);
                {
                    var saved = _className;
                    Enter(c.Name, BlockKind.Class, c, c);
                    _className = c.Name;
                    VisitStmts(c.Body);
                    _className = saved;
                    Leave();
                }
                break;
            case Return r:
                if (r.Value is not null) VisitExpr(r.Value);
                break;
            case Delete d: foreach (var t in d.Targets) VisitExpr(t); break;
            case Assign a:
                foreach (var t in a.Targets) VisitExpr(t);
                VisitExpr(a.Value);
                break;
            case AugAssign a: VisitExpr(a.Target); VisitExpr(a.Value); break;
            case AnnAssign a:
                if (a.Target is Name n)
                {
                    string mangled = Mangle(n.Id);
                    if (_current.Has(mangled, Def.Global | Def.Nonlocal) && a.Simple != 0)
                        throw Error(_current.Has(mangled, Def.Global)
                            ? $"annotated name '{n.Id}' can't be global"
                            : $"annotated name '{n.Id}' can't be nonlocal", a);
                    if (a.Simple != 0) AddDef(n.Id, Def.Annot | Def.Local, a);
                    else if (a.Value is not null) AddDef(n.Id, Def.Local, a);
                }
                else VisitExpr(a.Target);
                VisitAnnotation(a.Annotation);
                if (a.Value is not null) VisitExpr(a.Value);
                break;
            case For f: VisitExpr(f.Target); VisitExpr(f.Iter); VisitStmts(f.Body); VisitStmts(f.Orelse); break;
            case AsyncFor f: VisitExpr(f.Target); VisitExpr(f.Iter); VisitStmts(f.Body); VisitStmts(f.Orelse); break;
            case While w: VisitExpr(w.Test); VisitStmts(w.Body); VisitStmts(w.Orelse); break;
            case If i: VisitExpr(i.Test); VisitStmts(i.Body); VisitStmts(i.Orelse); break;
            case With w:
                foreach (var item in w.Items) { VisitExpr(item.ContextExpr); if (item.OptionalVars is not null) VisitExpr(item.OptionalVars); }
                VisitStmts(w.Body);
                break;
            case AsyncWith w:
                foreach (var item in w.Items) { VisitExpr(item.ContextExpr); if (item.OptionalVars is not null) VisitExpr(item.OptionalVars); }
                VisitStmts(w.Body);
                break;
            case Match m:
                VisitExpr(m.Subject);
                foreach (var c in m.Cases)
                {
                    VisitPattern(c.Pattern);
                    if (c.Guard is not null) VisitExpr(c.Guard);
                    VisitStmts(c.Body);
                }
                break;
            case Raise r:
                if (r.Exc is not null) VisitExpr(r.Exc);
                if (r.Cause is not null) VisitExpr(r.Cause);
                break;
            case Try t:
                VisitStmts(t.Body);
                foreach (var h in t.Handlers) VisitHandler(h);
                VisitStmts(t.Orelse);
                VisitStmts(t.Finalbody);
                break;
            case TryStar t:
                VisitStmts(t.Body);
                foreach (var h in t.Handlers) VisitHandler(h);
                VisitStmts(t.Orelse);
                VisitStmts(t.Finalbody);
                break;
            case Assert a: VisitExpr(a.Test); if (a.Msg is not null) VisitExpr(a.Msg); break;
            case Import imp: foreach (var al in imp.Names) VisitAlias(al, s); break;
            case ImportFrom imp: foreach (var al in imp.Names) VisitAlias(al, s); break;
            case Global g:
                foreach (var name in g.Names)
                {
                    string mangled = Mangle(name);
                    if (_current.Flags.TryGetValue(mangled, out var cur))
                    {
                        if ((cur & (Def.Param | Def.Local | Def.Use | Def.Annot)) != 0)
                        {
                            string msg = (cur & Def.Param) != 0 ? $"name '{name}' is parameter and global"
                                : (cur & Def.Annot) != 0 ? $"annotated name '{name}' can't be global"
                                : (cur & Def.Local) != 0 ? $"name '{name}' is assigned to before global declaration"
                                : $"name '{name}' is used prior to global declaration";
                            throw Error(msg, g);
                        }
                    }
                    AddDef(name, Def.Global, g);
                    _current.GlobalDecls[mangled] = g;
                    _current.Directives.TryAdd(mangled, g);
                }
                break;
            case Nonlocal nl:
                foreach (var name in nl.Names)
                {
                    string mangled = Mangle(name);
                    if (_current.Kind == BlockKind.Module) throw Error("nonlocal declaration not allowed at module level", nl);
                    if (_current.Flags.TryGetValue(mangled, out var cur))
                    {
                        if ((cur & (Def.Param | Def.Local | Def.Use | Def.Annot)) != 0)
                        {
                            string msg = (cur & Def.Param) != 0 ? $"name '{name}' is parameter and nonlocal"
                                : (cur & Def.Annot) != 0 ? $"annotated name '{name}' can't be nonlocal"
                                : (cur & Def.Local) != 0 ? $"name '{name}' is assigned to before nonlocal declaration"
                                : $"name '{name}' is used prior to nonlocal declaration";
                            throw Error(msg, nl);
                        }
                    }
                    AddDef(name, Def.Nonlocal, nl);
                    _current.NonlocalDecls[mangled] = nl;
                    _current.Directives.TryAdd(mangled, nl);
                }
                break;
            case ExprStmt e: VisitExpr(e.Value); break;
            case TypeAlias ta:
                AddDef(ta.Name.Id, Def.Local, ta);
                VisitExpr(ta.Value);
                break;
            case Pass or Break or Continue: break;
        }
    }

    void VisitHandler(ExceptHandler h)
    {
        if (h.Type is not null) VisitExpr(h.Type);
        if (h.Name is not null) AddDef(h.Name, Def.Local, h);
        VisitStmts(h.Body);
    }

    void VisitAlias(Alias a, Stmt stmt)
    {
        string store = a.Asname ?? a.Name.Split('.')[0];
        if (a.Name == "*")
        {
            if (_current.Kind != BlockKind.Module) throw Error("import * only allowed at module level", stmt);
            return;
        }
        AddDef(store, Def.Import, a);
    }

    void VisitAnnotation(Expr e) => VisitExpr(e);

    void VisitArguments(Arguments args)
    {
        foreach (var d in args.Defaults) VisitExpr(d);
        foreach (var d in args.KwDefaults) if (d is not null) VisitExpr(d);
    }

    void VisitArgAnnotations(Arguments args)
    {
        foreach (var a in args.Posonlyargs) if (a.Annotation is not null) VisitAnnotation(a.Annotation);
        foreach (var a in args.Args) if (a.Annotation is not null) VisitAnnotation(a.Annotation);
        if (args.Vararg?.Annotation is not null) VisitAnnotation(args.Vararg.Annotation);
        foreach (var a in args.Kwonlyargs) if (a.Annotation is not null) VisitAnnotation(a.Annotation);
        if (args.Kwarg?.Annotation is not null) VisitAnnotation(args.Kwarg.Annotation);
    }

    void DefineParams(Arguments args, Scope scope)
    {
        foreach (var a in args.Posonlyargs) AddDef(a.Name, Def.Param, a);
        foreach (var a in args.Args) AddDef(a.Name, Def.Param, a);
        foreach (var a in args.Kwonlyargs) AddDef(a.Name, Def.Param, a);
        if (args.Vararg is not null) { AddDef(args.Vararg.Name, Def.Param, args.Vararg); scope.HasVarargs = true; }
        if (args.Kwarg is not null) { AddDef(args.Kwarg.Name, Def.Param, args.Kwarg); scope.HasVarkeywords = true; }
    }

    void VisitFunction(Stmt node, string name, Arguments args, List<Stmt> body, List<Expr> decorators, Expr? returns, bool isAsync)
    {
        AddDef(name, Def.Local, node);
        VisitArguments(args);
        foreach (var d in decorators) VisitExpr(d);
        VisitArgAnnotations(args);
        if (returns is not null) VisitAnnotation(returns);
        var savedClass = _className;
        var scope = Enter(name, BlockKind.Function, node, node);
        scope.IsCoroutine = isAsync;
        DefineParams(args, scope);
        VisitStmts(body);
        Leave();
        _className = savedClass;
    }

    // ---- expressions ----

    void VisitExpr(Expr e)
    {
        switch (e)
        {
            case BoolOp b: foreach (var v in b.Values) VisitExpr(v); break;
            case NamedExpr n: VisitNamedExpr(n); break;
            case BinOp b: VisitExpr(b.Left); VisitExpr(b.Right); break;
            case UnaryOp u: VisitExpr(u.Operand); break;
            case Lambda l:
                VisitArguments(l.Args);
                {
                    var scope = Enter("lambda", BlockKind.Lambda, l, l);
                    DefineParams(l.Args, scope);
                    VisitExpr(l.Body);
                    Leave();
                }
                break;
            case IfExp i: VisitExpr(i.Test); VisitExpr(i.Body); VisitExpr(i.Orelse); break;
            case Dict d:
                foreach (var k in d.Keys) if (k is not null) VisitExpr(k);
                foreach (var v in d.Values) VisitExpr(v);
                break;
            case Set s: foreach (var v in s.Elts) VisitExpr(v); break;
            case ListComp c: VisitComprehension(c, "listcomp", c.Generators, c.Elt, null); break;
            case SetComp c: VisitComprehension(c, "setcomp", c.Generators, c.Elt, null); break;
            case DictComp c: VisitComprehension(c, "dictcomp", c.Generators, c.Key, c.Value); break;
            case GeneratorExp c: VisitComprehension(c, "genexpr", c.Generators, c.Elt, null); break;
            case Await a:
                VisitExpr(a.Value);
                _current.IsCoroutine = true;
                break;
            case Yield y:
                if (_current.Kind == BlockKind.Comprehension) throw Error("'yield' inside " + ComprehensionKind(_current), y);
                if (y.Value is not null) VisitExpr(y.Value);
                _current.IsGenerator = true;
                break;
            case YieldFrom y:
                if (_current.Kind == BlockKind.Comprehension) throw Error("'yield' inside " + ComprehensionKind(_current), y);
                VisitExpr(y.Value);
                _current.IsGenerator = true;
                break;
            case Compare c: VisitExpr(c.Left); foreach (var v in c.Comparators) VisitExpr(v); break;
            case Call c:
                VisitExpr(c.Func);
                foreach (var a in c.Args) VisitExpr(a);
                foreach (var k in c.Keywords) VisitExpr(k.Value);
                break;
            case FormattedValue f:
                VisitExpr(f.Value);
                if (f.FormatSpec is not null) VisitExpr(f.FormatSpec);
                break;
            case JoinedStr j: foreach (var v in j.Values) VisitExpr(v); break;
            case Constant: break;
            case Attribute a: VisitExpr(a.Value); break;
            case Subscript s: VisitExpr(s.Value); VisitExpr(s.Slice); break;
            case Starred s: VisitExpr(s.Value); break;
            case Name n:
                AddDef(n.Id, n.Ctx == ExprContext.Load ? Def.Use : Def.Local, n);
                if (n.Ctx == ExprContext.Load && n.Id == "super" && _current.IsFunctionLike)
                    AddDef("__class__", Def.Use, n);
                break;
            case List l: foreach (var v in l.Elts) VisitExpr(v); break;
            case Tuple t: foreach (var v in t.Elts) VisitExpr(v); break;
            case Slice s:
                if (s.Lower is not null) VisitExpr(s.Lower);
                if (s.Upper is not null) VisitExpr(s.Upper);
                if (s.Step is not null) VisitExpr(s.Step);
                break;
        }
    }

    static string ComprehensionKind(Scope s) => s.Name switch
    {
        "listcomp" => "list comprehension",
        "setcomp" => "set comprehension",
        "dictcomp" => "dict comprehension",
        _ => "generator expression",
    };

    void VisitNamedExpr(NamedExpr n)
    {
        if (_current.CompIterDepth > 0)
            throw Error("assignment expression cannot be used in a comprehension iterable expression", n);
        VisitExpr(n.Value);
        var target = (Name)n.Target;
        if (_current.Kind == BlockKind.Comprehension)
        {
            // The target binds in the nearest enclosing non-comprehension scope (PEP 572).
            var s = _current;
            while (s.Kind == BlockKind.Comprehension)
            {
                if (s.Has(target.Id, Def.CompIter))
                    throw Error($"assignment expression cannot rebind comprehension iteration variable '{target.Id}'", n);
                s = s.Parent!;
            }
            if (s.Kind == BlockKind.Class)
                throw Error("assignment expression within a comprehension cannot be used in a class body", n);
            if (s.Kind == BlockKind.Function || s.Kind == BlockKind.Lambda)
            {
                s.Add(target.Id, Def.Local);
                _current.Add(target.Id, Def.Nonlocal);
                for (var c = _current.Parent; c is not null && c != s; c = c.Parent) c.Add(target.Id, Def.Nonlocal);
            }
            else
            {
                // Module level: the name is global in every comprehension scope.
                s.Add(target.Id, Def.Local);
                for (var c = _current; c is not null && c != s; c = c.Parent) { c.Add(target.Id, Def.Global); c.GlobalDecls[target.Id] = n; }
            }
            // As CPython's symtable, the target is also bound in the comprehension itself.
            _current.Add(target.Id, Def.Local);
            return;
        }
        VisitExpr(target);
    }

    void VisitComprehension(Expr node, string name, List<Comprehension> generators, Expr elt, Expr? value)
    {
        // The first iterable is evaluated in the enclosing scope.
        _current.CompIterDepth++;
        VisitExpr(generators[0].Iter);
        _current.CompIterDepth--;
        var scope = Enter(name, BlockKind.Comprehension, node, node);
        if (node is GeneratorExp) scope.IsGenerator = true;
        scope.Add(".0", Def.Param);
        scope.Params.Add(".0");
        for (int i = 0; i < generators.Count; i++)
        {
            var g = generators[i];
            MarkCompIter(g.Target);
            VisitExpr(g.Target);
            if (i > 0)
            {
                scope.CompIterDepth++;
                VisitExpr(g.Iter);
                scope.CompIterDepth--;
            }
            foreach (var cond in g.Ifs) VisitExpr(cond);
        }
        if (value is not null) { VisitExpr(elt); VisitExpr(value); }
        else VisitExpr(elt);
        Leave();
    }

    void MarkCompIter(Expr target)
    {
        switch (target)
        {
            case Name n: _current.Add(n.Id, Def.CompIter); break;
            case Tuple t: foreach (var e in t.Elts) MarkCompIter(e); break;
            case List l: foreach (var e in l.Elts) MarkCompIter(e); break;
            case Starred s: MarkCompIter(s.Value); break;
        }
    }

    void VisitPattern(Pattern p)
    {
        switch (p)
        {
            case MatchValue v: VisitExpr(v.Value); break;
            case MatchSequence s: foreach (var x in s.Patterns) VisitPattern(x); break;
            case MatchStar s: if (s.Name is not null) AddDef(s.Name, Def.Local, s); break;
            case MatchMapping m:
                foreach (var k in m.Keys) VisitExpr(k);
                foreach (var x in m.Patterns) VisitPattern(x);
                if (m.Rest is not null) AddDef(m.Rest, Def.Local, m);
                break;
            case MatchClass c:
                VisitExpr(c.Cls);
                foreach (var x in c.Patterns) VisitPattern(x);
                foreach (var x in c.KwdPatterns) VisitPattern(x);
                break;
            case MatchAs a:
                if (a.Pattern is not null) VisitPattern(a.Pattern);
                if (a.Name is not null) AddDef(a.Name, Def.Local, a);
                break;
            case MatchOr o: foreach (var x in o.Patterns) VisitPattern(x); break;
        }
    }

    // ---- analysis (resolving free variables), after CPython's analyze_block ----

    void Analyze(Scope ste, HashSet<string>? bound, HashSet<string> free, HashSet<string> global)
    {
        var local = new HashSet<string>();
        var scopes = ste.Scopes;
        var newGlobal = new HashSet<string>();
        var newFree = new HashSet<string>();
        var newBound = new HashSet<string>();
        if (ste.Kind == BlockKind.Class)
        {
            newGlobal.UnionWith(global);
            if (bound is not null) newBound.UnionWith(bound);
        }
        foreach (var name in ste.Order.ToList())
            AnalyzeName(ste, scopes, name, ste.Flags[name], bound, local, free, global);
        if (ste.Kind != BlockKind.Class)
        {
            if (ste.IsFunctionLike) newBound.UnionWith(local);
            if (bound is not null) newBound.UnionWith(bound);
            newGlobal.UnionWith(global);
        }
        else
        {
            newBound.Add("__class__");
            newBound.Add("__classdict__");
        }
        var allFree = new HashSet<string>();
        var inlinedCells = new HashSet<string>();
        foreach (var child in ste.Children)
        {
            var childFree = new HashSet<string>(newFree);
            Analyze(child, new HashSet<string>(newBound), childFree, new HashSet<string>(newGlobal));
            // PEP 709: list, set and dict comprehensions are inlined into the enclosing code.
            if (child.Kind == BlockKind.Comprehension && !child.IsGenerator)
            {
                InlineComprehension(ste, child, childFree, inlinedCells);
                child.CompInlined = true;
            }
            allFree.UnionWith(childFree);
        }
        newFree.UnionWith(allFree);
        // The children of inlined comprehensions become children of this scope.
        for (int i = ste.Children.Count - 1; i >= 0; i--)
        {
            var child = ste.Children[i];
            if (!child.CompInlined) continue;
            ste.Children.RemoveAt(i);
            ste.Children.InsertRange(i, child.Children);
            ste.InlinedComprehensions.Insert(0, child);
        }
        if (ste.IsFunctionLike)
        {
            foreach (var name in ste.Order)
            {
                if (!scopes.TryGetValue(name, out var sc) || sc != NameScope.Local) continue;
                if (!newFree.Contains(name) && !inlinedCells.Contains(name)) continue;
                scopes[name] = NameScope.Cell;
                newFree.Remove(name);
            }
        }
        else if (ste.Kind == BlockKind.Class)
        {
            if (newFree.Remove("__class__")) ste.NeedsClassClosure = true;
            if (newFree.Remove("__classdict__")) ste.NeedsClassDict = true;
        }
        foreach (var name in inlinedCells)
        {
            if (ste.Flags.TryGetValue(name, out var f)) ste.Flags[name] = f | Def.CompCell;
        }
        // update_symbols: free names of children pass through this scope unless bound here.
        foreach (var name in newFree)
        {
            if (ste.Flags.TryGetValue(name, out var flags))
            {
                if (ste.Kind == BlockKind.Class) ste.Flags[name] = flags | Def.FreeClass;
                continue;
            }
            if (bound is not null && !bound.Contains(name)) continue;
            ste.Flags[name] = Def.Free;
            ste.Order.Add(name);
            scopes[name] = NameScope.Free;
        }
        free.UnionWith(newFree);
    }

    /// <summary>inline_comprehension: the comprehension's names join the enclosing scope (names it
    /// binds get their own fast-local slots there; free names that are plain locals of the
    /// enclosing function stop being free).</summary>
    static void InlineComprehension(Scope ste, Scope comp, HashSet<string> compFree, HashSet<string> inlinedCells)
    {
        bool removeDunderClass = false;
        foreach (var name in comp.Order)
        {
            var flags = comp.Flags[name];
            if ((flags & Def.Param) != 0) continue;
            var sc = comp.GetScope(name);
            if (sc == NameScope.Cell || (flags & Def.CompCell) != 0) inlinedCells.Add(name);
            bool existing = ste.Flags.TryGetValue(name, out var outer);
            if (sc == NameScope.Free && ste.Kind == BlockKind.Class && name == "__class__")
            {
                // __class__ is never free through a class scope.
                sc = NameScope.GlobalImplicit;
                compFree.Remove(name);
                removeDunderClass = true;
            }
            if (!existing)
            {
                ste.Flags[name] = flags;
                ste.Order.Add(name);
                ste.Scopes[name] = sc;
            }
            else if ((outer & Def.Bound) != 0 && !IsFreeInAnyChild(comp, name) && ste.Kind != BlockKind.Class)
            {
                compFree.Remove(name);
            }
        }
        if (removeDunderClass) { comp.Flags.Remove("__class__"); comp.Order.Remove("__class__"); }
    }

    static bool IsFreeInAnyChild(Scope comp, string name)
    {
        foreach (var child in comp.Children)
            if (child.Scopes.TryGetValue(name, out var sc) && sc == NameScope.Free) return true;
        return false;
    }

    void AnalyzeName(Scope scope, Dictionary<string, NameScope> scopes, string name, Def flags,
        HashSet<string>? bound, HashSet<string> local, HashSet<string> free, HashSet<string> global)
    {
        if ((flags & Def.Global) != 0)
        {
            if ((flags & Def.Nonlocal) != 0)
                throw Error($"name '{name}' is nonlocal and global", scope.Directives.TryGetValue(name, out var d) ? d : scope.Node!);
            scopes[name] = NameScope.GlobalExplicit;
            global.Add(name);
            bound?.Remove(name);
            return;
        }
        if ((flags & Def.Nonlocal) != 0)
        {
            if (bound is null || !bound.Contains(name))
            {
                var node = scope.NonlocalDecls.TryGetValue(name, out var n) ? n : scope.Node!;
                throw Error($"no binding for nonlocal '{name}' found", node);
            }
            scopes[name] = NameScope.Free;
            free.Add(name);
            return;
        }
        if ((flags & Def.Bound) != 0)
        {
            scopes[name] = NameScope.Local;
            local.Add(name);
            global.Remove(name);
            return;
        }
        if (bound is not null && bound.Contains(name))
        {
            scopes[name] = NameScope.Free;
            free.Add(name);
            return;
        }
        scopes[name] = NameScope.GlobalImplicit;
    }

    internal static bool IsCompCell(Scope s, string name) => s.Flags.TryGetValue(name, out var f) && (f & Def.CompCell) != 0;

    internal static bool IsFreeClass(Scope s, string name) => s.Flags.TryGetValue(name, out var f) && (f & Def.FreeClass) != 0;
}
