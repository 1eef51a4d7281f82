using Ftpy.Parsing.Ast;
using Attribute = Ftpy.Parsing.Ast.Attribute;
using Tuple = Ftpy.Parsing.Ast.Tuple;

namespace Ftpy.Parsing;

// Expressions (python.gram "EXPRESSIONS" through "Primary elements", displays,
// comprehensions and call arguments). Left-recursive rules are loops that grow the match
// as far as it goes, which is what CPython's memoized left recursion computes.
public sealed partial class Parser
{
    // expressions: expression (',' expression)+ [','] | expression ',' | expression
    Expr? Expressions()
    {
        int m = mark;
        var first = Expression();
        if (first is null) return null;
        if (!Is(TokenKind.Comma)) return first;
        var elts = new List<Expr> { first };
        while (true)
        {
            int m2 = mark;
            if (!Accept(TokenKind.Comma)) break;
            var e = Expression();
            if (e is null)
            {
                mark = m2;
                break;
            }
            elts.Add(e);
        }
        Accept(TokenKind.Comma);
        return At(new Tuple { Elts = elts, Ctx = ExprContext.Load }, m);
    }

    // expression (memo):
    //     | invalid_expression
    //     | invalid_legacy_expression
    //     | disjunction 'if' disjunction 'else' expression
    //     | disjunction
    //     | lambdef
    Expr? Expression()
    {
        int m = mark;
        if (TryMemo(Rule.Expression, out Expr? cached)) return cached;
        Enter();
        try
        {
            if (callInvalidRules)
            {
                InvalidExpression();
                mark = m;
                InvalidLegacyExpression();
                mark = m;
            }
            return Memo(Rule.Expression, m, ExpressionUncached());
        }
        finally
        {
            Leave();
        }
    }

    Expr? ExpressionUncached()
    {
        int m = mark;
        var d = Disjunction();
        if (d is not null)
        {
            int afterD = mark;
            if (Accept(TokenKind.If))
            {
                var test = Disjunction();
                if (test is not null && Accept(TokenKind.Else))
                {
                    var orelse = Expression();
                    if (orelse is not null) return At(new IfExp { Test = test, Body = d, Orelse = orelse }, m);
                }
            }
            mark = afterD;
            return d;
        }
        mark = m;
        var l = Lambdef();
        if (l is null) mark = m;
        return l;
    }

    // yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
    Expr? YieldExpr()
    {
        int m = mark;
        if (!Accept(TokenKind.Yield)) return null;
        if (Accept(TokenKind.From))
        {
            var e = Expression();
            if (e is not null) return At(new YieldFrom { Value = e }, m);
            mark = m + 1;
        }
        var v = StarExpressions();
        return At(new Yield { Value = v }, m);
    }

    // star_expressions: star_expression (',' star_expression)+ [','] | star_expression ',' | star_expression
    Expr? StarExpressions()
    {
        int m = mark;
        var first = StarExpression();
        if (first is null) return null;
        if (!Is(TokenKind.Comma)) return first;
        var elts = new List<Expr> { first };
        while (true)
        {
            int m2 = mark;
            if (!Accept(TokenKind.Comma)) break;
            var e = StarExpression();
            if (e is null)
            {
                mark = m2;
                break;
            }
            elts.Add(e);
        }
        Accept(TokenKind.Comma);
        return At(new Tuple { Elts = elts, Ctx = ExprContext.Load }, m);
    }

    // star_expression (memo): '*' bitwise_or | expression
    Expr? StarExpression()
    {
        int m = mark;
        if (TryMemo(Rule.StarExpression, out Expr? cached)) return cached;
        Expr? r = null;
        if (Accept(TokenKind.Star))
        {
            var v = BitwiseOr();
            if (v is not null) r = At(new Starred { Value = v, Ctx = ExprContext.Load }, m);
            else mark = m;
        }
        r ??= Expression();
        return Memo(Rule.StarExpression, m, r);
    }

    // star_named_expressions: ','.star_named_expression+ [',']
    List<Expr>? StarNamedExpressions()
    {
        var list = SeparatedList(StarNamedExpression);
        if (list is null) return null;
        Accept(TokenKind.Comma);
        return list;
    }

    // star_named_expression: '*' bitwise_or | named_expression
    Expr? StarNamedExpression()
    {
        int m = mark;
        if (Accept(TokenKind.Star))
        {
            var v = BitwiseOr();
            if (v is not null) return At(new Starred { Value = v, Ctx = ExprContext.Load }, m);
            mark = m;
        }
        return NamedExpression();
    }

