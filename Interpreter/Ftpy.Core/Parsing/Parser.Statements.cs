using Ftpy.Parsing.Ast;
using Attribute = Ftpy.Parsing.Ast.Attribute;
using Tuple = Ftpy.Parsing.Ast.Tuple;

namespace Ftpy.Parsing;

// Start rules, simple statements and compound statements (python.gram "STARTING RULES",
// "SIMPLE STATEMENTS", "COMPOUND STATEMENTS"). Function and class definitions are in
// Parser.Definitions.cs.
public sealed partial class Parser
{
    // file: [statements] ENDMARKER
    Mod? FileRule()
    {
        int m = mark;
        var body = Statements() ?? new List<Stmt>();
        if (Accept(TokenKind.EndMarker)) return new Module { Body = body };
        mark = m;
        return null;
    }

    // interactive: statement_newline
    Mod? InteractiveRule()
    {
        var body = StatementNewline();
        return body is null ? null : new Interactive { Body = body };
    }

    // eval: expressions NEWLINE* ENDMARKER
    Mod? EvalRule()
    {
        int m = mark;
        var e = Expressions();
        if (e is not null)
        {
            while (Accept(TokenKind.Newline)) { }
            if (Accept(TokenKind.EndMarker)) return new Expression { Body = e };
        }
        mark = m;
        return null;
    }

    // statements: statement+
    List<Stmt>? Statements()
    {
        List<Stmt>? result = null;
        while (true)
        {
            int m = mark;
            if (!Statement(ref result))
            {
                mark = m;
                break;
            }
        }
        return result;
    }

    // statement: compound_stmt | simple_stmts
    bool Statement(ref List<Stmt>? into)
    {
        Enter();
        try
        {
            var c = CompoundStmt();
            if (c is not null)
            {
                (into ??= new List<Stmt>()).Add(c);
                return true;
            }
            var s = SimpleStmts();
            if (s is not null)
            {
                if (into is null) into = s;
                else into.AddRange(s);
                return true;
            }
            return false;
        }
        finally
        {
            Leave();
        }
    }

    // statement_newline: compound_stmt NEWLINE | simple_stmts | NEWLINE | ENDMARKER
    List<Stmt>? StatementNewline()
    {
        int m = mark;
        var c = CompoundStmt();
        if (c is not null && Accept(TokenKind.Newline)) return [c];
        mark = m;
        var s = SimpleStmts();
        if (s is not null) return s;
        mark = m;
        if (Accept(TokenKind.Newline)) return [At(new Pass(), m)];
        mark = m;
        return null;
    }

    // simple_stmts: simple_stmt !';' NEWLINE | ';'.simple_stmt+ [';'] NEWLINE
    List<Stmt>? SimpleStmts()
    {
        int m = mark;
        var s = SimpleStmt();
        if (s is not null && !Is(TokenKind.Semi) && Accept(TokenKind.Newline)) return [s];
        mark = m;
        s = SimpleStmt();
        if (s is null)
        {
            mark = m;
            return null;
        }
        var list = new List<Stmt> { s };
        while (true)
        {
            int m2 = mark;
            if (!Accept(TokenKind.Semi)) break;
            var next = SimpleStmt();
            if (next is null)
            {
                mark = m2;
                break;
            }
            list.Add(next);
        }
        Accept(TokenKind.Semi);
        if (Accept(TokenKind.Newline)) return list;
        mark = m;
        return null;
    }

    // simple_stmt (memo)
    Stmt? SimpleStmt()
    {
        int m = mark;
        if (TryMemo(Rule.SimpleStmt, out Stmt? cached)) return cached;
        return Memo(Rule.SimpleStmt, m, SimpleStmtUncached());
    }

    Stmt? SimpleStmtUncached()
    {
        int m = mark;
        var kind = PeekKind();
        // Statements introduced by a keyword cannot also be assignments or expressions;
        // the error pass still tries assignment first for its invalid_assignment messages.
        if (!callInvalidRules && kind is TokenKind.Return or TokenKind.Import or TokenKind.From or TokenKind.Raise
                or TokenKind.Pass or TokenKind.Del or TokenKind.Yield or TokenKind.Assert or TokenKind.Break
                or TokenKind.Continue or TokenKind.Global or TokenKind.Nonlocal)
            return KeywordStmt(kind);

        var a = Assignment();
        if (a is not null) return a;
        mark = m;
        if (IsSoft("type"))
        {
            var t = TypeAlias();
            if (t is not null) return t;
            mark = m;
        }
        var e = StarExpressions();
        if (e is not null) return At(new ExprStmt { Value = e }, m);
        mark = m;
        return KeywordStmt(PeekKind());
    }

