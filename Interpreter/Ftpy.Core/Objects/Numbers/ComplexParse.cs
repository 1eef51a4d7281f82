using System.Numerics;
using Ftpy.Objects.Text;
using Ftpy.Runtime;

namespace Ftpy.Objects.Numbers;

/// <summary>
/// complex(str): optional parentheses and white space around one of
/// &lt;float&gt;, &lt;float&gt;j, &lt;float&gt;&lt;signed float&gt;j, &lt;float&gt;&lt;sign&gt;j, &lt;sign&gt;j, j
/// where &lt;float&gt; is anything float() accepts (inf, nan, ...), as CPython parses it.
/// </summary>
public static class ComplexParse
{
    const string Malformed = "complex() arg is a malformed string";

    public static Complex Parse(string s)
    {
        string ascii = NumericText.ToAsciiDigitsAndSpaces(s);
        if (ascii.Contains('_') && !FloatParse.TryRemoveUnderscores(ascii, out ascii))
            throw PyErr.ValueError($"could not convert string to complex: {StrRepr.Repr(s)}");
        return ParseAscii(ascii);
    }

    static Complex ParseAscii(string s)
    {
        int end = s.Length;
        int pos = 0;
        double x = 0.0, y = 0.0;
        while (pos < end && NumericText.IsAsciiSpace(s[pos])) pos++;
        bool bracket = false;
        if (pos < end && s[pos] == '(')
        {
            bracket = true;
            pos++;
            while (pos < end && NumericText.IsAsciiSpace(s[pos])) pos++;
        }

        if (FloatParse.TryParsePrefix(s, pos, end, out int stop, out double z))
        {
            pos = stop;
            if (pos < end && (s[pos] == '+' || s[pos] == '-'))
            {
                x = z;
                if (FloatParse.TryParsePrefix(s, pos, end, out stop, out y))
                {
                    pos = stop;
                }
                else
                {
                    y = s[pos] == '+' ? 1.0 : -1.0;
                    pos++;
                }
                if (!(pos < end && (s[pos] == 'j' || s[pos] == 'J'))) throw PyErr.ValueError(Malformed);
                pos++;
            }
            else if (pos < end && (s[pos] == 'j' || s[pos] == 'J'))
            {
                pos++;
                y = z;
            }
            else
            {
                x = z;
            }
        }
        else
        {
            if (pos < end && (s[pos] == '+' || s[pos] == '-'))
            {
                y = s[pos] == '+' ? 1.0 : -1.0;
                pos++;
            }
            else
            {
                y = 1.0;
            }
            if (!(pos < end && (s[pos] == 'j' || s[pos] == 'J'))) throw PyErr.ValueError(Malformed);
            pos++;
        }

        while (pos < end && NumericText.IsAsciiSpace(s[pos])) pos++;
        if (bracket)
        {
            if (!(pos < end && s[pos] == ')')) throw PyErr.ValueError(Malformed);
            pos++;
            while (pos < end && NumericText.IsAsciiSpace(s[pos])) pos++;
        }
        if (pos != end) throw PyErr.ValueError(Malformed);
        return new Complex(x, y);
    }
}
