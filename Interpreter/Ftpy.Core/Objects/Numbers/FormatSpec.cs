using System.Globalization;
using Ftpy.Runtime;

namespace Ftpy.Objects.Numbers;

/// <summary>
/// A parsed format-spec mini-language string:
/// <c>[[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]</c>,
/// parsed exactly as CPython's parse_internal_render_format_spec does (code points, not
/// UTF-16 units; Unicode decimal digits in width and precision).
///
/// Invariants: Width and Precision are -1 when absent; Type is the default type when the
/// spec has none; Fill is already resolved ('0' when the zero flag came without a fill);
/// Align is '\0' when not given, and <see cref="EffectiveAlign"/> applies the zero flag.
/// </summary>
public sealed class FormatSpec
{
    /// <summary>The spec as written, for error messages.</summary>
    public string Text { get; }
    /// <summary>The Python type name used in error messages ("float", "int", "str", ...).</summary>
    public string TypeName { get; }
    /// <summary>Fill code point.</summary>
    public int Fill { get; private set; } = ' ';
    public bool FillSpecified { get; private set; }
    /// <summary>'&lt;', '&gt;', '=', '^', or '\0' when not specified.</summary>
    public char Align { get; private set; }
    /// <summary>The '0' flag was given (before the width) without an explicit fill.</summary>
    public bool ZeroPad { get; private set; }
    /// <summary>'+', '-', ' ', or '\0'.</summary>
    public char Sign { get; private set; }
    /// <summary>The 'z' option.</summary>
    public bool NoNegativeZero { get; private set; }
    /// <summary>The '#' option.</summary>
    public bool Alternate { get; private set; }
    public long Width { get; private set; } = -1;
    /// <summary>',' or '_' or '\0'.</summary>
    public char Thousands { get; private set; }
    public long Precision { get; private set; } = -1;
    /// <summary>Presentation type code point; '\0' for none.</summary>
    public int Type { get; private set; }

    FormatSpec(string text, string typeName)
    {
        Text = text;
        TypeName = typeName;
    }

    /// <summary>The alignment in effect: the given one, else '=' for the zero flag when numbers are right-aligned by default.</summary>
    public char EffectiveAlign(char defaultAlign)
    {
        if (Align != '\0') return Align;
        return ZeroPad && defaultAlign == '>' ? '=' : defaultAlign;
    }

    /// <summary>Digits per group: four for '_' with b, o, x and X, else three.</summary>
    public int GroupSize => Thousands == '_' && Type is 'b' or 'o' or 'x' or 'X' ? 4 : 3;

    /// <summary>Parses a spec. <paramref name="defaultType"/> is what an empty type means ('s' for str, 'd' for int, '\0' otherwise).</summary>
    public static FormatSpec Parse(string spec, string typeName, int defaultType = '\0')
    {
        var result = new FormatSpec(spec, typeName) { Type = defaultType };
        int[] cp = CodePoints(spec);
        int pos = 0, end = cp.Length;

        if (end - pos >= 2 && IsAlign(cp[pos + 1]))
        {
            result.Align = (char)cp[pos + 1];
            result.Fill = cp[pos];
            result.FillSpecified = true;
            pos += 2;
        }
        else if (end - pos >= 1 && IsAlign(cp[pos]))
        {
            result.Align = (char)cp[pos];
            pos++;
        }

        if (end - pos >= 1 && cp[pos] is '+' or '-' or ' ')
        {
            result.Sign = (char)cp[pos];
            pos++;
        }
        if (end - pos >= 1 && cp[pos] == 'z')
        {
            result.NoNegativeZero = true;
            pos++;
        }
        if (end - pos >= 1 && cp[pos] == '#')
        {
            result.Alternate = true;
            pos++;
        }
        if (!result.FillSpecified && end - pos >= 1 && cp[pos] == '0')
        {
            result.Fill = '0';
            result.ZeroPad = true;
            pos++;
        }

        int consumed = ReadInteger(cp, ref pos, out long width);
        result.Width = consumed == 0 ? -1 : width;

        if (end - pos > 0 && cp[pos] == ',')
        {
            result.Thousands = ',';
            pos++;
        }
        if (end - pos > 0 && cp[pos] == '_')
        {
            if (result.Thousands != '\0') throw PyErr.ValueError("Cannot specify both ',' and '_'.");
            result.Thousands = '_';
            pos++;
        }
        if (end - pos > 0 && cp[pos] == ',' && result.Thousands == '_')
            throw PyErr.ValueError("Cannot specify both ',' and '_'.");

        if (end - pos > 0 && cp[pos] == '.')
        {
            pos++;
            consumed = ReadInteger(cp, ref pos, out long precision);
            if (consumed == 0) throw PyErr.ValueError("Format specifier missing precision");
            result.Precision = precision;
        }

        if (end - pos > 1)
            throw PyErr.ValueError($"Invalid format specifier '{spec}' for object of type '{Truncate(typeName)}'");
        if (end - pos == 1) result.Type = cp[pos];

        if (result.Thousands != '\0')
        {
            switch (result.Type)
            {
                case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case '\0':
                    break;
                case 'b': case 'o': case 'x': case 'X':
                    if (result.Thousands == '_') break;
                    throw InvalidThousands(result.Thousands, result.Type);
                default:
                    throw InvalidThousands(result.Thousands, result.Type);
            }
        }
        return result;
    }

    static bool IsAlign(int c) => c is '<' or '>' or '=' or '^';

    /// <summary>Reads a run of Unicode decimal digits; returns how many were read.</summary>
    static int ReadInteger(int[] cp, ref int pos, out long value)
    {
        value = 0;
        int count = 0;
        while (pos < cp.Length)
        {
            int digit = NumericText.DecimalValue(cp[pos]);
            if (digit < 0) break;
            if (value > (long.MaxValue - digit) / 10)
                throw PyErr.ValueError("Too many decimal digits in format string");
            value = value * 10 + digit;
            pos++;
            count++;
        }
        return count;
    }

    static int[] CodePoints(string s)
    {
        var list = new List<int>(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                list.Add(char.ConvertToUtf32(c, s[i + 1]));
                i++;
            }
            else list.Add(c);
        }
        return list.ToArray();
    }

    static PyException InvalidThousands(char specifier, int type)
    {
        if (type > 32 && type < 128)
            return PyErr.ValueError($"Cannot specify '{specifier}' with '{(char)type}'.");
        return PyErr.ValueError($"Cannot specify '{specifier}' with '\\x{type.ToString("x", CultureInfo.InvariantCulture)}'.");
    }

    /// <summary>CPython's unknown_presentation_type error.</summary>
    public static PyException UnknownCode(int type, string typeName)
    {
        if (type > 32 && type < 128)
            return PyErr.ValueError($"Unknown format code '{(char)type}' for object of type '{Truncate(typeName)}'");
        return PyErr.ValueError($"Unknown format code '\\x{type.ToString("x", CultureInfo.InvariantCulture)}' for object of type '{Truncate(typeName)}'");
    }

    /// <summary>The error for this spec's type code on this spec's object type.</summary>
    public PyException UnknownCode() => UnknownCode(Type, TypeName);

    static string Truncate(string typeName) => typeName.Length > 200 ? typeName[..200] : typeName;

    /// <summary>Fill as a string (one or two UTF-16 units).</summary>
    public string FillText => Fill is >= 0xD800 and <= 0xDFFF ? ((char)Fill).ToString() : char.ConvertFromUtf32(Fill);
}