    Stmt? KeywordStmt(TokenKind kind)
    {
        int m = mark;
        Stmt? r = kind switch
        {
            TokenKind.Return => ReturnStmt(),
            TokenKind.Import or TokenKind.From => ImportStmt(),
            TokenKind.Raise => RaiseStmt(),
            TokenKind.Pass => Accept(TokenKind.Pass) ? At(new Pass(), m) : null,
            TokenKind.Del => DelStmt(),
            TokenKind.Yield => YieldStmt(),
            TokenKind.Assert => AssertStmt(),
            TokenKind.Break => Accept(TokenKind.Break) ? At(new Break(), m) : null,
            TokenKind.Continue => Accept(TokenKind.Continue) ? At(new Continue(), m) : null,
            TokenKind.Global => GlobalStmt(),
            TokenKind.Nonlocal => NonlocalStmt(),
            _ => null,
        };
        if (r is null) mark = m;
        return r;
    }

    // compound_stmt
    Stmt? CompoundStmt()
    {
        switch (PeekKind())
        {
            case TokenKind.Def:
                return FunctionDef();
            case TokenKind.At:
            {
                int m = mark;
                var f = FunctionDef();
                if (f is not null) return f;
                mark = m;
                return ClassDef();
            }
            case TokenKind.Async:
            {
                int m = mark;
                var r = FunctionDef();
                if (r is not null) return r;
                mark = m;
                r = WithStmt();
                if (r is not null) return r;
                mark = m;
                return ForStmt();
            }
            case TokenKind.If: return IfStmt();
            case TokenKind.Class: return ClassDef();
            case TokenKind.With: return WithStmt();
            case TokenKind.For: return ForStmt();
            case TokenKind.Try: return TryStmt();
            case TokenKind.While: return WhileStmt();
            default: return MatchStmt();
        }
    }

    // ---- assignment ---------------------------------------------------------------------

    // assignment:
    //     | NAME ':' expression ['=' annotated_rhs]
    //     | ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
    //     | (star_targets '=')+ annotated_rhs !'=' [TYPE_COMMENT]
    //     | single_target augassign ~ annotated_rhs
    //     | invalid_assignment
    Stmt? Assignment()
    {
        int m = mark;
        if (PeekKind() == TokenKind.Name && PeekKind(1) == TokenKind.Colon)
        {
            var name = NameToken()!;
            mark++;
            var ann = Expression();
            if (ann is not null)
            {
                Expr? value = null;
                int m2 = mark;
                if (Accept(TokenKind.Equal))
                {
                    value = AnnotatedRhs();
                    if (value is null) mark = m2;
                }
                name.Ctx = ExprContext.Store;
                return At(new AnnAssign { Target = name, Annotation = ann, Value = value, Simple = 1 }, m);
            }
            mark = m;
        }

        {
            Expr? target = null;
            if (Accept(TokenKind.LPar))
            {
                target = SingleTarget();
                if (target is null || !Accept(TokenKind.RPar)) target = null;
            }
            if (target is null)
            {
                mark = m;
                target = SingleSubscriptAttributeTarget();
            }
            if (target is not null && Accept(TokenKind.Colon))
            {
                var ann = Expression();
                if (ann is not null)
                {
                    Expr? value = null;
                    int m2 = mark;
                    if (Accept(TokenKind.Equal))
                    {
                        value = AnnotatedRhs();
                        if (value is null) mark = m2;
                    }
                    return At(new AnnAssign { Target = target, Annotation = ann, Value = value, Simple = 0 }, m);
                }
            }
            mark = m;
        }

        {
            List<Expr>? targets = null;
            while (true)
            {
                int m2 = mark;
                var t = StarTargets();
                if (t is null || !Accept(TokenKind.Equal))
                {
                    mark = m2;
                    break;
                }
                (targets ??= new List<Expr>()).Add(t);
            }
            if (targets is not null)
            {
                var value = AnnotatedRhs();
                if (value is not null && !Is(TokenKind.Equal))
                    return At(new Assign { Targets = targets, Value = value }, m);
            }
            mark = m;
        }

        {
            var target = SingleTarget();
            if (target is not null)
            {
                var op = AugAssignOp();
                if (op is not null)
                {
                    var value = AnnotatedRhs();
                    if (value is null)
                    {
                        // The cut: no other alternative of this rule is tried.
                        mark = m;
                        return null;
                    }
                    return At(new AugAssign { Target = target, Op = op.Value, Value = value }, m);
                }
            }
            mark = m;
        }

        if (callInvalidRules) InvalidAssignment();
        mark = m;
        return null;
    }