    // assignment_expression: NAME ':=' ~ expression
    Expr? AssignmentExpression()
    {
        int m = mark;
        if (PeekKind() != TokenKind.Name || PeekKind(1) != TokenKind.ColonEqual) return null;
        var name = NameToken()!;
        mark++;
        var value = Expression();
        if (value is null)
        {
            mark = m;
            return null;
        }
        name.Ctx = ExprContext.Store;
        return At(new NamedExpr { Target = name, Value = value }, m);
    }

    // named_expression: assignment_expression | invalid_named_expression | expression !':='
    Expr? NamedExpression()
    {
        int m = mark;
        var a = AssignmentExpression();
        if (a is not null) return a;
        if (callInvalidRules)
        {
            InvalidNamedExpression();
            mark = m;
        }
        var e = Expression();
        if (e is not null && !Is(TokenKind.ColonEqual)) return e;
        mark = m;
        return null;
    }

    // disjunction (memo): conjunction ('or' conjunction)+ | conjunction
    Expr? Disjunction()
    {
        int m = mark;
        if (TryMemo(Rule.Disjunction, out Expr? cached)) return cached;
        var first = Conjunction();
        Expr? r = first;
        if (first is not null && Is(TokenKind.Or))
        {
            var values = new List<Expr> { first };
            while (true)
            {
                int m2 = mark;
                if (!Accept(TokenKind.Or)) break;
                var next = Conjunction();
                if (next is null)
                {
                    mark = m2;
                    break;
                }
                values.Add(next);
            }
            r = values.Count > 1 ? At(new BoolOp { Op = BoolOperator.Or, Values = values }, m) : first;
        }
        return Memo(Rule.Disjunction, m, r);
    }

    // conjunction (memo): inversion ('and' inversion)+ | inversion
    Expr? Conjunction()
    {
        int m = mark;
        if (TryMemo(Rule.Conjunction, out Expr? cached)) return cached;
        var first = Inversion();
        Expr? r = first;
        if (first is not null && Is(TokenKind.And))
        {
            var values = new List<Expr> { first };
            while (true)
            {
                int m2 = mark;
                if (!Accept(TokenKind.And)) break;
                var next = Inversion();
                if (next is null)
                {
                    mark = m2;
                    break;
                }
                values.Add(next);
            }
            r = values.Count > 1 ? At(new BoolOp { Op = BoolOperator.And, Values = values }, m) : first;
        }
        return Memo(Rule.Conjunction, m, r);
    }

    // inversion (memo): 'not' inversion | comparison
    Expr? Inversion()
    {
        int m = mark;
        if (TryMemo(Rule.Inversion, out Expr? cached)) return cached;
        Enter();
        try
        {
            Expr? r = null;
            if (Accept(TokenKind.Not))
            {
                var operand = Inversion();
                if (operand is not null) r = At(new UnaryOp { Op = UnaryOperator.Not, Operand = operand }, m);
                else mark = m;
            }
            r ??= Comparison();
            return Memo(Rule.Inversion, m, r);
        }
        finally
        {
            Leave();
        }
    }

    // comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or
    Expr? Comparison()
    {
        int m = mark;
        var left = BitwiseOr();
        if (left is null) return null;
        List<CmpOp>? ops = null;
        List<Expr>? comparators = null;
        while (true)
        {
            int m2 = mark;
            CmpOp op;
            switch (PeekKind())
            {
                case TokenKind.EqEqual: op = CmpOp.Eq; break;
                case TokenKind.NotEqual: op = CmpOp.NotEq; break;
                case TokenKind.LessEqual: op = CmpOp.LtE; break;
                case TokenKind.Less: op = CmpOp.Lt; break;
                case TokenKind.GreaterEqual: op = CmpOp.GtE; break;
                case TokenKind.Greater: op = CmpOp.Gt; break;
                case TokenKind.In: op = CmpOp.In; break;
                case TokenKind.Not:
                    if (PeekKind(1) != TokenKind.In) goto done;
                    mark++;
                    op = CmpOp.NotIn;
                    break;
                case TokenKind.Is:
                    if (PeekKind(1) == TokenKind.Not)
                    {
                        mark++;
                        op = CmpOp.IsNot;
                    }
                    else
                    {
                        op = CmpOp.Is;
                    }
                    break;
                default:
                    goto done;
            }
            mark++;
            var right = BitwiseOr();
            if (right is null && op == CmpOp.IsNot)
            {
                // 'is' 'not' failed: 'is' alone with 'not ...' cannot match either.
                mark = m2;
                break;
            }
            if (right is null)
            {
                mark = m2;
                break;
            }
            (ops ??= new List<CmpOp>()).Add(op);
            (comparators ??= new List<Expr>()).Add(right);
        }
    done:
        if (ops is null) return left;
        return At(new Compare { Left = left, Ops = ops, Comparators = comparators! }, m);
    }

