using System.Text;
using Ftpy.Objects.Numbers;
using Ftpy.Runtime;

namespace Ftpy.Objects;

/// <summary>printf-style formatting: <c>str % args</c> (PyUnicode_Format) and, with bytes
/// semantics, <c>bytes % args</c>.</summary>
public static class PercentFormat
{
    public static PyObject Format(PyStr format, PyObject args) => PyStr.From(Run(format.Value, args, bytesMode: false));

    internal static string Run(string fmt, PyObject args, bool bytesMode)
    {
        var sb = new StringBuilder(fmt.Length + 16);
        PyObject[] positional;
        PyObject? mapping = null;
        if (args is PyTuple t) positional = t.Items;
        else
        {
            positional = new[] { args };
            if (args.ob_type.mp_subscript is not null && args is not PyTuple && args is not PyStr && !(bytesMode && args is PyBytes or PyByteArray))
                mapping = args;
        }
        int argIndex = 0;
        bool usedMapping = false;
        int i = 0;
        PyObject NextArg()
        {
            if (argIndex >= positional.Length) throw PyErr.TypeError($"not enough arguments for format {(bytesMode ? "bytes" : "string")}");
            return positional[argIndex++];
        }
        while (i < fmt.Length)
        {
            char c = fmt[i];
            if (c != '%') { sb.Append(c); i++; continue; }
            int specStart = i;
            i++;
            if (i >= fmt.Length) throw PyErr.ValueError("incomplete format");
            PyObject? arg = null;
            if (fmt[i] == '(')
            {
                if (mapping is null) throw PyErr.TypeError("format requires a mapping");
                int depth = 1;
                int keyStart = ++i;
                while (i < fmt.Length && depth > 0)
                {
                    if (fmt[i] == '(') depth++;
                    else if (fmt[i] == ')') depth--;
                    i++;
                }
                if (depth > 0) throw PyErr.ValueError("incomplete format key");
                string key = fmt[keyStart..(i - 1)];
                PyObject keyObj = bytesMode ? PyBytes.From(Encoding.Latin1.GetBytes(key)) : PyStr.From(key);
                try { arg = Py.GetItem(mapping, keyObj); }
                finally { Py.Decref(keyObj); }
                usedMapping = true;
            }
            var flags = PrintfFlags.None;
            while (i < fmt.Length)
            {
                char f = fmt[i];
                if (f == '-') flags |= PrintfFlags.LeftAdjust;
                else if (f == '+') flags |= PrintfFlags.Sign;
                else if (f == ' ') flags |= PrintfFlags.Blank;
                else if (f == '#') flags |= PrintfFlags.Alternate;
                else if (f == '0') flags |= PrintfFlags.ZeroPad;
                else break;
                i++;
            }
            int width = -1;
            if (i < fmt.Length && fmt[i] == '*')
            {
                var w = NextArg();
                if (w is not PyInt) throw PyErr.TypeError("* wants int");
                width = (int)Py.AsLong(w);
                if (width < 0) { flags |= PrintfFlags.LeftAdjust; width = -width; }
                i++;
            }
            else
            {
                while (i < fmt.Length && char.IsAsciiDigit(fmt[i]))
                {
                    width = (width < 0 ? 0 : width) * 10 + (fmt[i] - '0');
                    if (width > int.MaxValue / 10) throw PyErr.ValueError("width too big");
                    i++;
                }
            }
            int precision = -1;
            if (i < fmt.Length && fmt[i] == '.')
            {
                i++;
                precision = 0;
                if (i < fmt.Length && fmt[i] == '*')
                {
                    var p = NextArg();
                    if (p is not PyInt) throw PyErr.TypeError("* wants int");
                    precision = Math.Max(0, (int)Py.AsLong(p));
                    i++;
                }
                else
                {
                    while (i < fmt.Length && char.IsAsciiDigit(fmt[i]))
                    {
                        precision = precision * 10 + (fmt[i] - '0');
                        if (precision > int.MaxValue / 10) throw PyErr.ValueError("precision too big");
                        i++;
                    }
                }
            }
            while (i < fmt.Length && fmt[i] is 'h' or 'l' or 'L') i++;
            if (i >= fmt.Length) throw PyErr.ValueError("incomplete format");
            char conv = fmt[i++];
            if (conv == '%') { sb.Append('%'); continue; }
            arg ??= NextArg();
            string text = Convert(conv, arg, flags, width, precision, bytesMode, i - 1);
            sb.Append(text);
        }
        if (argIndex < positional.Length && !usedMapping && mapping is null)
            throw PyErr.TypeError($"not all arguments converted during {(bytesMode ? "bytes" : "string")} formatting");
        return sb.ToString();
    }

    static string Pad(string s, PrintfFlags flags, int width)
    {
        if (width <= s.Length) return s;
        return (flags & PrintfFlags.LeftAdjust) != 0 ? s.PadRight(width) : s.PadLeft(width);
    }

