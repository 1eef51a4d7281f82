using Ftpy.Parsing.Ast;
using Attribute = Ftpy.Parsing.Ast.Attribute;
using Tuple = Ftpy.Parsing.Ast.Tuple;

namespace Ftpy.Parsing;

// The invalid_* rules of python.gram, as in CPython 3.13: they only run in the error pass
// (callInvalidRules), and either throw the specific SyntaxError or match nothing. The
// caller restores the mark afterwards.
public sealed partial class Parser
{
    enum TargetsType { Star, Del, For }

    /// <summary>
    /// SOFT_KEYWORD in invalid_expression's lookahead. CPython compares only as many
    /// characters as the name has (strncmp), so any prefix of a soft keyword counts:
    /// "c" or "ma" match as well as "case" and "match".
    /// </summary>
    static bool IsSoftKeyword(in Token t)
    {
        if (t.Kind != TokenKind.Name) return false;
        string s = t.Text!;
        return "_".StartsWith(s, StringComparison.Ordinal) || "case".StartsWith(s, StringComparison.Ordinal)
            || "match".StartsWith(s, StringComparison.Ordinal) || "type".StartsWith(s, StringComparison.Ordinal);
    }

    static bool IsLegacyName(Expr e) => e is Name { Id: "print" or "exec" };

    /// <summary>CPython's _PyPegen_get_expr_name, for messages.</summary>
    static string ExprName(Expr e) => e switch
    {
        Attribute => "attribute",
        Subscript => "subscript",
        Starred => "starred",
        Name => "name",
        List => "list",
        Tuple => "tuple",
        Lambda => "lambda",
        Call => "function call",
        BoolOp or BinOp or UnaryOp => "expression",
        GeneratorExp => "generator expression",
        Yield or YieldFrom => "yield expression",
        Await => "await expression",
        ListComp => "list comprehension",
        SetComp => "set comprehension",
        DictComp => "dict comprehension",
        Dict => "dict literal",
        Set => "set display",
        JoinedStr or FormattedValue => "f-string expression",
        Constant { Value: NoneValue } => "None",
        Constant { Value: false } => "False",
        Constant { Value: true } => "True",
        Constant { Value: EllipsisValue } => "ellipsis",
        Constant => "literal",
        Compare => "comparison",
        IfExp => "conditional expression",
        NamedExpr => "named expression",
        _ => "expression",
    };

    /// <summary>CPython's _PyPegen_get_invalid_target: the first part of <paramref name="e"/> that cannot be a target.</summary>
    static Expr? InvalidTarget(Expr e, TargetsType type)
    {
        switch (e)
        {
            case List l:
                foreach (var x in l.Elts)
                    if (InvalidTarget(x, type) is { } bad) return bad;
                return null;
            case Tuple t:
                foreach (var x in t.Elts)
                    if (InvalidTarget(x, type) is { } bad) return bad;
                return null;
            case Starred s:
                return type == TargetsType.Del ? e : InvalidTarget(s.Value, type);
            case Compare c:
                // 'for a in b' parses "a in b" as a comparison: look at its left side.
                if (type == TargetsType.For) return c.Ops[0] == CmpOp.In ? InvalidTarget(c.Left, type) : null;
                return e;
            case Name:
            case Subscript:
            case Attribute:
                return null;
            default:
                return e;
        }
    }

    /// <summary>RAISE_SYNTAX_ERROR_INVALID_TARGET: throws when part of <paramref name="e"/> cannot be a target, else matches nothing.</summary>
    void RaiseInvalidTarget(TargetsType type, Expr e)
    {
        var bad = InvalidTarget(e, type);
        if (bad is null) return;
        string verb = type == TargetsType.Del ? "delete" : "assign to";
        throw RaiseAt(bad, $"cannot {verb} {ExprName(bad)}");
    }

    static Expr LastComprehensionItem(List<Comprehension> gens)
    {
        var c = gens[^1];
        return c.Ifs.Count > 0 ? c.Ifs[^1] : c.Iter;
    }

    /// <summary>expression_without_invalid: the expression rule with the invalid rules switched
    /// off for everything it calls (memo entries made meanwhile are shared, as in CPython).</summary>
    Expr? ExpressionWithoutInvalid()
    {
        bool saved = callInvalidRules;
        callInvalidRules = false;
        try
        {
            return ExpressionUncached();
        }
        finally
        {
            callInvalidRules = saved;
        }
    }

    // ---- arguments ----------------------------------------------------------------------

