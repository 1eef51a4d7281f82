using Ftpy.Parsing.Ast;

namespace Ftpy.Compiling;

/// <summary>The <c>from __future__ import ...</c> statements at the top of a module (CPython's
/// future.c): which features they turn on and where the last one ends; a later future import
/// is an error the compiler reports.</summary>
sealed class Future
{
    public bool Annotations;
    public bool BarryAsBdfl;
    /// <summary>End of the last leading future import (line, end column); (-1, -1) when there is none.</summary>
    public int Line = -1, EndCol = -1;

    static readonly HashSet<string> s_accepted = new()
    {
        "nested_scopes", "generators", "division", "absolute_import", "with_statement",
        "print_function", "unicode_literals", "generator_stop",
    };

    public static Future Parse(Mod mod, string filename)
    {
        var f = new Future();
        List<Stmt>? body = mod switch { Module m => m.Body, Interactive i => i.Body, _ => null };
        if (body is null || body.Count == 0) return f;
        int i0 = body[0] is ExprStmt { Value: Constant { Value: string } } ? 1 : 0;
        for (int i = i0; i < body.Count; i++)
        {
            if (body[i] is not ImportFrom { Module: "__future__" } s) break;
            foreach (var alias in s.Names)
            {
                string feature = alias.Name;
                if (s_accepted.Contains(feature)) continue;
                if (feature == "barry_as_FLUFL") f.BarryAsBdfl = true;
                else if (feature == "annotations") f.Annotations = true;
                else if (feature == "braces") throw CompileError.At("not a chance", filename, s.Lineno, s.ColOffset + 1, s.Lineno, null);
                else throw CompileError.At($"future feature {feature} is not defined", filename, s.Lineno, s.ColOffset + 1, s.Lineno, null);
            }
            f.Line = s.Lineno;
            f.EndCol = s.EndColOffset;
        }
        return f;
    }

    /// <summary>location_is_after: a statement starting after the leading future imports.</summary>
    public bool IsAfter(Stmt s) => s.Lineno > Line || (s.Lineno == Line && s.ColOffset > EndCol);
}
