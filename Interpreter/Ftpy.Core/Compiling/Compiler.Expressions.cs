using Ftpy.Objects;
using Ftpy.Parsing.Ast;
using Attribute = Ftpy.Parsing.Ast.Attribute;
using Tuple = Ftpy.Parsing.Ast.Tuple;
using AstList = Ftpy.Parsing.Ast.List;

using AstSet = Ftpy.Parsing.Ast.Set;
using AstDict = Ftpy.Parsing.Ast.Dict;

namespace Ftpy.Compiling;

public sealed partial class Compiler
{
    int _depth;

    void VisitExpr(Expr e)
    {
        if (++_depth > 3000)
        {
            _depth = 0;
            throw new Runtime.PyException(ExceptionTypes.RecursionError, "maximum recursion depth exceeded during compilation");
        }
        try
        {
            var saved = _u.CurrentPosition;
            SetPosition(e);
            VisitExprInner(e);
            _u.CurrentPosition = saved;
        }
        finally
        {
            _depth--;
        }
    }

    void VisitExprInner(Expr e)
    {
        switch (e)
        {
            case Constant c:
                _u.Emit(OpCode.LOAD_CONST, ConstIndex(c.Value));
                break;
            case Name n:
                NameOp(n.Id, n.Ctx);
                break;
            case BoolOp b: CompileBoolOp(b); break;
            case NamedExpr ne:
                VisitExpr(ne.Value);
                _u.Emit(OpCode.COPY, 1);
                VisitExpr(ne.Target);
                break;
            case BinOp b:
                if (ConstantValue(b) is { } folded) { _u.Emit(OpCode.LOAD_CONST, ConstIndex(folded)); break; }
                VisitExpr(b.Left);
                VisitExpr(b.Right);
                SetPosition(b);
                _u.Emit(OpCode.BINARY_OP, (int)BinOpFor(b.Op));
                break;
            case UnaryOp u:
                if (ConstantValue(u) is { } cv) { _u.Emit(OpCode.LOAD_CONST, ConstIndex(cv)); break; }
                VisitExpr(u.Operand);
                SetPosition(u);
                switch (u.Op)
                {
                    case UnaryOperator.Invert: _u.Emit(OpCode.UNARY_INVERT); break;
                    case UnaryOperator.Not: _u.Emit(OpCode.UNARY_NOT); break;
                    case UnaryOperator.USub: _u.Emit(OpCode.UNARY_NEGATIVE); break;
                    case UnaryOperator.UAdd: _u.Emit(OpCode.CALL_INTRINSIC_1, (int)Intrinsic1.UnaryPositive); break;
                }
                break;
            case Lambda l: CompileLambda(l); break;
            case IfExp i:
            {
                var end = new Label();
                var next = new Label();
                JumpIf(i.Test, next, false);
                VisitExpr(i.Body);
                _u.EmitPseudo(Pseudo.Jump, end);
                _u.UseLabel(next);
                VisitExpr(i.Orelse);
                _u.UseLabel(end);
                break;
            }
            case AstDict d: CompileDict(d); break;
            case AstSet s: StarredCollection(s.Elts, OpCode.BUILD_SET, OpCode.SET_ADD, OpCode.SET_UPDATE, tuple: false); break;
            case AstList l:
                if (l.Ctx == ExprContext.Store) AssignSequence(l.Elts, l);
                else if (l.Ctx == ExprContext.Del) foreach (var x in l.Elts) VisitExpr(x);
                else StarredCollection(l.Elts, OpCode.BUILD_LIST, OpCode.LIST_APPEND, OpCode.LIST_EXTEND, tuple: false);
                break;
            case Tuple t:
                if (t.Ctx == ExprContext.Store) AssignSequence(t.Elts, t);
                else if (t.Ctx == ExprContext.Del) foreach (var x in t.Elts) VisitExpr(x);
                else if (ConstantValue(t) is { } tv) _u.Emit(OpCode.LOAD_CONST, ConstIndex(tv));
                else StarredCollection(t.Elts, OpCode.BUILD_LIST, OpCode.LIST_APPEND, OpCode.LIST_EXTEND, tuple: true);
                break;
            case ListComp c: CompileComprehension(c, "<listcomp>", c.Generators, c.Elt, null, OpCode.BUILD_LIST); break;
            case SetComp c: CompileComprehension(c, "<setcomp>", c.Generators, c.Elt, null, OpCode.BUILD_SET); break;
            case DictComp c: CompileComprehension(c, "<dictcomp>", c.Generators, c.Key, c.Value, OpCode.BUILD_MAP); break;
            case GeneratorExp c: CompileComprehension(c, "<genexpr>", c.Generators, c.Elt, null, OpCode.NOP); break;
            case Yield y:
                if (!_u.Scope.IsFunctionLike) throw Error("'yield' outside function", y);
                if (y.Value is not null) VisitExpr(y.Value);
                else _u.Emit(OpCode.LOAD_CONST, ConstNone());
                SetPosition(y);
                _u.Emit(OpCode.YIELD_VALUE);
                _u.Emit(OpCode.RESUME, 1);
                break;
            case YieldFrom y:
                if (!_u.Scope.IsFunctionLike) throw Error("'yield from' outside function", y);
                VisitExpr(y.Value);
                SetPosition(y);
                _u.Emit(OpCode.GET_YIELD_FROM_ITER);
                _u.Emit(OpCode.LOAD_CONST, ConstNone());
                EmitYieldFrom();
                break;
            case Await a:
                if (!_u.Scope.IsFunctionLike) throw Error("'await' outside function", a);
                if (_u.Scope.Kind != BlockKind.Comprehension && !(_u.Scope.Kind == BlockKind.Function && _u.Scope.Node is AsyncFunctionDef))
                    throw Error("'await' outside async function", a);
                throw Error("'await' is not supported yet", a);
            case Compare c: CompileCompare(c); break;
            case Call c: CompileCall(c); break;
            case JoinedStr j: CompileJoinedStr(j); break;
            case FormattedValue f: CompileFormattedValue(f); break;
            case Attribute a:
                VisitExpr(a.Value);
                SetPosition(a);
                CheckForbiddenName(a.Attr, a.Ctx, _u.CurrentPosition);
                int ni = _u.AddName(Mangle(a.Attr));
                switch (a.Ctx)
                {
                    case ExprContext.Load: _u.Emit(OpCode.LOAD_ATTR, ni << 1); break;
                    case ExprContext.Store: _u.Emit(OpCode.STORE_ATTR, ni); break;
                    default: _u.Emit(OpCode.DELETE_ATTR, ni); break;
                }
                break;
            case Subscript s: CompileSubscript(s); break;
            case Starred st:
                if (st.Ctx == ExprContext.Store) throw Error("starred assignment target must be in a list or tuple", st);
                throw Error("can't use starred expression here", st);
            case Slice sl:
            {
                int n = 2;
                VisitSliceBound(sl.Lower);
                VisitSliceBound(sl.Upper);
                if (sl.Step is not null) { VisitExpr(sl.Step); n = 3; }
                _u.Emit(OpCode.BUILD_SLICE, n);
                break;
            }
            default: throw Error($"unsupported expression {e.GetType().Name}", e);
        }
    }

