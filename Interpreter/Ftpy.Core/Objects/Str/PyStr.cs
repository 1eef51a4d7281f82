using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Ftpy.Runtime;

namespace Ftpy.Objects;

/// <summary>
/// Python str: an immutable sequence of code points, stored as a .NET string (UTF-16).
/// A code point above U+FFFF is a surrogate pair and counts as one; a lone surrogate is a
/// lone UTF-16 unit. Invariant: when <see cref="HasSurrogates"/> is false (the common case),
/// code-point indices equal UTF-16 indices, so indexing and slicing are O(1); otherwise
/// <see cref="_offsets"/> maps code-point index to UTF-16 index.
/// </summary>
public sealed partial class PyStr : PyObject
{
    public static readonly PyType Type = new("str", TypeFlags.BaseType | TypeFlags.UnicodeSubclass);

    public readonly string Value;
    long _hash = -1;
    int _length = -1;
    int[]? _offsets;
    internal bool IsInterned;

    static readonly ConcurrentDictionary<string, PyStr> s_interned = new(StringComparer.Ordinal);
    static readonly PyStr[] s_latin1 = new PyStr[256];
    public static readonly PyStr Empty = MakeImmortal("");

    PyStr(string value, bool immortal) : base(Type, immortal) { Value = value; }

    public PyStr(string value) : base(Type) { Value = value; }

    /// <summary>A str whose type is a subclass of str (instances of heap subtypes).</summary>
    internal PyStr(PyType type, string value) : base(type) { Value = value; }

    static PyStr MakeImmortal(string s) => new(s, immortal: true);

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

    public static PyStr FromCodePoint(int cp) => cp < 256 ? From(((char)cp).ToString()) : new PyStr(Text.CodePoints.ToText(cp));

    static PyStr InternLatin1(char c)
    {
        var s = Intern(c.ToString());
        return s;
    }

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
            if (h == -1) _hash = h = StrHashing.Hash(Value);
            return h;
        }
    }

    public bool HasSurrogates => Length != Value.Length;

    /// <summary>Length in code points.</summary>
    public int Length
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            int n = _length;
            if (n < 0) _length = n = CountCodePoints(Value);
            return n;
        }
    }

    static int CountCodePoints(string s)
    {
        int pairs = 0;
        for (int i = 0; i + 1 < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && char.IsLowSurrogate(s[i + 1])) { pairs++; i++; }
        }
        return s.Length - pairs;
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
        var s = Value;
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
        if (!HasSurrogates) return Value[index];
        int off = Utf16Offset(index);
        char c = Value[off];
        if (char.IsHighSurrogate(c) && off + 1 < Value.Length && char.IsLowSurrogate(Value[off + 1]))
            return char.ConvertToUtf32(c, Value[off + 1]);
        return c;
    }

    /// <summary>The substring of code points [start, end).</summary>
    public string Substring(int start, int end)
    {
        if (!HasSurrogates) return Value.Substring(start, end - start);
        int a = Utf16Offset(start), b = Utf16Offset(end);
        return Value.Substring(a, b - a);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool EqualsFast(PyStr a, PyStr b) =>
        ReferenceEquals(a, b) || (a.Value.Length == b.Value.Length && (a._hash == -1 || b._hash == -1 || a._hash == b._hash) && string.Equals(a.Value, b.Value));

    public override string ToString() => Value;
}
