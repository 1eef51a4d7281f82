using System.Text;

namespace Ftpy.Objects.Numbers;

/// <summary>
/// Width, sign and padding of a formatted number in printf-style formatting, as CPython's
/// unicode_format_arg_output does it: a '-' or '+' already in the text is the sign; with
/// zero fill the sign (and a 0x/0o prefix) comes before the zeros, with space fill after
/// the spaces; left adjustment always pads with spaces on the right.
/// </summary>
internal static class PrintfLayout
{
    public static string Output(string text, char conversion, PrintfFlags flags, int width)
    {
        long w = width;
        int len = text.Length;
        int pos = 0;
        bool zero = (flags & PrintfFlags.ZeroPad) != 0;
        bool left = (flags & PrintfFlags.LeftAdjust) != 0;
        if ((w < 0 || w <= len) && (flags & (PrintfFlags.Sign | PrintfFlags.Blank)) == 0)
            return text;

        char signChar = '\0';
        bool hasSign = true;
        if (len > 0 && (text[0] == '-' || text[0] == '+'))
        {
            signChar = text[0];
            len--;
            pos++;
        }
        else if ((flags & PrintfFlags.Sign) != 0) signChar = '+';
        else if ((flags & PrintfFlags.Blank) != 0) signChar = ' ';
        else hasSign = false;

        if (w < len) w = len;
        if (w > NumberLayout.MaxResultLength) throw NumberLayout.TooLong();
        var sb = new StringBuilder((int)w + 2);
        char fill = zero ? '0' : ' ';
        if (hasSign)
        {
            if (fill != ' ') sb.Append(signChar);
            if (w > len) w--;
        }
        bool prefixed = (flags & PrintfFlags.Alternate) != 0 && conversion is 'x' or 'X' or 'o';
        if (prefixed)
        {
            if (fill != ' ')
            {
                sb.Append(text, pos, 2);
                pos += 2;
            }
            w -= 2;
            if (w < 0) w = 0;
            len -= 2;
        }
        if (w > len && !left)
        {
            sb.Append(fill, (int)(w - len));
            w = len;
        }
        if (fill == ' ')
        {
            if (hasSign) sb.Append(signChar);
            if (prefixed)
            {
                sb.Append(text, pos, 2);
                pos += 2;
            }
        }
        sb.Append(text, pos, len);
        if (w > len) sb.Append(' ', (int)(w - len));
        return sb.ToString();
    }
}