    void VisitSliceBound(Expr? e)
    {
        if (e is null) _u.Emit(OpCode.LOAD_CONST, ConstNone());
        else VisitExpr(e);
    }

    internal static BinaryOp BinOpFor(Operator op) => op switch
    {
        Operator.Add => BinaryOp.Add,
        Operator.Sub => BinaryOp.Subtract,
        Operator.Mult => BinaryOp.Multiply,
        Operator.MatMult => BinaryOp.MatrixMultiply,
        Operator.Div => BinaryOp.TrueDivide,
        Operator.Mod => BinaryOp.Remainder,
        Operator.Pow => BinaryOp.Power,
        Operator.LShift => BinaryOp.LShift,
        Operator.RShift => BinaryOp.RShift,
        Operator.BitOr => BinaryOp.Or,
        Operator.BitXor => BinaryOp.Xor,
        Operator.BitAnd => BinaryOp.And,
        Operator.FloorDiv => BinaryOp.FloorDivide,
        _ => throw new InvalidOperationException(),
    };

    static bool IsTwoElementSlice(Expr e) => e is Slice { Step: null };

    void CompileSubscript(Subscript s)
    {
        VisitExpr(s.Value);
        if (s.Ctx != ExprContext.Del && IsTwoElementSlice(s.Slice))
        {
            var sl = (Slice)s.Slice;
            VisitSliceBound(sl.Lower);
            VisitSliceBound(sl.Upper);
            SetPosition(s);
            _u.Emit(s.Ctx == ExprContext.Load ? OpCode.BINARY_SLICE : OpCode.STORE_SLICE);
            return;
        }
        VisitExpr(s.Slice);
        SetPosition(s);
        _u.Emit(s.Ctx switch
        {
            ExprContext.Load => OpCode.BINARY_SUBSCR,
            ExprContext.Store => OpCode.STORE_SUBSCR,
            _ => OpCode.DELETE_SUBSCR,
        });
    }

