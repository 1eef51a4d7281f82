using Ftpy.Objects;
using Ftpy.Parsing.Ast;
using Attribute = Ftpy.Parsing.Ast.Attribute;
using Tuple = Ftpy.Parsing.Ast.Tuple;
using AstList = Ftpy.Parsing.Ast.List;


namespace Ftpy.Compiling;

public sealed partial class Compiler
{
    void VisitStmts(List<Stmt> body) { foreach (var s in body) VisitStmt(s); }

    void VisitStmt(Stmt s)
    {
        SetPosition(s);
        switch (s)
        {
            case FunctionDef f: CompileFunctionDef(f, f.Name, f.Args, f.Body, f.DecoratorList, f.Returns, f.TypeParams, isAsync: false); break;
            case AsyncFunctionDef f: CompileFunctionDef(f, f.Name, f.Args, f.Body, f.DecoratorList, f.Returns, f.TypeParams, isAsync: true); break;
            case ClassDef c: CompileClass(c); break;
            case Return r: CompileReturn(r); break;
            case Delete d: foreach (var t in d.Targets) VisitExpr(t); break;
            case Assign a:
                VisitExpr(a.Value);
                for (int i = 0; i < a.Targets.Count; i++)
                {
                    if (i < a.Targets.Count - 1) _u.Emit(OpCode.COPY, 1);
                    VisitExpr(a.Targets[i]);
                }
                break;
            case AugAssign a: CompileAugAssign(a); break;
            case AnnAssign a: CompileAnnAssign(a); break;
            case For f: CompileFor(f); break;
            case AsyncFor f: throw Error("asynchronous for loops are not supported yet", f);
            case While w: CompileWhile(w); break;
            case If i: CompileIf(i); break;
            case With w: CompileWith(w, 0); break;
            case AsyncWith w: throw Error("'async with' is not supported yet", w);
            case Match m: CompileMatch(m); break;
            case Raise r:
            {
                int n = 0;
                if (r.Exc is not null)
                {
                    VisitExpr(r.Exc);
                    n++;
                    if (r.Cause is not null) { VisitExpr(r.Cause); n++; }
                }
                SetPosition(r);
                _u.Emit(OpCode.RAISE_VARARGS, n);
                break;
            }
            case Try t:
                if (t.Finalbody.Count > 0) CompileTryFinally(t.Body, t.Handlers, t.Orelse, t.Finalbody, star: false);
                else CompileTryExcept(t.Body, t.Handlers, t.Orelse);
                break;
            case TryStar t:
                if (t.Finalbody.Count > 0) CompileTryFinally(t.Body, t.Handlers, t.Orelse, t.Finalbody, star: true);
                else CompileTryStarExcept(t.Body, t.Handlers, t.Orelse);
                break;
            case Assert a: CompileAssert(a); break;
            case Import imp: CompileImport(imp); break;
            case ImportFrom imp: CompileImportFrom(imp); break;
            case Global or Nonlocal or Pass: _u.Emit(OpCode.NOP); break;
            case ExprStmt e:
                if (_interactive && _stack.Count == 0)
                {
                    VisitExpr(e.Value);
                    _u.Emit(OpCode.CALL_INTRINSIC_1, (int)Intrinsic1.Print);
                    _u.Emit(OpCode.POP_TOP);
                }
                else if (e.Value is Constant)
                {
                    _u.Emit(OpCode.NOP);
                }
                else
                {
                    VisitExpr(e.Value);
                    _u.Emit(OpCode.POP_TOP);
                }
                break;
            case Break b: CompileBreak(b); break;
            case Continue c: CompileContinue(c); break;
            case TypeAlias ta: throw Error("type alias statements are not supported yet", ta);
            default: throw Error($"unsupported statement {s.GetType().Name}", s);
        }
    }

    // ---- functions and classes ----

    /// <summary>Pushes defaults, kw-defaults and annotations; returns MAKE_FUNCTION flags.</summary>
    int CompileFunctionExtras(Arguments args, Expr? returns, bool annotate)
    {
        int flags = 0;
        if (args.Defaults.Count > 0)
        {
            foreach (var d in args.Defaults) VisitExpr(d);
            _u.Emit(OpCode.BUILD_TUPLE, args.Defaults.Count);
            flags |= (int)MakeFunctionFlags.Defaults;
        }
        int nkw = 0;
        for (int i = 0; i < args.Kwonlyargs.Count; i++)
        {
            var d = i < args.KwDefaults.Count ? args.KwDefaults[i] : null;
            if (d is null) continue;
            _u.Emit(OpCode.LOAD_CONST, ConstStr(Mangle(args.Kwonlyargs[i].Name)));
            VisitExpr(d);
            nkw++;
        }
        if (nkw > 0)
        {
            _u.Emit(OpCode.BUILD_MAP, nkw);
            flags |= (int)MakeFunctionFlags.KwDefaults;
        }
        if (annotate)
        {
            int na = 0;
            void Ann(Arg a)
            {
                if (a.Annotation is null) return;
                _u.Emit(OpCode.LOAD_CONST, ConstStr(Mangle(a.Name)));
                VisitAnnotation(a.Annotation);
                na++;
            }
            // CPython's order: ordinary parameters before positional-only ones.
            foreach (var a in args.Args) Ann(a);
            foreach (var a in args.Posonlyargs) Ann(a);
            if (args.Vararg is not null) Ann(args.Vararg);
            foreach (var a in args.Kwonlyargs) Ann(a);
            if (args.Kwarg is not null) Ann(args.Kwarg);
            if (returns is not null)
            {
                _u.Emit(OpCode.LOAD_CONST, ConstStr("return"));
                VisitAnnotation(returns);
                na++;
            }
            if (na > 0)
            {
                _u.Emit(OpCode.BUILD_TUPLE, na * 2);
                flags |= (int)MakeFunctionFlags.Annotations;
            }
        }
        return flags;
    }

