using Ftpy.Runtime;

namespace Ftpy.Objects.Text;

/// <summary>
/// bytes/bytearray methods that search, split, strip, pad and replace, over byte spans.
/// Indices are byte indices; start/end are already adjusted by the caller as for str
/// (see <see cref="StrSearch"/>). Whitespace is ASCII whitespace; line boundaries are
/// \n, \r and \r\n only. An int argument (b.find(98)) is passed as a one-byte span.
/// </summary>
public static class BytesMethods
{
    public static int Find(ReadOnlySpan<byte> s, ReadOnlySpan<byte> sub, int start, int end)
    {
        if (end - start < sub.Length) return -1;
        int k = s[start..end].IndexOf(sub);
        return k < 0 ? -1 : start + k;
    }

    public static int RFind(ReadOnlySpan<byte> s, ReadOnlySpan<byte> sub, int start, int end)
    {
        if (end - start < sub.Length) return -1;
        int k = s[start..end].LastIndexOf(sub);
        return k < 0 ? -1 : start + k;
    }

    public static int Count(ReadOnlySpan<byte> s, ReadOnlySpan<byte> sub, int start, int end)
    {
        if (end - start < sub.Length) return 0;
        if (sub.IsEmpty) return end - start + 1;
        int count = 0;
        for (var rest = s[start..end]; ;)
        {
            int k = rest.IndexOf(sub);
            if (k < 0) return count;
            count++;
            rest = rest[(k + sub.Length)..];
        }
    }

    public static bool StartsWith(ReadOnlySpan<byte> s, ReadOnlySpan<byte> prefix, int start, int end) =>
        end - prefix.Length >= start && s.Slice(start, prefix.Length).SequenceEqual(prefix);

    public static bool EndsWith(ReadOnlySpan<byte> s, ReadOnlySpan<byte> suffix, int start, int end) =>
        end - suffix.Length >= start && s.Slice(end - suffix.Length, suffix.Length).SequenceEqual(suffix);

    /// <summary>sep == null splits at runs of ASCII whitespace.</summary>
    public static List<byte[]> Split(ReadOnlySpan<byte> s, byte[]? sep, int maxSplit = -1)
    {
        if (maxSplit < 0) maxSplit = int.MaxValue;
        var result = new List<byte[]>();
        if (sep is null)
        {
            int i = 0, n = s.Length;
            while (true)
            {
                while (i < n && BytesCtype.IsSpace(s[i])) i++;
                if (i == n) break;
                if (result.Count == maxSplit) { result.Add(s[i..].ToArray()); break; }
                int j = i;
                while (j < n && !BytesCtype.IsSpace(s[j])) j++;
                result.Add(s[i..j].ToArray());
                i = j;
            }
            return result;
        }
        CheckSeparator(sep);
        var rest = s;
        while (result.Count < maxSplit)
        {
            int k = rest.IndexOf(sep);
            if (k < 0) break;
            result.Add(rest[..k].ToArray());
            rest = rest[(k + sep.Length)..];
        }
        result.Add(rest.ToArray());
        return result;
    }

    public static List<byte[]> RSplit(ReadOnlySpan<byte> s, byte[]? sep, int maxSplit = -1)
    {
        if (maxSplit < 0) maxSplit = int.MaxValue;
        var result = new List<byte[]>();
        if (sep is null)
        {
            int i = s.Length;
            while (true)
            {
                while (i > 0 && BytesCtype.IsSpace(s[i - 1])) i--;
                if (i == 0) break;
                if (result.Count == maxSplit) { result.Add(s[..i].ToArray()); break; }
                int j = i;
                while (j > 0 && !BytesCtype.IsSpace(s[j - 1])) j--;
                result.Add(s[j..i].ToArray());
                i = j;
            }
        }
        else
        {
            CheckSeparator(sep);
            var rest = s;
            while (result.Count < maxSplit)
            {
                int k = rest.LastIndexOf(sep);
                if (k < 0) break;
                result.Add(rest[(k + sep.Length)..].ToArray());
                rest = rest[..k];
            }
            result.Add(rest.ToArray());
        }
        result.Reverse();
        return result;
    }