    // bitwise_or: bitwise_or '|' bitwise_xor | bitwise_xor   (memoized, as CPython's left recursion)
    Expr? BitwiseOr()
    {
        int m = mark;
        if (TryMemo(Rule.BitwiseOr, out Expr? cached)) return cached;
        var left = BitwiseXor();
        if (left is not null)
        {
            while (true)
            {
                int m2 = mark;
                if (!Accept(TokenKind.VBar)) break;
                var right = BitwiseXor();
                if (right is null)
                {
                    mark = m2;
                    break;
                }
                left = At(new BinOp { Left = left, Op = Operator.BitOr, Right = right }, m);
            }
        }
        return Memo(Rule.BitwiseOr, m, left);
    }

    // bitwise_xor: bitwise_xor '^' bitwise_and | bitwise_and
    Expr? BitwiseXor()
    {
        int m = mark;
        // Only the error pass revisits this rule often enough to need the memo.
        if (!errorPass) return BitwiseXorUncached();
        if (TryMemo(Rule.BitwiseXor, out Expr? cached)) return cached;
        return Memo(Rule.BitwiseXor, m, BitwiseXorUncached());
    }

    Expr? BitwiseXorUncached()
    {
        int m = mark;
        var left = BitwiseAnd();
        if (left is null) return null;
        while (true)
        {
            int m2 = mark;
            if (!Accept(TokenKind.Circumflex)) break;
            var right = BitwiseAnd();
            if (right is null)
            {
                mark = m2;
                break;
            }
            left = At(new BinOp { Left = left, Op = Operator.BitXor, Right = right }, m);
        }
        return left;
    }

    // bitwise_and: bitwise_and '&' shift_expr | shift_expr
    Expr? BitwiseAnd()
    {
        int m = mark;
        // Only the error pass revisits this rule often enough to need the memo.
        if (!errorPass) return BitwiseAndUncached();
        if (TryMemo(Rule.BitwiseAnd, out Expr? cached)) return cached;
        return Memo(Rule.BitwiseAnd, m, BitwiseAndUncached());
    }

    Expr? BitwiseAndUncached()
    {
        int m = mark;
        var left = ShiftExpr();
        if (left is null) return null;
        while (true)
        {
            int m2 = mark;
            if (!Accept(TokenKind.Amper)) break;
            var right = ShiftExpr();
            if (right is null)
            {
                mark = m2;
                break;
            }
            left = At(new BinOp { Left = left, Op = Operator.BitAnd, Right = right }, m);
        }
        return left;
    }

    // shift_expr: shift_expr '<<' sum | shift_expr '>>' sum | invalid_arithmetic | sum
    Expr? ShiftExpr()
    {
        int m = mark;
        // Only the error pass revisits this rule often enough to need the memo.
        if (!errorPass) return ShiftExprUncached();
        if (TryMemo(Rule.ShiftExpr, out Expr? cached)) return cached;
        return Memo(Rule.ShiftExpr, m, ShiftExprUncached());
    }

    Expr? ShiftExprUncached()
    {
        int m = mark;
        if (callInvalidRules)
        {
            InvalidArithmetic();
            mark = m;
        }
        var left = Sum();
        if (left is null) return null;
        while (true)
        {
            int m2 = mark;
            Operator op;
            if (Accept(TokenKind.LeftShift)) op = Operator.LShift;
            else if (Accept(TokenKind.RightShift)) op = Operator.RShift;
            else break;
            var right = Sum();
            if (right is null)
            {
                mark = m2;
                break;
            }
            left = At(new BinOp { Left = left, Op = op, Right = right }, m);
        }
        return left;
    }

