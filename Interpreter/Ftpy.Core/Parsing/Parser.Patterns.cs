using Ftpy.Parsing.Ast;
using Attribute = Ftpy.Parsing.Ast.Attribute;
using Tuple = Ftpy.Parsing.Ast.Tuple;

namespace Ftpy.Parsing;

// The match statement and its patterns (python.gram "Match statement", PEP 634).
public sealed partial class Parser
{
    // match_stmt:
    //     | "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT
    //     | invalid_match_stmt
    Stmt? MatchStmt()
    {
        if (!IsSoft("match")) return null;
        int m = mark;
        mark++;
        var subject = SubjectExpr();
        if (subject is not null && Accept(TokenKind.Colon) && Accept(TokenKind.Newline) && Accept(TokenKind.Indent))
        {
            var cases = new List<MatchCase>();
            while (true)
            {
                int m2 = mark;
                var c = CaseBlock();
                if (c is null)
                {
                    mark = m2;
                    break;
                }
                cases.Add(c);
            }
            if (cases.Count > 0 && Accept(TokenKind.Dedent)) return At(new Match { Subject = subject, Cases = cases }, m);
        }
        mark = m;
        if (callInvalidRules) InvalidMatchStmt();
        mark = m;
        return null;
    }

    // subject_expr: star_named_expression ',' star_named_expressions? | named_expression
    Expr? SubjectExpr()
    {
        int m = mark;
        var first = StarNamedExpression();
        if (first is not null && Accept(TokenKind.Comma))
        {
            var elts = new List<Expr> { first };
            var rest = StarNamedExpressions();
            if (rest is not null) elts.AddRange(rest);
            return At(new Tuple { Elts = elts, Ctx = ExprContext.Load }, m);
        }
        mark = m;
        return NamedExpression();
    }

    // case_block: invalid_case_block | "case" patterns guard? ':' block
    MatchCase? CaseBlock()
    {
        int m = mark;
        if (callInvalidRules) InvalidCaseBlock();
        mark = m;
        if (!AcceptSoft("case")) return null;
        var pattern = Patterns();
        if (pattern is not null)
        {
            var guard = Guard();
            if (Accept(TokenKind.Colon))
            {
                var body = Block();
                if (body is not null) return new MatchCase { Pattern = pattern, Guard = guard, Body = body };
            }
        }
        mark = m;
        return null;
    }

    // guard: 'if' named_expression
    Expr? Guard()
    {
        int m = mark;
        if (!Accept(TokenKind.If)) return null;
        var e = NamedExpression();
        if (e is null) mark = m;
        return e;
    }

    // patterns: open_sequence_pattern | pattern
    Pattern? Patterns()
    {
        int m = mark;
        var seq = OpenSequencePattern();
        if (seq is not null) return At(new MatchSequence { Patterns = seq }, m);
        mark = m;
        return PatternRule();
    }

    // pattern: as_pattern | or_pattern
    Pattern? PatternRule()
    {
        int m = mark;
        Enter();
        try
        {
            var a = AsPattern();
            if (a is not null) return a;
            mark = m;
            return OrPattern();
        }
        finally
        {
            Leave();
        }
    }

    // as_pattern: or_pattern 'as' pattern_capture_target | invalid_as_pattern
    Pattern? AsPattern()
    {
        int m = mark;
        var p = OrPattern();
        if (p is not null && Accept(TokenKind.As))
        {
            var target = PatternCaptureTarget();
            if (target is not null) return At(new MatchAs { Pattern = p, Name = target }, m);
        }
        mark = m;
        if (callInvalidRules) InvalidAsPattern();
        mark = m;
        return null;
    }

    // or_pattern: '|'.closed_pattern+
    Pattern? OrPattern()
    {
        int m = mark;
        var list = SeparatedBy(TokenKind.VBar, ClosedPattern);
        if (list is null) return null;
        return list.Count == 1 ? list[0] : At(new MatchOr { Patterns = list }, m);
    }

