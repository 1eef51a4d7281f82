using Ftpy.Parsing.Ast;
using Attribute = Ftpy.Parsing.Ast.Attribute;
using Tuple = Ftpy.Parsing.Ast.Tuple;

namespace Ftpy.Parsing;

// Function and class definitions, decorators, parameter lists (def and lambda) and PEP 695
// type parameters (python.gram "Class definitions", "Function definitions", "Function
// parameters", "Type parameter declaration", "Lambda functions").
public sealed partial class Parser
{
    // decorators: ('@' named_expression NEWLINE)+
    List<Expr>? Decorators()
    {
        List<Expr>? list = null;
        while (true)
        {
            int m = mark;
            if (!Accept(TokenKind.At)) break;
            var e = NamedExpression();
            if (e is null || !Accept(TokenKind.Newline))
            {
                mark = m;
                break;
            }
            (list ??= new List<Expr>()).Add(e);
        }
        return list;
    }

    // class_def: decorators class_def_raw | class_def_raw
    Stmt? ClassDef()
    {
        int m = mark;
        var decorators = Decorators();
        if (decorators is not null)
        {
            var c = ClassDefRaw();
            if (c is not null)
            {
                c.DecoratorList = decorators;
                return c;
            }
            mark = m;
            return null;
        }
        return ClassDefRaw();
    }

    // class_def_raw:
    //     | invalid_class_def_raw
    //     | 'class' NAME [type_params] ['(' [arguments] ')'] ':' block
    ClassDef? ClassDefRaw()
    {
        int m = mark;
        if (callInvalidRules) InvalidClassDefRaw();
        mark = m;
        if (!Accept(TokenKind.Class)) return null;
        var name = NameText();
        if (name is not null)
        {
            var typeParams = TypeParams();
            int m2 = mark;
            Call? args = null;
            bool ok = true;
            if (Accept(TokenKind.LPar))
            {
                args = Arguments();
                if (!Accept(TokenKind.RPar))
                {
                    mark = m2;
                    args = null;
                }
            }
            if (ok && Accept(TokenKind.Colon))
            {
                var body = Block();
                if (body is not null)
                {
                    return At(new ClassDef
                    {
                        Name = name,
                        Bases = args?.Args ?? new List<Expr>(),
                        Keywords = args?.Keywords ?? new List<Keyword>(),
                        Body = body,
                        TypeParams = typeParams ?? new List<TypeParam>(),
                    }, m);
                }
            }
        }
        mark = m;
        return null;
    }

    // function_def: decorators function_def_raw | function_def_raw
    Stmt? FunctionDef()
    {
        int m = mark;
        var decorators = Decorators();
        if (decorators is not null)
        {
            var f = FunctionDefRaw();
            if (f is FunctionDef fd)
            {
                fd.DecoratorList = decorators;
                return fd;
            }
            if (f is AsyncFunctionDef afd)
            {
                afd.DecoratorList = decorators;
                return afd;
            }
            mark = m;
            return null;
        }
        return FunctionDefRaw();
    }

    // function_def_raw:
    //     | invalid_def_raw
    //     | 'def' NAME [type_params] '(' [params] ')' ['->' expression] ':' [func_type_comment] block
    //     | 'async' 'def' NAME [type_params] '(' [params] ')' ['->' expression] ':' [func_type_comment] block
    Stmt? FunctionDefRaw()
    {
        int m = mark;
        if (callInvalidRules) InvalidDefRaw();
        mark = m;
        bool isAsync = Accept(TokenKind.Async);
        if (!Accept(TokenKind.Def))
        {
            mark = m;
            return null;
        }
        var name = NameText();
        if (name is null)
        {
            mark = m;
            return null;
        }
        var typeParams = TypeParams();
        if (!Accept(TokenKind.LPar))
        {
            mark = m;
            return null;
        }
        var args = Params();
        if (!Accept(TokenKind.RPar))
        {
            mark = m;
            return null;
        }
        Expr? returns = null;
        int m2 = mark;
        if (Accept(TokenKind.RArrow))
        {
            returns = Expression();
            if (returns is null) mark = m2;
        }
        if (!Accept(TokenKind.Colon))
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
        args ??= new Arguments();
        var tps = typeParams ?? new List<TypeParam>();
        return isAsync
            ? At(new AsyncFunctionDef { Name = name, Args = args, Body = body, Returns = returns, TypeParams = tps }, m)
            : At(new FunctionDef { Name = name, Args = args, Body = body, Returns = returns, TypeParams = tps }, m);
    }

