using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Ftpy.Runtime;

namespace Ftpy.Objects;

/// <summary>
/// Python str: an immutable sequence of code points, stored as UTF-16. A code point above
/// U+FFFF is a surrogate pair and counts as one; a lone surrogate is a lone UTF-16 unit.
/// Invariant: when <see cref="HasSurrogates"/> is false (the common case), code-point indices
/// equal UTF-16 indices, so indexing and slicing are O(1); otherwise <see cref="_offsets"/>
/// maps code-point index to UTF-16 index.
///
/// A long concatenation result keeps its text in a shared <see cref="StrAppendBuffer"/>
/// instead of a .NET string, so that <c>s += t</c> in a loop appends in place (amortized
/// O(len(t)), as CPython's in-place resize) rather than copying s each time. The invariant
/// there: a str owns the units [0, its length) of the buffer, which never change; only the
/// str whose length equals the buffer's claimed length may extend it, by claiming the next
/// units with a compare-and-swap. <see cref="Value"/> materializes the .NET string once.
/// </summary>
public sealed partial class PyStr : PyObject
{
    public static readonly PyType Type = new("str", TypeFlags.BaseType | TypeFlags.UnicodeSubclass);

    string? _value;
    readonly StrAppendBuffer? _buffer;
    readonly int _bufferLength;
    long _hash = -1;
    int _length = -1;
    int[]? _offsets;
    internal bool IsInterned;

    static readonly ConcurrentDictionary<string, PyStr> s_interned = new(StringComparer.Ordinal);
    static readonly PyStr[] s_latin1 = new PyStr[256];
    public static readonly PyStr Empty = MakeImmortal("");

    PyStr(string value, bool immortal) : base(Type, immortal) { _value = value; }

    public PyStr(string value) : base(Type) { _value = value; }

    /// <summary>A str whose type is a subclass of str (instances of heap subtypes).</summary>
    internal PyStr(PyType type, string value) : base(type) { _value = value; }

    PyStr(StrAppendBuffer buffer, int length, int codePoints) : base(Type)
    {
        _buffer = buffer;
        _bufferLength = length;
        _length = codePoints;
    }

    static PyStr MakeImmortal(string s) => new(s, immortal: true);

