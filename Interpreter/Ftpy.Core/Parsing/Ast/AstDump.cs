using System.Globalization;
using System.Numerics;
using System.Text;
using Ftpy.Objects.Text;

namespace Ftpy.Parsing.Ast;

/// <summary>
/// Text of a tree exactly as CPython 3.13's <c>ast.dump(tree)</c> prints it with default
/// arguments: field names shown, no positions, no indentation, and fields that are None
/// or empty lists left out (except Constant.value and MatchSingleton.value). With
/// <c>includeAttributes</c> it matches <c>ast.dump(tree, include_attributes=True)</c>,
/// except that columns count code points where CPython counts UTF-8 bytes. A tree too deep
/// for the current thread's stack raises InsufficientExecutionStackException.
/// </summary>
public static class AstDump
{
    public static string Dump(Mod mod, bool includeAttributes = false)
    {
        var w = new Writer(includeAttributes);
        switch (mod)
        {
            case Module m: w.Open("Module").Stmts("body", m.Body).Close(); break;
            case Interactive i: w.Open("Interactive").Stmts("body", i.Body).Close(); break;
            case Expression e: w.Open("Expression").Expr("body", e.Body).Close(); break;
            default: throw new ArgumentException("unknown mod " + mod.GetType().Name);
        }
        return w.ToString();
    }

    public static string Dump(Node node, bool includeAttributes = false)
    {
        var w = new Writer(includeAttributes);
        w.Any(node);
        return w.ToString();
    }

    /// <summary>Python's repr() of a Constant value.</summary>
    public static string ConstantRepr(object value) => value switch
    {
        NoneValue => "None",
        EllipsisValue => "Ellipsis",
        bool b => b ? "True" : "False",
        BigInteger i => i.ToString(CultureInfo.InvariantCulture),
        double d => FloatRepr(d),
        Complex c => ComplexRepr(c),
        string s => StrRepr.Repr(s),
        byte[] b => BytesRepr(b),
        _ => throw new ArgumentException("not a constant value: " + value.GetType().Name),
    };

    /// <summary>repr(float): shortest round-trip digits, exponent form outside 1e-4 &lt;= |x| &lt; 1e16.</summary>
    public static string FloatRepr(double d) => FormatShortest(d, addDotZero: true);

    static string ComplexRepr(Complex c)
    {
        // Literals only ever produce a zero (+0.0) real part.
        if (c.Real == 0 && !double.IsNegative(c.Real)) return FormatShortest(c.Imaginary, addDotZero: false) + "j";
        string imag = FormatShortest(c.Imaginary, addDotZero: false);
        string sign = double.IsNegative(c.Imaginary) || double.IsNaN(c.Imaginary) && imag.StartsWith('-') ? "" : "+";
        return "(" + FormatShortest(c.Real, addDotZero: false) + sign + imag + "j)";
    }