    // ---- parameters ---------------------------------------------------------------------

    // params: invalid_parameters | parameters
    Arguments? Params()
    {
        int m = mark;
        if (callInvalidRules) InvalidParameters(lambda: false);
        mark = m;
        return Parameters(lambda: false);
    }

    // lambda_params: invalid_lambda_parameters | lambda_parameters
    Arguments? LambdaParams()
    {
        int m = mark;
        if (callInvalidRules) InvalidParameters(lambda: true);
        mark = m;
        return Parameters(lambda: true);
    }

    /// <summary>A parameter with its default (null when it has none).</summary>
    readonly record struct ParamWithDefault(Arg Arg, Expr? Default);

    /// <summary>What follows the positional parameters: *args, keyword-only parameters, **kwargs.</summary>
    sealed class StarEtc
    {
        public Arg? Vararg;
        public List<ParamWithDefault> Kwonly = new();
        public Arg? Kwarg;
    }

    // parameters (and lambda_parameters, with lambda_param and ':' for ')'):
    //     | slash_no_default param_no_default* param_with_default* [star_etc]
    //     | slash_with_default param_with_default* [star_etc]
    //     | param_no_default+ param_with_default* [star_etc]
    //     | param_with_default+ [star_etc]
    //     | star_etc
    Arguments? Parameters(bool lambda)
    {
        int m = mark;
        {
            var slashNoDefault = SlashNoDefault(lambda);
            if (slashNoDefault is not null)
            {
                var plain = ParamNoDefaultStar(lambda);
                var withDefault = ParamWithDefaultStar(lambda);
                var star = StarEtcRule(lambda);
                return MakeArguments(slashNoDefault, null, plain, withDefault, star);
            }
            mark = m;
        }
        {
            var slashWithDefault = SlashWithDefault(lambda);
            if (slashWithDefault is not null)
            {
                var withDefault = ParamWithDefaultStar(lambda);
                var star = StarEtcRule(lambda);
                return MakeArguments(null, slashWithDefault, null, withDefault, star);
            }
            mark = m;
        }
        {
            var plain = ParamNoDefaultStar(lambda);
            if (plain.Count > 0)
            {
                var withDefault = ParamWithDefaultStar(lambda);
                var star = StarEtcRule(lambda);
                return MakeArguments(null, null, plain, withDefault, star);
            }
            mark = m;
        }
        {
            var withDefault = ParamWithDefaultStar(lambda);
            if (withDefault.Count > 0)
            {
                var star = StarEtcRule(lambda);
                return MakeArguments(null, null, null, withDefault, star);
            }
            mark = m;
        }
        {
            var star = StarEtcRule(lambda);
            if (star is not null) return MakeArguments(null, null, null, null, star);
        }
        mark = m;
        return null;
    }

    /// <summary>CPython's _PyPegen_make_arguments.</summary>
    static Arguments MakeArguments(List<Arg>? slashNoDefault, (List<Arg> Plain, List<ParamWithDefault> WithDefault)? slashWithDefault,
        List<Arg>? plain, List<ParamWithDefault>? withDefault, StarEtc? star)
    {
        var a = new Arguments();
        if (slashNoDefault is not null) a.Posonlyargs = slashNoDefault;
        else if (slashWithDefault is { } swd)
        {
            a.Posonlyargs.AddRange(swd.Plain);
            foreach (var p in swd.WithDefault)
            {
                a.Posonlyargs.Add(p.Arg);
                a.Defaults.Add(p.Default!);
            }
        }
        if (plain is not null) a.Args.AddRange(plain);
        if (withDefault is not null)
        {
            foreach (var p in withDefault)
            {
                a.Args.Add(p.Arg);
                a.Defaults.Add(p.Default!);
            }
        }
        if (star is not null)
        {
            a.Vararg = star.Vararg;
            foreach (var p in star.Kwonly)
            {
                a.Kwonlyargs.Add(p.Arg);
                a.KwDefaults.Add(p.Default);
            }
            a.Kwarg = star.Kwarg;
        }
        return a;
    }

    TokenKind CloseKind(bool lambda) => lambda ? TokenKind.Colon : TokenKind.RPar;