    // annotated_rhs: yield_expr | star_expressions
    Expr? AnnotatedRhs() => Is(TokenKind.Yield) ? YieldExpr() ?? StarExpressions() : StarExpressions();

    Operator? AugAssignOp()
    {
        Operator? op = PeekKind() switch
        {
            TokenKind.PlusEqual => Operator.Add,
            TokenKind.MinEqual => Operator.Sub,
            TokenKind.StarEqual => Operator.Mult,
            TokenKind.AtEqual => Operator.MatMult,
            TokenKind.SlashEqual => Operator.Div,
            TokenKind.PercentEqual => Operator.Mod,
            TokenKind.AmperEqual => Operator.BitAnd,
            TokenKind.VBarEqual => Operator.BitOr,
            TokenKind.CircumflexEqual => Operator.BitXor,
            TokenKind.LeftShiftEqual => Operator.LShift,
            TokenKind.RightShiftEqual => Operator.RShift,
            TokenKind.DoubleStarEqual => Operator.Pow,
            TokenKind.DoubleSlashEqual => Operator.FloorDiv,
            _ => null,
        };
        if (op is not null) mark++;
        return op;
    }

    // ---- simple statements --------------------------------------------------------------

    // return_stmt: 'return' [star_expressions]
    Stmt? ReturnStmt()
    {
        int m = mark;
        if (!Accept(TokenKind.Return)) return null;
        var value = StarExpressions();
        return At(new Return { Value = value }, m);
    }

    // raise_stmt: 'raise' expression ['from' expression] | 'raise'
    Stmt? RaiseStmt()
    {
        int m = mark;
        if (!Accept(TokenKind.Raise)) return null;
        var exc = Expression();
        if (exc is not null)
        {
            Expr? cause = null;
            int m2 = mark;
            if (Accept(TokenKind.From))
            {
                cause = Expression();
                if (cause is null) mark = m2;
            }
            return At(new Raise { Exc = exc, Cause = cause }, m);
        }
        mark = m + 1;
        return At(new Raise(), m);
    }

    // global_stmt: 'global' ','.NAME+
    Stmt? GlobalStmt()
    {
        int m = mark;
        if (!Accept(TokenKind.Global)) return null;
        var names = NameList();
        if (names is null)
        {
            mark = m;
            return null;
        }
        return At(new Global { Names = names }, m);
    }

    // nonlocal_stmt: 'nonlocal' ','.NAME+
    Stmt? NonlocalStmt()
    {
        int m = mark;
        if (!Accept(TokenKind.Nonlocal)) return null;
        var names = NameList();
        if (names is null)
        {
            mark = m;
            return null;
        }
        return At(new Nonlocal { Names = names }, m);
    }

    List<string>? NameList()
    {
        var first = NameText();
        if (first is null) return null;
        var names = new List<string> { first };
        while (true)
        {
            int m = mark;
            if (!Accept(TokenKind.Comma)) break;
            var n = NameText();
            if (n is null)
            {
                mark = m;
                break;
            }
            names.Add(n);
        }
        return names;
    }

    // yield_stmt: yield_expr
    Stmt? YieldStmt()
    {
        int m = mark;
        var y = YieldExpr();
        return y is null ? null : At(new ExprStmt { Value = y }, m);
    }