    static void CheckSeparator(ReadOnlySpan<byte> sep)
    {
        if (sep.IsEmpty) throw PyErr.ValueError("empty separator");
    }

    public static List<byte[]> SplitLines(ReadOnlySpan<byte> s, bool keepEnds)
    {
        var result = new List<byte[]>();
        int i = 0, n = s.Length;
        while (i < n)
        {
            int start = i;
            while (i < n && s[i] is not ((byte)'\n' or (byte)'\r')) i++;
            int eol = i;
            if (i < n)
            {
                i += s[i] == '\r' && i + 1 < n && s[i + 1] == '\n' ? 2 : 1;
                if (keepEnds) eol = i;
            }
            result.Add(s[start..eol].ToArray());
        }
        return result;
    }

    public static (byte[] Before, byte[] Sep, byte[] After) Partition(ReadOnlySpan<byte> s, ReadOnlySpan<byte> sep)
    {
        CheckSeparator(sep);
        int k = s.IndexOf(sep);
        return k < 0 ? (s.ToArray(), [], []) : (s[..k].ToArray(), sep.ToArray(), s[(k + sep.Length)..].ToArray());
    }

    public static (byte[] Before, byte[] Sep, byte[] After) RPartition(ReadOnlySpan<byte> s, ReadOnlySpan<byte> sep)
    {
        CheckSeparator(sep);
        int k = s.LastIndexOf(sep);
        return k < 0 ? ([], [], s.ToArray()) : (s[..k].ToArray(), sep.ToArray(), s[(k + sep.Length)..].ToArray());
    }

    /// <summary>strip with chars == null strips ASCII whitespace, else any byte of chars.</summary>
    public static byte[] Strip(ReadOnlySpan<byte> s, byte[]? chars = null) => Trim(s, chars, true, true);
    public static byte[] LStrip(ReadOnlySpan<byte> s, byte[]? chars = null) => Trim(s, chars, true, false);
    public static byte[] RStrip(ReadOnlySpan<byte> s, byte[]? chars = null) => Trim(s, chars, false, true);

    static byte[] Trim(ReadOnlySpan<byte> s, byte[]? chars, bool left, bool right)
    {
        int start = 0, end = s.Length;
        bool Strips(byte b) => chars is null ? BytesCtype.IsSpace(b) : Array.IndexOf(chars, b) >= 0;
        if (left) while (start < end && Strips(s[start])) start++;
        if (right) while (end > start && Strips(s[end - 1])) end--;
        return s[start..end].ToArray();
    }

    public static byte[] RemovePrefix(ReadOnlySpan<byte> s, ReadOnlySpan<byte> prefix) =>
        (s.StartsWith(prefix) ? s[prefix.Length..] : s).ToArray();

    public static byte[] RemoveSuffix(ReadOnlySpan<byte> s, ReadOnlySpan<byte> suffix) =>
        (!suffix.IsEmpty && s.EndsWith(suffix) ? s[..^suffix.Length] : s).ToArray();

    public static byte[] Replace(ReadOnlySpan<byte> s, ReadOnlySpan<byte> old, ReadOnlySpan<byte> replacement, long count = -1)
    {
        if (count < 0) count = long.MaxValue;
        var output = new ByteWriter(s.Length);
        if (old.IsEmpty)
        {
            // An empty pattern matches before every byte and at the end.
            long done = 0;
            int i = 0;
            for (; done < count && i < s.Length; done++, i++)
            {
                output.Add(replacement);
                output.Add(s[i]);
            }
            if (done < count) output.Add(replacement);
            output.Add(s[i..]);
            return output.ToArray();
        }
        var rest = s;
        for (long done = 0; done < count; done++)
        {
            int k = rest.IndexOf(old);
            if (k < 0) break;
            output.Add(rest[..k]);
            output.Add(replacement);
            rest = rest[(k + old.Length)..];
        }
        output.Add(rest);
        return output.ToArray();
    }

