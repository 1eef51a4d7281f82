using System.Text;
using Ftpy.Parsing.Ast;
using Attribute = Ftpy.Parsing.Ast.Attribute;
using Tuple = Ftpy.Parsing.Ast.Tuple;

namespace Ftpy.Parsing;

// String literals, implicit concatenation and PEP 701 f-strings (python.gram "LITERALS"),
// with CPython 3.12's folding: adjacent str pieces merge into one Constant (whose kind is
// the first piece's), empty pieces vanish inside a JoinedStr, and bytes never mix with str.
public sealed partial class Parser
{
    // strings (memo): (fstring | string)+
    Expr? Strings()
    {
        int m = mark;
        if (TryMemo(Rule.Strings, out Expr? cached)) return cached;
        var parts = new List<Expr>();
        while (true)
        {
            var kind = PeekKind();
            if (kind == TokenKind.String)
            {
                parts.Add(StringConstant(tokens[mark++]));
            }
            else if (kind == TokenKind.FStringStart)
            {
                var f = FString();
                if (f is null) break;
                parts.Add(f);
            }
            else
            {
                break;
            }
        }
        Expr? r = parts.Count == 0 ? null : ConcatenateStrings(parts, m);
        if (r is null) mark = m;
        return Memo(Rule.Strings, m, r);
    }

    /// <summary>The value of one STRING token (CPython's _PyPegen_constant_from_string).</summary>
    Constant StringConstant(in Token t)
    {
        var text = tokenizer.Source.AsSpan(t.Start, t.End - t.Start);
        var prefix = StringLiteral.Split(text, out int bodyStart, out int bodyEnd);
        var body = text[bodyStart..bodyEnd];
        object value;
        string? error;
        if (prefix.Bytes)
        {
            foreach (char c in body)
                if (c >= 0x80) throw RaiseAt(t, "bytes can only contain ASCII literal characters");
            value = (object?)StringLiteral.DecodeBytes(body, prefix.Raw, out error) ?? "";
        }
        else
        {
            value = (object?)StringLiteral.DecodeStr(body, prefix.Raw, out error) ?? "";
        }
        if (error is not null) throw RaiseAt(t, error);
        return new Constant
        {
            Value = value,
            // Only a lower-case u prefix makes kind 'u' (CPython looks at the first character).
            Kind = text[0] == 'u' ? "u" : null,
            Lineno = t.Line,
            ColOffset = t.Col,
            EndLineno = t.EndLine,
            EndColOffset = t.EndCol,
        };
    }

    /// <summary>CPython's _PyPegen_concatenate_strings.</summary>
    Expr ConcatenateStrings(List<Expr> parts, int start)
    {
        bool bytesFound = false, strFound = false, fstringFound = false;
        foreach (var part in parts)
        {
            if (part is Constant c)
            {
                if (c.Value is byte[]) bytesFound = true;
                else strFound = true;
            }
            else
            {
                fstringFound = true;
            }
        }
        if ((strFound || fstringFound) && bytesFound) throw RaiseSyntaxError("cannot mix bytes and nonbytes literals");
        if (bytesFound)
        {
            if (parts.Count == 1) return parts[0];
            var all = new List<byte>();
            foreach (var part in parts) all.AddRange((byte[])((Constant)part).Value);
            return At(new Constant { Value = all.ToArray() }, start);
        }
        if (!fstringFound && parts.Count == 1) return parts[0];

        var flat = new List<Expr>();
        foreach (var part in parts)
        {
            if (part is JoinedStr j) flat.AddRange(j.Values);
            else flat.Add(part);
        }
        var values = MergeConstants(flat, dropEmpty: fstringFound);
        if (!fstringFound)
        {
            var only = (Constant)values[0];
            return At(new Constant { Value = only.Value, Kind = only.Kind }, start);
        }
        return At(new JoinedStr { Values = values }, start);
    }