    // slash_no_default: param_no_default+ '/' ',' | param_no_default+ '/' &')'
    List<Arg>? SlashNoDefault(bool lambda)
    {
        int m = mark;
        var plain = ParamNoDefaultStar(lambda);
        if (plain.Count > 0 && Accept(TokenKind.Slash))
        {
            if (Accept(TokenKind.Comma) || Is(CloseKind(lambda))) return plain;
        }
        mark = m;
        return null;
    }

    // slash_with_default: param_no_default* param_with_default+ '/' ',' | ... '/' &')'
    (List<Arg>, List<ParamWithDefault>)? SlashWithDefault(bool lambda)
    {
        int m = mark;
        var plain = ParamNoDefaultStar(lambda);
        var withDefault = ParamWithDefaultStar(lambda);
        if (withDefault.Count > 0 && Accept(TokenKind.Slash))
        {
            if (Accept(TokenKind.Comma) || Is(CloseKind(lambda))) return (plain, withDefault);
        }
        mark = m;
        return null;
    }

    // star_etc:
    //     | invalid_star_etc
    //     | '*' param_no_default param_maybe_default* [kwds]
    //     | '*' param_no_default_star_annotation param_maybe_default* [kwds]   (def only)
    //     | '*' ',' param_maybe_default+ [kwds]
    //     | kwds
    StarEtc? StarEtcRule(bool lambda)
    {
        int m = mark;
        if (callInvalidRules) InvalidStarEtc(lambda);
        mark = m;
        if (Accept(TokenKind.Star))
        {
            int afterStar = mark;
            var vararg = ParamNoDefault(lambda);
            if (vararg is null && !lambda)
            {
                mark = afterStar;
                vararg = ParamNoDefaultStarAnnotation();
            }
            if (vararg is not null)
            {
                var kwonly = ParamMaybeDefaultStar(lambda);
                var kwarg = Kwds(lambda);
                return new StarEtc { Vararg = vararg, Kwonly = kwonly, Kwarg = kwarg };
            }
            mark = afterStar;
            if (Accept(TokenKind.Comma))
            {
                var kwonly = ParamMaybeDefaultStar(lambda);
                if (kwonly.Count > 0)
                {
                    var kwarg = Kwds(lambda);
                    return new StarEtc { Kwonly = kwonly, Kwarg = kwarg };
                }
            }
            mark = m;
        }
        {
            var kwarg = Kwds(lambda);
            if (kwarg is not null) return new StarEtc { Kwarg = kwarg };
        }
        mark = m;
        return null;
    }

    // kwds: invalid_kwds | '**' param_no_default
    Arg? Kwds(bool lambda)
    {
        int m = mark;
        if (callInvalidRules) InvalidKwds(lambda);
        mark = m;
        if (Accept(TokenKind.DoubleStar))
        {
            var p = ParamNoDefault(lambda);
            if (p is not null) return p;
        }
        mark = m;
        return null;
    }

    List<Arg> ParamNoDefaultStar(bool lambda)
    {
        var list = new List<Arg>();
        while (ParamNoDefault(lambda) is { } p) list.Add(p);
        return list;
    }

    List<ParamWithDefault> ParamWithDefaultStar(bool lambda)
    {
        var list = new List<ParamWithDefault>();
        while (ParamWithDefaultRule(lambda) is { } p) list.Add(p);
        return list;
    }

    List<ParamWithDefault> ParamMaybeDefaultStar(bool lambda)
    {
        var list = new List<ParamWithDefault>();
        while (ParamMaybeDefault(lambda) is { } p) list.Add(p);
        return list;
    }

    // param_no_default: param ',' | param &')'
    Arg? ParamNoDefault(bool lambda)
    {
        int m = mark;
        var p = Param(lambda);
        if (p is not null && (Accept(TokenKind.Comma) || Is(CloseKind(lambda)))) return p;
        mark = m;
        return null;
    }

    // param_no_default_star_annotation: param_star_annotation ',' | param_star_annotation &')'
    // param_star_annotation: NAME star_annotation;  star_annotation: ':' star_expression
    Arg? ParamNoDefaultStarAnnotation()
    {
        int m = mark;
        var name = NameText();
        if (name is not null && Accept(TokenKind.Colon))
        {
            var ann = StarExpression();
            if (ann is not null)
            {
                var arg = At(new Arg { Name = name, Annotation = ann }, m);
                if (Accept(TokenKind.Comma) || Is(TokenKind.RPar)) return arg;
            }
        }
        mark = m;
        return null;
    }