    // sum: sum '+' term | sum '-' term | term
    Expr? Sum()
    {
        int m = mark;
        // Only the error pass revisits this rule often enough to need the memo.
        if (!errorPass) return SumUncached();
        if (TryMemo(Rule.Sum, out Expr? cached)) return cached;
        return Memo(Rule.Sum, m, SumUncached());
    }

    Expr? SumUncached()
    {
        int m = mark;
        var left = Term();
        if (left is null) return null;
        while (true)
        {
            int m2 = mark;
            Operator op;
            if (Accept(TokenKind.Plus)) op = Operator.Add;
            else if (Accept(TokenKind.Minus)) op = Operator.Sub;
            else break;
            var right = Term();
            if (right is null)
            {
                mark = m2;
                break;
            }
            left = At(new BinOp { Left = left, Op = op, Right = right }, m);
        }
        return left;
    }

    // term: term ('*' | '/' | '//' | '%' | '@') factor | invalid_factor | factor
    Expr? Term()
    {
        int m = mark;
        // Only the error pass revisits this rule often enough to need the memo.
        if (!errorPass) return TermUncached();
        if (TryMemo(Rule.Term, out Expr? cached)) return cached;
        return Memo(Rule.Term, m, TermUncached());
    }

    Expr? TermUncached()
    {
        int m = mark;
        if (callInvalidRules)
        {
            InvalidFactor();
            mark = m;
        }
        var left = Factor();
        if (left is null) return null;
        while (true)
        {
            int m2 = mark;
            Operator op;
            switch (PeekKind())
            {
                case TokenKind.Star: op = Operator.Mult; break;
                case TokenKind.Slash: op = Operator.Div; break;
                case TokenKind.DoubleSlash: op = Operator.FloorDiv; break;
                case TokenKind.Percent: op = Operator.Mod; break;
                case TokenKind.At: op = Operator.MatMult; break;
                default: return left;
            }
            mark++;
            var right = Factor();
            if (right is null)
            {
                mark = m2;
                return left;
            }
            left = At(new BinOp { Left = left, Op = op, Right = right }, m);
        }
    }

    // factor (memo): '+' factor | '-' factor | '~' factor | power
    Expr? Factor()
    {
        int m = mark;
        if (TryMemo(Rule.Factor, out Expr? cached)) return cached;
        Enter();
        try
        {
            UnaryOperator? op = PeekKind() switch
            {
                TokenKind.Plus => UnaryOperator.UAdd,
                TokenKind.Minus => UnaryOperator.USub,
                TokenKind.Tilde => UnaryOperator.Invert,
                _ => null,
            };
            Expr? r = null;
            if (op is not null)
            {
                mark++;
                var operand = Factor();
                if (operand is not null) r = At(new UnaryOp { Op = op.Value, Operand = operand }, m);
                else mark = m;
            }
            r ??= Power();
            return Memo(Rule.Factor, m, r);
        }
        finally
        {
            Leave();
        }
    }

    // power: await_primary '**' factor | await_primary
    Expr? Power()
    {
        int m = mark;
        var left = AwaitPrimary();
        if (left is null) return null;
        int m2 = mark;
        if (Accept(TokenKind.DoubleStar))
        {
            var right = Factor();
            if (right is not null) return At(new BinOp { Left = left, Op = Operator.Pow, Right = right }, m);
            mark = m2;
        }
        return left;
    }

    // await_primary (memo): 'await' primary | primary
    Expr? AwaitPrimary()
    {
        int m = mark;
        if (TryMemo(Rule.AwaitPrimary, out Expr? cached)) return cached;
        Expr? r = null;
        if (Accept(TokenKind.Await))
        {
            var v = Primary();
            if (v is not null) r = At(new Await { Value = v }, m);
            else mark = m;
        }
        r ??= Primary();
        return Memo(Rule.AwaitPrimary, m, r);
    }

    // primary:
    //     | primary '.' NAME
    //     | primary genexp
    //     | primary '(' [arguments] ')'
    //     | primary '[' slices ']'
    //     | atom
    Expr? Primary()
    {
        int m = mark;
        // Left-recursive in CPython, hence memoized; it matters for which invalid_* rules the error pass reaches.
        if (errorPass && TryMemo(Rule.Primary, out Expr? cached)) return cached;
        Enter();
        try
        {
            var left = Atom();
            if (left is not null)
            {
                while (true)
                {
                    var next = Trailer(left, m);
                    if (next is null) break;
                    left = next;
                }
            }
            return errorPass ? Memo(Rule.Primary, m, left) : left;
        }
        finally
        {
            Leave();
        }
    }