    /// <summary>The text as a .NET string (built once for a str that lives in an append buffer).</summary>
    public string Value
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _value ?? Materialize();
    }

    string Materialize()
    {
        var s = new string(_buffer!.Chars, 0, _bufferLength);
        _value = s;
        return s;
    }

    /// <summary>The UTF-16 units, without building a string for a str in an append buffer.</summary>
    public ReadOnlySpan<char> Chars
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _value is { } v ? v.AsSpan() : new ReadOnlySpan<char>(_buffer!.Chars, 0, _bufferLength);
    }

    /// <summary>Length in UTF-16 units.</summary>
    public int Utf16Length
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _value?.Length ?? _bufferLength;
    }

    /// <summary>A new reference to a str with this text; small strings come from a shared immortal cache.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyStr From(string s)
    {
        if (s.Length <= 1)
        {
            if (s.Length == 0) return Empty;
            char c = s[0];
            if (c < 256) return s_latin1[c] ??= InternLatin1(c);
        }
        return new PyStr(s);
    }

    /// <summary>A one-character str for a BMP unit (latin-1 ones are cached).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyStr FromChar(char c) => c < 256 ? s_latin1[c] ??= InternLatin1(c) : new PyStr(c.ToString());

    public static PyStr FromCodePoint(int cp) => cp < 0x10000 ? FromChar((char)cp) : new PyStr(Text.CodePoints.ToText(cp));

    /// <summary>A str with the text of a span (the cached one-character strs and the empty str where they apply).</summary>
    public static PyStr From(ReadOnlySpan<char> s) => s.Length <= 1 ? (s.Length == 0 ? Empty : FromChar(s[0])) : new PyStr(new string(s));

    static PyStr InternLatin1(char c) => Intern(c.ToString());

    /// <summary>The interned, immortal str for <paramref name="s"/> (sys.intern); identifiers use these.</summary>
    public static PyStr Intern(string s)
    {
        if (s_interned.TryGetValue(s, out var existing)) return existing;
        var created = MakeImmortal(s);
        created.IsInterned = true;
        return s_interned.GetOrAdd(s, created);
    }

    /// <summary>Interns an existing str object: returns the canonical interned object (a new reference).</summary>
    public static PyStr Intern(PyStr s)
    {
        if (s.IsInterned) return s;
        if (s.ob_type != Type) return Py.NewRef(s);
        return Intern(s.Value);
    }

    public static bool TryGetInterned(string s, out PyStr interned) => s_interned.TryGetValue(s, out interned!);

    internal int GetHashCodeFast() => RuntimeHelpers.GetHashCode(this);

    /// <summary>CPython's str hash (SipHash-1-3 over the PEP 393 representation), cached.</summary>
    public long Hash
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            long h = _hash;
            if (h == -1) _hash = h = StrHashing.Hash(Chars);
            return h;
        }
    }

    /// <summary>True when some code point is above U+FFFF (code-point and UTF-16 indices differ).</summary>
    public bool HasSurrogates => Length != Utf16Length;

    /// <summary>Length in code points.</summary>
    public int Length
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            int n = _length;
            if (n < 0) _length = n = Text.CodePoints.Count(Chars);
            return n;
        }
    }

    /// <summary>UTF-16 offset of code point <paramref name="index"/> (0 ≤ index ≤ Length).</summary>
    public int Utf16Offset(int index)
    {
        if (!HasSurrogates) return index;
        var offsets = _offsets ??= BuildOffsets();
        return offsets[index];
    }

    /// <summary>Code-point index of UTF-16 offset <paramref name="offset"/> (on a code point boundary).</summary>
    public int CodePointIndex(int offset)
    {
        if (!HasSurrogates) return offset;
        var offsets = _offsets ??= BuildOffsets();
        int i = Array.BinarySearch(offsets, offset);
        return i >= 0 ? i : ~i;
    }

    int[] BuildOffsets()
    {
        var s = Chars;
        var result = new int[Length + 1];
        int cp = 0;
        for (int i = 0; i < s.Length; i++)
        {
            result[cp++] = i;
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) i++;
        }
        result[cp] = s.Length;
        return result;
    }

    /// <summary>The code point at code-point index <paramref name="index"/>.</summary>
    public int CodePointAt(int index)
    {
        var s = Chars;
        if (!HasSurrogates) return s[index];
        int off = Utf16Offset(index);
        char c = s[off];
        if (char.IsHighSurrogate(c) && off + 1 < s.Length && char.IsLowSurrogate(s[off + 1]))
            return char.ConvertToUtf32(c, s[off + 1]);
        return c;
    }

    /// <summary>The substring of code points [start, end).</summary>
    public string Substring(int start, int end)
    {
        if (!HasSurrogates) return Chars[start..end].ToString();
        int a = Utf16Offset(start), b = Utf16Offset(end);
        return Chars[a..b].ToString();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool EqualsFast(PyStr a, PyStr b) =>
        ReferenceEquals(a, b) || (a.Utf16Length == b.Utf16Length && (a._hash == -1 || b._hash == -1 || a._hash == b._hash) && a.Chars.SequenceEqual(b.Chars));

    /// <summary>Below this many UTF-16 units a concatenation makes a plain string.</summary>
    const int AppendThreshold = 256;

    /// <summary>a + b for two str (either may be a subclass instance; the result is an exact str).</summary>
    public static PyStr Concat(PyStr a, PyStr b)
    {
        int la = a.Utf16Length, lb = b.Utf16Length;
        if (lb == 0 && a.ob_type == Type) return Py.NewRef(a);
        if (la == 0 && b.ob_type == Type) return Py.NewRef(b);
        long total = (long)la + lb;
        if (total > Array.MaxLength) throw PyErr.OverflowError("strings are too large to concat");
        int cpa = a._length, cpb = b._length;
        int codePoints = cpa >= 0 && cpb >= 0 ? cpa + cpb - (JoinsPair(a, b) ? 1 : 0) : -1;
        if (a._buffer is { } buffer && buffer.TryAppend(la, b.Chars))
            return new PyStr(buffer, (int)total, codePoints);
        if (total < AppendThreshold)
            return From(string.Concat(a.Chars, b.Chars));
        var created = StrAppendBuffer.Create(a.Chars, b.Chars);
        return new PyStr(created, (int)total, codePoints);
    }

    static bool JoinsPair(PyStr a, PyStr b)
    {
        var x = a.Chars; var y = b.Chars;
        return x.Length > 0 && y.Length > 0 && char.IsHighSurrogate(x[^1]) && char.IsLowSurrogate(y[0]);
    }

    public override string ToString() => Value;
}

/// <summary>
/// The growable storage behind long concatenation results. <see cref="Used"/> only grows;
/// units below it never change once written, so every str that shares the buffer sees a
/// stable prefix.
/// </summary>
sealed class StrAppendBuffer
{
    public readonly char[] Chars;
    int _used;

    StrAppendBuffer(char[] chars, int used) { Chars = chars; _used = used; }

    public static StrAppendBuffer Create(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        long total = (long)a.Length + b.Length;
        int capacity = (int)Math.Min(Array.MaxLength, Math.Max(total * 2, 1024));
        var chars = GC.AllocateUninitializedArray<char>(capacity);
        a.CopyTo(chars);
        b.CopyTo(chars.AsSpan(a.Length));
        return new StrAppendBuffer(chars, (int)total);
    }

    /// <summary>Appends tail after the first <paramref name="length"/> units when those are the
    /// whole claimed buffer and the capacity allows; false when another str got there first.</summary>
    public bool TryAppend(int length, ReadOnlySpan<char> tail)
    {
        long end = (long)length + tail.Length;
        if (end > Chars.Length || Volatile.Read(ref _used) != length) return false;
        if (Interlocked.CompareExchange(ref _used, (int)end, length) != length) return false;
        tail.CopyTo(Chars.AsSpan(length));
        return true;
    }
}