    List<T>? SeparatedBy<T>(TokenKind separator, Func<T?> item) where T : class
    {
        var first = item();
        if (first is null) return null;
        var list = new List<T> { first };
        while (true)
        {
            int m = mark;
            if (!Accept(separator)) break;
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

    // closed_pattern (memo):
    //     | literal_pattern | capture_pattern | wildcard_pattern | value_pattern
    //     | group_pattern | sequence_pattern | mapping_pattern | class_pattern
    Pattern? ClosedPattern()
    {
        int m = mark;
        if (TryMemo(Rule.ClosedPattern, out Pattern? cached)) return cached;
        Enter();
        try
        {
            var r = LiteralPattern();
            if (r is null)
            {
                mark = m;
                var name = PatternCaptureTarget();
                if (name is not null) r = At(new MatchAs { Name = name }, m);
            }
            if (r is null)
            {
                mark = m;
                if (AcceptSoft("_")) r = At(new MatchAs(), m);
            }
            if (r is null)
            {
                mark = m;
                r = ValuePattern();
            }
            if (r is null)
            {
                mark = m;
                r = GroupPattern();
            }
            if (r is null)
            {
                mark = m;
                r = SequencePattern();
            }
            if (r is null)
            {
                mark = m;
                r = MappingPattern();
            }
            if (r is null)
            {
                mark = m;
                r = ClassPattern();
            }
            if (r is null) mark = m;
            return Memo(Rule.ClosedPattern, m, r);
        }
        finally
        {
            Leave();
        }
    }

    // literal_pattern:
    //     | signed_number !('+' | '-') | complex_number | strings | 'None' | 'True' | 'False'
    Pattern? LiteralPattern()
    {
        int m = mark;
        switch (PeekKind())
        {
            case TokenKind.None:
                mark++;
                return At(new MatchSingleton { Value = NoneValue.Instance }, m);
            case TokenKind.True:
                mark++;
                return At(new MatchSingleton { Value = true }, m);
            case TokenKind.False:
                mark++;
                return At(new MatchSingleton { Value = false }, m);
            case TokenKind.String:
            case TokenKind.FStringStart:
            {
                var s = Strings();
                return s is null ? null : At(new MatchValue { Value = s }, m);
            }
        }
        var v = NumberValue();
        return v is null ? null : At(new MatchValue { Value = v }, m);
    }

    // literal_expr: signed_number !('+' | '-') | complex_number | strings | 'None' | 'True' | 'False'
    Expr? LiteralExpr()
    {
        int m = mark;
        switch (PeekKind())
        {
            case TokenKind.None:
                mark++;
                return At(new Constant { Value = NoneValue.Instance }, m);
            case TokenKind.True:
                mark++;
                return At(new Constant { Value = true }, m);
            case TokenKind.False:
                mark++;
                return At(new Constant { Value = false }, m);
            case TokenKind.String:
            case TokenKind.FStringStart:
                return Strings();
        }
        return NumberValue();
    }

    /// <summary>signed_number !('+' | '-') | complex_number</summary>
    Expr? NumberValue()
    {
        int m = mark;
        var n = SignedNumber();
        if (n is not null && PeekKind() is not (TokenKind.Plus or TokenKind.Minus)) return n;
        mark = m;
        // complex_number: signed_real_number ('+' | '-') imaginary_number
        var real = SignedNumber();
        if (real is not null && PeekKind() is TokenKind.Plus or TokenKind.Minus)
        {
            // real_number's action rejects an imaginary NUMBER as soon as it is parsed.
            EnsureReal(real);
            var op = PeekKind() == TokenKind.Plus ? Operator.Add : Operator.Sub;
            mark++;
            if (PeekKind() == TokenKind.Number)
            {
                var imag = NumberAtom();
                if (imag is Constant { Value: not System.Numerics.Complex })
                    throw RaiseAt(imag, "imaginary number required in complex literal");
                return At(new BinOp { Left = real, Op = op, Right = imag }, m);
            }
        }
        mark = m;
        return null;
    }

    void EnsureReal(Expr e)
    {
        var c = e is UnaryOp u ? u.Operand : e;
        if (c is Constant { Value: System.Numerics.Complex }) throw RaiseAt(c, "real number required in complex literal");
    }

    // signed_number: NUMBER | '-' NUMBER
    Expr? SignedNumber()
    {
        int m = mark;
        if (PeekKind() == TokenKind.Number) return NumberAtom();
        if (Accept(TokenKind.Minus) && PeekKind() == TokenKind.Number)
        {
            var n = NumberAtom();
            return At(new UnaryOp { Op = UnaryOperator.USub, Operand = n }, m);
        }
        mark = m;
        return null;
    }

    // pattern_capture_target: !"_" NAME !('.' | '(' | '=')
    string? PatternCaptureTarget()
    {
        int m = mark;
        if (IsSoft("_")) return null;
        var name = NameText();
        if (name is null) return null;
        if (PeekKind() is TokenKind.Dot or TokenKind.LPar or TokenKind.Equal)
        {
            mark = m;
            return null;
        }
        return name;
    }

    // value_pattern: attr !('.' | '(' | '=')
    Pattern? ValuePattern()
    {
        int m = mark;
        var a = Attr();
        if (a is null || PeekKind() is TokenKind.Dot or TokenKind.LPar or TokenKind.Equal)
        {
            mark = m;
            return null;
        }
        return At(new MatchValue { Value = a }, m);
    }

    // attr: name_or_attr '.' NAME
    Expr? Attr()
    {
        int m = mark;
        var e = NameOrAttr();
        return e is Attribute ? e : Reset(m);
    }

    Expr? Reset(int m)
    {
        mark = m;
        return null;
    }

    // name_or_attr: attr | NAME   (left-recursive: a dotted name)
    Expr? NameOrAttr()
    {
        int m = mark;
        Expr? left = NameToken();
        if (left is null) return null;
        while (true)
        {
            int m2 = mark;
            if (!Accept(TokenKind.Dot)) break;
            var name = NameText();
            if (name is null)
            {
                mark = m2;
                break;
            }
            left = At(new Attribute { Value = left, Attr = name, Ctx = ExprContext.Load }, m);
        }
        return left;
    }

    // group_pattern: '(' pattern ')'
    Pattern? GroupPattern()
    {
        int m = mark;
        if (Accept(TokenKind.LPar))
        {
            var p = PatternRule();
            if (p is not null && Accept(TokenKind.RPar)) return p;
        }
        mark = m;
        return null;
    }

    // sequence_pattern: '[' maybe_sequence_pattern? ']' | '(' open_sequence_pattern? ')'
    Pattern? SequencePattern()
    {
        int m = mark;
        if (Accept(TokenKind.LSqb))
        {
            var items = MaybeSequencePattern();
            if (Accept(TokenKind.RSqb)) return At(new MatchSequence { Patterns = items ?? new List<Pattern>() }, m);
            mark = m;
            return null;
        }
        if (Accept(TokenKind.LPar))
        {
            var items = OpenSequencePattern();
            if (Accept(TokenKind.RPar)) return At(new MatchSequence { Patterns = items ?? new List<Pattern>() }, m);
        }
        mark = m;
        return null;
    }

    // open_sequence_pattern: maybe_star_pattern ',' maybe_sequence_pattern?
    List<Pattern>? OpenSequencePattern()
    {
        int m = mark;
        var first = MaybeStarPattern();
        if (first is null || !Accept(TokenKind.Comma))
        {
            mark = m;
            return null;
        }
        var list = new List<Pattern> { first };
        var rest = MaybeSequencePattern();
        if (rest is not null) list.AddRange(rest);
        return list;
    }

    // maybe_sequence_pattern: ','.maybe_star_pattern+ ','?
    List<Pattern>? MaybeSequencePattern()
    {
        var list = SeparatedList(MaybeStarPattern);
        if (list is null) return null;
        Accept(TokenKind.Comma);
        return list;
    }

    // maybe_star_pattern: star_pattern | pattern
    Pattern? MaybeStarPattern() => StarPattern() ?? PatternRule();

    // star_pattern (memo): '*' pattern_capture_target | '*' wildcard_pattern
    Pattern? StarPattern()
    {
        int m = mark;
        if (TryMemo(Rule.StarPattern, out Pattern? cached)) return cached;
        Pattern? r = null;
        if (Accept(TokenKind.Star))
        {
            var name = PatternCaptureTarget();
            if (name is not null) r = At(new MatchStar { Name = name }, m);
            else if (AcceptSoft("_")) r = At(new MatchStar(), m);
        }
        if (r is null) mark = m;
        return Memo(Rule.StarPattern, m, r);
    }

    // mapping_pattern:
    //     | '{' '}'
    //     | '{' double_star_pattern ','? '}'
    //     | '{' items_pattern ',' double_star_pattern ','? '}'
    //     | '{' items_pattern ','? '}'
    Pattern? MappingPattern()
    {
        int m = mark;
        if (!Accept(TokenKind.LBrace)) return null;
        if (Accept(TokenKind.RBrace)) return At(new MatchMapping(), m);
        int afterBrace = mark;
        var rest = DoubleStarPattern();
        if (rest is not null)
        {
            Accept(TokenKind.Comma);
            if (Accept(TokenKind.RBrace)) return At(new MatchMapping { Rest = rest }, m);
        }
        mark = afterBrace;
        var keys = new List<Expr>();
        var patterns = new List<Pattern>();
        if (ItemsPattern(keys, patterns))
        {
            int afterItems = mark;
            if (Accept(TokenKind.Comma))
            {
                rest = DoubleStarPattern();
                if (rest is not null)
                {
                    Accept(TokenKind.Comma);
                    if (Accept(TokenKind.RBrace)) return At(new MatchMapping { Keys = keys, Patterns = patterns, Rest = rest }, m);
                }
            }
            mark = afterItems;
            Accept(TokenKind.Comma);
            if (Accept(TokenKind.RBrace)) return At(new MatchMapping { Keys = keys, Patterns = patterns }, m);
        }
        mark = m;
        return null;
    }

    // items_pattern: ','.key_value_pattern+
    bool ItemsPattern(List<Expr> keys, List<Pattern> patterns)
    {
        if (!KeyValuePattern(keys, patterns)) return false;
        while (true)
        {
            int m = mark;
            if (!Accept(TokenKind.Comma) || !KeyValuePattern(keys, patterns))
            {
                mark = m;
                return true;
            }
        }
    }

    // key_value_pattern: (literal_expr | attr) ':' pattern
    bool KeyValuePattern(List<Expr> keys, List<Pattern> patterns)
    {
        int m = mark;
        var key = LiteralExpr();
        if (key is null)
        {
            mark = m;
            key = Attr();
        }
        if (key is not null && Accept(TokenKind.Colon))
        {
            var p = PatternRule();
            if (p is not null)
            {
                keys.Add(key);
                patterns.Add(p);
                return true;
            }
        }
        mark = m;
        return false;
    }

    // double_star_pattern: '**' pattern_capture_target
    string? DoubleStarPattern()
    {
        int m = mark;
        if (!Accept(TokenKind.DoubleStar)) return null;
        var name = PatternCaptureTarget();
        if (name is null) mark = m;
        return name;
    }

    // class_pattern:
    //     | name_or_attr '(' ')'
    //     | name_or_attr '(' positional_patterns ','? ')'
    //     | name_or_attr '(' keyword_patterns ','? ')'
    //     | name_or_attr '(' positional_patterns ',' keyword_patterns ','? ')'
    //     | invalid_class_pattern
    Pattern? ClassPattern()
    {
        int m = mark;
        var cls = NameOrAttr();
        if (cls is not null && Accept(TokenKind.LPar))
        {
            int afterParen = mark;
            if (Accept(TokenKind.RPar)) return At(new MatchClass { Cls = cls }, m);
            var positional = SeparatedList(PatternRule);
            if (positional is not null)
            {
                int afterPos = mark;
                Accept(TokenKind.Comma);
                if (Accept(TokenKind.RPar)) return At(new MatchClass { Cls = cls, Patterns = positional }, m);
                mark = afterPos;
            }
            mark = afterParen;
            var kw = KeywordPatterns();
            if (kw is not null)
            {
                Accept(TokenKind.Comma);
                if (Accept(TokenKind.RPar)) return At(new MatchClass { Cls = cls, KwdAttrs = kw.Value.Names, KwdPatterns = kw.Value.Patterns }, m);
            }
            mark = afterParen;
            positional = SeparatedList(PatternRule);
            if (positional is not null && Accept(TokenKind.Comma))
            {
                kw = KeywordPatterns();
                if (kw is not null)
                {
                    Accept(TokenKind.Comma);
                    if (Accept(TokenKind.RPar))
                        return At(new MatchClass { Cls = cls, Patterns = positional, KwdAttrs = kw.Value.Names, KwdPatterns = kw.Value.Patterns }, m);
                }
            }
        }
        mark = m;
        if (callInvalidRules) InvalidClassPattern();
        mark = m;
        return null;
    }

    // keyword_patterns: ','.keyword_pattern+ ;  keyword_pattern: NAME '=' pattern
    (List<string> Names, List<Pattern> Patterns)? KeywordPatterns()
    {
        var names = new List<string>();
        var patterns = new List<Pattern>();
        while (true)
        {
            int m = mark;
            if (names.Count > 0 && !Accept(TokenKind.Comma)) break;
            var name = NameText();
            if (name is not null && Accept(TokenKind.Equal))
            {
                var p = PatternRule();
                if (p is not null)
                {
                    names.Add(name);
                    patterns.Add(p);
                    continue;
                }
            }
            mark = m;
            break;
        }
        return names.Count == 0 ? null : (names, patterns);
    }
}