    /// <summary>One step of primary/t_primary: .NAME, a generator argument, a call or a subscript.</summary>
    Expr? Trailer(Expr left, int start, bool target = false)
    {
        int m = mark;
        switch (PeekKind())
        {
            case TokenKind.Dot:
            {
                mark++;
                var attr = NameText();
                if (attr is not null) return At(new Attribute { Value = left, Attr = attr, Ctx = ExprContext.Load }, start);
                mark = m;
                return null;
            }
            case TokenKind.LPar:
            {
                var g = Genexp();
                if (g is not null) return At(new Call { Func = left, Args = [g] }, start);
                mark = m + 1;
                var args = Arguments();
                if (Accept(TokenKind.RPar))
                    return At(new Call { Func = left, Args = args?.Args ?? new List<Expr>(), Keywords = args?.Keywords ?? new List<Keyword>() }, start);
                mark = m;
                return null;
            }
            case TokenKind.LSqb:
            {
                // primary tries its genexp alternative (whose invalid_comprehension also
                // matches '[') before the subscript; t_primary tries it after.
                if (callInvalidRules && !target)
                {
                    InvalidComprehension();
                    mark = m;
                }
                mark++;
                var s = Slices();
                if (s is not null && Accept(TokenKind.RSqb))
                    return At(new Subscript { Value = left, Slice = s, Ctx = ExprContext.Load }, start);
                mark = m;
                if (callInvalidRules && target)
                {
                    InvalidComprehension();
                    mark = m;
                }
                return null;
            }
            case TokenKind.LBrace:
                // Only the genexp alternative's invalid_comprehension can match here.
                if (callInvalidRules)
                {
                    InvalidComprehension();
                    mark = m;
                }
                return null;
            default:
                return null;
        }
    }

    // slices: slice !',' | ','.(slice | starred_expression)+ [',']
    Expr? Slices()
    {
        int m = mark;
        var s = Slice();
        if (s is not null && !Is(TokenKind.Comma)) return s;
        mark = m;
        var first = SliceOrStarred();
        if (first is null) return null;
        var elts = new List<Expr> { first };
        while (true)
        {
            int m2 = mark;
            if (!Accept(TokenKind.Comma)) break;
            var e = SliceOrStarred();
            if (e is null)
            {
                mark = m2;
                break;
            }
            elts.Add(e);
        }
        Accept(TokenKind.Comma);
        return At(new Tuple { Elts = elts, Ctx = ExprContext.Load }, m);
    }

    Expr? SliceOrStarred() => Slice() ?? StarredExpression();

    // slice: [expression] ':' [expression] [':' [expression]] | named_expression
    Expr? Slice()
    {
        int m = mark;
        var lower = Expression();
        if (Accept(TokenKind.Colon))
        {
            var upper = Expression();
            Expr? step = null;
            if (Accept(TokenKind.Colon)) step = Expression();
            return At(new Slice { Lower = lower, Upper = upper, Step = step }, m);
        }
        mark = m;
        return NamedExpression();
    }

    // atom
    Expr? Atom()
    {
        int m = mark;
        ref readonly var t = ref Current;
        switch (t.Kind)
        {
            case TokenKind.Name:
                return NameToken();
            case TokenKind.True:
                mark++;
                return At(new Constant { Value = true }, m);
            case TokenKind.False:
                mark++;
                return At(new Constant { Value = false }, m);
            case TokenKind.None:
                mark++;
                return At(new Constant { Value = NoneValue.Instance }, m);
            case TokenKind.String:
            case TokenKind.FStringStart:
                return Strings();
            case TokenKind.Number:
                return NumberAtom();
            case TokenKind.LPar:
                return TupleRule() ?? Group() ?? Genexp();
            case TokenKind.LSqb:
                return ListRule() ?? Listcomp();
            case TokenKind.LBrace:
                return DictRule() ?? SetRule() ?? Dictcomp() ?? Setcomp();
            case TokenKind.Ellipsis:
                mark++;
                return At(new Constant { Value = EllipsisValue.Instance }, m);
            default:
                return null;
        }
    }