    /// <summary>Loads the cells a new function closes over and emits MAKE_FUNCTION.</summary>
    void MakeClosure(PyCode code, int flags)
    {
        if (code.NFree > 0)
        {
            int start = code.NLocalsPlus - code.NFree;
            for (int i = start; i < code.NLocalsPlus; i++)
            {
                string name = code.LocalsPlusNames[i].Value;
                int idx;
                if (_u.Scope.Kind == BlockKind.Class && name is "__class__" or "__classdict__" && _u.CellVars.Contains(name))
                    idx = _u.LocalsPlusIndex(name);
                else
                    idx = _u.LocalsPlusIndex(name);
                _u.Emit(OpCode.LOAD_CLOSURE, idx);
            }
            _u.Emit(OpCode.BUILD_TUPLE, code.NFree);
            flags |= (int)MakeFunctionFlags.Closure;
        }
        Py.SetImmortal(code);
        _u.Emit(OpCode.LOAD_CONST, _u.AddConstUnique(code));
        _u.Emit(OpCode.MAKE_FUNCTION, flags);
    }

    void SetArgCounts(Arguments args)
    {
        _u.ArgCount = args.Posonlyargs.Count + args.Args.Count;
        _u.PosOnlyArgCount = args.Posonlyargs.Count;
        _u.KwOnlyArgCount = args.Kwonlyargs.Count;
        if (args.Vararg is not null) _u.Flags |= CodeFlags.VarArgs;
        if (args.Kwarg is not null) _u.Flags |= CodeFlags.VarKeywords;
    }

    void SetFunctionFlags()
    {
        _u.Flags |= CodeFlags.Optimized | CodeFlags.NewLocals;
        if (_u.Scope.IsNested) _u.Flags |= CodeFlags.Nested;
        if (_u.Scope.IsGenerator) _u.Flags |= _u.Scope.IsCoroutine ? CodeFlags.AsyncGenerator : CodeFlags.Generator;
        else if (_u.Scope.IsCoroutine) _u.Flags |= CodeFlags.Coroutine;
    }

    void CompileFunctionDef(Stmt node, string name, Arguments args, List<Stmt> body, List<Expr> decorators,
        Expr? returns, List<TypeParam> typeParams, bool isAsync)
    {
        if (typeParams.Count > 0) throw Error("type parameter lists are not supported yet", node);
        if (isAsync) throw Error("'async def' is not supported yet", node);
        CheckDebugArgs(args);
        foreach (var d in decorators) VisitExpr(d);
        int firstLine = decorators.Count > 0 ? decorators[0].Lineno : node.Lineno;
        SetPosition(node);
        int flags = CompileFunctionExtras(args, returns, annotate: true);

        EnterScope(node, name, firstLine);
        SetArgCounts(args);
        SetFunctionFlags();
        // The docstring (or None) is always the first constant of a function.
        string? doc = body.Count > 0 && IsDocstring(body[0]) ? (string)((Constant)((ExprStmt)body[0]).Value).Value : null;
        _u.AddConst(doc is null ? PyNone.Instance : MakeStrConst(CleanDoc(doc)), doc is null ? NoneValue.Instance : ("str", CleanDoc(doc)));
        _u.CurrentPosition = new SourcePosition(firstLine, firstLine, 0, 0);
        EmitPrologue();
        CompileFunctionBody(body, doc is null ? 0 : 1);
        var code = ExitScope();

        SetPosition(node);
        MakeClosure(code, flags);
        ApplyDecorators(decorators);
        SetPosition(node);
        StoreName(name);
    }

    /// <summary>The body of a function; generators wrap it so an escaping StopIteration becomes RuntimeError.</summary>
    void CompileFunctionBody(List<Stmt> body, int start)
    {
        bool wrap = _u.Scope.IsGenerator || _u.Scope.IsCoroutine;
        Label? handler = null;
        if (wrap)
        {
            handler = new Label();
            _u.EmitPseudo(Pseudo.SetupCleanup, handler);
        }
        for (int i = start; i < body.Count; i++) VisitStmt(body[i]);
        if (body.Count > 0) SetPosition(body[^1]);
        _u.CurrentPosition = _u.CurrentPosition with { };
        EmitReturnNone();
        if (wrap)
        {
            _u.EmitPseudo(Pseudo.PopBlock);
            _u.UseLabel(handler!);
            _u.Emit(OpCode.CALL_INTRINSIC_1, (int)Intrinsic1.StopIterationError);
            _u.Emit(OpCode.RERAISE, 1);
        }
    }