    void InvalidArguments()
    {
        int m = mark;
        {
            bool ok = false;
            var pos = SeparatedList(PositionalArg);
            if (pos is not null && Accept(TokenKind.Comma) && Kwargs() is not null) ok = true;
            if (!ok)
            {
                mark = m;
                ok = Kwargs() is not null;
            }
            if (ok && Is(TokenKind.Comma))
            {
                var a = tokens[mark++];
                if (SeparatedList(StarredNotFollowedByEqual) is not null)
                    throw RaiseStartingFrom(a, "iterable argument unpacking follows keyword argument unpacking");
            }
            mark = m;
        }
        {
            var a = Expression();
            if (a is not null)
            {
                var b = ForIfClauses();
                if (b is not null && Accept(TokenKind.Comma))
                    throw RaiseRange(a, LastComprehensionItem(b), "Generator expression must be parenthesized");
            }
            mark = m;
        }
        if (PeekKind() == TokenKind.Name && PeekKind(1) == TokenKind.Equal)
        {
            var a = tokens[mark];
            var b = tokens[mark + 1];
            mark += 2;
            if (Expression() is not null && ForIfClauses() is not null)
                throw RaiseRange(a, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            mark = m;
        }
        {
            int start = mark;
            if (Args() is null || !Accept(TokenKind.Comma)) mark = start;
            if (PeekKind() == TokenKind.Name && PeekKind(1) == TokenKind.Equal && PeekKind(2) is TokenKind.Comma or TokenKind.RPar)
                throw RaiseRange(tokens[mark], tokens[mark + 1], "expected argument value expression");
            mark = m;
        }
        {
            var a = Args();
            if (a is not null)
            {
                var b = ForIfClauses();
                if (b is not null && a.Args.Count > 1)
                    throw RaiseRange(a.Args[^1], LastComprehensionItem(b), "Generator expression must be parenthesized");
            }
            mark = m;
        }
        {
            if (Args() is not null && Accept(TokenKind.Comma))
            {
                var a = Expression();
                if (a is not null)
                {
                    var b = ForIfClauses();
                    if (b is not null) throw RaiseRange(a, LastComprehensionItem(b), "Generator expression must be parenthesized");
                }
            }
            mark = m;
        }
        {
            var a = Args();
            if (a is not null && Accept(TokenKind.Comma) && Args() is not null)
            {
                bool unpacking = a.Keywords.Exists(k => k.Arg is null);
                throw RaiseSyntaxError(unpacking
                    ? "positional argument follows keyword argument unpacking"
                    : "positional argument follows keyword argument");
            }
            mark = m;
        }
    }

    Expr? StarredNotFollowedByEqual()
    {
        int m = mark;
        var s = StarredExpression();
        if (s is not null && !Is(TokenKind.Equal)) return s;
        mark = m;
        return null;
    }

    void InvalidKwarg()
    {
        int m = mark;
        if (PeekKind() is TokenKind.True or TokenKind.False or TokenKind.None && PeekKind(1) == TokenKind.Equal)
        {
            var a = tokens[mark];
            throw RaiseRange(a, tokens[mark + 1], $"cannot assign to {tokenizer.Source.Substring(a.Start, a.End - a.Start)}");
        }
        if (PeekKind() == TokenKind.Name && PeekKind(1) == TokenKind.Equal)
        {
            var a = tokens[mark];
            var b = tokens[mark + 1];
            mark += 2;
            if (Expression() is not null && ForIfClauses() is not null)
                throw RaiseRange(a, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            mark = m;
        }
        else
        {
            var a = Expression();
            if (a is not null && Is(TokenKind.Equal))
                throw RaiseRange(a, Current, "expression cannot contain assignment, perhaps you meant \"==\"?");
            mark = m;
        }
        if (Is(TokenKind.DoubleStar))
        {
            var a = tokens[mark++];
            if (Expression() is not null && Accept(TokenKind.Equal))
            {
                var b = Expression();
                if (b is not null) throw RaiseRange(a, b, "cannot assign to keyword argument unpacking");
            }
            mark = m;
        }
    }

    void InvalidStarredExpressionUnpacking()
    {
        if (!Is(TokenKind.Star)) return;
        var a = tokens[mark++];
        if (Expression() is not null && Accept(TokenKind.Equal))
        {
            var b = Expression();
            if (b is not null) throw RaiseRange(a, b, "cannot assign to iterable argument unpacking");
        }
    }

    void InvalidStarredExpression()
    {
        if (Is(TokenKind.Star)) throw RaiseSyntaxError("Invalid star expression");
    }

    // ---- expressions --------------------------------------------------------------------

    void InvalidLegacyExpression()
    {
        var a = NameToken();
        if (a is null || Is(TokenKind.LPar)) return;
        var b = StarExpressions();
        if (b is not null && IsLegacyName(a))
            throw RaiseRange(a, b, $"Missing parentheses in call to '{a.Id}'. Did you mean {a.Id}(...)?");
    }

    void InvalidExpression()
    {
        int m = mark;
        ref readonly var t0 = ref Current;
        bool skip = t0.Kind == TokenKind.Name && PeekKind(1) == TokenKind.String || IsSoftKeyword(t0);
        if (!skip)
        {
            var a = Disjunction();
            if (a is not null)
            {
                var b = ExpressionWithoutInvalid();
                if (b is not null && !IsLegacyName(a) && tokens[mark - 1].Level != 0)
                    throw RaiseRange(a, b, "invalid syntax. Perhaps you forgot a comma?");
            }
        }
        mark = m;
        {
            var a = Disjunction();
            if (a is not null && Accept(TokenKind.If))
            {
                var b = Disjunction();
                if (b is not null && PeekKind() is not (TokenKind.Else or TokenKind.Colon))
                    throw RaiseRange(a, b, "expected 'else' after 'if' expression");
            }
            mark = m;
        }
        if (Is(TokenKind.Lambda))
        {
            var a = tokens[mark++];
            LambdaParams();
            if (Is(TokenKind.Colon))
            {
                var b = tokens[mark++];
                int m2 = mark;
                bool fstringNext = Is(TokenKind.FStringMiddle) || ReplacementField() is not null;
                mark = m2;
                if (fstringNext) throw RaiseRange(a, b, "f-string: lambda expressions are not allowed without parentheses");
            }
            mark = m;
        }
    }

    readonly HashSet<int> invalidNamedExpressionTried = new();

    void InvalidNamedExpression()
    {
        int m = mark;
        // Memoized in CPython: each position is examined once per pass.
        if (!invalidNamedExpressionTried.Add(m)) return;
        {
            var a = Expression();
            if (a is not null && Accept(TokenKind.ColonEqual) && Expression() is not null)
                throw RaiseAt(a, $"cannot use assignment expressions with {ExprName(a)}");
            mark = m;
        }
        if (PeekKind() == TokenKind.Name && PeekKind(1) == TokenKind.Equal)
        {
            var a = NameToken()!;
            mark++;
            var b = BitwiseOr();
            if (b is not null && PeekKind() is not (TokenKind.Equal or TokenKind.ColonEqual))
                throw RaiseRange(a, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            mark = m;
        }
        {
            bool excluded = ListRule() is not null;
            mark = m;
            excluded = excluded || TupleRule() is not null;
            mark = m;
            excluded = excluded || Genexp() is not null;
            mark = m;
            excluded = excluded || PeekKind() is TokenKind.True or TokenKind.None or TokenKind.False;
            if (!excluded)
            {
                var a = BitwiseOr();
                if (a is not null && Accept(TokenKind.Equal) && BitwiseOr() is not null
                    && PeekKind() is not (TokenKind.Equal or TokenKind.ColonEqual))
                    throw RaiseAt(a, $"cannot assign to {ExprName(a)} here. Maybe you meant '==' instead of '='?");
            }
            mark = m;
        }
    }

    void InvalidArithmetic()
    {
        int m = mark;
        if (Sum() is not null && PeekKind() is TokenKind.Plus or TokenKind.Minus or TokenKind.Star or TokenKind.Slash
                or TokenKind.Percent or TokenKind.DoubleSlash or TokenKind.At)
        {
            mark++;
            if (Is(TokenKind.Not))
            {
                var a = tokens[mark++];
                var b = Inversion();
                if (b is not null) throw RaiseRange(a, b, "'not' after an operator must be parenthesized");
            }
        }
        mark = m;
    }

    void InvalidFactor()
    {
        if (PeekKind() is not (TokenKind.Plus or TokenKind.Minus or TokenKind.Tilde) || PeekKind(1) != TokenKind.Not) return;
        mark++;
        var a = tokens[mark++];
        var b = Factor();
        if (b is not null) throw RaiseRange(a, b, "'not' after an operator must be parenthesized");
    }

    void InvalidGroup()
    {
        int m = mark;
        if (!Accept(TokenKind.LPar)) return;
        var a = StarredExpression();
        if (a is not null && Accept(TokenKind.RPar)) throw RaiseAt(a, "cannot use starred expression here");
        mark = m + 1;
        if (Is(TokenKind.DoubleStar))
        {
            var star = tokens[mark++];
            if (Expression() is not null && Accept(TokenKind.RPar)) throw RaiseAt(star, "cannot use double starred expression here");
        }
    }

    void InvalidComprehension()
    {
        int m = mark;
        if (PeekKind() is TokenKind.LSqb or TokenKind.LPar or TokenKind.LBrace)
        {
            mark++;
            var a = StarredExpression();
            if (a is not null && ForIfClauses() is not null)
                throw RaiseAt(a, "iterable unpacking cannot be used in comprehension");
            mark = m;
        }
        if (PeekKind() is TokenKind.LSqb or TokenKind.LBrace)
        {
            mark++;
            var a = StarNamedExpression();
            if (a is not null && Accept(TokenKind.Comma))
            {
                int afterComma = mark;
                var b = StarNamedExpressions();
                if (b is not null && ForIfClauses() is not null)
                    throw RaiseRange(a, b[^1], "did you forget parentheses around the comprehension target?");
                mark = afterComma;
                if (ForIfClauses() is not null)
                    throw RaiseRange(a, tokens[afterComma - 1], "did you forget parentheses around the comprehension target?");
            }
            mark = m;
        }
    }

    void InvalidDictComprehension()
    {
        if (!Accept(TokenKind.LBrace) || !Is(TokenKind.DoubleStar)) return;
        var a = tokens[mark++];
        if (BitwiseOr() is not null && ForIfClauses() is not null && Accept(TokenKind.RBrace))
            throw RaiseAt(a, "dict unpacking cannot be used in dict comprehension");
    }

    void InvalidDoubleStarredKvpairs()
    {
        int m = mark;
        {
            var keys = new List<Expr?>();
            var values = new List<Expr>();
            if (DoubleStarredKvpair(keys, values))
            {
                while (true)
                {
                    int m2 = mark;
                    if (!Accept(TokenKind.Comma) || !DoubleStarredKvpair(keys, values))
                    {
                        mark = m2;
                        break;
                    }
                }
                if (Accept(TokenKind.Comma)) InvalidKvpair();
            }
            mark = m;
        }
        {
            if (Expression() is not null && Accept(TokenKind.Colon) && Is(TokenKind.Star))
            {
                var a = tokens[mark++];
                if (BitwiseOr() is not null) throw RaiseStartingFrom(a, "cannot use a starred expression in a dictionary value");
            }
            mark = m;
        }
        {
            if (Expression() is not null && Is(TokenKind.Colon))
            {
                var a = tokens[mark++];
                if (PeekKind() is TokenKind.RBrace or TokenKind.Comma)
                    throw RaiseAt(a, "expression expected after dictionary key and ':'");
            }
            mark = m;
        }
    }

    void InvalidKvpair()
    {
        int m = mark;
        var a = Expression();
        if (a is not null && !Is(TokenKind.Colon))
            throw ErrorAt(SyntaxErrorKind.SyntaxError, "':' expected after dictionary key", a.Lineno, a.EndColOffset, a.EndLineno, 0);
        mark = m;
        if (Expression() is not null && Accept(TokenKind.Colon) && Is(TokenKind.Star))
        {
            var star = tokens[mark++];
            if (BitwiseOr() is not null) throw RaiseStartingFrom(star, "cannot use a starred expression in a dictionary value");
        }
        mark = m;
        if (Expression() is not null && Is(TokenKind.Colon))
        {
            var colon = tokens[mark++];
            if (PeekKind() is TokenKind.RBrace or TokenKind.Comma)
                throw RaiseAt(colon, "expression expected after dictionary key and ':'");
        }
        mark = m;
    }

    void InvalidForIfClause()
    {
        Accept(TokenKind.Async);
        if (!Accept(TokenKind.For)) return;
        if (BitwiseOr() is null) return;
        while (true)
        {
            int m = mark;
            if (!Accept(TokenKind.Comma) || BitwiseOr() is null)
            {
                mark = m;
                break;
            }
        }
        Accept(TokenKind.Comma);
        if (!Is(TokenKind.In)) throw RaiseSyntaxError("'in' expected after for-loop variables");
    }

    void InvalidForTarget()
    {
        Accept(TokenKind.Async);
        if (!Accept(TokenKind.For)) return;
        var a = StarExpressions();
        if (a is not null) RaiseInvalidTarget(TargetsType.For, a);
    }

    // ---- assignment and simple statements -----------------------------------------------

    void InvalidAssignment()
    {
        int m = mark;
        {
            var a = InvalidAnnAssignTarget();
            if (a is not null && Accept(TokenKind.Colon) && Expression() is not null)
                throw RaiseAt(a, $"only single target (not {ExprName(a)}) can be annotated");
            mark = m;
        }
        {
            var a = StarNamedExpression();
            if (a is not null && Accept(TokenKind.Comma))
            {
                while (StarNamedExpressions() is not null) { }
                if (Accept(TokenKind.Colon) && Expression() is not null)
                    throw RaiseAt(a, "only single target (not tuple) can be annotated");
            }
            mark = m;
        }
        {
            var a = Expression();
            if (a is not null && Accept(TokenKind.Colon) && Expression() is not null)
                throw RaiseAt(a, "illegal target for annotation");
            mark = m;
        }
        {
            SkipStarTargetsEqual();
            var a = StarExpressions();
            if (a is not null && Is(TokenKind.Equal)) RaiseInvalidTarget(TargetsType.Star, a);
            mark = m;
        }
        {
            SkipStarTargetsEqual();
            var a = YieldExpr();
            if (a is not null && Is(TokenKind.Equal)) throw RaiseAt(a, "assignment to yield expression not possible");
            mark = m;
        }
        {
            var a = StarExpressions();
            if (a is not null && AugAssignOp() is not null && AnnotatedRhs() is not null)
                throw RaiseAt(a, $"'{ExprName(a)}' is an illegal expression for augmented assignment");
            mark = m;
        }
    }

    /// <summary>(star_targets '=')*</summary>
    void SkipStarTargetsEqual()
    {
        while (true)
        {
            int m = mark;
            if (StarTargets() is null || !Accept(TokenKind.Equal))
            {
                mark = m;
                return;
            }
        }
    }

    // invalid_ann_assign_target: list | tuple | '(' invalid_ann_assign_target ')'
    Expr? InvalidAnnAssignTarget()
    {
        int m = mark;
        var r = ListRule() ?? TupleRule();
        if (r is not null) return r;
        if (Accept(TokenKind.LPar))
        {
            var a = InvalidAnnAssignTarget();
            if (a is not null && Accept(TokenKind.RPar)) return a;
        }
        mark = m;
        return null;
    }

    void InvalidDelStmt()
    {
        if (!Accept(TokenKind.Del)) return;
        var a = StarExpressions();
        if (a is not null) RaiseInvalidTarget(TargetsType.Del, a);
    }

    void InvalidBlock()
    {
        if (Accept(TokenKind.Newline) && !Is(TokenKind.Indent)) throw RaiseIndentationError("expected an indented block");
    }

    void InvalidImport()
    {
        int m = mark;
        if (!Is(TokenKind.Import)) return;
        var a = tokens[mark++];
        if (SeparatedList(DottedNameText) is not null && Accept(TokenKind.From) && DottedName() is not null)
            throw RaiseStartingFrom(a, "Did you mean to use 'from ... import ...' instead?");
        mark = m + 1;
        if (Is(TokenKind.Newline)) throw RaiseStartingFrom(Current, "Expected one or more names after 'import'");
    }

    object? DottedNameText() => DottedName();

    void InvalidImportFromTargets()
    {
        int m = mark;
        if (SeparatedList(ImportFromAsName) is not null && Accept(TokenKind.Comma) && Is(TokenKind.Newline))
            throw RaiseSyntaxError("trailing comma not allowed without surrounding parentheses");
        mark = m;
        if (Is(TokenKind.Newline)) throw RaiseStartingFrom(Current, "Expected one or more names after 'import'");
    }

    // ---- compound statements ------------------------------------------------------------

    /// <summary>NEWLINE !INDENT after a block header: the IndentationError for <paramref name="what"/>.</summary>
    void IndentedBlockExpected(string what, int line)
    {
        if (Accept(TokenKind.Newline) && !Is(TokenKind.Indent))
            throw RaiseIndentationError($"expected an indented block after {what} on line {line}");
    }

    void InvalidIfOrElif(TokenKind keyword)
    {
        int m = mark;
        if (!Accept(keyword)) return;
        var test = NamedExpression();
        if (test is null) return;
        if (Is(TokenKind.Newline)) throw RaiseSyntaxError("expected ':'");
        if (Accept(TokenKind.Colon))
            IndentedBlockExpected(keyword == TokenKind.If ? "'if' statement" : "'elif' statement", keyword == TokenKind.If ? test.Lineno : tokens[m].Line);
    }

    void InvalidElseStmt()
    {
        if (!Is(TokenKind.Else)) return;
        var a = tokens[mark++];
        if (Accept(TokenKind.Colon)) IndentedBlockExpected("'else' statement", a.Line);
    }

    void InvalidWhileStmt()
    {
        if (!Is(TokenKind.While)) return;
        var a = tokens[mark++];
        if (NamedExpression() is null) return;
        if (Is(TokenKind.Newline)) throw RaiseSyntaxError("expected ':'");
        if (Accept(TokenKind.Colon)) IndentedBlockExpected("'while' statement", a.Line);
    }

    void InvalidForStmt()
    {
        Accept(TokenKind.Async);
        if (!Is(TokenKind.For)) return;
        var a = tokens[mark++];
        if (StarTargets() is null || !Accept(TokenKind.In) || StarExpressions() is null) return;
        if (Is(TokenKind.Newline)) throw RaiseSyntaxError("expected ':'");
        if (Accept(TokenKind.Colon)) IndentedBlockExpected("'for' statement", a.Line);
    }

    // invalid_def_raw:
    //     | ['async'] 'def' NAME [type_params] '(' [params] ')' ['->' expression] ':' NEWLINE !INDENT
    //     | ['async'] 'def' NAME [type_params] &&'(' [params] ')' ['->' expression] &&':' [func_type_comment] block
    void InvalidDefRaw()
    {
        int m = mark;
        Accept(TokenKind.Async);
        if (!Is(TokenKind.Def)) return;
        var a = tokens[mark++];
        if (NameText() is null) return;
        int afterName = mark;
        TypeParams();
        if (Accept(TokenKind.LPar))
        {
            Params();
            if (Accept(TokenKind.RPar))
            {
                int m2 = mark;
                if (!(Accept(TokenKind.RArrow) && Expression() is not null)) mark = m2;
                if (Accept(TokenKind.Colon)) IndentedBlockExpected("function definition", a.Line);
            }
        }
        mark = afterName;
        TypeParams();
        ExpectForced(TokenKind.LPar, "'('");
        Params();
        if (!Accept(TokenKind.RPar)) return;
        int m3 = mark;
        if (!(Accept(TokenKind.RArrow) && Expression() is not null)) mark = m3;
        ExpectForced(TokenKind.Colon, "':'");
        Block();
        mark = m;
    }

    void InvalidClassDefRaw()
    {
        if (!Is(TokenKind.Class)) return;
        var a = tokens[mark++];
        if (NameText() is null) return;
        TypeParams();
        int m = mark;
        if (!(Accept(TokenKind.LPar) && (Arguments() is not null || true) && Accept(TokenKind.RPar))) mark = m;
        if (Is(TokenKind.Newline)) throw RaiseSyntaxError("expected ':'");
        if (Accept(TokenKind.Colon)) IndentedBlockExpected("class definition", a.Line);
    }

    /// <summary>','.(expression ['as' star_target])+ (or with expressions, inside parentheses).</summary>
    bool WithItemsLoose(bool parenthesized)
    {
        bool any = false;
        while (true)
        {
            int m = mark;
            if (any && !Accept(TokenKind.Comma)) break;
            var e = parenthesized ? Expressions() : Expression();
            if (e is null)
            {
                mark = m;
                break;
            }
            int m2 = mark;
            if (!(Accept(TokenKind.As) && StarTarget() is not null)) mark = m2;
            any = true;
        }
        return any;
    }

    void InvalidWithStmt()
    {
        int m = mark;
        Accept(TokenKind.Async);
        if (!Accept(TokenKind.With)) return;
        int afterWith = mark;
        if (WithItemsLoose(false) && Is(TokenKind.Newline)) throw RaiseSyntaxError("expected ':'");
        mark = afterWith;
        if (Accept(TokenKind.LPar) && WithItemsLoose(true))
        {
            Accept(TokenKind.Comma);
            if (Accept(TokenKind.RPar) && Is(TokenKind.Newline)) throw RaiseSyntaxError("expected ':'");
        }
        mark = m;
    }

    void InvalidWithStmtIndent()
    {
        int m = mark;
        Accept(TokenKind.Async);
        if (!Is(TokenKind.With)) return;
        var a = tokens[mark++];
        int afterWith = mark;
        if (WithItemsLoose(false) && Accept(TokenKind.Colon)) IndentedBlockExpected("'with' statement", a.Line);
        mark = afterWith;
        if (Accept(TokenKind.LPar) && WithItemsLoose(true))
        {
            Accept(TokenKind.Comma);
            if (Accept(TokenKind.RPar) && Accept(TokenKind.Colon)) IndentedBlockExpected("'with' statement", a.Line);
        }
        mark = m;
    }

    void InvalidWithItem()
    {
        if (Expression() is null || !Accept(TokenKind.As)) return;
        var a = Expression();
        if (a is not null && PeekKind() is TokenKind.Comma or TokenKind.RPar or TokenKind.Colon)
            RaiseInvalidTarget(TargetsType.Star, a);
    }

    void InvalidTryStmt()
    {
        int m = mark;
        if (!Is(TokenKind.Try)) return;
        var a = tokens[mark++];
        if (!Accept(TokenKind.Colon)) return;
        IndentedBlockExpected("'try' statement", a.Line);
        mark = m + 2;
        if (Block() is not null && PeekKind() is not (TokenKind.Except or TokenKind.Finally))
            throw RaiseSyntaxError("expected 'except' or 'finally' block");
        mark = m + 2;
        while (Block() is not null) { }
        int afterBlocks = mark;
        if (ExceptBlock() is not null)
        {
            while (ExceptBlock() is not null) { }
            if (Is(TokenKind.Except) && PeekKind(1) == TokenKind.Star)
            {
                var exc = tokens[mark];
                var star = tokens[mark + 1];
                mark += 2;
                if (Expression() is not null)
                {
                    int m2 = mark;
                    if (!(Accept(TokenKind.As) && NameText() is not null)) mark = m2;
                    if (Is(TokenKind.Colon)) throw RaiseRange(exc, star, "cannot have both 'except' and 'except*' on the same 'try'");
                }
            }
        }
        mark = afterBlocks;
        if (ExceptStarBlock() is not null)
        {
            while (ExceptStarBlock() is not null) { }
            if (Is(TokenKind.Except))
            {
                var exc = tokens[mark++];
                int m2 = mark;
                if (Expression() is not null)
                {
                    int m3 = mark;
                    if (!(Accept(TokenKind.As) && NameText() is not null)) mark = m3;
                }
                else
                {
                    mark = m2;
                }
                if (Is(TokenKind.Colon)) throw RaiseAt(exc, "cannot have both 'except' and 'except*' on the same 'try'");
            }
        }
        mark = m;
    }

    void InvalidExceptStmt()
    {
        int m = mark;
        if (!Accept(TokenKind.Except)) return;
        int afterExcept = mark;
        Accept(TokenKind.Star);
        {
            var a = Expression();
            if (a is not null && Accept(TokenKind.Comma) && Expressions() is not null)
            {
                int m2 = mark;
                if (!(Accept(TokenKind.As) && NameText() is not null)) mark = m2;
                if (Is(TokenKind.Colon)) throw RaiseStartingFrom(a, "multiple exception types must be parenthesized");
            }
        }
        mark = afterExcept;
        Accept(TokenKind.Star);
        if (Expression() is not null)
        {
            int m2 = mark;
            if (!(Accept(TokenKind.As) && NameText() is not null)) mark = m2;
            if (Is(TokenKind.Newline)) throw RaiseSyntaxError("expected ':'");
        }
        mark = afterExcept;
        if (Is(TokenKind.Newline)) throw RaiseSyntaxError("expected ':'");
        if (Accept(TokenKind.Star) && PeekKind() is TokenKind.Newline or TokenKind.Colon)
            throw RaiseSyntaxError("expected one or more exception types");
        mark = m;
    }

    void InvalidFinallyStmt()
    {
        if (!Is(TokenKind.Finally)) return;
        var a = tokens[mark++];
        if (Accept(TokenKind.Colon)) IndentedBlockExpected("'finally' statement", a.Line);
    }

    void InvalidExceptStmtIndent()
    {
        int m = mark;
        if (!Is(TokenKind.Except)) return;
        var a = tokens[mark++];
        if (Expression() is not null)
        {
            int m2 = mark;
            if (!(Accept(TokenKind.As) && NameText() is not null)) mark = m2;
            if (Accept(TokenKind.Colon)) IndentedBlockExpected("'except' statement", a.Line);
        }
        mark = m + 1;
        if (Accept(TokenKind.Colon)) IndentedBlockExpected("'except' statement", a.Line);
    }

    void InvalidExceptStarStmtIndent()
    {
        if (!Is(TokenKind.Except) || PeekKind(1) != TokenKind.Star) return;
        var a = tokens[mark];
        mark += 2;
        if (Expression() is null) return;
        int m2 = mark;
        if (!(Accept(TokenKind.As) && NameText() is not null)) mark = m2;
        if (Accept(TokenKind.Colon)) IndentedBlockExpected("'except*' statement", a.Line);
    }

    // ---- match --------------------------------------------------------------------------

    void InvalidMatchStmt()
    {
        if (!IsSoft("match")) return;
        var a = tokens[mark++];
        if (SubjectExpr() is null) return;
        if (Is(TokenKind.Newline)) throw RaiseSyntaxError("expected ':'");
        if (Accept(TokenKind.Colon)) IndentedBlockExpected("'match' statement", a.Line);
    }

    void InvalidCaseBlock()
    {
        if (!IsSoft("case")) return;
        var a = tokens[mark++];
        if (Patterns() is null) return;
        int m = mark;
        if (Guard() is null) mark = m;
        if (Is(TokenKind.Newline)) throw RaiseSyntaxError("expected ':'");
        if (Accept(TokenKind.Colon)) IndentedBlockExpected("'case' statement", a.Line);
    }

    void InvalidAsPattern()
    {
        int m = mark;
        if (OrPattern() is null || !Accept(TokenKind.As)) return;
        if (IsSoft("_")) throw RaiseAt(Current, "cannot use '_' as a target");
        if (Is(TokenKind.Name)) return;
        var a = Expression();
        if (a is not null) throw RaiseAt(a, "invalid pattern target");
        mark = m;
    }

    void InvalidClassPattern()
    {
        if (NameOrAttr() is null || !Accept(TokenKind.LPar)) return;
        int m = mark;
        var positional = SeparatedList(PatternRule);
        if (positional is null || !Accept(TokenKind.Comma)) mark = m;
        if (KeywordPatterns() is null || !Accept(TokenKind.Comma)) return;
        var a = SeparatedList(PatternRule);
        if (a is not null) throw RaiseRange(a[0], a[^1], "positional patterns follow keyword patterns");
    }

    // ---- parameters ---------------------------------------------------------------------

    void InvalidParameters(bool lambda)
    {
        int m = mark;
        if (Is(TokenKind.Slash) && PeekKind(1) == TokenKind.Comma)
            throw RaiseAt(Current, "at least one argument must precede /");
        {
            if (SlashNoDefault(lambda) is not null || SlashWithDefault(lambda) is not null)
            {
                ParamMaybeDefaultStar(lambda);
                if (Is(TokenKind.Slash)) throw RaiseAt(Current, "/ may appear only once");
            }
            mark = m;
        }
        {
            SlashNoDefault(lambda);
            ParamNoDefaultStar(lambda);
            bool helper = SlashWithDefault(lambda) is not null || ParamWithDefaultStar(lambda).Count > 0;
            if (helper)
            {
                int at = mark;
                var a = ParamNoDefault(lambda);
                if (a is not null) throw RaiseAt(a, "parameter without a default follows parameter with a default");
                mark = at;
            }
            mark = m;
        }
        {
            ParamNoDefaultStar(lambda);
            if (Is(TokenKind.LPar))
            {
                var a = tokens[mark++];
                bool some = lambda ? SeparatedList(() => Param(true)) is not null : ParamNoDefaultStar(false).Count > 0;
                if (some)
                {
                    Accept(TokenKind.Comma);
                    if (Is(TokenKind.RPar))
                        throw RaiseRange(a, Current, lambda ? "Lambda expression parameters cannot be parenthesized" : "Function parameters cannot be parenthesized");
                }
            }
            mark = m;
        }
        {
            if (SlashNoDefault(lambda) is null) SlashWithDefault(lambda);
            ParamMaybeDefaultStar(lambda);
            if (Accept(TokenKind.Star) && (Accept(TokenKind.Comma) || ParamNoDefault(lambda) is not null))
            {
                ParamMaybeDefaultStar(lambda);
                if (Is(TokenKind.Slash)) throw RaiseAt(Current, "/ must be ahead of *");
            }
            mark = m;
        }
        {
            if (ParamMaybeDefaultStar(lambda).Count > 0 && Accept(TokenKind.Slash) && Is(TokenKind.Star))
                throw RaiseAt(Current, "expected comma between / and *");
            mark = m;
        }
    }

    void InvalidDefault()
    {
        if (Is(TokenKind.Equal) && PeekKind(1) is TokenKind.RPar or TokenKind.Comma)
            throw RaiseAt(Current, "expected default value expression");
    }

    void InvalidStarEtc(bool lambda)
    {
        int m = mark;
        if (!Is(TokenKind.Star)) return;
        var star = tokens[mark++];
        var close = CloseKind(lambda);
        if (Is(close) || Is(TokenKind.Comma) && PeekKind(1) is var k && (k == close || k == TokenKind.DoubleStar))
        {
            if (lambda) throw RaiseSyntaxError("named arguments must follow bare *");
            throw RaiseAt(star, "named arguments must follow bare *");
        }
        mark = m + 1;
        if (Param(lambda) is not null && Is(TokenKind.Equal))
            throw RaiseAt(Current, "var-positional argument cannot have default value");
        mark = m + 1;
        if (ParamNoDefault(lambda) is not null || Accept(TokenKind.Comma))
        {
            ParamMaybeDefaultStar(lambda);
            if (Is(TokenKind.Star))
            {
                var a = tokens[mark++];
                if (ParamNoDefault(lambda) is not null || Is(TokenKind.Comma))
                    throw RaiseAt(a, "* argument may appear only once");
            }
        }
        mark = m;
    }

    void InvalidKwds(bool lambda)
    {
        int m = mark;
        if (!Accept(TokenKind.DoubleStar)) return;
        if (Param(lambda) is null) return;
        if (Is(TokenKind.Equal)) throw RaiseAt(Current, "var-keyword argument cannot have default value");
        if (!Accept(TokenKind.Comma)) return;
        int afterComma = mark;
        var a = Param(lambda);
        if (a is not null) throw RaiseAt(a, "arguments cannot follow var-keyword argument");
        mark = afterComma;
        if (PeekKind() is TokenKind.Star or TokenKind.DoubleStar or TokenKind.Slash)
            throw RaiseAt(Current, "arguments cannot follow var-keyword argument");
        mark = m;
    }

    // ---- type parameters ----------------------------------------------------------------

    void InvalidTypeParams()
    {
        if (Is(TokenKind.LSqb) && PeekKind(1) == TokenKind.RSqb)
            throw RaiseStartingFrom(tokens[mark + 1], "Type parameter list cannot be empty");
    }

    void InvalidTypeParam()
    {
        bool star = Is(TokenKind.Star);
        if (!star && !Is(TokenKind.DoubleStar)) return;
        if (PeekKind(1) != TokenKind.Name || PeekKind(2) != TokenKind.Colon) return;
        var colon = tokens[mark + 2];
        mark += 3;
        var e = Expression();
        if (e is null) return;
        string what = star ? "TypeVarTuple" : "ParamSpec";
        throw RaiseStartingFrom(colon, e is Tuple ? $"cannot use constraints with {what}" : $"cannot use bound with {what}");
    }

    // ---- f-strings ----------------------------------------------------------------------

    void InvalidReplacementField()
    {
        int m = mark;
        if (!Accept(TokenKind.LBrace)) return;
        switch (PeekKind())
        {
            case TokenKind.Equal: throw RaiseAt(Current, "f-string: valid expression required before '='");
            case TokenKind.Exclamation: throw RaiseAt(Current, "f-string: valid expression required before '!'");
            case TokenKind.Colon: throw RaiseAt(Current, "f-string: valid expression required before ':'");
            case TokenKind.RBrace: throw RaiseAt(Current, "f-string: valid expression required before '}'");
        }
        int afterBrace = mark;
        if (AnnotatedRhs() is null)
        {
            mark = afterBrace;
            throw RaiseOnNextToken("f-string: expecting a valid expression after '{'");
        }
        int afterExpr = mark;
        if (PeekKind() is not (TokenKind.Equal or TokenKind.Exclamation or TokenKind.Colon or TokenKind.RBrace))
            throw RaiseOnNextToken("f-string: expecting '=', or '!', or ':', or '}'");
        if (Accept(TokenKind.Equal) && PeekKind() is not (TokenKind.Exclamation or TokenKind.Colon or TokenKind.RBrace))
            throw RaiseOnNextToken("f-string: expecting '!', or ':', or '}'");
        mark = afterExpr;
        Accept(TokenKind.Equal);
        int afterEq = mark;
        if (Accept(TokenKind.Exclamation))
        {
            if (PeekKind() is TokenKind.Colon or TokenKind.RBrace) throw RaiseOnNextToken("f-string: missing conversion character");
            if (!Is(TokenKind.Name)) throw RaiseOnNextToken("f-string: invalid conversion character");
        }
        mark = afterEq;
        if (!(Accept(TokenKind.Exclamation) && Accept(TokenKind.Name))) mark = afterEq;
        if (PeekKind() is not (TokenKind.Colon or TokenKind.RBrace))
            throw RaiseOnNextToken("f-string: expecting ':' or '}'");
        if (Accept(TokenKind.Colon))
        {
            while (true)
            {
                if (Accept(TokenKind.FStringMiddle)) continue;
                if (ReplacementField() is null) break;
            }
            if (!Is(TokenKind.RBrace)) throw RaiseOnNextToken("f-string: expecting '}', or format specs");
        }
        if (!Is(TokenKind.RBrace)) throw RaiseOnNextToken("f-string: expecting '}'");
        mark = m;
    }
}