    // assert_stmt: invalid_assert_stmt | 'assert' expression [',' expression]
    Stmt? AssertStmt()
    {
        int m = mark;
        if (!Accept(TokenKind.Assert)) return null;
        var test = Expression();
        if (test is null)
        {
            mark = m;
            return null;
        }
        Expr? msg = null;
        int m2 = mark;
        if (Accept(TokenKind.Comma))
        {
            msg = Expression();
            if (msg is null) mark = m2;
        }
        return At(new Assert { Test = test, Msg = msg }, m);
    }

    // del_stmt: 'del' del_targets &(';' | NEWLINE) | invalid_del_stmt
    Stmt? DelStmt()
    {
        int m = mark;
        if (Accept(TokenKind.Del))
        {
            var targets = DelTargets();
            if (targets is not null && PeekKind() is TokenKind.Semi or TokenKind.Newline)
                return At(new Delete { Targets = targets }, m);
        }
        mark = m;
        if (callInvalidRules) InvalidDelStmt();
        mark = m;
        return null;
    }

    // type_alias: "type" NAME [type_params] '=' expression
    Stmt? TypeAlias()
    {
        int m = mark;
        if (!AcceptSoft("type")) return null;
        var name = NameToken();
        if (name is not null)
        {
            var typeParams = TypeParams();
            if (Accept(TokenKind.Equal))
            {
                var value = Expression();
                if (value is not null)
                {
                    name.Ctx = ExprContext.Store;
                    return At(new TypeAlias { Name = name, TypeParams = typeParams ?? new List<TypeParam>(), Value = value }, m);
                }
            }
        }
        mark = m;
        return null;
    }

    // ---- imports ------------------------------------------------------------------------

    // import_stmt (memo): invalid_import | import_name | import_from
    Stmt? ImportStmt()
    {
        int m = mark;
        if (TryMemo(Rule.ImportStmt, out Stmt? cached)) return cached;
        if (callInvalidRules) InvalidImport();
        mark = m;
        var r = ImportName();
        if (r is null)
        {
            mark = m;
            r = ImportFrom();
        }
        if (r is null) mark = m;
        return Memo(Rule.ImportStmt, m, r);
    }

    // import_name: 'import' dotted_as_names
    Stmt? ImportName()
    {
        int m = mark;
        if (!Accept(TokenKind.Import)) return null;
        var names = SeparatedList(DottedAsName);
        if (names is null)
        {
            mark = m;
            return null;
        }
        return At(new Import { Names = names }, m);
    }

    // import_from:
    //     | 'from' ('.' | '...')* dotted_name 'import' import_from_targets
    //     | 'from' ('.' | '...')+ 'import' import_from_targets
    Stmt? ImportFrom()
    {
        int m = mark;
        if (!Accept(TokenKind.From)) return null;
        int level = Dots();
        int afterDots = mark;
        var module = DottedName();
        if (module is not null && Accept(TokenKind.Import))
        {
            var names = ImportFromTargets();
            if (names is not null) return At(new ImportFrom { Module = module, Names = names, Level = level }, m);
        }
        mark = afterDots;
        if (level > 0 && Accept(TokenKind.Import))
        {
            var names = ImportFromTargets();
            if (names is not null) return At(new ImportFrom { Module = null, Names = names, Level = level }, m);
        }
        mark = m;
        return null;
    }

    int Dots()
    {
        int level = 0;
        while (true)
        {
            if (Accept(TokenKind.Dot)) level++;
            else if (Accept(TokenKind.Ellipsis)) level += 3;
            else return level;
        }
    }

    // import_from_targets:
    //     | '(' import_from_as_names [','] ')'
    //     | import_from_as_names !','
    //     | '*'
    //     | invalid_import_from_targets
    List<Alias>? ImportFromTargets()
    {
        int m = mark;
        if (Accept(TokenKind.LPar))
        {
            var names = SeparatedList(ImportFromAsName);
            if (names is not null)
            {
                Accept(TokenKind.Comma);
                if (Accept(TokenKind.RPar)) return names;
            }
            mark = m;
        }
        {
            var names = SeparatedList(ImportFromAsName);
            if (names is not null && !Is(TokenKind.Comma)) return names;
            mark = m;
        }
        if (Accept(TokenKind.Star))
        {
            return [At(new Alias { Name = "*" }, m)];
        }
        if (callInvalidRules) InvalidImportFromTargets();
        mark = m;
        return null;
    }