    void ApplyDecorators(List<Expr> decorators)
    {
        for (int i = decorators.Count - 1; i >= 0; i--)
        {
            SetPosition(decorators[i]);
            _u.Emit(OpCode.CALL, 0);
        }
    }

    void CompileClass(ClassDef c)
    {
        if (c.TypeParams.Count > 0) throw Error("type parameter lists are not supported yet", c);
        foreach (var d in c.DecoratorList) VisitExpr(d);
        int firstLine = c.DecoratorList.Count > 0 ? c.DecoratorList[0].Lineno : c.Lineno;

        EnterScope(c, c.Name, firstLine);
        _u.CurrentPosition = new SourcePosition(firstLine, firstLine, 0, 0);
        EmitPrologue();
        LoadName("__name__");
        StoreName("__module__");
        _u.Emit(OpCode.LOAD_CONST, ConstStr(_u.QualName));
        StoreName("__qualname__");
        CompileBody(c.Body, isModule: false);
        if (_u.Scope.NeedsClassClosure)
        {
            int idx = _u.LocalsPlusIndex("__class__");
            _u.Emit(OpCode.LOAD_CLOSURE, idx);
            _u.Emit(OpCode.COPY, 1);
            StoreName("__classcell__");
            _u.Emit(OpCode.RETURN_VALUE);
        }
        else EmitReturnNone();
        var code = ExitScope();

        SetPosition(c);
        _u.Emit(OpCode.PUSH_NULL);
        _u.Emit(OpCode.LOAD_BUILD_CLASS);
        MakeClosure(code, 0);
        _u.Emit(OpCode.LOAD_CONST, ConstStr(c.Name));
        EmitCallHelper(2, c.Bases, c.Keywords, c);
        ApplyDecorators(c.DecoratorList);
        SetPosition(c);
        StoreName(c.Name);
    }

    // ---- returns and loops ----

    void CompileReturn(Return r)
    {
        if (!_u.Scope.IsFunctionLike) throw Error("'return' outside function", r);
        if (r.Value is not null && _u.Scope.IsCoroutine && _u.Scope.IsGenerator)
            throw Error("'return' with value in async generator", r);
        bool preserve = r.Value is not null && r.Value is not Constant;
        if (preserve) VisitExpr(r.Value!);
        else if (r.Value is not null)
        {
            SetPosition(r.Value);
            _u.Emit(OpCode.NOP);
        }
        SetPosition(r);
        if (r.Value is null || r.Value.Lineno != r.Lineno) _u.Emit(OpCode.NOP);
        UnwindFBlockStack(r, preserve, loop: false);
        if (r.Value is null) EmitReturnNone();
        else if (!preserve) _u.Emit(OpCode.RETURN_CONST, ConstIndex(((Constant)r.Value).Value));
        else _u.Emit(OpCode.RETURN_VALUE);
    }

    /// <summary>Emits the cleanup of every frame block from the innermost outwards, stopping at
    /// the innermost loop when <paramref name="loop"/> is set; returns that loop (or null).
    /// The blocks stay on the stack for the code that follows (compiler_unwind_fblock_stack).</summary>
    FBlock? UnwindFBlockStack(Node node, bool preserveTos, bool loop)
    {
        if (_u.FBlocks.Count == 0) return null;
        var top = _u.FBlocks[^1];
        if (top.Kind == FBlockKind.ExceptionGroupHandler)
            throw Error("'break', 'continue' and 'return' cannot appear in an except* block", node);
        if (loop && top.Kind is FBlockKind.WhileLoop or FBlockKind.ForLoop) return top;
        _u.FBlocks.RemoveAt(_u.FBlocks.Count - 1);
        try
        {
            UnwindFBlock(top, preserveTos);
            return UnwindFBlockStack(node, preserveTos, loop);
        }
        finally { _u.FBlocks.Add(top); }
    }