    Expr NumberAtom()
    {
        int m = mark;
        var t = tokens[mark++];
        var text = tokenizer.Source.AsSpan(t.Start, t.End - t.Start);
        var value = NumberLiteral.Parse(text, maxStrDigits, out int digits);
        if (value is null)
        {
            throw ErrorAt(SyntaxErrorKind.SyntaxError,
                $"Exceeds the limit ({maxStrDigits} digits) for integer string conversion: value has {digits} digits; " +
                "use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.",
                t.Line, 0, t.Line, 0);
        }
        return At(new Constant { Value = value }, m);
    }

    // group: '(' (yield_expr | named_expression) ')' | invalid_group
    Expr? Group()
    {
        int m = mark;
        if (Accept(TokenKind.LPar))
        {
            var e = Is(TokenKind.Yield) ? YieldExpr() : NamedExpression();
            if (e is not null && Accept(TokenKind.RPar)) return e;
        }
        mark = m;
        if (callInvalidRules) InvalidGroup();
        mark = m;
        return null;
    }

    // tuple: '(' [star_named_expression ',' [star_named_expressions]] ')'
    Expr? TupleRule()
    {
        int m = mark;
        if (!Accept(TokenKind.LPar)) return null;
        var elts = new List<Expr>();
        int m2 = mark;
        var first = StarNamedExpression();
        if (first is not null && Accept(TokenKind.Comma))
        {
            elts.Add(first);
            var rest = StarNamedExpressions();
            if (rest is not null) elts.AddRange(rest);
        }
        else
        {
            mark = m2;
        }
        if (Accept(TokenKind.RPar)) return At(new Tuple { Elts = elts, Ctx = ExprContext.Load }, m);
        mark = m;
        return null;
    }

    // list: '[' [star_named_expressions] ']'
    Expr? ListRule()
    {
        int m = mark;
        if (!Accept(TokenKind.LSqb)) return null;
        var elts = StarNamedExpressions();
        if (Accept(TokenKind.RSqb)) return At(new List { Elts = elts ?? new List<Expr>(), Ctx = ExprContext.Load }, m);
        mark = m;
        return null;
    }

    // set: '{' star_named_expressions '}'
    Expr? SetRule()
    {
        int m = mark;
        if (!Accept(TokenKind.LBrace)) return null;
        var elts = StarNamedExpressions();
        if (elts is not null && Accept(TokenKind.RBrace)) return At(new Set { Elts = elts }, m);
        mark = m;
        return null;
    }

    // dict: '{' [double_starred_kvpairs] '}' | '{' invalid_double_starred_kvpairs '}'
    Expr? DictRule()
    {
        int m = mark;
        if (!Accept(TokenKind.LBrace)) return null;
        var keys = new List<Expr?>();
        var values = new List<Expr>();
        int m2 = mark;
        if (DoubleStarredKvpair(keys, values))
        {
            while (true)
            {
                int m3 = mark;
                if (!Accept(TokenKind.Comma)) break;
                if (!DoubleStarredKvpair(keys, values))
                {
                    mark = m3;
                    break;
                }
            }
            Accept(TokenKind.Comma);
        }
        else
        {
            mark = m2;
        }
        if (Accept(TokenKind.RBrace)) return At(new Dict { Keys = keys, Values = values }, m);
        mark = m;
        if (callInvalidRules && Accept(TokenKind.LBrace))
        {
            InvalidDoubleStarredKvpairs();
        }
        mark = m;
        return null;
    }

    // double_starred_kvpair: '**' bitwise_or | kvpair
    bool DoubleStarredKvpair(List<Expr?> keys, List<Expr> values)
    {
        int m = mark;
        if (Accept(TokenKind.DoubleStar))
        {
            var v = BitwiseOr();
            if (v is not null)
            {
                keys.Add(null);
                values.Add(v);
                return true;
            }
            mark = m;
        }
        var kv = Kvpair();
        if (kv is null) return false;
        keys.Add(kv.Value.Key);
        values.Add(kv.Value.Value);
        return true;
    }

    // kvpair: expression ':' expression
    (Expr Key, Expr Value)? Kvpair()
    {
        int m = mark;
        var k = Expression();
        if (k is not null && Accept(TokenKind.Colon))
        {
            var v = Expression();
            if (v is not null) return (k, v);
        }
        mark = m;
        return null;
    }

    // ---- comprehensions -----------------------------------------------------------------

    // for_if_clauses: for_if_clause+
    List<Comprehension>? ForIfClauses()
    {
        List<Comprehension>? list = null;
        while (true)
        {
            int m = mark;
            var c = ForIfClause();
            if (c is null)
            {
                mark = m;
                return list;
            }
            (list ??= new List<Comprehension>()).Add(c);
        }
    }