    static string Convert(char conv, PyObject arg, PrintfFlags flags, int width, int precision, bool bytesMode, int index)
    {
        switch (conv)
        {
            case 's':
            case 'r':
            case 'a':
            {
                string s;
                if (bytesMode && conv == 's')
                {
                    if (BytesType.TryGetBytes(arg, out var b)) s = Encoding.Latin1.GetString(b);
                    else if (arg.ob_type.Lookup("__bytes__") is { } conv2)
                    {
                        var r = Py.CallBoundDescriptor(conv2, arg, default);
                        try { s = Encoding.Latin1.GetString(BytesType.BytesFromObject(r)); }
                        finally { Py.Decref(r); }
                    }
                    else throw PyErr.TypeError($"%b requires a bytes-like object, or an object that implements __bytes__, not '{arg.ob_type.ShortName}'");
                }
                else if (bytesMode)
                {
                    var r = Py.Ascii(arg);
                    s = r.Value;
                    Py.Decref(r);
                }
                else
                {
                    var r = conv switch { 's' => Py.Str(arg), 'r' => Py.Repr(arg), _ => Py.Ascii(arg) };
                    s = r.Value;
                    Py.Decref(r);
                }
                if (precision >= 0 && precision < s.Length) s = s[..precision];
                return Pad(s, flags, width);
            }
            case 'b' when bytesMode:
                return Convert('s', arg, flags, width, precision, bytesMode, index);
            case 'c':
            {
                string s;
                if (arg is PyStr cs && !bytesMode)
                {
                    if (cs.Length != 1) throw PyErr.TypeError("%c requires an int or a unicode character, not a string of length " + cs.Length);
                    s = cs.Value;
                }
                else if (bytesMode && BytesType.TryGetBytes(arg, out var cb))
                {
                    if (cb.Length != 1) throw PyErr.TypeError($"%c requires an integer in range(256) or a single byte, not a bytes object of length {cb.Length}");
                    s = ((char)cb[0]).ToString();
                }
                else if (arg.ob_type.nb_index is not null)
                {
                    long v = Py.AsLong(arg);
                    if (bytesMode)
                    {
                        if (v < 0 || v > 255) throw PyErr.OverflowError("%c arg not in range(256)");
                        s = ((char)v).ToString();
                    }
                    else
                    {
                        if (v < 0 || v > 0x10FFFF) throw PyErr.OverflowError("%c arg not in range(0x110000)");
                        s = Text.CodePoints.ToText((int)v);
                    }
                }
                else throw PyErr.TypeError(bytesMode
                    ? $"%c requires an integer in range(256) or a single byte, not {arg.ob_type.ShortName}"
                    : $"%c requires an int or a unicode character, not {arg.ob_type.ShortName}");
                return Pad(s, flags, width);
            }
            case 'd':
            case 'i':
            case 'u':
            {
                System.Numerics.BigInteger v;
                if (arg is PyInt ia) v = ia.Value;
                else if (arg is PyFloat || arg.ob_type.nb_int is not null || arg.ob_type.nb_index is not null)
                {
                    if (arg.ob_type.nb_index is null && arg.ob_type.nb_int is null && arg is not PyFloat)
                        throw PyErr.TypeError($"%{conv} format: a real number is required, not {arg.ob_type.ShortName}");
                    v = IntType.ConvertToInt(arg);
                }
                else throw PyErr.TypeError($"%{conv} format: a real number is required, not {arg.ob_type.ShortName}");
                return IntFormat.Printf(v, conv, flags, width, precision, ThreadState.Current.Interp?.IntMaxStrDigits ?? 4300);
            }
            case 'o':
            case 'x':
            case 'X':
            {
                if (arg.ob_type.nb_index is null)
                    throw PyErr.TypeError($"%{conv} format: an integer is required, not {arg.ob_type.ShortName}");
                var v = Py.AsBigInteger(arg);
                return IntFormat.Printf(v, conv, flags, width, precision);
            }
            case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
            {
                double v;
                if (arg is PyFloat f) v = f.Value;
                else if (arg.ob_type.nb_float is not null || arg.ob_type.nb_index is not null) v = Py.AsDouble(arg);
                else throw PyErr.TypeError($"must be real number, not {arg.ob_type.ShortName}");
                return FloatFormat.Printf(v, conv, flags, width, precision);
            }
            default:
                throw PyErr.ValueError(conv < 128
                    ? $"unsupported format character '{conv}' (0x{(int)conv:x}) at index {index}"
                    : $"unsupported format character '{conv}' (0x{(int)conv:x}) at index {index}");
        }
    }
}

/// <summary>bytes % args (PEP 461): the same conversions with bytes semantics (%s takes bytes-like).</summary>
public static class BytesPercent
{
    public static PyObject Format(byte[] format, PyObject args, bool isByteArray)
    {
        string fmt = Encoding.Latin1.GetString(format);
        string result = PercentFormat.Run(fmt, args, bytesMode: true);
        var bytes = Encoding.Latin1.GetBytes(result);
        if (!isByteArray) return PyBytes.From(bytes);
        var ba = new PyByteArray();
        ba.SetContents(bytes);
        return ba;
    }
}