    /// <summary>Emits the cleanup for leaving frame block <paramref name="fb"/> (compiler_unwind_fblock).</summary>
    void UnwindFBlock(FBlock fb, bool preserveTos)
    {
        switch (fb.Kind)
        {
            case FBlockKind.WhileLoop:
            case FBlockKind.ExceptionHandler:
            case FBlockKind.ExceptionGroupHandler:
            case FBlockKind.AsyncComprehensionGenerator:
                return;
            case FBlockKind.ForLoop:
                if (preserveTos) _u.Emit(OpCode.SWAP, 2);
                _u.Emit(OpCode.POP_TOP);
                return;
            case FBlockKind.TryExcept:
                _u.EmitPseudo(Pseudo.PopBlock);
                return;
            case FBlockKind.FinallyTry:
            {
                var saved = _u.CurrentPosition;
                _u.EmitPseudo(Pseudo.PopBlock);
                if (preserveTos) PushFBlock(FBlockKind.PopValue, null, null);
                VisitStmts((List<Stmt>)fb.Datum!);
                if (preserveTos) PopFBlock(FBlockKind.PopValue);
                _u.CurrentPosition = saved;
                return;
            }
            case FBlockKind.FinallyEnd:
                if (preserveTos) _u.Emit(OpCode.SWAP, 2);
                _u.Emit(OpCode.POP_TOP);
                if (preserveTos) _u.Emit(OpCode.SWAP, 2);
                _u.EmitPseudo(Pseudo.PopBlock);
                _u.Emit(OpCode.POP_EXCEPT);
                return;
            case FBlockKind.With:
                SetPosition((Node)fb.Datum!);
                _u.EmitPseudo(Pseudo.PopBlock);
                if (preserveTos) _u.Emit(OpCode.SWAP, 2);
                CallExitWithNones();
                _u.Emit(OpCode.POP_TOP);
                return;
            case FBlockKind.HandlerCleanup:
                if (fb.Datum is string) _u.EmitPseudo(Pseudo.PopBlock);
                if (preserveTos) _u.Emit(OpCode.SWAP, 2);
                _u.EmitPseudo(Pseudo.PopBlock);
                _u.Emit(OpCode.POP_EXCEPT);
                if (fb.Datum is string name)
                {
                    _u.Emit(OpCode.LOAD_CONST, ConstNone());
                    StoreName(name);
                    NameOp(name, ExprContext.Del);
                }
                return;
            case FBlockKind.PopValue:
                if (preserveTos) _u.Emit(OpCode.SWAP, 2);
                _u.Emit(OpCode.POP_TOP);
                return;
        }
    }

    void CallExitWithNones()
    {
        int none = ConstNone();
        _u.Emit(OpCode.LOAD_CONST, none);
        _u.Emit(OpCode.LOAD_CONST, none);
        _u.Emit(OpCode.LOAD_CONST, none);
        _u.Emit(OpCode.CALL, 2);
    }

    FBlock PushFBlock(FBlockKind kind, Label? block, Label? exit, object? datum = null)
    {
        if (_u.FBlocks.Count >= Runtime.Limits.MaxStaticBlocks) throw Error("too many statically nested blocks", _u.CurrentPosition);
        var fb = new FBlock { Kind = kind, Block = block, Exit = exit, Datum = datum };
        _u.FBlocks.Add(fb);
        return fb;
    }

    void PopFBlock(FBlockKind kind)
    {
        var fb = _u.FBlocks[^1];
        if (fb.Kind != kind) throw new InvalidOperationException($"fblock mismatch: {fb.Kind} vs {kind}");
        _u.FBlocks.RemoveAt(_u.FBlocks.Count - 1);
    }

    void CompileBreak(Break b)
    {
        _u.Emit(OpCode.NOP);
        var loop = UnwindFBlockStack(b, false, loop: true);
        if (loop is null) throw Error("'break' outside loop", b);
        UnwindFBlock(loop, false);
        _u.EmitPseudo(Pseudo.Jump, loop.Exit);
    }

    void CompileContinue(Continue c)
    {
        var loop = UnwindFBlockStack(c, false, loop: true);
        if (loop is null) throw Error("'continue' not properly in loop", c);
        _u.EmitPseudo(Pseudo.Jump, loop.Block);
    }

    void CompileFor(For f)
    {
        var start = new Label();
        var cleanup = new Label();
        var end = new Label();
        VisitExpr(f.Iter);
        SetPosition(f);
        _u.Emit(OpCode.GET_ITER);
        PushFBlock(FBlockKind.ForLoop, start, end);
        _u.UseLabel(start);
        SetPosition(f.Iter);
        _u.EmitJump(OpCode.FOR_ITER, cleanup);
        VisitExpr(f.Target);
        VisitStmts(f.Body);
        SetPosition(f.Iter);
        _u.EmitPseudo(Pseudo.Jump, start);
        _u.UseLabel(cleanup);
        // FOR_ITER's target; the loop leaves past it (the iterator is already popped).
        _u.Emit(OpCode.END_FOR);
        PopFBlock(FBlockKind.ForLoop);
        VisitStmts(f.Orelse);
        _u.UseLabel(end);
    }

    void CompileWhile(While w)
    {
        var loop = new Label();
        var body = new Label();
        var anchor = new Label();
        var end = new Label();
        _u.UseLabel(loop);
        PushFBlock(FBlockKind.WhileLoop, loop, end);
        JumpIf(w.Test, anchor, false);
        _u.UseLabel(body);
        VisitStmts(w.Body);
        SetPosition(w.Test);
        _u.EmitPseudo(Pseudo.Jump, loop);
        PopFBlock(FBlockKind.WhileLoop);
        _u.UseLabel(anchor);
        VisitStmts(w.Orelse);
        _u.UseLabel(end);
    }