    void CompileBoolOp(BoolOp b)
    {
        var end = new Label();
        var jump = b.Op == BoolOperator.And ? OpCode.POP_JUMP_IF_FALSE : OpCode.POP_JUMP_IF_TRUE;
        for (int i = 0; i < b.Values.Count - 1; i++)
        {
            VisitExpr(b.Values[i]);
            _u.Emit(OpCode.COPY, 1);
            _u.EmitJump(jump, end);
            _u.Emit(OpCode.POP_TOP);
        }
        VisitExpr(b.Values[^1]);
        _u.UseLabel(end);
    }

    /// <summary>Jumps to <paramref name="target"/> when the condition's truth equals <paramref name="cond"/> (compiler_jump_if).</summary>
    void JumpIf(Expr e, Label target, bool cond)
    {
        switch (e)
        {
            case UnaryOp { Op: UnaryOperator.Not } u:
                JumpIf(u.Operand, target, !cond);
                return;
            case BoolOp b:
            {
                bool isOr = b.Op == BoolOperator.Or;
                var next2 = isOr == cond ? target : new Label();
                for (int i = 0; i < b.Values.Count - 1; i++) JumpIf(b.Values[i], next2, isOr);
                JumpIf(b.Values[^1], target, cond);
                if (next2 != target) _u.UseLabel(next2);
                return;
            }
            case IfExp ie:
            {
                var end = new Label();
                var next = new Label();
                JumpIf(ie.Test, next, false);
                JumpIf(ie.Body, target, cond);
                _u.EmitPseudo(Pseudo.Jump, end);
                _u.UseLabel(next);
                JumpIf(ie.Orelse, target, cond);
                _u.UseLabel(end);
                return;
            }
            case Compare c when c.Ops.Count == 1 && c.Ops[0] is CmpOp.Is or CmpOp.IsNot && c.Comparators[0] is Constant { Value: NoneValue }:
            {
                VisitExpr(c.Left);
                SetPosition(c);
                bool isNot = c.Ops[0] == CmpOp.IsNot;
                _u.EmitJump(cond != isNot ? OpCode.POP_JUMP_IF_NONE : OpCode.POP_JUMP_IF_NOT_NONE, target);
                return;
            }
        }
        VisitExpr(e);
        SetPosition(e);
        _u.EmitJump(cond ? OpCode.POP_JUMP_IF_TRUE : OpCode.POP_JUMP_IF_FALSE, target);
    }

    void EmitCompareOp(CmpOp op)
    {
        switch (op)
        {
            case CmpOp.Is: _u.Emit(OpCode.IS_OP, 0); break;
            case CmpOp.IsNot: _u.Emit(OpCode.IS_OP, 1); break;
            case CmpOp.In: _u.Emit(OpCode.CONTAINS_OP, 0); break;
            case CmpOp.NotIn: _u.Emit(OpCode.CONTAINS_OP, 1); break;
            default:
                var cmp = op switch
                {
                    CmpOp.Lt => CompareOp.Lt, CmpOp.LtE => CompareOp.Le, CmpOp.Eq => CompareOp.Eq,
                    CmpOp.NotEq => CompareOp.Ne, CmpOp.Gt => CompareOp.Gt, _ => CompareOp.Ge,
                };
                _u.Emit(OpCode.COMPARE_OP, (int)cmp << 4);
                break;
        }
    }

