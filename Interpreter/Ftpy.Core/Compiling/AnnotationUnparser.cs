using System.Numerics;
using System.Text;
using Ftpy.Objects.Numbers;
using Ftpy.Objects.Text;
using Ftpy.Parsing.Ast;

namespace Ftpy.Compiling;

/// <summary>Turns an annotation expression back into source text, as CPython's ast_unparse.c
/// does for <c>from __future__ import annotations</c> (PEP 563): the stored annotation is this
/// string, with parentheses only where precedence needs them.</summary>
static class AnnotationUnparser
{
    // Precedence levels, lowest first (ast_unparse.c's PR_*).
    const int Tuple = 0, Test = 1, Or = 2, And = 3, Not = 4, Cmp = 5, Expr = 6, BXor = 7,
        BAnd = 8, Shift = 9, Arith = 10, Term = 11, Factor = 12, Power = 13, AwaitLevel = 14,
        Atom = 15;

    public static string Unparse(Parsing.Ast.Expr e)
    {
        var sb = new StringBuilder();
        Append(sb, e, Test);
        return sb.ToString();
    }

    static void Append(StringBuilder sb, Parsing.Ast.Expr e, int level)
    {
        switch (e)
        {
            case BoolOp b:
            {
                int pr = b.Op == BoolOperator.And ? And : Or;
                Open(sb, level > pr);
                for (int i = 0; i < b.Values.Count; i++)
                {
                    if (i > 0) sb.Append(b.Op == BoolOperator.And ? " and " : " or ");
                    Append(sb, b.Values[i], pr + 1);
                }
                Close(sb, level > pr);
                break;
            }
            case NamedExpr n:
                Open(sb, level > Tuple);
                Append(sb, n.Target, Atom);
                sb.Append(" := ");
                Append(sb, n.Value, Atom);
                Close(sb, level > Tuple);
                break;
            case BinOp b:
            {
                var (op, pr) = BinOpText(b.Op);
                bool rassoc = b.Op == Operator.Pow;
                Open(sb, level > pr);
                Append(sb, b.Left, pr + (rassoc ? 1 : 0));
                sb.Append(op);
                Append(sb, b.Right, pr + (rassoc ? 0 : 1));
                Close(sb, level > pr);
                break;
            }
            case UnaryOp u:
            {
                var (op, pr) = u.Op switch
                {
                    UnaryOperator.Not => ("not ", Not),
                    UnaryOperator.Invert => ("~", Factor),
                    UnaryOperator.UAdd => ("+", Factor),
                    _ => ("-", Factor),
                };
                Open(sb, level > pr);
                sb.Append(op);
                Append(sb, u.Operand, pr);
                Close(sb, level > pr);
                break;
            }
            case Lambda l:
                Open(sb, level > Test);
                sb.Append("lambda");
                var args = new StringBuilder();
                AppendArguments(args, l.Args);
                if (args.Length > 0) sb.Append(' ').Append(args);
                sb.Append(": ");
                Append(sb, l.Body, Test);
                Close(sb, level > Test);
                break;
            case IfExp i:
                Open(sb, level > Test);
                Append(sb, i.Body, Test + 1);
                sb.Append(" if ");
                Append(sb, i.Test, Test + 1);
                sb.Append(" else ");
                Append(sb, i.Orelse, Test);
                Close(sb, level > Test);
                break;
            case Dict d:
                sb.Append('{');
                for (int i = 0; i < d.Values.Count; i++)
                {
                    if (i > 0) sb.Append(", ");
                    if (d.Keys[i] is { } key)
                    {
                        Append(sb, key, Test);
                        sb.Append(": ");
                        Append(sb, d.Values[i], Test);
                    }
                    else
                    {
                        sb.Append("**");
                        Append(sb, d.Values[i], Expr);
                    }
                }
                sb.Append('}');
                break;
            case Set s:
                if (s.Elts.Count == 0) { sb.Append("{*()}"); break; }
                sb.Append('{');
                AppendList(sb, s.Elts);
                sb.Append('}');
                break;
            case ListComp c:
                sb.Append('[');
                Append(sb, c.Elt, Test);
                AppendGenerators(sb, c.Generators);
                sb.Append(']');
                break;
            case SetComp c:
                sb.Append('{');
                Append(sb, c.Elt, Test);
                AppendGenerators(sb, c.Generators);
                sb.Append('}');
                break;
            case DictComp c:
                sb.Append('{');
                Append(sb, c.Key, Test);
                sb.Append(": ");
                Append(sb, c.Value, Test);
                AppendGenerators(sb, c.Generators);
                sb.Append('}');
                break;
            case GeneratorExp g:
                sb.Append('(');
                Append(sb, g.Elt, Test);
                AppendGenerators(sb, g.Generators);
                sb.Append(')');
                break;
            case Await a:
                Open(sb, level > AwaitLevel);
                sb.Append("await ");
                Append(sb, a.Value, Atom);
                Close(sb, level > AwaitLevel);
                break;
            case Yield y:
                if (y.Value is null) { sb.Append("(yield)"); break; }
                sb.Append("(yield ");
                Append(sb, y.Value, Test);
                sb.Append(')');
                break;
            case YieldFrom y:
                sb.Append("(yield from ");
                Append(sb, y.Value, Test);
                sb.Append(')');
                break;
            case Compare c:
                Open(sb, level > Cmp);
                Append(sb, c.Left, Cmp + 1);
                for (int i = 0; i < c.Ops.Count; i++)
                {
                    sb.Append(CmpText(c.Ops[i]));
                    Append(sb, c.Comparators[i], Cmp + 1);
                }
                Close(sb, level > Cmp);
                break;
            case Call c:
            {
                Append(sb, c.Func, Atom);
                if (c.Args.Count == 1 && c.Keywords.Count == 0 && c.Args[0] is GeneratorExp)
                {
                    Append(sb, c.Args[0], Atom);
                    break;
                }
                sb.Append('(');
                bool first = true;
                foreach (var a in c.Args)
                {
                    if (!first) sb.Append(", ");
                    first = false;
                    Append(sb, a, Test);
                }
                foreach (var k in c.Keywords)
                {
                    if (!first) sb.Append(", ");
                    first = false;
                    if (k.Arg is null) sb.Append("**");
                    else sb.Append(k.Arg).Append('=');
                    Append(sb, k.Value, Test);
                }
                sb.Append(')');
                break;
            }
            case JoinedStr j:
                sb.Append('f').Append(StrRepr.Repr(FStringBody(j)));
                break;
            case FormattedValue f:
                sb.Append('f').Append(StrRepr.Repr(FStringBody(new JoinedStr { Values = { f } })));
                break;
            case Constant k:
                AppendConstant(sb, k.Value);
                break;
            case Parsing.Ast.Attribute a:
                Append(sb, a.Value, Atom);
                sb.Append(a.Value is Constant { Value: BigInteger } ? " ." : ".");
                sb.Append(a.Attr);
                break;
            case Subscript s:
                Append(sb, s.Value, Atom);
                sb.Append('[');
                if (s.Slice is Parsing.Ast.Tuple { Elts.Count: > 0 } t)
                {
                    AppendList(sb, t.Elts);
                    if (t.Elts.Count == 1) sb.Append(',');
                }
                else
                {
                    Append(sb, s.Slice, Tuple);
                }
                sb.Append(']');
                break;
            case Starred s:
                sb.Append('*');
                Append(sb, s.Value, Expr);
                break;
            case Name n:
                sb.Append(n.Id);
                break;
            case List l:
                sb.Append('[');
                AppendList(sb, l.Elts);
                sb.Append(']');
                break;
            case Parsing.Ast.Tuple tup:
                if (tup.Elts.Count == 0) { sb.Append("()"); break; }
                Open(sb, level > Tuple);
                AppendList(sb, tup.Elts);
                if (tup.Elts.Count == 1) sb.Append(',');
                Close(sb, level > Tuple);
                break;
            case Slice s:
                if (s.Lower is not null) Append(sb, s.Lower, Test);
                sb.Append(':');
                if (s.Upper is not null) Append(sb, s.Upper, Test);
                if (s.Step is not null) { sb.Append(':'); Append(sb, s.Step, Test); }
                break;
            default:
                throw new InvalidOperationException($"cannot unparse {e.GetType().Name}");
        }
    }