    void CompileIf(If i)
    {
        var end = new Label();
        var next = i.Orelse.Count > 0 ? new Label() : end;
        JumpIf(i.Test, next, false);
        VisitStmts(i.Body);
        if (i.Orelse.Count > 0)
        {
            _u.EmitPseudo(Pseudo.Jump, end);
            _u.UseLabel(next);
            VisitStmts(i.Orelse);
        }
        _u.UseLabel(end);
    }

    // ---- exceptions ----

    void PopExceptAndReraise()
    {
        _u.Emit(OpCode.COPY, 3);
        _u.Emit(OpCode.POP_EXCEPT);
        _u.Emit(OpCode.RERAISE, 1);
    }

    void CompileTryExcept(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse)
    {
        var bodyLabel = new Label();
        var except = new Label();
        var end = new Label();
        var cleanup = new Label();
        _u.EmitPseudo(Pseudo.SetupFinally, except);
        _u.UseLabel(bodyLabel);
        PushFBlock(FBlockKind.TryExcept, bodyLabel, null);
        VisitStmts(body);
        PopFBlock(FBlockKind.TryExcept);
        _u.EmitPseudo(Pseudo.PopBlock);
        VisitStmts(orelse);
        _u.EmitPseudo(Pseudo.Jump, end);
        int n = handlers.Count;
        _u.UseLabel(except);
        if (n > 0) SetPosition(handlers[0]);
        _u.EmitPseudo(Pseudo.SetupCleanup, cleanup);
        _u.Emit(OpCode.PUSH_EXC_INFO);
        PushFBlock(FBlockKind.ExceptionHandler, null, null);
        for (int i = 0; i < n; i++)
        {
            var h = handlers[i];
            SetPosition(h);
            var next = new Label();
            if (h.Type is null && i < n - 1) throw Error("default 'except:' must be last", h);
            if (h.Type is not null)
            {
                VisitExpr(h.Type);
                SetPosition(h);
                _u.Emit(OpCode.CHECK_EXC_MATCH);
                _u.EmitJump(OpCode.POP_JUMP_IF_FALSE, next);
            }
            if (h.Name is not null)
            {
                var cleanupEnd = new Label();
                var cleanupBody = new Label();
                StoreName(h.Name);
                _u.EmitPseudo(Pseudo.SetupCleanup, cleanupEnd);
                _u.UseLabel(cleanupBody);
                PushFBlock(FBlockKind.HandlerCleanup, cleanupBody, null, h.Name);
                VisitStmts(h.Body);
                PopFBlock(FBlockKind.HandlerCleanup);
                _u.EmitPseudo(Pseudo.PopBlock);
                _u.EmitPseudo(Pseudo.PopBlock);
                _u.Emit(OpCode.POP_EXCEPT);
                _u.Emit(OpCode.LOAD_CONST, ConstNone());
                StoreName(h.Name);
                NameOp(h.Name, ExprContext.Del);
                _u.EmitPseudo(Pseudo.Jump, end);
                _u.UseLabel(cleanupEnd);
                _u.Emit(OpCode.LOAD_CONST, ConstNone());
                StoreName(h.Name);
                NameOp(h.Name, ExprContext.Del);
                _u.Emit(OpCode.RERAISE, 1);
            }
            else
            {
                var cleanupBody = new Label();
                _u.Emit(OpCode.POP_TOP);
                _u.UseLabel(cleanupBody);
                PushFBlock(FBlockKind.HandlerCleanup, cleanupBody, null, null);
                VisitStmts(h.Body);
                PopFBlock(FBlockKind.HandlerCleanup);
                _u.EmitPseudo(Pseudo.PopBlock);
                _u.Emit(OpCode.POP_EXCEPT);
                _u.EmitPseudo(Pseudo.Jump, end);
            }
            _u.UseLabel(next);
        }
        PopFBlock(FBlockKind.ExceptionHandler);
        _u.Emit(OpCode.RERAISE, 0);
        _u.UseLabel(cleanup);
        PopExceptAndReraise();
        _u.UseLabel(end);
    }

    void CompileTryFinally(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody, bool star)
    {
        var bodyLabel = new Label();
        var end = new Label();
        var exit = new Label();
        var cleanup = new Label();
        _u.EmitPseudo(Pseudo.SetupFinally, end);
        _u.UseLabel(bodyLabel);
        PushFBlock(FBlockKind.FinallyTry, bodyLabel, end, finalbody);
        if (handlers.Count > 0)
        {
            if (star) CompileTryStarExcept(body, handlers, orelse);
            else CompileTryExcept(body, handlers, orelse);
        }
        else VisitStmts(body);
        _u.EmitPseudo(Pseudo.PopBlock);
        PopFBlock(FBlockKind.FinallyTry);
        VisitStmts(finalbody);
        _u.EmitPseudo(Pseudo.Jump, exit);
        _u.UseLabel(end);
        _u.EmitPseudo(Pseudo.SetupCleanup, cleanup);
        _u.Emit(OpCode.PUSH_EXC_INFO);
        PushFBlock(FBlockKind.FinallyEnd, end, null);
        VisitStmts(finalbody);
        PopFBlock(FBlockKind.FinallyEnd);
        _u.Emit(OpCode.RERAISE, 0);
        _u.UseLabel(cleanup);
        PopExceptAndReraise();
        _u.UseLabel(exit);
    }