    // for_if_clause:
    //     | 'async' 'for' star_targets 'in' ~ disjunction ('if' disjunction)*
    //     | 'for' star_targets 'in' ~ disjunction ('if' disjunction)*
    //     | invalid_for_if_clause
    //     | invalid_for_target
    Comprehension? ForIfClause()
    {
        int m = mark;
        bool isAsync = Accept(TokenKind.Async);
        if (Accept(TokenKind.For))
        {
            var target = StarTargets();
            if (target is not null && Accept(TokenKind.In))
            {
                var iter = Disjunction();
                if (iter is null)
                {
                    // The cut: the remaining alternatives are not tried.
                    mark = m;
                    return null;
                }
                var ifs = new List<Expr>();
                while (true)
                {
                    int m2 = mark;
                    if (!Accept(TokenKind.If)) break;
                    var cond = Disjunction();
                    if (cond is null)
                    {
                        mark = m2;
                        break;
                    }
                    ifs.Add(cond);
                }
                return new Comprehension { Target = target, Iter = iter, Ifs = ifs, IsAsync = isAsync };
            }
        }
        mark = m;
        if (callInvalidRules)
        {
            InvalidForIfClause();
            mark = m;
            InvalidForTarget();
            mark = m;
        }
        return null;
    }

    // listcomp: '[' named_expression for_if_clauses ']' | invalid_comprehension
    Expr? Listcomp()
    {
        int m = mark;
        if (Accept(TokenKind.LSqb))
        {
            var elt = NamedExpression();
            if (elt is not null)
            {
                var gens = ForIfClauses();
                if (gens is not null && Accept(TokenKind.RSqb)) return At(new ListComp { Elt = elt, Generators = gens }, m);
            }
        }
        mark = m;
        if (callInvalidRules) InvalidComprehension();
        mark = m;
        return null;
    }

    // setcomp: '{' named_expression for_if_clauses '}' | invalid_comprehension
    Expr? Setcomp()
    {
        int m = mark;
        if (Accept(TokenKind.LBrace))
        {
            var elt = NamedExpression();
            if (elt is not null)
            {
                var gens = ForIfClauses();
                if (gens is not null && Accept(TokenKind.RBrace)) return At(new SetComp { Elt = elt, Generators = gens }, m);
            }
        }
        mark = m;
        if (callInvalidRules) InvalidComprehension();
        mark = m;
        return null;
    }

    // genexp: '(' (assignment_expression | expression !':=') for_if_clauses ')' | invalid_comprehension
    Expr? Genexp()
    {
        int m = mark;
        if (Accept(TokenKind.LPar))
        {
            var elt = AssignmentExpression();
            if (elt is null)
            {
                elt = Expression();
                if (elt is not null && Is(TokenKind.ColonEqual)) elt = null;
            }
            if (elt is not null)
            {
                var gens = ForIfClauses();
                if (gens is not null && Accept(TokenKind.RPar)) return At(new GeneratorExp { Elt = elt, Generators = gens }, m);
            }
        }
        mark = m;
        if (callInvalidRules) InvalidComprehension();
        mark = m;
        return null;
    }

    // dictcomp: '{' kvpair for_if_clauses '}' | invalid_dict_comprehension
    Expr? Dictcomp()
    {
        int m = mark;
        if (Accept(TokenKind.LBrace))
        {
            var kv = Kvpair();
            if (kv is not null)
            {
                var gens = ForIfClauses();
                if (gens is not null && Accept(TokenKind.RBrace))
                    return At(new DictComp { Key = kv.Value.Key, Value = kv.Value.Value, Generators = gens }, m);
            }
        }
        mark = m;
        if (callInvalidRules) InvalidDictComprehension();
        mark = m;
        return null;
    }

    // ---- call arguments -----------------------------------------------------------------

    // arguments (memo): args [','] &')' | invalid_arguments
    Call? Arguments()
    {
        int m = mark;
        if (TryMemo(Rule.Arguments, out Call? cached)) return cached;
        Enter();
        try
        {
            Call? r = null;
            var a = Args();
            if (a is not null)
            {
                Accept(TokenKind.Comma);
                if (Is(TokenKind.RPar)) r = a;
            }
            if (r is null)
            {
                mark = m;
                if (callInvalidRules) InvalidArguments();
                mark = m;
            }
            return Memo(Rule.Arguments, m, r);
        }
        finally
        {
            Leave();
        }
    }

