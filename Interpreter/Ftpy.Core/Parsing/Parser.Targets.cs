using Ftpy.Parsing.Ast;
using Attribute = Ftpy.Parsing.Ast.Attribute;
using Tuple = Ftpy.Parsing.Ast.Tuple;

namespace Ftpy.Parsing;

// Assignment and deletion targets (python.gram "ASSIGNMENT TARGETS"). Targets are parsed
// by their own rules rather than converted from expressions, exactly as CPython does, so
// contexts (Store/Del) and what is accepted match it.
public sealed partial class Parser
{
    // star_targets: star_target !',' | star_target (',' star_target)* [',']
    Expr? StarTargets()
    {
        int m = mark;
        var first = StarTarget();
        if (first is null) return null;
        if (!Is(TokenKind.Comma)) return first;
        var elts = new List<Expr> { first };
        while (true)
        {
            int m2 = mark;
            if (!Accept(TokenKind.Comma)) break;
            var e = StarTarget();
            if (e is null)
            {
                mark = m2;
                break;
            }
            elts.Add(e);
        }
        Accept(TokenKind.Comma);
        return At(new Tuple { Elts = elts, Ctx = ExprContext.Store }, m);
    }

    // star_targets_list_seq: ','.star_target+ [',']
    List<Expr>? StarTargetsListSeq()
    {
        var list = SeparatedList(StarTarget);
        if (list is null) return null;
        Accept(TokenKind.Comma);
        return list;
    }

    // star_targets_tuple_seq: star_target (',' star_target)+ [','] | star_target ','
    List<Expr>? StarTargetsTupleSeq()
    {
        int m = mark;
        var first = StarTarget();
        if (first is null) return null;
        if (!Accept(TokenKind.Comma))
        {
            mark = m;
            return null;
        }
        var list = new List<Expr> { first };
        while (true)
        {
            int m2 = mark;
            var e = StarTarget();
            if (e is null)
            {
                mark = m2;
                break;
            }
            list.Add(e);
            if (!Accept(TokenKind.Comma)) break;
        }
        return list;
    }

    // star_target (memo): '*' (!'*' star_target) | target_with_star_atom
    Expr? StarTarget()
    {
        int m = mark;
        if (TryMemo(Rule.StarTarget, out Expr? cached)) return cached;
        Enter();
        try
        {
            Expr? r = null;
            if (Accept(TokenKind.Star))
            {
                if (!Is(TokenKind.Star))
                {
                    var inner = StarTarget();
                    if (inner is not null)
                        r = At(new Starred { Value = WithContext(inner, ExprContext.Store), Ctx = ExprContext.Store }, m);
                }
                if (r is null) mark = m;
            }
            r ??= TargetWithStarAtom();
            return Memo(Rule.StarTarget, m, r);
        }
        finally
        {
            Leave();
        }
    }

    // target_with_star_atom (memo):
    //     | t_primary '.' NAME !t_lookahead
    //     | t_primary '[' slices ']' !t_lookahead
    //     | star_atom
    Expr? TargetWithStarAtom()
    {
        int m = mark;
        if (TryMemo(Rule.TargetWithStarAtom, out Expr? cached)) return cached;
        var r = SubscriptAttributeTarget(ExprContext.Store) ?? StarAtom();
        return Memo(Rule.TargetWithStarAtom, m, r);
    }

    /// <summary>t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead, in context <paramref name="ctx"/>.</summary>
    Expr? SubscriptAttributeTarget(ExprContext ctx)
    {
        int m = mark;
        var prim = TPrimary();
        if (prim is null) return null;
        int afterPrim = mark;
        if (Accept(TokenKind.Dot))
        {
            var name = NameText();
            if (name is not null && !TLookahead())
                return At(new Attribute { Value = prim, Attr = name, Ctx = ctx }, m);
        }
        mark = afterPrim;
        if (Accept(TokenKind.LSqb))
        {
            var s = Slices();
            if (s is not null && Accept(TokenKind.RSqb) && !TLookahead())
                return At(new Subscript { Value = prim, Slice = s, Ctx = ctx }, m);
        }
        mark = m;
        return null;
    }

    // star_atom:
    //     | NAME
    //     | '(' target_with_star_atom ')'
    //     | '(' [star_targets_tuple_seq] ')'
    //     | '[' [star_targets_list_seq] ']'
    Expr? StarAtom()
    {
        int m = mark;
        switch (PeekKind())
        {
            case TokenKind.Name:
            {
                var n = NameToken()!;
                n.Ctx = ExprContext.Store;
                return n;
            }
            case TokenKind.LPar:
            {
                mark++;
                var inner = TargetWithStarAtom();
                if (inner is not null && Accept(TokenKind.RPar)) return WithContext(inner, ExprContext.Store);
                mark = m + 1;
                var elts = StarTargetsTupleSeq();
                if (Accept(TokenKind.RPar)) return At(new Tuple { Elts = elts ?? new List<Expr>(), Ctx = ExprContext.Store }, m);
                mark = m;
                return null;
            }
            case TokenKind.LSqb:
            {
                mark++;
                var elts = StarTargetsListSeq();
                if (Accept(TokenKind.RSqb)) return At(new List { Elts = elts ?? new List<Expr>(), Ctx = ExprContext.Store }, m);
                mark = m;
                return null;
            }
            default:
                return null;
        }
    }