    /// <summary>try/except* (compiler_try_star_except): each handler splits the group with
    /// CHECK_EG_MATCH; raised and unhandled parts are recombined by PREP_RERAISE_STAR.</summary>
    void CompileTryStarExcept(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse)
    {
        var bodyLabel = new Label();
        var except = new Label();
        var orelseLabel = new Label();
        var end = new Label();
        var cleanup = new Label();
        var reraiseStar = new Label();
        _u.EmitPseudo(Pseudo.SetupFinally, except);
        _u.UseLabel(bodyLabel);
        PushFBlock(FBlockKind.TryExcept, bodyLabel, null);
        VisitStmts(body);
        PopFBlock(FBlockKind.TryExcept);
        _u.EmitPseudo(Pseudo.PopBlock);
        _u.EmitPseudo(Pseudo.Jump, orelseLabel);
        int n = handlers.Count;
        _u.UseLabel(except);
        SetPosition(handlers[0]);
        _u.EmitPseudo(Pseudo.SetupCleanup, cleanup);
        _u.Emit(OpCode.PUSH_EXC_INFO);
        PushFBlock(FBlockKind.ExceptionGroupHandler, null, null);
        for (int i = 0; i < n; i++)
        {
            var h = handlers[i];
            SetPosition(h);
            var nextHandler = new Label();
            var exceptWithError = new Label();
            var noMatch = new Label();
            if (i == 0)
            {
                // Stack: [orig, res]: orig is the raised group, res collects what handlers raise.
                _u.Emit(OpCode.COPY, 1);
                _u.Emit(OpCode.BUILD_LIST, 0);
                _u.Emit(OpCode.SWAP, 2);
            }
            if (h.Type is null) throw Error("expected 'except' type", h);
            VisitExpr(h.Type);
            SetPosition(h);
            _u.Emit(OpCode.CHECK_EG_MATCH);
            _u.Emit(OpCode.COPY, 1);
            _u.EmitJump(OpCode.POP_JUMP_IF_NONE, noMatch);
            var cleanupEnd = new Label();
            var cleanupBody = new Label();
            if (h.Name is not null) StoreName(h.Name);
            else _u.Emit(OpCode.POP_TOP);
            _u.EmitPseudo(Pseudo.SetupCleanup, cleanupEnd);
            _u.UseLabel(cleanupBody);
            PushFBlock(FBlockKind.HandlerCleanup, cleanupBody, null, h.Name);
            VisitStmts(h.Body);
            PopFBlock(FBlockKind.HandlerCleanup);
            _u.EmitPseudo(Pseudo.PopBlock);
            if (h.Name is not null)
            {
                _u.Emit(OpCode.LOAD_CONST, ConstNone());
                StoreName(h.Name);
                NameOp(h.Name, ExprContext.Del);
            }
            _u.EmitPseudo(Pseudo.Jump, nextHandler);
            // An exception raised in the handler body: record it in res.
            _u.UseLabel(cleanupEnd);
            if (h.Name is not null)
            {
                _u.Emit(OpCode.LOAD_CONST, ConstNone());
                StoreName(h.Name);
                NameOp(h.Name, ExprContext.Del);
            }
            _u.Emit(OpCode.LIST_APPEND, 3);
            _u.Emit(OpCode.POP_TOP);
            _u.EmitPseudo(Pseudo.Jump, nextHandler);
            _u.UseLabel(noMatch);
            _u.Emit(OpCode.POP_TOP);
            _u.UseLabel(nextHandler);
            _u.Emit(OpCode.NOP);
            if (i == n - 1)
            {
                // Stack: [orig, res, rest]: add rest (unhandled part) to res and rebuild.
                _u.Emit(OpCode.LIST_APPEND, 1);
                _u.Emit(OpCode.CALL_INTRINSIC_2, (int)Intrinsic2.PrepReraiseStar);
                _u.Emit(OpCode.COPY, 1);
                _u.EmitJump(OpCode.POP_JUMP_IF_NOT_NONE, reraiseStar);
                _u.Emit(OpCode.POP_TOP);
                _u.EmitPseudo(Pseudo.PopBlock);
                _u.Emit(OpCode.POP_EXCEPT);
                _u.EmitPseudo(Pseudo.Jump, end);
            }
        }
        PopFBlock(FBlockKind.ExceptionGroupHandler);
        _u.UseLabel(reraiseStar);
        _u.EmitPseudo(Pseudo.PopBlock);
        _u.Emit(OpCode.SWAP, 2);
        _u.Emit(OpCode.POP_EXCEPT);
        _u.Emit(OpCode.RERAISE, 0);
        _u.UseLabel(cleanup);
        PopExceptAndReraise();
        _u.UseLabel(orelseLabel);
        VisitStmts(orelse);
        _u.UseLabel(end);
    }