    // import_from_as_name: NAME ['as' NAME]
    Alias? ImportFromAsName()
    {
        int m = mark;
        var name = NameText();
        if (name is null) return null;
        string? asname = null;
        int m2 = mark;
        if (Accept(TokenKind.As))
        {
            asname = NameText();
            if (asname is null) mark = m2;
        }
        return At(new Alias { Name = name, Asname = asname }, m);
    }

    // dotted_as_name: dotted_name ['as' NAME]
    Alias? DottedAsName()
    {
        int m = mark;
        var name = DottedName();
        if (name is null) return null;
        string? asname = null;
        int m2 = mark;
        if (Accept(TokenKind.As))
        {
            asname = NameText();
            if (asname is null) mark = m2;
        }
        return At(new Alias { Name = name, Asname = asname }, m);
    }

    // dotted_name: dotted_name '.' NAME | NAME
    string? DottedName()
    {
        var first = NameText();
        if (first is null) return null;
        string result = first;
        while (true)
        {
            int m = mark;
            if (!Accept(TokenKind.Dot)) break;
            var next = NameText();
            if (next is null)
            {
                mark = m;
                break;
            }
            result = result + "." + next;
        }
        return result;
    }

    /// <summary>','.item+ : one or more items separated by commas (a trailing comma is not consumed).</summary>
    List<T>? SeparatedList<T>(Func<T?> item) where T : class
    {
        var first = item();
        if (first is null) return null;
        var list = new List<T> { first };
        while (true)
        {
            int m = mark;
            if (!Accept(TokenKind.Comma)) break;
            var next = item();
            if (next is null)
            {
                mark = m;
                break;
            }
            list.Add(next);
        }
        return list;
    }

    // ---- compound statements ------------------------------------------------------------

    // block (memo): NEWLINE INDENT statements DEDENT | simple_stmts | invalid_block
    List<Stmt>? Block()
    {
        int m = mark;
        if (TryMemo(Rule.Block, out List<Stmt>? cached)) return cached;
        List<Stmt>? r = null;
        if (Accept(TokenKind.Newline) && Accept(TokenKind.Indent))
        {
            var body = Statements();
            if (body is not null && Accept(TokenKind.Dedent)) r = body;
        }
        if (r is null)
        {
            mark = m;
            r = SimpleStmts();
        }
        if (r is null)
        {
            mark = m;
            if (callInvalidRules) InvalidBlock();
            mark = m;
        }
        return Memo(Rule.Block, m, r);
    }

    // if_stmt:
    //     | invalid_if_stmt
    //     | 'if' named_expression ':' block elif_stmt
    //     | 'if' named_expression ':' block [else_block]
    Stmt? IfStmt() => IfOrElif(TokenKind.If);

    Stmt? IfOrElif(TokenKind keyword)
    {
        int m = mark;
        if (callInvalidRules) InvalidIfOrElif(keyword);
        mark = m;
        if (!Accept(keyword)) return null;
        var test = NamedExpression();
        if (test is not null && Accept(TokenKind.Colon))
        {
            var body = Block();
            if (body is not null)
            {
                int m2 = mark;
                if (Is(TokenKind.Elif))
                {
                    var elif = IfOrElif(TokenKind.Elif);
                    if (elif is not null) return At(new If { Test = test, Body = body, Orelse = [elif] }, m);
                    mark = m2;
                }
                var orelse = ElseBlock();
                return At(new If { Test = test, Body = body, Orelse = orelse ?? new List<Stmt>() }, m);
            }
        }
        mark = m;
        return null;
    }

    // else_block: invalid_else_stmt | 'else' &&':' block
    List<Stmt>? ElseBlock()
    {
        int m = mark;
        if (callInvalidRules) InvalidElseStmt();
        mark = m;
        if (!Accept(TokenKind.Else)) return null;
        ExpectForced(TokenKind.Colon, "':'");
        var b = Block();
        if (b is null) mark = m;
        return b;
    }

    /// <summary>&&token: a forced token; its absence is "expected 'X'" at once.</summary>
    void ExpectForced(TokenKind kind, string text)
    {
        if (Accept(kind)) return;
        throw ErrorAtToken(SyntaxErrorKind.SyntaxError, $"expected {text}", Current);
    }

