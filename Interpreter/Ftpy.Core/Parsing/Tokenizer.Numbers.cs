using Ftpy.Parsing.UnicodeData;

namespace Ftpy.Parsing;

// Numeric literals: the scanning and error rules of CPython's lexer. The value is computed
// later by NumberLiteral from the token text.
public sealed partial class Tokenizer
{
    static bool IsDigit(int c) => c >= '0' && c <= '9';
    static bool IsHexDigit(int c) => IsDigit(c) || (c | 0x20) >= 'a' && (c | 0x20) <= 'f';

    /// <summary>Scans a number whose first character <paramref name="c"/> is already read
    /// (or, with <paramref name="fraction"/>, ".digit" with the digit in c).</summary>
    Token Number(int c, bool fraction)
    {
        if (fraction) return Fraction(c);
        if (c == '0')
        {
            c = NextC();
            if (c == 'x' || c == 'X')
            {
                c = NextC();
                do
                {
                    if (c == '_') c = NextC();
                    if (!IsHexDigit(c))
                    {
                        Backup(c);
                        throw Error("invalid hexadecimal literal", pos);
                    }
                    do c = NextC(); while (IsHexDigit(c));
                } while (c == '_');
                VerifyEndOfNumber(c, "hexadecimal");
            }
            else if (c == 'o' || c == 'O')
            {
                c = NextC();
                do
                {
                    if (c == '_') c = NextC();
                    if (c < '0' || c >= '8')
                    {
                        if (IsDigit(c)) throw Error($"invalid digit '{(char)c}' in octal literal", pos);
                        Backup(c);
                        throw Error("invalid octal literal", pos);
                    }
                    do c = NextC(); while (c >= '0' && c < '8');
                } while (c == '_');
                if (IsDigit(c)) throw Error($"invalid digit '{(char)c}' in octal literal", pos);
                VerifyEndOfNumber(c, "octal");
            }
            else if (c == 'b' || c == 'B')
            {
                c = NextC();
                do
                {
                    if (c == '_') c = NextC();
                    if (c != '0' && c != '1')
                    {
                        if (IsDigit(c)) throw Error($"invalid digit '{(char)c}' in binary literal", pos);
                        Backup(c);
                        throw Error("invalid binary literal", pos);
                    }
                    do c = NextC(); while (c == '0' || c == '1');
                } while (c == '_');
                if (IsDigit(c)) throw Error($"invalid digit '{(char)c}' in binary literal", pos);
                VerifyEndOfNumber(c, "binary");
            }
            else
            {
                bool nonzero = false;
                // Old-style octal or just zeros: "0" is a valid literal, "0_0" too.
                while (true)
                {
                    if (c == '_')
                    {
                        c = NextC();
                        if (!IsDigit(c))
                        {
                            Backup(c);
                            throw Error("invalid decimal literal", pos);
                        }
                    }
                    if (c != '0') break;
                    c = NextC();
                }
                int zerosEnd = pos;
                if (IsDigit(c))
                {
                    nonzero = true;
                    c = DecimalTail();
                }
                if (c == '.')
                {
                    c = NextC();
                    return Fraction(c);
                }
                if (c == 'e' || c == 'E') return Exponent(c);
                if (c == 'j' || c == 'J') return Imaginary();
                if (nonzero)
                {
                    Backup(c);
                    // CPython's known-range error: from the first digit to the end of the zeros.
                    int startCol = ColOf(tokStart) + 1;
                    int endCol = ColOf(zerosEnd);
                    throw new SyntaxErrorException(SyntaxErrorKind.SyntaxError,
                        "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                        filename, line, startCol, LineTextNoNewline(line), line, endCol);
                }
                VerifyEndOfNumber(c, "decimal");
            }
        }
        else
        {
            c = DecimalTail();
            if (c == '.')
            {
                c = NextC();
                return Fraction(c);
            }
            if (c == 'e' || c == 'E') return Exponent(c);
            if (c == 'j' || c == 'J') return Imaginary();
            VerifyEndOfNumber(c, "decimal");
        }
        Backup(c);
        return Make(TokenKind.Number, tokStart, pos);
    }

    /// <summary>After the '.', with the first character after it in <paramref name="c"/>.</summary>
    Token Fraction(int c)
    {
        if (IsDigit(c)) c = DecimalTail();
        if (c == 'e' || c == 'E') return Exponent(c);
        if (c == 'j' || c == 'J') return Imaginary();
        VerifyEndOfNumber(c, "decimal");
        Backup(c);
        return Make(TokenKind.Number, tokStart, pos);
    }

    /// <summary>At an 'e' or 'E' (in <paramref name="e"/>, already read).</summary>
    Token Exponent(int e)
    {
        int c = NextC();
        if (c == '+' || c == '-')
        {
            c = NextC();
            if (!IsDigit(c))
            {
                Backup(c);
                throw Error("invalid decimal literal", pos);
            }
        }
        else if (!IsDigit(c))
        {
            // "1e" followed by something else: the number ends before the 'e'.
            Backup(c);
            VerifyEndOfNumber(e, "decimal");
            Backup(e);
            return Make(TokenKind.Number, tokStart, pos);
        }
        c = DecimalTail();
        if (c == 'j' || c == 'J') return Imaginary();
        VerifyEndOfNumber(c, "decimal");
        Backup(c);
        return Make(TokenKind.Number, tokStart, pos);
    }

    /// <summary>At a 'j' or 'J', already read.</summary>
    Token Imaginary()
    {
        int c = NextC();
        VerifyEndOfNumber(c, "imaginary");
        Backup(c);
        return Make(TokenKind.Number, tokStart, pos);
    }

    /// <summary>Digits with single underscores between them; returns the first character after.</summary>
    int DecimalTail()
    {
        int c;
        while (true)
        {
            do c = NextC(); while (IsDigit(c));
            if (c != '_') break;
            c = NextC();
            if (!IsDigit(c))
            {
                Backup(c);
                throw Error("invalid decimal literal", pos);
            }
        }
        return c;
    }

    /// <summary>
    /// CPython's verify_end_of_number: a literal directly followed by one of the keywords that
    /// can follow a number (and, else, for, if, in, is, not, or) is accepted (CPython warns);
    /// directly followed by another ASCII identifier character it is an error.
    /// <paramref name="c"/> has been read; on return the position is unchanged.
    /// </summary>
    void VerifyEndOfNumber(int c, string kind)
    {
        bool keyword = c switch
        {
            'a' => Lookahead("nd"),
            'e' => Lookahead("lse"),
            'f' => Lookahead("or"),
            'i' => PeekC() is 'f' or 'n' or 's',
            'o' => Lookahead("r"),
            'n' => Lookahead("ot"),
            _ => false,
        };
        if (keyword) return;
        if (c < 128 && c != Eof && IdentifierChars.IsAsciiContinue(c))
        {
            Backup(c);
            throw Error($"invalid {kind} literal", pos);
        }
    }

    /// <summary>Do the next characters spell <paramref name="rest"/>, not followed by an identifier character?</summary>
    bool Lookahead(string rest)
    {
        int p = pos;
        foreach (char ch in rest)
        {
            if (p >= src.Length || src[p] != ch) return false;
            p++;
        }
        return p >= src.Length || !(IdentifierChars.IsAsciiContinue(src[p]) || src[p] >= 128);
    }
}