    public static byte[] LJust(ReadOnlySpan<byte> s, long width, byte fill = (byte)' ') => Pad(s, 0, width - s.Length, fill);
    public static byte[] RJust(ReadOnlySpan<byte> s, long width, byte fill = (byte)' ') => Pad(s, width - s.Length, 0, fill);

    public static byte[] Center(ReadOnlySpan<byte> s, long width, byte fill = (byte)' ')
    {
        long margin = width - s.Length;
        if (margin <= 0) return s.ToArray();
        long left = margin / 2 + (margin & width & 1);
        return Pad(s, left, margin - left, fill);
    }

    public static byte[] ZFill(ReadOnlySpan<byte> s, long width)
    {
        long fill = width - s.Length;
        if (fill <= 0) return s.ToArray();
        byte[] padded = Pad(s, fill, 0, (byte)'0');
        if (s.Length > 0 && s[0] is (byte)'+' or (byte)'-')
        {
            padded[0] = s[0];
            padded[fill] = (byte)'0';
        }
        return padded;
    }

    static byte[] Pad(ReadOnlySpan<byte> s, long left, long right, byte fill)
    {
        left = Math.Max(left, 0);
        right = Math.Max(right, 0);
        if (s.Length + left + right > Array.MaxLength) throw PyErr.MemoryError("");
        var result = new byte[s.Length + left + right];
        result.AsSpan(0, (int)left).Fill(fill);
        s.CopyTo(result.AsSpan((int)left));
        result.AsSpan((int)left + s.Length).Fill(fill);
        return result;
    }

    public static byte[] ExpandTabs(ReadOnlySpan<byte> s, long tabSize = 8)
    {
        var output = new ByteWriter(s.Length);
        long column = 0;
        foreach (byte b in s)
        {
            if (b == '\t')
            {
                if (tabSize <= 0) continue;
                long spaces = tabSize - column % tabSize;
                if (output.Length + spaces > Array.MaxLength) throw PyErr.OverflowError("result too long");
                for (long k = 0; k < spaces; k++) output.Add((byte)' ');
                column += spaces;
            }
            else
            {
                output.Add(b);
                column = b is (byte)'\n' or (byte)'\r' ? 0 : column + 1;
            }
        }
        return output.ToArray();
    }

    public static byte[] Join(ReadOnlySpan<byte> separator, IReadOnlyList<byte[]> items)
    {
        var output = new ByteWriter(0);
        for (int i = 0; i < items.Count; i++)
        {
            if (i > 0) output.Add(separator);
            output.Add(items[i]);
        }
        return output.ToArray();
    }

    /// <summary>bytes.translate: table (256 bytes, or null for identity), then bytes in delete removed.</summary>
    public static byte[] Translate(ReadOnlySpan<byte> s, byte[]? table, ReadOnlySpan<byte> delete = default)
    {
        if (table is not null && table.Length != 256) throw PyErr.ValueError("translation table must be 256 characters long");
        var output = new ByteWriter(s.Length);
        foreach (byte b in s)
        {
            if (delete.Contains(b)) continue;
            output.Add(table is null ? b : table[b]);
        }
        return output.ToArray();
    }

    /// <summary>bytes.maketrans(from, to): the identity table with from[i] mapped to to[i].</summary>
    public static byte[] MakeTrans(ReadOnlySpan<byte> from, ReadOnlySpan<byte> to)
    {
        if (from.Length != to.Length) throw PyErr.ValueError("maketrans arguments must have same length");
        var table = new byte[256];
        for (int i = 0; i < 256; i++) table[i] = (byte)i;
        for (int i = 0; i < from.Length; i++) table[from[i]] = to[i];
        return table;
    }
}