    // single_target: single_subscript_attribute_target | NAME | '(' single_target ')'
    Expr? SingleTarget()
    {
        int m = mark;
        var t = SingleSubscriptAttributeTarget();
        if (t is not null) return t;
        if (PeekKind() == TokenKind.Name)
        {
            var n = NameToken()!;
            n.Ctx = ExprContext.Store;
            return n;
        }
        if (Accept(TokenKind.LPar))
        {
            var inner = SingleTarget();
            if (inner is not null && Accept(TokenKind.RPar)) return inner;
        }
        mark = m;
        return null;
    }

    // single_subscript_attribute_target: t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead
    Expr? SingleSubscriptAttributeTarget() => SubscriptAttributeTarget(ExprContext.Store);

    // t_primary (left-recursive, memo):
    //     | t_primary '.' NAME &t_lookahead
    //     | t_primary '[' slices ']' &t_lookahead
    //     | t_primary genexp &t_lookahead
    //     | t_primary '(' [arguments] ')' &t_lookahead
    //     | atom &t_lookahead
    Expr? TPrimary()
    {
        int m = mark;
        if (TryMemo(Rule.TPrimary, out Expr? cached)) return cached;
        Enter();
        try
        {
            Expr? left = Atom();
            if (left is null || !TLookahead())
            {
                mark = m;
                return Memo<Expr>(Rule.TPrimary, m, null);
            }
            while (true)
            {
                int m2 = mark;
                var next = Trailer(left, m, target: true);
                if (next is null || !TLookahead())
                {
                    mark = m2;
                    break;
                }
                left = next;
            }
            return Memo(Rule.TPrimary, m, left);
        }
        finally
        {
            Leave();
        }
    }

    // t_lookahead: '(' | '[' | '.'
    bool TLookahead() => PeekKind() is TokenKind.LPar or TokenKind.LSqb or TokenKind.Dot;

    // del_targets: ','.del_target+ [',']
    List<Expr>? DelTargets()
    {
        var list = SeparatedList(DelTarget);
        if (list is null) return null;
        Accept(TokenKind.Comma);
        return list;
    }

    // del_target (memo):
    //     | t_primary '.' NAME !t_lookahead
    //     | t_primary '[' slices ']' !t_lookahead
    //     | del_t_atom
    Expr? DelTarget()
    {
        int m = mark;
        if (TryMemo(Rule.DelTarget, out Expr? cached)) return cached;
        Enter();
        try
        {
            var r = SubscriptAttributeTarget(ExprContext.Del) ?? DelTAtom();
            return Memo(Rule.DelTarget, m, r);
        }
        finally
        {
            Leave();
        }
    }

    // del_t_atom: NAME | '(' del_target ')' | '(' [del_targets] ')' | '[' [del_targets] ']'
    Expr? DelTAtom()
    {
        int m = mark;
        switch (PeekKind())
        {
            case TokenKind.Name:
            {
                var n = NameToken()!;
                n.Ctx = ExprContext.Del;
                return n;
            }
            case TokenKind.LPar:
            {
                mark++;
                var inner = DelTarget();
                if (inner is not null && Accept(TokenKind.RPar)) return WithContext(inner, ExprContext.Del);
                mark = m + 1;
                var elts = DelTargets();
                if (Accept(TokenKind.RPar)) return At(new Tuple { Elts = elts ?? new List<Expr>(), Ctx = ExprContext.Del }, m);
                mark = m;
                return null;
            }
            case TokenKind.LSqb:
            {
                mark++;
                var elts = DelTargets();
                if (Accept(TokenKind.RSqb)) return At(new List { Elts = elts ?? new List<Expr>(), Ctx = ExprContext.Del }, m);
                mark = m;
                return null;
            }
            default:
                return null;
        }
    }

    /// <summary>
    /// CPython's _PyPegen_set_expr_context: a copy of a target with the given context, the
    /// elements of tuples, lists and starred targets converted too. Copies, never mutation,
    /// because memoized nodes may be shared by other parses.
    /// </summary>
    static Expr WithContext(Expr e, ExprContext ctx) => e switch
    {
        Name n => CopyLoc(new Name { Id = n.Id, Ctx = ctx }, n),
        Attribute a => CopyLoc(new Attribute { Value = a.Value, Attr = a.Attr, Ctx = ctx }, a),
        Subscript s => CopyLoc(new Subscript { Value = s.Value, Slice = s.Slice, Ctx = ctx }, s),
        Starred s => CopyLoc(new Starred { Value = WithContext(s.Value, ctx), Ctx = ctx }, s),
        List l => CopyLoc(new List { Elts = l.Elts.ConvertAll(x => WithContext(x, ctx)), Ctx = ctx }, l),
        Tuple t => CopyLoc(new Tuple { Elts = t.Elts.ConvertAll(x => WithContext(x, ctx)), Ctx = ctx }, t),
        _ => e,
    };
}