    void CompileCompare(Compare c)
    {
        VisitExpr(c.Left);
        int n = c.Ops.Count;
        if (n == 1)
        {
            VisitExpr(c.Comparators[0]);
            SetPosition(c);
            EmitCompareOp(c.Ops[0]);
            return;
        }
        var cleanup = new Label();
        for (int i = 0; i < n - 1; i++)
        {
            VisitExpr(c.Comparators[i]);
            _u.Emit(OpCode.SWAP, 2);
            _u.Emit(OpCode.COPY, 2);
            SetPosition(c);
            EmitCompareOp(c.Ops[i]);
            _u.Emit(OpCode.COPY, 1);
            _u.EmitJump(OpCode.POP_JUMP_IF_FALSE, cleanup);
            _u.Emit(OpCode.POP_TOP);
        }
        VisitExpr(c.Comparators[^1]);
        SetPosition(c);
        EmitCompareOp(c.Ops[^1]);
        var end = new Label();
        _u.EmitPseudo(Pseudo.Jump, end);
        _u.UseLabel(cleanup);
        _u.Emit(OpCode.SWAP, 2);
        _u.Emit(OpCode.POP_TOP);
        _u.UseLabel(end);
    }

    // ---- calls ----

    void CompileCall(Call c)
    {
        // Method calls: obj.name(...) loads the method unbound (LOAD_ATTR with the method bit).
        if (c.Func is Attribute { Ctx: ExprContext.Load } attr && !HasStarredOrDoubleStar(c))
        {
            VisitExpr(attr.Value);
            SetPosition(attr);
            _u.Emit(OpCode.LOAD_ATTR, (_u.AddName(Mangle(attr.Attr)) << 1) | 1);
            EmitCallHelper(0, c.Args, c.Keywords, c);
            return;
        }
        if (c.Func is Name gn && TryLoadGlobalWithNull(gn.Id))
        {
            EmitCallHelper(0, c.Args, c.Keywords, c);
            return;
        }
        _u.Emit(OpCode.PUSH_NULL);
        VisitExpr(c.Func);
        EmitCallHelper(0, c.Args, c.Keywords, c);
    }

    static bool HasStarredOrDoubleStar(Call c) =>
        c.Args.Any(a => a is Starred) || c.Keywords.Any(k => k.Arg is null);

    /// <summary>Pushes arguments (after <paramref name="already"/> ones on the stack) and emits CALL or CALL_FUNCTION_EX.</summary>
    void EmitCallHelper(int already, List<Expr> args, List<Keyword> keywords, Node callNode)
    {
        CheckKeywords(keywords);
        bool starred = args.Any(a => a is Starred) || keywords.Any(k => k.Arg is null);
        if (!starred)
        {
            foreach (var a in args) VisitExpr(a);
            foreach (var k in keywords) VisitExpr(k.Value);
            SetPosition(callNode);
            if (keywords.Count > 0)
                _u.Emit(OpCode.KW_NAMES, ConstIndex(keywords.Select(k => (object)k.Arg!).ToArray()));
            _u.Emit(OpCode.CALL, already + args.Count + keywords.Count);
            return;
        }
        // Positional arguments into a tuple; a lone *x is passed as it is (CALL_FUNCTION_EX makes the tuple).
        int pending = already;
        if (already == 0 && args.Count == 1 && args[0] is Starred lone)
        {
            VisitExpr(lone.Value);
            EmitKeywordsDict(keywords);
            SetPosition(callNode);
            _u.Emit(OpCode.CALL_FUNCTION_EX, keywords.Count > 0 ? 1 : 0);
            return;
        }
        bool haveList = false;
        if (pending > 0) { _u.Emit(OpCode.BUILD_LIST, pending); haveList = true; pending = 0; }
        foreach (var a in args)
        {
            if (a is Starred s)
            {
                if (!haveList) { _u.Emit(OpCode.BUILD_LIST, pending); pending = 0; haveList = true; }
                else if (pending > 0) throw new InvalidOperationException();
                VisitExpr(s.Value);
                _u.Emit(OpCode.LIST_EXTEND, 1);
            }
            else
            {
                VisitExpr(a);
                if (haveList) _u.Emit(OpCode.LIST_APPEND, 1);
                else pending++;
            }
        }
        if (haveList) _u.Emit(OpCode.CALL_INTRINSIC_1, (int)Intrinsic1.ListToTuple);
        else _u.Emit(OpCode.BUILD_TUPLE, pending);
        EmitKeywordsDict(keywords);
        SetPosition(callNode);
        _u.Emit(OpCode.CALL_FUNCTION_EX, keywords.Count > 0 ? 1 : 0);
    }