    void CompileWith(With w, int pos)
    {
        var item = w.Items[pos];
        var block = new Label();
        var final = new Label();
        var exit = new Label();
        var cleanup = new Label();
        VisitExpr(item.ContextExpr);
        SetPosition(w);
        _u.Emit(OpCode.BEFORE_WITH);
        _u.EmitPseudo(Pseudo.SetupWith, final);
        _u.UseLabel(block);
        PushFBlock(FBlockKind.With, block, final, w);
        if (item.OptionalVars is not null) VisitExpr(item.OptionalVars);
        else _u.Emit(OpCode.POP_TOP);
        if (pos + 1 < w.Items.Count) CompileWith(w, pos + 1);
        else VisitStmts(w.Body);
        PopFBlock(FBlockKind.With);
        SetPosition(w);
        _u.EmitPseudo(Pseudo.PopBlock);
        CallExitWithNones();
        _u.Emit(OpCode.POP_TOP);
        _u.EmitPseudo(Pseudo.Jump, exit);
        _u.UseLabel(final);
        _u.EmitPseudo(Pseudo.SetupCleanup, cleanup);
        _u.Emit(OpCode.PUSH_EXC_INFO);
        _u.Emit(OpCode.WITH_EXCEPT_START);
        var suppress = new Label();
        _u.EmitJump(OpCode.POP_JUMP_IF_TRUE, suppress);
        _u.Emit(OpCode.RERAISE, 2);
        _u.UseLabel(suppress);
        _u.Emit(OpCode.POP_TOP);
        _u.EmitPseudo(Pseudo.PopBlock);
        _u.Emit(OpCode.POP_EXCEPT);
        _u.Emit(OpCode.POP_TOP);
        _u.Emit(OpCode.POP_TOP);
        _u.EmitPseudo(Pseudo.Jump, exit);
        _u.UseLabel(cleanup);
        PopExceptAndReraise();
        _u.UseLabel(exit);
    }

    void CompileAssert(Assert a)
    {
        if (_optimize) return;
        if (a.Test is Tuple { Elts.Count: > 0 })
        {
            // CPython warns "assertion is always true"; the assert itself is kept.
        }
        var end = new Label();
        JumpIf(a.Test, end, true);
        SetPosition(a);
        _u.Emit(OpCode.LOAD_ASSERTION_ERROR);
        if (a.Msg is not null)
        {
            VisitExpr(a.Msg);
            SetPosition(a);
            _u.Emit(OpCode.CALL, 0);
        }
        _u.Emit(OpCode.RAISE_VARARGS, 1);
        _u.UseLabel(end);
    }

    // ---- imports ----

    void CompileImport(Import imp)
    {
        foreach (var alias in imp.Names)
        {
            _u.Emit(OpCode.LOAD_CONST, _u.AddConst(PyInt.Zero, System.Numerics.BigInteger.Zero));
            _u.Emit(OpCode.LOAD_CONST, ConstNone());
            _u.Emit(OpCode.IMPORT_NAME, _u.AddName(alias.Name));
            if (alias.Asname is not null)
            {
                // CPython 3.13's order: each IMPORT_FROM replaces the package on the stack
                // except the last, whose result is stored before the top package is popped.
                var parts = alias.Name.Split('.');
                for (int i = 1; i < parts.Length; i++)
                {
                    _u.Emit(OpCode.IMPORT_FROM, _u.AddName(parts[i]));
                    if (i == parts.Length - 1) break;
                    _u.Emit(OpCode.SWAP, 2);
                    _u.Emit(OpCode.POP_TOP);
                }
                StoreName(alias.Asname);
                if (parts.Length > 1) _u.Emit(OpCode.POP_TOP);
            }
            else StoreName(alias.Name.Split('.')[0]);
        }
    }

    void CompileImportFrom(ImportFrom imp)
    {
        if (imp.Module == "__future__" && _future.IsAfter(imp))
            throw Error("from __future__ imports must occur at the beginning of the file", imp);
        _u.Emit(OpCode.LOAD_CONST, _u.AddConst(PyInt.From(imp.Level), new System.Numerics.BigInteger(imp.Level)));
        var names = imp.Names.Select(a => (object)a.Name).ToArray();
        _u.Emit(OpCode.LOAD_CONST, ConstIndex(names));
        _u.Emit(OpCode.IMPORT_NAME, _u.AddName(imp.Module ?? ""));
        if (imp.Names.Count == 1 && imp.Names[0].Name == "*")
        {
            _u.Emit(OpCode.CALL_INTRINSIC_1, (int)Intrinsic1.ImportStar);
            _u.Emit(OpCode.POP_TOP);
            return;
        }
        foreach (var alias in imp.Names)
        {
            _u.Emit(OpCode.IMPORT_FROM, _u.AddName(alias.Name));
            StoreName(alias.Asname ?? alias.Name);
        }
        _u.Emit(OpCode.POP_TOP);
    }