    /// <summary>Merges runs of adjacent str Constants; optionally drops the empty ones.</summary>
    static List<Expr> MergeConstants(List<Expr> flat, bool dropEmpty)
    {
        var values = new List<Expr>(flat.Count);
        for (int i = 0; i < flat.Count; i++)
        {
            if (flat[i] is not Constant first)
            {
                values.Add(flat[i]);
                continue;
            }
            int j = i;
            while (j + 1 < flat.Count && flat[j + 1] is Constant) j++;
            Constant merged = first;
            if (j > i)
            {
                var sb = new StringBuilder();
                for (int k = i; k <= j; k++) sb.Append((string)((Constant)flat[k]).Value);
                merged = Span(new Constant { Value = sb.ToString(), Kind = first.Kind }, first, flat[j]);
            }
            if (!(dropEmpty && merged.Value is string { Length: 0 })) values.Add(merged);
            i = j;
        }
        return values;
    }

    // fstring: FSTRING_START fstring_middle* FSTRING_END
    Expr? FString()
    {
        int m = mark;
        if (!Accept(TokenKind.FStringStart)) return null;
        var startToken = tokens[m];
        var text = tokenizer.Source.AsSpan(startToken.Start, startToken.End - startToken.Start);
        bool raw = text.IndexOfAny('r', 'R') >= 0;
        var raws = new List<Expr>();
        while (true)
        {
            if (PeekKind() == TokenKind.FStringMiddle)
            {
                var t = tokens[mark++];
                raws.Add(MiddleConstant(t, decode: false));
                continue;
            }
            var field = ReplacementField();
            if (field is null) break;
            raws.Add(field);
        }
        if (!Accept(TokenKind.FStringEnd))
        {
            mark = m;
            return null;
        }
        // _PyPegen_joined_str: decode the literal parts now (errors point at FSTRING_END).
        var values = new List<Expr>();
        foreach (var item in raws)
        {
            if (item is JoinedStr debug)
            {
                values.AddRange(debug.Values);
                continue;
            }
            if (item is Constant { Value: string s } c && c.Kind == RawMiddle)
            {
                var decoded = StringLiteral.DecodeStr(s, raw, out string? error);
                if (error is not null) throw RaiseSyntaxError(error);
                if (decoded!.Length == 0) continue;
                values.Add(CopyLoc(new Constant { Value = decoded }, c));
                continue;
            }
            values.Add(item);
        }
        return At(new JoinedStr { Values = values }, m);
    }

    /// <summary>Marks an undecoded FSTRING_MIDDLE constant until FString decodes it.</summary>
    const string RawMiddle = "\u0001raw";

    Constant MiddleConstant(in Token t, bool decode)
    {
        string text = tokenizer.Source.Substring(t.Start, t.End - t.Start);
        var c = new Constant { Value = text, Kind = decode ? null : RawMiddle, Lineno = t.Line, ColOffset = t.Col, EndLineno = t.EndLine, EndColOffset = t.EndCol };
        if (decode)
        {
            var decoded = StringLiteral.DecodeStr(text, FStringIsRaw(), out string? error);
            if (error is not null) throw RaiseAt(t, error);
            c.Value = decoded!;
        }
        return c;
    }

    /// <summary>Is the innermost f-string being parsed a raw one? (looks back for its FSTRING_START)</summary>
    bool FStringIsRaw()
    {
        int depth = 0;
        for (int i = mark - 1; i >= 0; i--)
        {
            var k = tokens[i].Kind;
            if (k == TokenKind.FStringEnd) depth++;
            else if (k == TokenKind.FStringStart)
            {
                if (depth == 0)
                    return tokenizer.Source.AsSpan(tokens[i].Start, tokens[i].End - tokens[i].Start).IndexOfAny('r', 'R') >= 0;
                depth--;
            }
        }
        return false;
    }