    /// <summary>Keyword arguments of a CALL_FUNCTION_EX call into one dict (nothing when there are none).</summary>
    void EmitKeywordsDict(List<Keyword> keywords)
    {
        if (keywords.Count > 0)
        {
            int nseen = 0;
            bool haveDict = false;
            foreach (var k in keywords)
            {
                if (k.Arg is null)
                {
                    if (nseen > 0)
                    {
                        _u.Emit(OpCode.BUILD_MAP, nseen);
                        if (haveDict) _u.Emit(OpCode.DICT_MERGE, 1);
                        haveDict = true;
                        nseen = 0;
                    }
                    if (!haveDict) { _u.Emit(OpCode.BUILD_MAP, 0); haveDict = true; }
                    VisitExpr(k.Value);
                    _u.Emit(OpCode.DICT_MERGE, 1);
                }
                else
                {
                    _u.Emit(OpCode.LOAD_CONST, ConstStr(k.Arg));
                    VisitExpr(k.Value);
                    nseen++;
                }
            }
            if (nseen > 0)
            {
                _u.Emit(OpCode.BUILD_MAP, nseen);
                if (haveDict) _u.Emit(OpCode.DICT_MERGE, 1);
            }
        }
    }

    void CheckKeywords(List<Keyword> keywords)
    {
        for (int i = 0; i < keywords.Count; i++)
        {
            if (keywords[i].Arg is null) continue;
            CheckForbiddenName(keywords[i].Arg!, ExprContext.Store, PositionOf(keywords[i]));
            for (int j = i + 1; j < keywords.Count; j++)
                if (keywords[j].Arg == keywords[i].Arg)
                    throw Error($"keyword argument repeated: {keywords[i].Arg}", keywords[j]);
        }
    }

    // ---- displays ----

    /// <summary>Lists, tuples and sets with optional starred items.</summary>
    void StarredCollection(List<Expr> elts, OpCode build, OpCode add, OpCode extend, bool tuple)
    {
        bool starred = elts.Any(x => x is Starred);
        if (build == OpCode.BUILD_SET && !starred && elts.Count >= 3 && ConstantSet(elts) is { } frozen)
        {
            // As CPython: a set display of constants loads a frozenset constant and updates an empty set.
            _u.Emit(OpCode.BUILD_SET, 0);
            _u.Emit(OpCode.LOAD_CONST, _u.AddConstUnique(frozen));
            _u.Emit(OpCode.SET_UPDATE, 1);
            return;
        }
        if (!starred)
        {
            foreach (var x in elts) VisitExpr(x);
            _u.Emit(tuple ? OpCode.BUILD_TUPLE : build, elts.Count);
            return;
        }
        int pending = 0;
        bool built = false;
        foreach (var x in elts)
        {
            if (x is Starred s)
            {
                if (!built) { _u.Emit(build, pending); built = true; pending = 0; }
                VisitExpr(s.Value);
                _u.Emit(extend, 1);
            }
            else
            {
                VisitExpr(x);
                if (built) _u.Emit(add, 1);
                else pending++;
            }
        }
        if (!built) _u.Emit(build, pending);
        if (tuple) _u.Emit(OpCode.CALL_INTRINSIC_1, (int)Intrinsic1.ListToTuple);
    }

    /// <summary>The frozenset constant of a set display whose elements are all constants, built as
    /// CPython builds it: once in source order, then again from that set's iteration order (the
    /// compiler's constant merging re-creates frozensets), which decides the iteration order.</summary>
    static PyFrozenSet? ConstantSet(List<Expr> elts)
    {
        var values = new object[elts.Count];
        for (int i = 0; i < values.Length; i++)
        {
            if (ConstantValue(elts[i]) is not { } v) return null;
            values[i] = v;
        }
        var first = new PyFrozenSet();
        foreach (var v in values) first.Add(ToPyConst(v));
        var merged = new PyFrozenSet();
        foreach (var k in first.Items()) merged.Add(k);
        Py.Decref(first);
        Py.SetImmortal(merged);
        return merged;
    }

    void CompileDict(AstDict d)
    {
        int n = 0;
        bool haveDict = false;
        for (int i = 0; i < d.Keys.Count; i++)
        {
            var k = d.Keys[i];
            if (k is null)
            {
                if (n > 0)
                {
                    _u.Emit(OpCode.BUILD_MAP, n);
                    if (haveDict) _u.Emit(OpCode.DICT_UPDATE, 1);
                    haveDict = true;
                    n = 0;
                }
                if (!haveDict) { _u.Emit(OpCode.BUILD_MAP, 0); haveDict = true; }
                VisitExpr(d.Values[i]);
                _u.Emit(OpCode.DICT_UPDATE, 1);
            }
            else
            {
                VisitExpr(k);
                VisitExpr(d.Values[i]);
                n++;
                if (n == 16 && haveDict)
                {
                    _u.Emit(OpCode.BUILD_MAP, n);
                    _u.Emit(OpCode.DICT_UPDATE, 1);
                    n = 0;
                }
            }
        }
        if (n > 0 || !haveDict)
        {
            _u.Emit(OpCode.BUILD_MAP, n);
            if (haveDict) _u.Emit(OpCode.DICT_UPDATE, 1);
        }
    }

