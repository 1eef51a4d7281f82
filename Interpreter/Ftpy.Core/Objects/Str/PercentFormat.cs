using System.Text;
using Ftpy.Objects.Numbers;
using Ftpy.Runtime;

namespace Ftpy.Objects;

/// <summary>
/// printf-style formatting: <c>str % args</c> (PyUnicode_Format) and, with PEP 461's bytes
/// semantics, <c>bytes % args</c> (_PyBytes_FormatEx). The argument bookkeeping is CPython's:
/// a tuple supplies arguments in order; any other value is the one argument (and, when it is
/// a mapping, the source of %(key) values, which then exempts the call from the
/// "not all arguments converted" check). Bytes formats run as Latin-1 text: every character
/// below U+0100 stands for one byte.
/// </summary>
public static class PercentFormat
{
    const int LeftAdjust = 1, Sign = 2, Blank = 4, Alternate = 8, Zero = 16;

    public static PyObject Format(PyStr format, PyObject args) => PyStr.From(Run(format.Value, args, bytesMode: false));

    /// <summary>The state of one formatting call (unicode_formatter_t).</summary>
    struct Context
    {
        public PyObject Args;
        public bool ArgsOwned;
        public long ArgLength, ArgIndex;
        public PyObject? Dict;
        public bool Bytes;

        public PyObject NextArg()
        {
            long i = ArgIndex;
            if (i < ArgLength)
            {
                ArgIndex++;
                return ArgLength < 0 ? Args : ((PyTuple)Args).Items[i];
            }
            throw PyErr.TypeError("not enough arguments for format string");
        }

        public void ReplaceArgs(PyObject value)
        {
            if (ArgsOwned) Py.Decref(Args);
            Args = value;
            ArgsOwned = true;
            ArgLength = -1;
            ArgIndex = -2;
        }
    }

    internal static string Run(string fmt, PyObject args, bool bytesMode)
    {
        var ctx = new Context { Args = args, Bytes = bytesMode };
        if (args is PyTuple tuple) { ctx.ArgLength = tuple.Count; ctx.ArgIndex = 0; }
        else { ctx.ArgLength = -1; ctx.ArgIndex = -2; }
        bool isMapping = args.ob_type.mp_subscript is not null && args is not PyTuple && args is not PyStr
            && !(bytesMode && args is PyBytes or PyByteArray);
        if (isMapping) ctx.Dict = args;
        string kind = bytesMode ? "bytes" : "string";
        var sb = new StringBuilder(fmt.Length + 16);
        try
        {
            int i = 0;
            while (i < fmt.Length)
            {
                int percent = fmt.IndexOf('%', i);
                if (percent < 0)
                {
                    sb.Append(fmt, i, fmt.Length - i);
                    break;
                }
                sb.Append(fmt, i, percent - i);
                i = percent + 1;
                if (FormatOne(fmt, ref i, ref ctx, sb) && ctx.Dict is not null && ctx.ArgIndex < ctx.ArgLength)
                    throw PyErr.TypeError($"not all arguments converted during {kind} formatting");
            }
            if (ctx.ArgIndex < ctx.ArgLength && ctx.Dict is null)
                throw PyErr.TypeError($"not all arguments converted during {kind} formatting");
            return sb.ToString();
        }
        finally
        {
            if (ctx.ArgsOwned) Py.Decref(ctx.Args);
        }
    }