    // param_with_default: param default ',' | param default &')'
    ParamWithDefault? ParamWithDefaultRule(bool lambda)
    {
        int m = mark;
        var p = Param(lambda);
        if (p is not null)
        {
            var d = Default();
            if (d is not null && (Accept(TokenKind.Comma) || Is(CloseKind(lambda)))) return new ParamWithDefault(p, d);
        }
        mark = m;
        return null;
    }

    // param_maybe_default: param default? ',' | param default? &')'
    ParamWithDefault? ParamMaybeDefault(bool lambda)
    {
        int m = mark;
        var p = Param(lambda);
        if (p is not null)
        {
            int m2 = mark;
            var d = Default();
            if (d is null) mark = m2;
            if (Accept(TokenKind.Comma) || Is(CloseKind(lambda))) return new ParamWithDefault(p, d);
        }
        mark = m;
        return null;
    }

    // param: NAME annotation?   (lambda_param: NAME)
    Arg? Param(bool lambda)
    {
        int m = mark;
        var name = NameText();
        if (name is null) return null;
        Expr? annotation = null;
        if (!lambda)
        {
            int m2 = mark;
            if (Accept(TokenKind.Colon))
            {
                annotation = Expression();
                if (annotation is null) mark = m2;
            }
        }
        return At(new Arg { Name = name, Annotation = annotation }, m);
    }

    // default: '=' expression | invalid_default
    Expr? Default()
    {
        int m = mark;
        if (Accept(TokenKind.Equal))
        {
            var e = Expression();
            if (e is not null) return e;
        }
        mark = m;
        if (callInvalidRules) InvalidDefault();
        mark = m;
        return null;
    }

    // ---- lambda -------------------------------------------------------------------------

    // lambdef: 'lambda' [lambda_params] ':' expression
    Expr? Lambdef()
    {
        int m = mark;
        if (!Accept(TokenKind.Lambda)) return null;
        var args = LambdaParams();
        if (Accept(TokenKind.Colon))
        {
            var body = Expression();
            if (body is not null) return At(new Lambda { Args = args ?? new Arguments(), Body = body }, m);
        }
        mark = m;
        return null;
    }

    // ---- type parameters ----------------------------------------------------------------

    // type_params: invalid_type_params | '[' type_param_seq ']'
    List<TypeParam>? TypeParams()
    {
        int m = mark;
        if (callInvalidRules) InvalidTypeParams();
        mark = m;
        if (!Accept(TokenKind.LSqb)) return null;
        var list = SeparatedList(TypeParamRule);
        if (list is not null)
        {
            Accept(TokenKind.Comma);
            if (Accept(TokenKind.RSqb)) return list;
        }
        mark = m;
        return null;
    }

    // type_param (memo):
    //     | NAME [type_param_bound] [type_param_default]
    //     | invalid_type_param
    //     | '*' NAME [type_param_starred_default]
    //     | '**' NAME [type_param_default]
    TypeParam? TypeParamRule()
    {
        int m = mark;
        if (TryMemo(Rule.TypeParam, out TypeParam? cached)) return cached;
        return Memo(Rule.TypeParam, m, TypeParamUncached());
    }

    TypeParam? TypeParamUncached()
    {
        int m = mark;
        var name = NameText();
        if (name is not null)
        {
            Expr? bound = null;
            int m2 = mark;
            if (Accept(TokenKind.Colon))
            {
                bound = Expression();
                if (bound is null) mark = m2;
            }
            var dflt = TypeParamDefault(starred: false);
            return At(new TypeVar { Name = name, Bound = bound, DefaultValue = dflt }, m);
        }
        if (callInvalidRules) InvalidTypeParam();
        mark = m;
        if (Accept(TokenKind.Star))
        {
            name = NameText();
            if (name is not null)
            {
                var dflt = TypeParamDefault(starred: true);
                return At(new TypeVarTuple { Name = name, DefaultValue = dflt }, m);
            }
            mark = m;
        }
        if (Accept(TokenKind.DoubleStar))
        {
            name = NameText();
            if (name is not null)
            {
                var dflt = TypeParamDefault(starred: false);
                return At(new ParamSpec { Name = name, DefaultValue = dflt }, m);
            }
        }
        mark = m;
        return null;
    }

    // type_param_default: '=' expression;  type_param_starred_default: '=' star_expression
    Expr? TypeParamDefault(bool starred)
    {
        int m = mark;
        if (!Accept(TokenKind.Equal)) return null;
        var e = starred ? StarExpression() : Expression();
        if (e is null) mark = m;
        return e;
    }
}