    // ---- assignment targets ----

    void AssignSequence(List<Expr> elts, Expr node)
    {
        int starIndex = -1;
        for (int i = 0; i < elts.Count; i++)
        {
            if (elts[i] is Starred)
            {
                if (starIndex >= 0) throw Error("multiple starred expressions in assignment", node);
                starIndex = i;
            }
        }
        SetPosition(node);
        if (starIndex >= 0)
        {
            int after = elts.Count - starIndex - 1;
            if (starIndex >= 256 || after >= (1 << 16)) throw Error("too many expressions in star-unpacking assignment", node);
            _u.Emit(OpCode.UNPACK_EX, starIndex | (after << 8));
        }
        else _u.Emit(OpCode.UNPACK_SEQUENCE, elts.Count);
        foreach (var x in elts)
        {
            if (x is Starred s) VisitExpr(s.Value);
            else VisitExpr(x);
        }
    }

    // ---- functions in expressions ----

    void CompileLambda(Lambda l)
    {
        CheckDebugArgs(l.Args);
        int flags = CompileFunctionExtras(l.Args, null, annotate: false);
        EnterScope(l, "<lambda>", l.Lineno);
        SetArgCounts(l.Args);
        SetFunctionFlags();
        _u.AddConst(PyNone.Instance, NoneValue.Instance);
        SetPosition(l);
        EmitPrologue();
        SetPosition(l.Body);
        if (_u.Scope.IsGenerator)
        {
            VisitExpr(l.Body);
            _u.Emit(OpCode.POP_TOP);
            EmitReturnNone();
        }
        else
        {
            VisitExpr(l.Body);
            _u.Emit(OpCode.RETURN_VALUE);
        }
        var code = ExitScope();
        SetPosition(l);
        MakeClosure(code, flags);
    }

    void EmitYieldFrom()
    {
        var send = new Label();
        var fail = new Label();
        var exit = new Label();
        _u.UseLabel(send);
        _u.EmitJump(OpCode.SEND, exit);
        _u.EmitPseudo(Pseudo.SetupFinally, fail);
        _u.Emit(OpCode.YIELD_VALUE);
        _u.EmitPseudo(Pseudo.PopBlock);
        _u.Emit(OpCode.RESUME, 2);
        _u.EmitPseudo(Pseudo.JumpNoInterrupt, send);
        _u.UseLabel(fail);
        _u.Emit(OpCode.CLEANUP_THROW);
        _u.UseLabel(exit);
        _u.Emit(OpCode.END_SEND);
    }

    /// <summary>List, set and dict comprehensions are inlined (PEP 709); generator expressions
    /// compile to a nested generator function called with the first iterator.</summary>
    void CompileComprehension(Expr node, string name, List<Comprehension> generators, Expr elt, Expr? value, OpCode build)
    {
        bool isGen = node is GeneratorExp;
        var compScope = _symbols.ScopeOf[node];
        bool outerIsAsync = _u.Scope.Kind == BlockKind.Comprehension || (_u.Scope.Kind == BlockKind.Function && _u.Scope.Node is AsyncFunctionDef);
        if ((generators.Any(g => g.IsAsync) || compScope.IsCoroutine) && !isGen && !outerIsAsync)
            throw Error("asynchronous comprehension outside of an asynchronous function", node);
        if (generators.Any(g => g.IsAsync) || compScope.IsCoroutine)
            throw Error("asynchronous comprehensions are not supported yet", node);
        if (compScope.CompInlined)
        {
            CompileInlinedComprehension(node, compScope, generators, elt, value, build);
            return;
        }
        VisitExpr(generators[0].Iter);
        SetPosition(node);
        _u.Emit(OpCode.GET_ITER);
        EnterScope(node, name, node.Lineno);
        _u.ArgCount = 1;
        SetFunctionFlags();
        SetPosition(node);
        EmitPrologue();
        Label? handler = null;
        if (isGen)
        {
            // Like a generator function's body: an escaping StopIteration becomes RuntimeError.
            handler = new Label();
            _u.EmitPseudo(Pseudo.SetupCleanup, handler);
        }
        else _u.Emit(build, 0);
        ComprehensionGenerator(generators, 0, 0, elt, value, build, isGen, iterOnStack: false);
        if (isGen)
        {
            EmitReturnNone();
            _u.EmitPseudo(Pseudo.PopBlock);
            _u.UseLabel(handler!);
            _u.Emit(OpCode.CALL_INTRINSIC_1, (int)Intrinsic1.StopIterationError);
            _u.Emit(OpCode.RERAISE, 1);
        }
        else _u.Emit(OpCode.RETURN_VALUE);
        var code = ExitScope();
        SetPosition(node);
        // Stack: [iter]. Make the function, then call it with the iterator via the CALL 0 method convention.
        MakeClosure(code, 0);
        _u.Emit(OpCode.SWAP, 2);
        _u.Emit(OpCode.CALL, 0);
    }