    // while_stmt: invalid_while_stmt | 'while' named_expression ':' block [else_block]
    Stmt? WhileStmt()
    {
        int m = mark;
        if (callInvalidRules) InvalidWhileStmt();
        mark = m;
        if (!Accept(TokenKind.While)) return null;
        var test = NamedExpression();
        if (test is not null && Accept(TokenKind.Colon))
        {
            var body = Block();
            if (body is not null)
            {
                var orelse = ElseBlock();
                return At(new While { Test = test, Body = body, Orelse = orelse ?? new List<Stmt>() }, m);
            }
        }
        mark = m;
        return null;
    }

    // for_stmt:
    //     | invalid_for_stmt
    //     | 'for' star_targets 'in' ~ star_expressions ':' [TYPE_COMMENT] block [else_block]
    //     | 'async' 'for' star_targets 'in' ~ star_expressions ':' [TYPE_COMMENT] block [else_block]
    //     | invalid_for_target
    Stmt? ForStmt()
    {
        int m = mark;
        if (callInvalidRules) InvalidForStmt();
        mark = m;
        bool isAsync = Accept(TokenKind.Async);
        if (Accept(TokenKind.For))
        {
            var target = StarTargets();
            if (target is not null && Accept(TokenKind.In))
            {
                // Cut: after 'in', failing here fails the statement.
                var iter = StarExpressions();
                if (iter is null || !Accept(TokenKind.Colon))
                {
                    mark = m;
                    return null;
                }
                var body = Block();
                if (body is null)
                {
                    mark = m;
                    return null;
                }
                var orelse = ElseBlock() ?? new List<Stmt>();
                return isAsync
                    ? At(new AsyncFor { Target = target, Iter = iter, Body = body, Orelse = orelse }, m)
                    : At(new For { Target = target, Iter = iter, Body = body, Orelse = orelse }, m);
            }
        }
        mark = m;
        if (callInvalidRules) InvalidForTarget();
        mark = m;
        return null;
    }

    // with_stmt:
    //     | invalid_with_stmt_indent
    //     | ['async'] 'with' '(' ','.with_item+ ','? ')' ':' block
    //     | ['async'] 'with' ','.with_item+ ':' [TYPE_COMMENT] block
    //     | invalid_with_stmt
    Stmt? WithStmt()
    {
        int m = mark;
        if (callInvalidRules) InvalidWithStmtIndent();
        mark = m;
        bool isAsync = Accept(TokenKind.Async);
        if (!Accept(TokenKind.With))
        {
            mark = m;
            return null;
        }
        int afterWith = mark;
        if (Accept(TokenKind.LPar))
        {
            var items = SeparatedList(WithItem);
            if (items is not null)
            {
                Accept(TokenKind.Comma);
                if (Accept(TokenKind.RPar) && Accept(TokenKind.Colon))
                {
                    var body = Block();
                    if (body is not null) return MakeWith(isAsync, items, body, m);
                }
            }
            mark = afterWith;
        }
        {
            var items = SeparatedList(WithItem);
            if (items is not null && Accept(TokenKind.Colon))
            {
                var body = Block();
                if (body is not null) return MakeWith(isAsync, items, body, m);
            }
        }
        mark = m;
        if (callInvalidRules) InvalidWithStmt();
        mark = m;
        return null;
    }

    Stmt MakeWith(bool isAsync, List<WithItem> items, List<Stmt> body, int m) =>
        isAsync ? At(new AsyncWith { Items = items, Body = body }, m) : At(new With { Items = items, Body = body }, m);

    // with_item:
    //     | expression 'as' star_target &(',' | ')' | ':')
    //     | invalid_with_item
    //     | expression
    WithItem? WithItem()
    {
        int m = mark;
        var e = Expression();
        if (e is null) return null;
        int afterExpr = mark;
        if (Accept(TokenKind.As))
        {
            var t = StarTarget();
            if (t is not null && PeekKind() is TokenKind.Comma or TokenKind.RPar or TokenKind.Colon)
                return new WithItem { ContextExpr = e, OptionalVars = t };
        }
        mark = m;
        if (callInvalidRules) InvalidWithItem();
        mark = afterExpr;
        return new WithItem { ContextExpr = e };
    }