    // ---- assignment forms ----

    void CompileAugAssign(AugAssign a)
    {
        int op = (int)AugOp(a.Op);
        switch (a.Target)
        {
            case Name n:
                NameOp(n.Id, ExprContext.Load);
                VisitExpr(a.Value);
                SetPosition(a);
                _u.Emit(OpCode.BINARY_OP, op);
                SetPosition(n);
                NameOp(n.Id, ExprContext.Store);
                break;
            case Attribute at:
                VisitExpr(at.Value);
                _u.Emit(OpCode.COPY, 1);
                SetPosition(at);
                _u.Emit(OpCode.LOAD_ATTR, _u.AddName(Mangle(at.Attr)) << 1);
                VisitExpr(a.Value);
                SetPosition(a);
                _u.Emit(OpCode.BINARY_OP, op);
                _u.Emit(OpCode.SWAP, 2);
                SetPosition(at);
                _u.Emit(OpCode.STORE_ATTR, _u.AddName(Mangle(at.Attr)));
                break;
            case Subscript s:
                VisitExpr(s.Value);
                if (IsTwoElementSlice(s.Slice))
                {
                    var sl = (Slice)s.Slice;
                    VisitSliceBound(sl.Lower);
                    VisitSliceBound(sl.Upper);
                    _u.Emit(OpCode.COPY, 3);
                    _u.Emit(OpCode.COPY, 3);
                    _u.Emit(OpCode.COPY, 3);
                    SetPosition(s);
                    _u.Emit(OpCode.BINARY_SLICE);
                    VisitExpr(a.Value);
                    SetPosition(a);
                    _u.Emit(OpCode.BINARY_OP, op);
                    SetPosition(s);
                    _u.Emit(OpCode.SWAP, 4);
                    _u.Emit(OpCode.SWAP, 3);
                    _u.Emit(OpCode.SWAP, 2);
                    _u.Emit(OpCode.STORE_SLICE);
                }
                else
                {
                    VisitExpr(s.Slice);
                    _u.Emit(OpCode.COPY, 2);
                    _u.Emit(OpCode.COPY, 2);
                    SetPosition(s);
                    _u.Emit(OpCode.BINARY_SUBSCR);
                    VisitExpr(a.Value);
                    SetPosition(a);
                    _u.Emit(OpCode.BINARY_OP, op);
                    SetPosition(s);
                    _u.Emit(OpCode.SWAP, 3);
                    _u.Emit(OpCode.SWAP, 2);
                    _u.Emit(OpCode.STORE_SUBSCR);
                }
                break;
            default:
                throw Error("'" + a.Target.GetType().Name + "' is an illegal expression for augmented assignment", a.Target);
        }
    }

    /// <summary>An annotation's value: the expression, or under <c>from __future__ import
    /// annotations</c> its source text (PEP 563).</summary>
    void VisitAnnotation(Expr annotation)
    {
        if (_future.Annotations) _u.Emit(OpCode.LOAD_CONST, ConstStr(AnnotationUnparser.Unparse(annotation)));
        else VisitExpr(annotation);
    }

    void CompileAnnAssign(AnnAssign a)
    {
        if (a.Value is not null)
        {
            VisitExpr(a.Value);
            VisitExpr(a.Target);
        }
        switch (a.Target)
        {
            case Name n:
                if (a.Value is null) CheckForbiddenName(n.Id, ExprContext.Store, PositionOf(a));
                // Module and class annotations are evaluated and stored in __annotations__.
                if (a.Simple != 0 && _u.Scope.Kind is BlockKind.Module or BlockKind.Class)
                {
                    VisitAnnotation(a.Annotation);
                    LoadName("__annotations__");
                    _u.Emit(OpCode.LOAD_CONST, ConstStr(Mangle(n.Id)));
                    _u.Emit(OpCode.STORE_SUBSCR);
                }
                break;
            case Attribute at:
                if (a.Value is null)
                {
                    VisitExpr(at.Value);
                    _u.Emit(OpCode.POP_TOP);
                }
                if (!_future.Annotations && _u.Scope.Kind is BlockKind.Module or BlockKind.Class)
                {
                    VisitExpr(a.Annotation);
                    _u.Emit(OpCode.POP_TOP);
                }
                break;
            case Subscript s:
                if (a.Value is null)
                {
                    VisitExpr(s.Value);
                    _u.Emit(OpCode.POP_TOP);
                    VisitExpr(s.Slice);
                    _u.Emit(OpCode.POP_TOP);
                }
                if (!_future.Annotations && _u.Scope.Kind is BlockKind.Module or BlockKind.Class)
                {
                    VisitExpr(a.Annotation);
                    _u.Emit(OpCode.POP_TOP);
                }
                break;
        }
    }

    static BinaryOp AugOp(Operator op) => (BinaryOp)((int)BinOpFor(op) + BinaryOpInfo.InplaceOffset);
}