    /// <summary>An inlined comprehension: the names it binds are saved (LOAD_FAST_AND_CLEAR) and
    /// restored around it, also when it raises (push/pop_inlined_comprehension_state).</summary>
    void CompileInlinedComprehension(Expr node, Scope comp, List<Comprehension> generators, Expr elt, Expr? value, OpCode build)
    {
        VisitExpr(generators[0].Iter);
        SetPosition(node);
        _u.Emit(OpCode.GET_ITER);
        var outer = _u.Scope;
        bool inClassBlock = outer.Kind == BlockKind.Class && _u.InInlinedComp == 0;
        _u.InInlinedComp++;
        var pushed = new List<int>();
        var savedOverrides = new List<(string name, NameScope? old)>();
        var hidden = new List<string>();
        var isolated = new HashSet<string>(comp.IsolatedNames(inClassBlock));
        foreach (var name in comp.Order)
        {
            if (!comp.HasSymbol(name)) continue;
            var sc = comp.GetScope(name);
            bool has = (_u.ScopeOverrides?.ContainsKey(name) ?? false) || outer.HasSymbol(name);
            var outsc = ScopeOf(name);
            if (isolated.Contains(name))
            {
                if (!outer.IsFunctionLike && (_u.FastHidden is null || !_u.FastHidden.Contains(name)))
                {
                    (_u.FastHidden ??= new()).Add(name);
                    hidden.Add(name);
                }
                int idx = _u.LocalsPlusIndex(name);
                _u.Emit(OpCode.LOAD_FAST_AND_CLEAR, idx);
                if (sc == NameScope.Cell) _u.Emit(OpCode.MAKE_CELL, idx);
                pushed.Add(idx);
            }
            if (comp.Params.Contains(name)) continue;
            if ((!has || sc != outsc) && sc != NameScope.Free && !(sc == NameScope.Cell && has && outsc == NameScope.Free))
            {
                _u.ScopeOverrides ??= new();
                savedOverrides.Add((name, _u.ScopeOverrides.TryGetValue(name, out var old) ? old : null));
                _u.ScopeOverrides[name] = sc;
            }
        }
        Label? cleanup = null, end = null;
        if (pushed.Count > 0)
        {
            // The outermost iterator goes back on top; a handler restores the saved names on error.
            _u.Emit(OpCode.SWAP, pushed.Count + 1);
            cleanup = new Label();
            end = new Label();
            _u.EmitPseudo(Pseudo.SetupFinally, cleanup);
        }
        _u.Emit(build, 0);
        _u.Emit(OpCode.SWAP, 2);
        ComprehensionGenerator(generators, 0, 0, elt, value, build, isGen: false, iterOnStack: true);
        _u.InInlinedComp--;
        for (int i = savedOverrides.Count - 1; i >= 0; i--)
        {
            var (name, old) = savedOverrides[i];
            if (old is { } o) _u.ScopeOverrides![name] = o;
            else _u.ScopeOverrides!.Remove(name);
        }
        foreach (var name in hidden) _u.FastHidden!.Remove(name);
        if (pushed.Count > 0)
        {
            SetPosition(node);
            _u.EmitPseudo(Pseudo.PopBlock);
            _u.EmitPseudo(Pseudo.JumpNoInterrupt, end!);
            _u.UseLabel(cleanup!);
            // Drop the incomplete result (below the exception), restore, re-raise.
            _u.Emit(OpCode.SWAP, 2);
            _u.Emit(OpCode.POP_TOP);
            RestoreInlinedLocals(pushed);
            _u.Emit(OpCode.RERAISE, 0);
            _u.UseLabel(end!);
            RestoreInlinedLocals(pushed);
        }
    }