    /// <summary>One conversion; <paramref name="i"/> is just past the '%'. False for "%%".</summary>
    static bool FormatOne(string fmt, ref int i, ref Context ctx, StringBuilder sb)
    {
        int n = fmt.Length;
        if (i >= n) throw PyErr.ValueError("incomplete format");
        if (fmt[i] == '%')
        {
            sb.Append('%');
            i++;
            return false;
        }
        if (fmt[i] == '(')
        {
            if (ctx.Dict is null) throw PyErr.TypeError("format requires a mapping");
            int depth = 1;
            int keyStart = ++i;
            while (depth > 0 && i < n)
            {
                if (fmt[i] == ')') depth--;
                else if (fmt[i] == '(') depth++;
                i++;
            }
            if (depth > 0 || i >= n) throw PyErr.ValueError("incomplete format key");
            string key = fmt[keyStart..(i - 1)];
            PyObject keyObj = ctx.Bytes ? PyBytes.From(Encoding.Latin1.GetBytes(key)) : PyStr.From(key);
            PyObject value;
            try { value = Py.GetItem(ctx.Dict, keyObj); }
            finally { Py.Decref(keyObj); }
            ctx.ReplaceArgs(value);
        }

        int flags = 0;
        char c = '\0';
        bool more = false;
        while (i < n)
        {
            c = fmt[i++];
            int flag = c switch { '-' => LeftAdjust, '+' => Sign, ' ' => Blank, '#' => Alternate, '0' => Zero, _ => 0 };
            if (flag == 0) { more = true; break; }
            flags |= flag;
        }
        if (!more) throw PyErr.ValueError("incomplete format");

        long width = -1;
        if (c == '*')
        {
            var v = ctx.NextArg();
            if (v is not PyInt) throw PyErr.TypeError("* wants int");
            width = Py.AsSsize(v, ExceptionTypes.OverflowError);
            if (width < 0)
            {
                flags |= LeftAdjust;
                width = -width;
            }
            if (!Advance(fmt, ref i, ref c)) throw PyErr.ValueError("incomplete format");
        }
        else if (c is >= '0' and <= '9')
        {
            width = c - '0';
            while (true)
            {
                if (!Advance(fmt, ref i, ref c)) throw PyErr.ValueError("incomplete format");
                if (c is < '0' or > '9') break;
                if (width > (long.MaxValue - (c - '0')) / 10) throw PyErr.ValueError("width too big");
                width = width * 10 + (c - '0');
            }
        }

        int precision = -1;
        if (c == '.')
        {
            precision = 0;
            if (!Advance(fmt, ref i, ref c)) throw PyErr.ValueError("incomplete format");
            if (c == '*')
            {
                var v = ctx.NextArg();
                if (v is not PyInt) throw PyErr.TypeError("* wants int");
                long p = Py.AsLong(v);
                if (p < int.MinValue || p > int.MaxValue) throw PyErr.OverflowError("Python int too large to convert to C int");
                precision = (int)Math.Max(p, 0);
                if (!Advance(fmt, ref i, ref c)) throw PyErr.ValueError("incomplete format");
            }
            else if (c is >= '0' and <= '9')
            {
                precision = c - '0';
                while (true)
                {
                    if (!Advance(fmt, ref i, ref c)) throw PyErr.ValueError("incomplete format");
                    if (c is < '0' or > '9') break;
                    if (precision > (int.MaxValue - (c - '0')) / 10) throw PyErr.ValueError("precision too big");
                    precision = precision * 10 + (c - '0');
                }
            }
        }
        if (c is 'h' or 'l' or 'L')
        {
            if (!Advance(fmt, ref i, ref c)) throw PyErr.ValueError("incomplete format");
        }

        var arg = ctx.NextArg();
        string text;
        bool numeric = false;
        switch (c)
        {
            case 's' or 'r' or 'a' or 'b':
                if (!ctx.Bytes && c == 'b') goto default;
                text = TextOf(arg, c, ctx.Bytes);
                if (precision >= 0) text = TruncateCodePoints(text, precision);
                break;
            case 'i' or 'd' or 'u' or 'o' or 'x' or 'X':
                text = FormatLong(arg, c, flags, precision);
                numeric = true;
                break;
            case 'e' or 'E' or 'f' or 'F' or 'g' or 'G':
            {
                double d = Py.AsDouble(arg);
                var textFlags = (flags & Alternate) != 0 ? FloatTextFlags.Alt : FloatTextFlags.None;
                text = FloatText.DoubleToString(d, c, precision < 0 ? 6 : precision, textFlags);
                numeric = true;
                break;
            }
            case 'c':
                text = ctx.Bytes ? ((char)ByteChar(arg)).ToString() : Objects.Text.CodePoints.ToText(UnicodeChar(arg));
                break;
            default:
                throw UnsupportedCharacter(fmt, i, c, ctx.Bytes);
        }
        Output(sb, text, c, flags, width, numeric);
        return true;
    }