    // args:
    //     | ','.(starred_expression | (assignment_expression | expression !':=') !'=')+ [',' kwargs]
    //     | kwargs
    Call? Args()
    {
        int m = mark;
        var positional = SeparatedList(PositionalArg);
        if (positional is not null)
        {
            int m2 = mark;
            List<object>? kw = null;
            if (Accept(TokenKind.Comma))
            {
                kw = Kwargs();
                if (kw is null) mark = m2;
            }
            var call = new Call { Args = positional };
            if (kw is not null) AddKwargs(call, kw);
            return At(call, m);
        }
        mark = m;
        var kwOnly = Kwargs();
        if (kwOnly is not null)
        {
            var call = new Call();
            AddKwargs(call, kwOnly);
            return At(call, m);
        }
        mark = m;
        return null;
    }

    /// <summary>_PyPegen_collect_call_seqs: starred items go after the positional arguments.</summary>
    static void AddKwargs(Call call, List<object> items)
    {
        foreach (var item in items)
        {
            if (item is Keyword k) call.Keywords.Add(k);
            else call.Args.Add((Expr)item);
        }
    }

    // starred_expression | (assignment_expression | expression !':=') !'='
    Expr? PositionalArg()
    {
        int m = mark;
        var s = StarredExpression();
        if (s is not null) return s;
        mark = m;
        var e = AssignmentExpression();
        if (e is null)
        {
            e = Expression();
            if (e is not null && Is(TokenKind.ColonEqual)) e = null;
        }
        if (e is not null && !Is(TokenKind.Equal)) return e;
        mark = m;
        return null;
    }

    // kwargs:
    //     | ','.kwarg_or_starred+ ',' ','.kwarg_or_double_starred+
    //     | ','.kwarg_or_starred+
    //     | ','.kwarg_or_double_starred+
    List<object>? Kwargs()
    {
        int m = mark;
        var a = SeparatedList(KwargOrStarred);
        if (a is not null)
        {
            int m2 = mark;
            if (Accept(TokenKind.Comma))
            {
                var b = SeparatedList(KwargOrDoubleStarred);
                if (b is not null)
                {
                    a.AddRange(b);
                    return a;
                }
            }
            mark = m2;
            return a;
        }
        mark = m;
        var c = SeparatedList(KwargOrDoubleStarred);
        if (c is null) mark = m;
        return c;
    }

    // starred_expression: invalid_starred_expression | '*' expression
    Expr? StarredExpression()
    {
        int m = mark;
        if (callInvalidRules)
        {
            InvalidStarredExpressionUnpacking();
            mark = m;
        }
        if (Accept(TokenKind.Star))
        {
            var e = Expression();
            if (e is not null) return At(new Starred { Value = e, Ctx = ExprContext.Load }, m);
        }
        mark = m;
        if (callInvalidRules)
        {
            InvalidStarredExpression();
            mark = m;
        }
        return null;
    }

    // kwarg_or_starred: invalid_kwarg | NAME '=' expression | starred_expression
    object? KwargOrStarred()
    {
        int m = mark;
        if (callInvalidRules)
        {
            InvalidKwarg();
            mark = m;
        }
        var k = NamedKeyword();
        if (k is not null) return k;
        return StarredExpression();
    }

    // kwarg_or_double_starred: invalid_kwarg | NAME '=' expression | '**' expression
    object? KwargOrDoubleStarred()
    {
        int m = mark;
        if (callInvalidRules)
        {
            InvalidKwarg();
            mark = m;
        }
        var k = NamedKeyword();
        if (k is not null) return k;
        if (Accept(TokenKind.DoubleStar))
        {
            var e = Expression();
            if (e is not null) return At(new Keyword { Arg = null, Value = e }, m);
        }
        mark = m;
        return null;
    }

    // NAME '=' expression
    Keyword? NamedKeyword()
    {
        int m = mark;
        if (PeekKind() != TokenKind.Name || PeekKind(1) != TokenKind.Equal) return null;
        var name = tokens[mark].Text!;
        mark += 2;
        var e = Expression();
        if (e is null)
        {
            mark = m;
            return null;
        }
        return At(new Keyword { Arg = name, Value = e }, m);
    }
}