    void RestoreInlinedLocals(List<int> pushed)
    {
        _u.Emit(OpCode.SWAP, pushed.Count + 1);
        for (int i = pushed.Count - 1; i >= 0; i--) _u.Emit(OpCode.STORE_FAST, pushed[i]);
    }

    /// <summary>One "for ... in ... if ..." level (compiler_sync_comprehension_generator); the
    /// element is added after the last level. <paramref name="depth"/> counts the iterators below.</summary>
    void ComprehensionGenerator(List<Comprehension> generators, int index, int depth, Expr elt, Expr? value, OpCode build, bool isGen, bool iterOnStack)
    {
        var gen = generators[index];
        Label? start = new Label();
        var ifCleanup = new Label();
        var anchor = new Label();
        if (!iterOnStack)
        {
            if (index == 0) _u.Emit(OpCode.LOAD_FAST, 0);
            else
            {
                // "for y in [expr]" binds y without an iterator.
                var elts = gen.Iter switch { AstList l => l.Elts, Tuple t => t.Elts, _ => null };
                if (elts is { Count: 1 } && elts[0] is not Starred)
                {
                    VisitExpr(elts[0]);
                    start = null;
                }
                else
                {
                    VisitExpr(gen.Iter);
                    SetPosition(gen.Iter);
                    _u.Emit(OpCode.GET_ITER);
                }
            }
        }
        if (start is not null)
        {
            depth++;
            _u.UseLabel(start);
            SetPosition(gen.Iter);
            _u.EmitJump(OpCode.FOR_ITER, anchor);
        }
        VisitExpr(gen.Target);
        foreach (var cond in gen.Ifs) JumpIf(cond, ifCleanup, false);
        if (index + 1 < generators.Count)
            ComprehensionGenerator(generators, index + 1, depth, elt, value, build, isGen, iterOnStack: false);
        else
        {
            if (isGen)
            {
                VisitExpr(elt);
                SetPosition(elt);
                _u.Emit(OpCode.YIELD_VALUE);
                _u.Emit(OpCode.RESUME, 1);
                _u.Emit(OpCode.POP_TOP);
            }
            else if (build == OpCode.BUILD_LIST)
            {
                VisitExpr(elt);
                SetPosition(elt);
                _u.Emit(OpCode.LIST_APPEND, depth + 1);
            }
            else if (build == OpCode.BUILD_SET)
            {
                VisitExpr(elt);
                SetPosition(elt);
                _u.Emit(OpCode.SET_ADD, depth + 1);
            }
            else
            {
                VisitExpr(elt);
                VisitExpr(value!);
                _u.CurrentPosition = new SourcePosition(elt.Lineno, value!.EndLineno, elt.ColOffset, value.EndColOffset);
                _u.Emit(OpCode.MAP_ADD, depth + 1);
            }
        }
        _u.UseLabel(ifCleanup);
        if (start is not null)
        {
            _u.EmitPseudo(Pseudo.Jump, start);
            _u.UseLabel(anchor);
            _u.Emit(OpCode.END_FOR);
        }
    }

    // ---- f-strings ----

    void CompileJoinedStr(JoinedStr j)
    {
        if (j.Values.Count == 1 && j.Values[0] is Constant)
        {
            VisitExpr(j.Values[0]);
            return;
        }
        foreach (var v in j.Values) VisitExpr(v);
        if (j.Values.Count != 1) _u.Emit(OpCode.BUILD_STRING, j.Values.Count);
    }

    void CompileFormattedValue(FormattedValue f)
    {
        VisitExpr(f.Value);
        int flags = f.Conversion switch
        {
            's' => 1,
            'r' => 2,
            'a' => 3,
            _ => 0,
        };
        if (f.FormatSpec is not null)
        {
            VisitExpr(f.FormatSpec);
            flags |= 4;
        }
        SetPosition(f);
        _u.Emit(OpCode.FORMAT_VALUE, flags);
    }

    // ---- match (later issue) ----

    void CompileMatch(Match m) => throw Error("the match statement is not supported yet", m);
}