    static void Open(StringBuilder sb, bool paren) { if (paren) sb.Append('('); }
    static void Close(StringBuilder sb, bool paren) { if (paren) sb.Append(')'); }

    static void AppendList(StringBuilder sb, List<Parsing.Ast.Expr> items)
    {
        for (int i = 0; i < items.Count; i++)
        {
            if (i > 0) sb.Append(", ");
            Append(sb, items[i], Test);
        }
    }

    static void AppendGenerators(StringBuilder sb, List<Comprehension> generators)
    {
        foreach (var g in generators)
        {
            sb.Append(g.IsAsync ? " async for " : " for ");
            Append(sb, g.Target, Tuple);
            sb.Append(" in ");
            Append(sb, g.Iter, Test + 1);
            foreach (var cond in g.Ifs)
            {
                sb.Append(" if ");
                Append(sb, cond, Test + 1);
            }
        }
    }

    static void AppendArguments(StringBuilder sb, Arguments a)
    {
        bool first = true;
        void Sep() { if (!first) sb.Append(", "); first = false; }
        var positional = new List<Arg>(a.Posonlyargs);
        positional.AddRange(a.Args);
        int defaultStart = positional.Count - a.Defaults.Count;
        for (int i = 0; i < positional.Count; i++)
        {
            Sep();
            sb.Append(positional[i].Name);
            if (i >= defaultStart) { sb.Append('='); Append(sb, a.Defaults[i - defaultStart], Test); }
            if (i == a.Posonlyargs.Count - 1) { sb.Append(", /"); }
        }
        if (a.Vararg is not null || a.Kwonlyargs.Count > 0)
        {
            Sep();
            sb.Append('*');
            if (a.Vararg is not null) sb.Append(a.Vararg.Name);
        }
        for (int i = 0; i < a.Kwonlyargs.Count; i++)
        {
            Sep();
            sb.Append(a.Kwonlyargs[i].Name);
            if (a.KwDefaults[i] is { } d) { sb.Append('='); Append(sb, d, Test); }
        }
        if (a.Kwarg is not null)
        {
            Sep();
            sb.Append("**").Append(a.Kwarg.Name);
        }
    }