    static string FormatShortest(double d, bool addDotZero)
    {
        if (double.IsNaN(d)) return "nan";
        if (double.IsPositiveInfinity(d)) return "inf";
        if (double.IsNegativeInfinity(d)) return "-inf";
        if (d == 0) return (double.IsNegative(d) ? "-0" : "0") + (addDotZero ? ".0" : "");
        // "E16" is not shortest; "R" is, but its layout varies, so extract digits and exponent from it.
        string r = Math.Abs(d).ToString("R", CultureInfo.InvariantCulture);
        int ePos = r.IndexOfAny(['E', 'e']);
        string mant = ePos >= 0 ? r[..ePos] : r;
        int exp = ePos >= 0 ? int.Parse(r[(ePos + 1)..], CultureInfo.InvariantCulture) : 0;
        int dot = mant.IndexOf('.');
        string intPart = dot >= 0 ? mant[..dot] : mant;
        string fracPart = dot >= 0 ? mant[(dot + 1)..] : "";
        string digits = (intPart + fracPart).TrimStart('0');
        int leadingZerosRemoved = (intPart + fracPart).Length - digits.Length;
        // decpt: value = 0.DIGITS * 10^decpt
        int decpt = intPart.Length - leadingZerosRemoved + exp;
        digits = digits.TrimEnd('0');
        if (digits.Length == 0) digits = "0";
        var sb = new StringBuilder();
        if (d < 0) sb.Append('-');
        if (decpt > -4 && decpt <= 16)
        {
            if (decpt <= 0)
            {
                sb.Append("0.").Append('0', -decpt).Append(digits);
            }
            else if (decpt >= digits.Length)
            {
                sb.Append(digits).Append('0', decpt - digits.Length);
                if (addDotZero) sb.Append(".0");
            }
            else
            {
                sb.Append(digits, 0, decpt).Append('.').Append(digits, decpt, digits.Length - decpt);
            }
        }
        else
        {
            sb.Append(digits[0]);
            if (digits.Length > 1) sb.Append('.').Append(digits, 1, digits.Length - 1);
            int e = decpt - 1;
            sb.Append('e').Append(e < 0 ? '-' : '+').Append(Math.Abs(e).ToString("00", CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }

    /// <summary>repr(bytes) with CPython's quote choice.</summary>
    public static string BytesRepr(byte[] b)
    {
        bool hasSingle = Array.IndexOf(b, (byte)'\'') >= 0, hasDouble = Array.IndexOf(b, (byte)'"') >= 0;
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        var sb = new StringBuilder(b.Length + 3);
        sb.Append('b').Append(quote);
        foreach (byte c in b)
        {
            if (c == quote || c == '\\') sb.Append('\\').Append((char)c);
            else if (c == '\t') sb.Append("\\t");
            else if (c == '\n') sb.Append("\\n");
            else if (c == '\r') sb.Append("\\r");
            else if (c < 0x20 || c >= 0x7f) sb.Append("\\x").Append(c.ToString("x2", CultureInfo.InvariantCulture));
            else sb.Append((char)c);
        }
        sb.Append(quote);
        return sb.ToString();
    }

    /// <summary>Appends one node's text; each Open/field/Close chain writes "Name(f=v, ...)".</summary>
    sealed class Writer(bool includeAttributes)
    {
        readonly StringBuilder sb = new();
        // One flag per open node: has a field already been written (so a ", " is needed)?
        readonly Stack<bool> first = new();

        public override string ToString() => sb.ToString();

        public Writer Open(string name)
        {
            sb.Append(name).Append('(');
            first.Push(true);
            return this;
        }

        public Writer Close()
        {
            first.Pop();
            sb.Append(')');
            return this;
        }

        void Field(string name)
        {
            if (!first.Pop()) sb.Append(", ");
            first.Push(false);
            sb.Append(name).Append('=');
        }

        public Writer Raw(string name, string text)
        {
            Field(name);
            sb.Append(text);
            return this;
        }

        public Writer Str(string name, string? value) => value is null ? this : Raw(name, StrRepr.Repr(value));

        public Writer Int(string name, int value) => Raw(name, value.ToString(CultureInfo.InvariantCulture));

        public Writer Expr(string name, Expr? e)
        {
            if (e is null) return this;
            Field(name);
            Any(e);
            return this;
        }

        public Writer Node(string name, object? n)
        {
            if (n is null) return this;
            Field(name);
            Any(n);
            return this;
        }

        public Writer Tag(string name, string tag) => Raw(name, tag + "()");

        public Writer Stmts(string name, List<Stmt> list) => List(name, list);
        public Writer Exprs(string name, List<Expr> list) => List(name, list);

        public Writer List<T>(string name, List<T> list)
        {
            if (list.Count == 0) return this;
            Field(name);
            sb.Append('[');
            for (int i = 0; i < list.Count; i++)
            {
                if (i > 0) sb.Append(", ");
                object? item = list[i];
                if (item is null) sb.Append("None");
                else if (item is string s) sb.Append(StrRepr.Repr(s));
                else if (item is CmpOp op) sb.Append(op).Append("()");
                else Any(item);
            }
            sb.Append(']');
            return this;
        }

        public void Any(object n)
        {
            // Trees can be far deeper than any stack (x.a.a.a...): fail with an exception, not a crash.
            System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
            if (includeAttributes && n is Node node)
            {
                // Fields first, then the position attributes inside the same parentheses.
                AnyFields(n);
                sb.Length--; // drop ')'
                bool empty = sb[^1] == '(';
                if (!empty) sb.Append(", ");
                sb.Append("lineno=").Append(node.Lineno).Append(", col_offset=").Append(node.ColOffset)
                  .Append(", end_lineno=").Append(node.EndLineno).Append(", end_col_offset=").Append(node.EndColOffset).Append(')');
                return;
            }
            AnyFields(n);
        }

        void AnyFields(object n)
        {
            switch (n)
            {
                // statements
                case FunctionDef f:
                    Open("FunctionDef").Str("name", f.Name).Node("args", f.Args).Stmts("body", f.Body)
                        .Exprs("decorator_list", f.DecoratorList).Expr("returns", f.Returns).List("type_params", f.TypeParams).Close();
                    break;
                case AsyncFunctionDef f:
                    Open("AsyncFunctionDef").Str("name", f.Name).Node("args", f.Args).Stmts("body", f.Body)
                        .Exprs("decorator_list", f.DecoratorList).Expr("returns", f.Returns).List("type_params", f.TypeParams).Close();
                    break;
                case ClassDef c:
                    Open("ClassDef").Str("name", c.Name).Exprs("bases", c.Bases).List("keywords", c.Keywords).Stmts("body", c.Body)
                        .Exprs("decorator_list", c.DecoratorList).List("type_params", c.TypeParams).Close();
                    break;
                case Return r: Open("Return").Expr("value", r.Value).Close(); break;
                case Delete d: Open("Delete").Exprs("targets", d.Targets).Close(); break;
                case Assign a: Open("Assign").Exprs("targets", a.Targets).Expr("value", a.Value).Close(); break;
                case AugAssign a: Open("AugAssign").Expr("target", a.Target).Tag("op", a.Op.ToString()).Expr("value", a.Value).Close(); break;
                case AnnAssign a:
                    Open("AnnAssign").Expr("target", a.Target).Expr("annotation", a.Annotation).Expr("value", a.Value).Int("simple", a.Simple).Close();
                    break;
                case For f: Open("For").Expr("target", f.Target).Expr("iter", f.Iter).Stmts("body", f.Body).Stmts("orelse", f.Orelse).Close(); break;
                case AsyncFor f: Open("AsyncFor").Expr("target", f.Target).Expr("iter", f.Iter).Stmts("body", f.Body).Stmts("orelse", f.Orelse).Close(); break;
                case While w: Open("While").Expr("test", w.Test).Stmts("body", w.Body).Stmts("orelse", w.Orelse).Close(); break;
                case If i: Open("If").Expr("test", i.Test).Stmts("body", i.Body).Stmts("orelse", i.Orelse).Close(); break;
                case With w: Open("With").List("items", w.Items).Stmts("body", w.Body).Close(); break;
                case AsyncWith w: Open("AsyncWith").List("items", w.Items).Stmts("body", w.Body).Close(); break;
                case Match m: Open("Match").Expr("subject", m.Subject).List("cases", m.Cases).Close(); break;
                case Raise r: Open("Raise").Expr("exc", r.Exc).Expr("cause", r.Cause).Close(); break;
                case Try t:
                    Open("Try").Stmts("body", t.Body).List("handlers", t.Handlers).Stmts("orelse", t.Orelse).Stmts("finalbody", t.Finalbody).Close();
                    break;
                case TryStar t:
                    Open("TryStar").Stmts("body", t.Body).List("handlers", t.Handlers).Stmts("orelse", t.Orelse).Stmts("finalbody", t.Finalbody).Close();
                    break;
                case Assert a: Open("Assert").Expr("test", a.Test).Expr("msg", a.Msg).Close(); break;
                case Import i: Open("Import").List("names", i.Names).Close(); break;
                case ImportFrom i: Open("ImportFrom").Str("module", i.Module).List("names", i.Names).Int("level", i.Level).Close(); break;
                case Global g: Open("Global").List("names", g.Names).Close(); break;
                case Nonlocal g: Open("Nonlocal").List("names", g.Names).Close(); break;
                case ExprStmt e: Open("Expr").Expr("value", e.Value).Close(); break;
                case Pass: Open("Pass").Close(); break;
                case Break: Open("Break").Close(); break;
                case Continue: Open("Continue").Close(); break;
                case TypeAlias t: Open("TypeAlias").Expr("name", t.Name).List("type_params", t.TypeParams).Expr("value", t.Value).Close(); break;

                // expressions
                case BoolOp b: Open("BoolOp").Tag("op", b.Op.ToString()).Exprs("values", b.Values).Close(); break;
                case NamedExpr n2: Open("NamedExpr").Expr("target", n2.Target).Expr("value", n2.Value).Close(); break;
                case BinOp b: Open("BinOp").Expr("left", b.Left).Tag("op", b.Op.ToString()).Expr("right", b.Right).Close(); break;
                case UnaryOp u: Open("UnaryOp").Tag("op", u.Op.ToString()).Expr("operand", u.Operand).Close(); break;
                case Lambda l: Open("Lambda").Node("args", l.Args).Expr("body", l.Body).Close(); break;
                case IfExp i: Open("IfExp").Expr("test", i.Test).Expr("body", i.Body).Expr("orelse", i.Orelse).Close(); break;
                case Dict d: Open("Dict").List("keys", d.Keys).Exprs("values", d.Values).Close(); break;
                case Set s: Open("Set").Exprs("elts", s.Elts).Close(); break;
                case ListComp c: Open("ListComp").Expr("elt", c.Elt).List("generators", c.Generators).Close(); break;
                case SetComp c: Open("SetComp").Expr("elt", c.Elt).List("generators", c.Generators).Close(); break;
                case DictComp c: Open("DictComp").Expr("key", c.Key).Expr("value", c.Value).List("generators", c.Generators).Close(); break;
                case GeneratorExp c: Open("GeneratorExp").Expr("elt", c.Elt).List("generators", c.Generators).Close(); break;
                case Await a: Open("Await").Expr("value", a.Value).Close(); break;
                case Yield y: Open("Yield").Expr("value", y.Value).Close(); break;
                case YieldFrom y: Open("YieldFrom").Expr("value", y.Value).Close(); break;
                case Compare c: Open("Compare").Expr("left", c.Left).List("ops", c.Ops).Exprs("comparators", c.Comparators).Close(); break;
                case Call c: Open("Call").Expr("func", c.Func).Exprs("args", c.Args).List("keywords", c.Keywords).Close(); break;
                case FormattedValue f: Open("FormattedValue").Expr("value", f.Value).Int("conversion", f.Conversion).Expr("format_spec", f.FormatSpec).Close(); break;
                case JoinedStr j: Open("JoinedStr").Exprs("values", j.Values).Close(); break;
                case Constant c: Open("Constant").Raw("value", ConstantRepr(c.Value)).Str("kind", c.Kind).Close(); break;
                case Attribute a: Open("Attribute").Expr("value", a.Value).Str("attr", a.Attr).Tag("ctx", a.Ctx.ToString()).Close(); break;
                case Subscript s: Open("Subscript").Expr("value", s.Value).Expr("slice", s.Slice).Tag("ctx", s.Ctx.ToString()).Close(); break;
                case Starred s: Open("Starred").Expr("value", s.Value).Tag("ctx", s.Ctx.ToString()).Close(); break;
                case Name n2: Open("Name").Str("id", n2.Id).Tag("ctx", n2.Ctx.ToString()).Close(); break;
                case List l: Open("List").Exprs("elts", l.Elts).Tag("ctx", l.Ctx.ToString()).Close(); break;
                case Tuple t: Open("Tuple").Exprs("elts", t.Elts).Tag("ctx", t.Ctx.ToString()).Close(); break;
                case Slice s: Open("Slice").Expr("lower", s.Lower).Expr("upper", s.Upper).Expr("step", s.Step).Close(); break;

                // helpers
                case Comprehension c:
                    Open("comprehension").Expr("target", c.Target).Expr("iter", c.Iter).Exprs("ifs", c.Ifs).Int("is_async", c.IsAsync ? 1 : 0).Close();
                    break;
                case ExceptHandler h: Open("ExceptHandler").Expr("type", h.Type).Str("name", h.Name).Stmts("body", h.Body).Close(); break;
                case Arguments a:
                    Open("arguments").List("posonlyargs", a.Posonlyargs).List("args", a.Args).Node("vararg", a.Vararg)
                        .List("kwonlyargs", a.Kwonlyargs).List("kw_defaults", a.KwDefaults).Node("kwarg", a.Kwarg)
                        .Exprs("defaults", a.Defaults).Close();
                    break;
                case Arg a: Open("arg").Str("arg", a.Name).Expr("annotation", a.Annotation).Close(); break;
                case Keyword k: Open("keyword").Str("arg", k.Arg).Expr("value", k.Value).Close(); break;
                case Alias a: Open("alias").Str("name", a.Name).Str("asname", a.Asname).Close(); break;
                case WithItem w: Open("withitem").Expr("context_expr", w.ContextExpr).Expr("optional_vars", w.OptionalVars).Close(); break;

                // match statement
                case MatchCase c: Open("match_case").Node("pattern", c.Pattern).Expr("guard", c.Guard).Stmts("body", c.Body).Close(); break;
                case MatchValue m: Open("MatchValue").Expr("value", m.Value).Close(); break;
                case MatchSingleton m: Open("MatchSingleton").Raw("value", ConstantRepr(m.Value)).Close(); break;
                case MatchSequence m: Open("MatchSequence").List("patterns", m.Patterns).Close(); break;
                case MatchMapping m: Open("MatchMapping").Exprs("keys", m.Keys).List("patterns", m.Patterns).Str("rest", m.Rest).Close(); break;
                case MatchClass m:
                    Open("MatchClass").Expr("cls", m.Cls).List("patterns", m.Patterns).List("kwd_attrs", m.KwdAttrs).List("kwd_patterns", m.KwdPatterns).Close();
                    break;
                case MatchStar m: Open("MatchStar").Str("name", m.Name).Close(); break;
                case MatchAs m: Open("MatchAs").Node("pattern", m.Pattern).Str("name", m.Name).Close(); break;
                case MatchOr m: Open("MatchOr").List("patterns", m.Patterns).Close(); break;

                // type parameters
                case TypeVar t: Open("TypeVar").Str("name", t.Name).Expr("bound", t.Bound).Expr("default_value", t.DefaultValue).Close(); break;
                case ParamSpec t: Open("ParamSpec").Str("name", t.Name).Expr("default_value", t.DefaultValue).Close(); break;
                case TypeVarTuple t: Open("TypeVarTuple").Str("name", t.Name).Expr("default_value", t.DefaultValue).Close(); break;

                default: throw new ArgumentException("unknown node " + n.GetType().Name);
            }
        }
    }
}
