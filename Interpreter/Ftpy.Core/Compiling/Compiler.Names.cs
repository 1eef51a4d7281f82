using Ftpy.Objects;
using Ftpy.Parsing.Ast;
using Attribute = Ftpy.Parsing.Ast.Attribute;
using Tuple = Ftpy.Parsing.Ast.Tuple;

namespace Ftpy.Compiling;

public sealed partial class Compiler
{
    string Mangle(string name) => _u.PrivateName is null ? name : TypeCreation.Mangle(_u.PrivateName, name);

    void LoadName(string name) => NameOp(name, ExprContext.Load);
    void StoreName(string name) => NameOp(name, ExprContext.Store);

    /// <summary>Emits the load, store or delete of a variable by its resolved scope (compiler_nameop).</summary>
    void NameOp(string name, ExprContext ctx)
    {
        CheckForbiddenName(name, ctx, _u.CurrentPosition);
        string mangled = Mangle(name);
        var scope = _u.Scope;
        var sc = ScopeOf(mangled);
        if (mangled is "__debug__" && ctx == ExprContext.Load)
        {
            _u.Emit(OpCode.LOAD_CONST, _u.AddConst(PyBool.From(!_optimize), !_optimize));
            return;
        }
        bool functionLike = scope.IsFunctionLike;
        switch (sc)
        {
            case NameScope.Free:
            case NameScope.Cell:
                int idx = _u.LocalsPlusIndex(mangled);
                switch (ctx)
                {
                    case ExprContext.Load:
                        if (scope.Kind == BlockKind.Class && _u.InInlinedComp == 0)
                        {
                            _u.Emit(OpCode.LOAD_LOCALS);
                            _u.Emit(OpCode.LOAD_FROM_DICT_OR_DEREF, idx);
                        }
                        else _u.Emit(OpCode.LOAD_DEREF, idx);
                        break;
                    case ExprContext.Store: _u.Emit(OpCode.STORE_DEREF, idx); break;
                    default: _u.Emit(OpCode.DELETE_DEREF, idx); break;
                }
                return;
            case NameScope.Local when functionLike || (_u.FastHidden?.Contains(mangled) ?? false):
            {
                int fi = _u.FastIndex[mangled];
                _u.Emit(ctx switch
                {
                    ExprContext.Load => OpCode.LOAD_FAST,
                    ExprContext.Store => OpCode.STORE_FAST,
                    _ => OpCode.DELETE_FAST,
                }, fi);
                return;
            }
            case NameScope.GlobalImplicit when functionLike || _u.InInlinedComp > 0:
            case NameScope.GlobalExplicit:
            {
                int ni = _u.AddName(mangled);
                switch (ctx)
                {
                    case ExprContext.Load: _u.Emit(OpCode.LOAD_GLOBAL, ni << 1); break;
                    case ExprContext.Store: _u.Emit(OpCode.STORE_GLOBAL, ni); break;
                    default: _u.Emit(OpCode.DELETE_GLOBAL, ni); break;
                }
                return;
            }
            default:
            {
                int ni = _u.AddName(mangled);
                _u.Emit(ctx switch
                {
                    ExprContext.Load => OpCode.LOAD_NAME,
                    ExprContext.Store => OpCode.STORE_NAME,
                    _ => OpCode.DELETE_NAME,
                }, ni);
                return;
            }
        }
    }

    /// <summary>The scope of a name in the code being compiled (an inlined comprehension's own view first).</summary>
    NameScope ScopeOf(string mangled) =>
        _u.ScopeOverrides is { } o && o.TryGetValue(mangled, out var sc) ? sc : _u.Scope.GetScope(mangled);

    /// <summary>Loads a global with the NULL that CALL expects (LOAD_GLOBAL's low bit), when the name is global.</summary>
    bool TryLoadGlobalWithNull(string name)
    {
        string mangled = Mangle(name);
        var scope = _u.Scope;
        var sc = ScopeOf(mangled);
        if (mangled == "__debug__") return false;
        if ((sc == NameScope.GlobalImplicit && (scope.IsFunctionLike || _u.InInlinedComp > 0)) || sc == NameScope.GlobalExplicit)
        {
            _u.Emit(OpCode.LOAD_GLOBAL, (_u.AddName(mangled) << 1) | 1);
            return true;
        }
        return false;
    }
}