    static string FStringBody(JoinedStr j)
    {
        var body = new StringBuilder();
        foreach (var part in j.Values)
        {
            if (part is Constant { Value: string s })
            {
                body.Append(s.Replace("{", "{{").Replace("}", "}}"));
            }
            else if (part is FormattedValue f)
            {
                var inner = new StringBuilder();
                Append(inner, f.Value, Test + 1);
                body.Append('{');
                if (inner.Length > 0 && inner[0] == '{') body.Append(' ');
                body.Append(inner);
                if (f.Conversion != -1) body.Append('!').Append((char)f.Conversion);
                if (f.FormatSpec is not null) body.Append(':').Append(FStringBody(f.FormatSpec));
                body.Append('}');
            }
        }
        return body.ToString();
    }

    static void AppendConstant(StringBuilder sb, object value)
    {
        switch (value)
        {
            case NoneValue: sb.Append("None"); break;
            case EllipsisValue: sb.Append("..."); break;
            case bool b: sb.Append(b ? "True" : "False"); break;
            case BigInteger i: sb.Append(i.ToString()); break;
            case double d:
                sb.Append(double.IsInfinity(d) ? (d > 0 ? "1e309" : "-1e309") : FloatRepr.Repr(d));
                break;
            case Complex c:
                sb.Append(double.IsInfinity(c.Imaginary) ? "1e309j" : ComplexFormat.Repr(c));
                break;
            case string s: sb.Append(StrRepr.Repr(s)); break;
            case byte[] b: sb.Append(BytesRepr.Repr(b)); break;
            default: sb.Append(value); break;
        }
    }

    static (string, int) BinOpText(Operator op) => op switch
    {
        Operator.Add => (" + ", Arith),
        Operator.Sub => (" - ", Arith),
        Operator.Mult => (" * ", Term),
        Operator.MatMult => (" @ ", Term),
        Operator.Div => (" / ", Term),
        Operator.Mod => (" % ", Term),
        Operator.FloorDiv => (" // ", Term),
        Operator.Pow => (" ** ", Power),
        Operator.LShift => (" << ", Shift),
        Operator.RShift => (" >> ", Shift),
        Operator.BitOr => (" | ", Expr),
        Operator.BitXor => (" ^ ", BXor),
        _ => (" & ", BAnd),
    };

    static string CmpText(CmpOp op) => op switch
    {
        CmpOp.Eq => " == ",
        CmpOp.NotEq => " != ",
        CmpOp.Lt => " < ",
        CmpOp.LtE => " <= ",
        CmpOp.Gt => " > ",
        CmpOp.GtE => " >= ",
        CmpOp.Is => " is ",
        CmpOp.IsNot => " is not ",
        CmpOp.In => " in ",
        _ => " not in ",
    };
}