    // fstring_replacement_field:
    //     | '{' annotated_rhs '='? [fstring_conversion] [fstring_full_format_spec] '}'
    //     | invalid_replacement_field
    Expr? ReplacementField()
    {
        int m = mark;
        if (Accept(TokenKind.LBrace))
        {
            var lbrace = tokens[m];
            var value = AnnotatedRhs();
            if (value is not null)
            {
                bool debug = Accept(TokenKind.Equal);
                int afterDebug = mark;
                int conversion = -1;
                bool hasConversion = false;
                Token conv = default;
                if (Accept(TokenKind.Exclamation))
                {
                    var bang = tokens[mark - 1];
                    if (PeekKind() == TokenKind.Name)
                    {
                        conv = tokens[mark++];
                        if (conv.Line != bang.Line || conv.Col != bang.EndCol)
                            throw RaiseRange(bang, conv, "f-string: conversion type must come right after the exclamanation mark");
                        hasConversion = true;
                    }
                    else
                    {
                        mark--;
                    }
                }
                JoinedStr? spec = null;
                int m3 = mark;
                if (Accept(TokenKind.Colon))
                {
                    spec = FullFormatSpec(tokens[m3]);
                }
                if (Accept(TokenKind.RBrace))
                {
                    // The conversion letter is checked once the whole field has parsed (_PyPegen_formatted_value).
                    if (hasConversion)
                    {
                        string id = conv.Text!;
                        if (id.Length != 1 || id[0] is not ('s' or 'r' or 'a'))
                            throw RaiseAt(conv, $"f-string: invalid conversion character {Objects.Text.StrRepr.Repr(id)}: expected 's', 'r', or 'a'");
                        conversion = id[0];
                    }
                    if (!hasConversion && debug && spec is null) conversion = 'r';
                    var fv = At(new FormattedValue { Value = value, Conversion = conversion, FormatSpec = spec }, m);
                    if (!debug) return fv;
                    // The debug text runs from after '{' up to the token after '='.
                    var after = tokens[afterDebug];
                    string exprText = DebugText(lbrace.End, after.Start);
                    var textConst = new Constant
                    {
                        Value = exprText,
                        Lineno = lbrace.Line,
                        ColOffset = lbrace.Col + 1,
                        EndLineno = after.Line,
                        EndColOffset = after.Col,
                    };
                    return new JoinedStr { Values = [textConst, fv] };
                }
            }
        }
        mark = m;
        if (callInvalidRules) InvalidReplacementField();
        mark = m;
        return null;
    }

    /// <summary>The source of a debug ("=") field's expression, comments removed as CPython does.</summary>
    string DebugText(int from, int to)
    {
        string src = tokenizer.Source;
        var span = src.AsSpan(from, to - from);
        if (span.IndexOf('#') < 0) return span.ToString();
        var sb = new StringBuilder(span.Length);
        for (int i = 0; i < span.Length; i++)
        {
            if (span[i] == '#')
            {
                while (i < span.Length && span[i] != '\n') i++;
                if (i < span.Length) sb.Append('\n');
                continue;
            }
            sb.Append(span[i]);
        }
        return sb.ToString();
    }

    // fstring_full_format_spec: ':' fstring_format_spec*
    // fstring_format_spec: FSTRING_MIDDLE | fstring_replacement_field
    JoinedStr FullFormatSpec(in Token colon)
    {
        var items = new List<Expr>();
        while (true)
        {
            if (PeekKind() == TokenKind.FStringMiddle)
            {
                var t = tokens[mark++];
                var c = MiddleConstant(t, decode: true);
                if (((string)c.Value).Length > 0) items.Add(c);
                continue;
            }
            var field = ReplacementField();
            if (field is null) break;
            if (field is JoinedStr debug) items.AddRange(debug.Values);
            else items.Add(field);
        }
        if (items.Count == 0)
            return new JoinedStr { Lineno = colon.Line, ColOffset = colon.Col, EndLineno = colon.EndLine, EndColOffset = colon.EndCol };
        var values = MergeConstants(items, dropEmpty: true);
        var last = items[^1];
        return new JoinedStr
        {
            Values = values,
            Lineno = colon.Line,
            ColOffset = colon.Col,
            EndLineno = last.EndLineno,
            EndColOffset = last.EndColOffset,
        };
    }
}