    static bool Advance(string fmt, ref int i, ref char c)
    {
        if (i >= fmt.Length) return false;
        c = fmt[i++];
        return true;
    }

    static PyException UnsupportedCharacter(string fmt, int i, char c, bool bytesMode)
    {
        int cp = c;
        if (!bytesMode && char.IsHighSurrogate(c) && i < fmt.Length && char.IsLowSurrogate(fmt[i]))
            cp = char.ConvertToUtf32(c, fmt[i]);
        if (bytesMode && cp >= 0x80) return PyErr.OverflowError("character argument not in range(0x110000)");
        int index = bytesMode ? i - 1 : Objects.Text.CodePoints.Count(fmt.AsSpan(0, i - 1));
        char shown = cp is >= 31 and <= 126 ? (char)cp : '?';
        return PyErr.ValueError($"unsupported format character '{shown}' (0x{cp:x}) at index {index}");
    }

    static string TruncateCodePoints(string s, int count)
    {
        if (count >= s.Length) return s;
        int i = 0;
        for (int k = 0; k < count && i < s.Length; k++)
        {
            Objects.Text.CodePoints.At(s, i, out int w);
            i += w;
        }
        return s[..i];
    }

    /// <summary>%s, %r, %a (and %b for bytes).</summary>
    static string TextOf(PyObject arg, char c, bool bytesMode)
    {
        if (bytesMode)
        {
            if (c is 'r' or 'a')
            {
                var r = Py.Ascii(arg);
                try { return r.Value; }
                finally { Py.Decref(r); }
            }
            return Encoding.Latin1.GetString(BytesOf(arg));
        }
        if (c == 's' && arg.ob_type == PyStr.Type) return ((PyStr)arg).Value;
        var s = c switch { 's' => Py.Str(arg), 'r' => Py.Repr(arg), _ => Py.Ascii(arg) };
        try { return s.Value; }
        finally { Py.Decref(s); }
    }

    /// <summary>format_obj: bytes, bytearray, __bytes__, then any buffer.</summary>
    static byte[] BytesOf(PyObject v)
    {
        if (v is PyBytes b) return b.Value;
        if (v is PyByteArray ba) return ba.ToArray();
        var conv = v.ob_type.Lookup("__bytes__");
        if (conv is not null)
        {
            var r = Py.CallBoundDescriptor(conv, v, default);
            try
            {
                if (r is PyBytes rb) return rb.Value;
                throw PyErr.TypeError($"__bytes__ returned non-bytes (type {r.ob_type.ShortName})");
            }
            finally { Py.Decref(r); }
        }
        if (BufferProtocol.TryGetBytes(v, out var data)) return data.ToArray();
        throw PyErr.TypeError($"%b requires a bytes-like object, or an object that implements __bytes__, not '{v.ob_type.ShortName}'");
    }

    /// <summary>mainformatlong / formatlong: the number's text with sign, 0x/0o prefix (alternate form) and precision zeros.</summary>
    static string FormatLong(PyObject v, char type, int flags, int precision)
    {
        bool integerRequired = type is 'o' or 'x' or 'X';
        PyException WrongType() => PyErr.TypeError(integerRequired
            ? $"%{type} format: an integer is required, not {v.ob_type.ShortName}"
            : $"%{type} format: a real number is required, not {v.ob_type.ShortName}");
        var t = v.ob_type;
        bool isNumber = t.nb_index is not null || t.nb_int is not null || t.nb_float is not null || v is PyComplex;
        if (!isNumber) throw WrongType();
        System.Numerics.BigInteger value;
        if (v is PyInt i) value = i.Value;
        else
        {
            try { value = integerRequired ? Py.AsBigInteger(v) : IntType.ConvertToInt(v); }
            catch (PyException e) when (e.Matches(ExceptionTypes.TypeError))
            {
                e.Release();
                throw WrongType();
            }
        }
        var textFlags = (flags & Alternate) != 0 ? PrintfFlags.Alternate : PrintfFlags.None;
        // The width and sign are applied by Output, so the number is formatted without them.
        return IntFormat.Printf(value, type, textFlags, -1, precision, ThreadState.Current.Interp?.IntMaxStrDigits ?? 4300);
    }