    // try_stmt:
    //     | invalid_try_stmt
    //     | 'try' &&':' block finally_block
    //     | 'try' &&':' block except_block+ [else_block] [finally_block]
    //     | 'try' &&':' block except_star_block+ [else_block] [finally_block]
    Stmt? TryStmt()
    {
        int m = mark;
        if (callInvalidRules) InvalidTryStmt();
        mark = m;
        if (!Accept(TokenKind.Try)) return null;
        ExpectForced(TokenKind.Colon, "':'");
        var body = Block();
        if (body is null)
        {
            mark = m;
            return null;
        }
        int afterBody = mark;
        var fin = FinallyBlock();
        if (fin is not null) return At(new Try { Body = body, Finalbody = fin }, m);
        mark = afterBody;

        var handlers = new List<ExceptHandler>();
        while (true)
        {
            int m2 = mark;
            var h = ExceptBlock();
            if (h is null)
            {
                mark = m2;
                break;
            }
            handlers.Add(h);
        }
        if (handlers.Count > 0)
        {
            var orelse = ElseBlock() ?? new List<Stmt>();
            var final = FinallyBlock() ?? new List<Stmt>();
            return At(new Try { Body = body, Handlers = handlers, Orelse = orelse, Finalbody = final }, m);
        }
        mark = afterBody;
        while (true)
        {
            int m2 = mark;
            var h = ExceptStarBlock();
            if (h is null)
            {
                mark = m2;
                break;
            }
            handlers.Add(h);
        }
        if (handlers.Count > 0)
        {
            var orelse = ElseBlock() ?? new List<Stmt>();
            var final = FinallyBlock() ?? new List<Stmt>();
            return At(new TryStar { Body = body, Handlers = handlers, Orelse = orelse, Finalbody = final }, m);
        }
        mark = m;
        return null;
    }

    // except_block:
    //     | invalid_except_stmt_indent
    //     | 'except' expression ['as' NAME] ':' block
    //     | 'except' ':' block
    //     | invalid_except_stmt
    ExceptHandler? ExceptBlock()
    {
        int m = mark;
        if (callInvalidRules) InvalidExceptStmtIndent();
        mark = m;
        if (!Accept(TokenKind.Except)) return null;
        var type = Expression();
        if (type is not null)
        {
            string? name = null;
            int m2 = mark;
            if (Accept(TokenKind.As))
            {
                name = NameText();
                if (name is null) mark = m2;
            }
            if (Accept(TokenKind.Colon))
            {
                var body = Block();
                if (body is not null) return At(new ExceptHandler { Type = type, Name = name, Body = body }, m);
            }
        }
        mark = m + 1;
        if (Accept(TokenKind.Colon))
        {
            var body = Block();
            if (body is not null) return At(new ExceptHandler { Body = body }, m);
        }
        mark = m;
        if (callInvalidRules) InvalidExceptStmt();
        mark = m;
        return null;
    }

    // except_star_block:
    //     | invalid_except_star_stmt_indent
    //     | 'except' '*' expression ['as' NAME] ':' block
    //     | invalid_except_stmt
    ExceptHandler? ExceptStarBlock()
    {
        int m = mark;
        if (callInvalidRules) InvalidExceptStarStmtIndent();
        mark = m;
        if (Accept(TokenKind.Except) && Accept(TokenKind.Star))
        {
            var type = Expression();
            if (type is not null)
            {
                string? name = null;
                int m2 = mark;
                if (Accept(TokenKind.As))
                {
                    name = NameText();
                    if (name is null) mark = m2;
                }
                if (Accept(TokenKind.Colon))
                {
                    var body = Block();
                    if (body is not null) return At(new ExceptHandler { Type = type, Name = name, Body = body }, m);
                }
            }
        }
        mark = m;
        if (callInvalidRules) InvalidExceptStmt();
        mark = m;
        return null;
    }

    // finally_block: invalid_finally_stmt | 'finally' &&':' block
    List<Stmt>? FinallyBlock()
    {
        int m = mark;
        if (callInvalidRules) InvalidFinallyStmt();
        mark = m;
        if (!Accept(TokenKind.Finally)) return null;
        ExpectForced(TokenKind.Colon, "':'");
        var b = Block();
        if (b is null) mark = m;
        return b;
    }
}