    static int UnicodeChar(PyObject v)
    {
        if (v is PyStr s)
        {
            if (s.Length == 1) return s.CodePointAt(0);
            throw PyErr.TypeError("%c requires int or char");
        }
        if (v.ob_type.nb_index is null) throw PyErr.TypeError("%c requires int or char");
        var x = Py.AsBigInteger(v);
        if (x < 0 || x > 0x10FFFF) throw PyErr.OverflowError("%c arg not in range(0x110000)");
        return (int)x;
    }

    static byte ByteChar(PyObject v)
    {
        const string message = "%c requires an integer in range(256) or a single byte";
        if (v is PyBytes b) return b.Value.Length == 1 ? b.Value[0] : throw PyErr.TypeError(message);
        if (v is PyByteArray ba) return ba.Count == 1 ? ba.Span[0] : throw PyErr.TypeError(message);
        if (v.ob_type.nb_index is null) throw PyErr.TypeError(message);
        var x = Py.AsBigInteger(v);
        if (x < 0 || x > 255) throw PyErr.OverflowError("%c arg not in range(256)");
        return (byte)x;
    }

    /// <summary>unicode_format_arg_output: sign, 0x/0o prefix and padding (zeros only for numbers
    /// with the 0 flag; a left-adjusted result is padded with spaces). Lengths count code points.</summary>
    static void Output(StringBuilder sb, string text, char conversion, int flags, long width, bool numeric)
    {
        long len = numeric ? text.Length : Objects.Text.CodePoints.Count(text);
        if ((width == -1 || width <= len) && (flags & (Sign | Blank)) == 0 || (!numeric && (width == -1 || width <= len)))
        {
            sb.Append(text);
            return;
        }
        char fill = numeric && (flags & Zero) != 0 ? '0' : ' ';
        int pos = 0;
        char signChar = '\0';
        bool sign = numeric;
        if (sign)
        {
            if (text.Length > 0 && text[0] is '-' or '+')
            {
                signChar = text[0];
                len--;
                pos++;
            }
            else if ((flags & Sign) != 0) signChar = '+';
            else if ((flags & Blank) != 0) signChar = ' ';
            else sign = false;
        }
        if (width < len) width = len;
        if (width > Array.MaxLength) throw PyErr.MemoryError("");
        if (sign)
        {
            if (fill != ' ') sb.Append(signChar);
            if (width > len) width--;
        }
        bool prefixed = numeric && (flags & Alternate) != 0 && conversion is 'x' or 'X' or 'o';
        if (prefixed)
        {
            if (fill != ' ')
            {
                sb.Append(text, pos, 2);
                pos += 2;
            }
            width -= 2;
            if (width < 0) width = 0;
            len -= 2;
        }
        if (width > len && (flags & LeftAdjust) == 0)
        {
            sb.Append(fill, (int)(width - len));
            width = len;
        }
        if (fill == ' ')
        {
            if (sign) sb.Append(signChar);
            if (prefixed)
            {
                sb.Append(text, pos, 2);
                pos += 2;
            }
        }
        sb.Append(text, pos, text.Length - pos);
        if (width > len) sb.Append(' ', (int)(width - len));
    }
}

/// <summary>bytes % args (PEP 461): the same conversions with bytes semantics (%s and %b take bytes-like objects).</summary>
public static class BytesPercent
{
    public static PyObject Format(byte[] format, PyObject args, bool isByteArray)
    {
        string fmt = Encoding.Latin1.GetString(format);
        string result = PercentFormat.Run(fmt, args, bytesMode: true);
        var bytes = Encoding.Latin1.GetBytes(result);
        return isByteArray ? PyByteArray.From(bytes) : PyBytes.From(bytes);
    }
}
