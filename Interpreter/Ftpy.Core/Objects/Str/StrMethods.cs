using System.Buffers;
using Ftpy.Objects.Text;
using Ftpy.Runtime;

namespace Ftpy.Objects;

/// <summary>The str methods, with Argument Clinic's signatures and messages of CPython 3.13.
/// The hot ones (join, split, strip, find, replace) work on spans and build their results
/// directly, without intermediate lists of .NET strings.</summary>
public static partial class StrType
{
    static readonly string[] s_splitNames = ["sep", "maxsplit"];
    static readonly string[] s_keependsNames = ["keepends"];
    static readonly string[] s_tabsizeNames = ["tabsize"];
    static readonly string[] s_encodeNames = ["encoding", "errors"];
    static readonly string[] s_replaceNames = ["old", "new", "count"];

    /// <summary>The result for text equal to self's: self when it is an exact str, else an exact copy.</summary>
    static PyStr Unchanged(PyStr s) => s.ob_type == PyStr.Type ? Py.NewRef(s) : PyStr.From(s.Value);

    static PyStr Result(PyStr self, string text) =>
        ReferenceEquals(text, self.Value) ? Unchanged(self) : PyStr.From(text);

    static void AddMethods(PyType t)
    {
        t.AddMethod("join", (PyObject self, PyObject iterable) => Join(Self(self), iterable));
        t.AddMethod("upper", (PyObject self) => PyStr.From(StrCase.Upper(Self(self).Value)));
        t.AddMethod("lower", (PyObject self) => PyStr.From(StrCase.Lower(Self(self).Value)));
        t.AddMethod("casefold", (PyObject self) => PyStr.From(StrCase.Casefold(Self(self).Value)));
        t.AddMethod("title", (PyObject self) => PyStr.From(StrCase.Title(Self(self).Value)));
        t.AddMethod("capitalize", (PyObject self) => PyStr.From(StrCase.Capitalize(Self(self).Value)));
        t.AddMethod("swapcase", (PyObject self) => PyStr.From(StrCase.Swapcase(Self(self).Value)));
        t.AddMethod("isalpha", (PyObject self) => PyBool.From(StrPredicates.IsAlpha(Self(self).Chars)));
        t.AddMethod("isdecimal", (PyObject self) => PyBool.From(StrPredicates.IsDecimal(Self(self).Chars)));
        t.AddMethod("isdigit", (PyObject self) => PyBool.From(StrPredicates.IsDigit(Self(self).Chars)));
        t.AddMethod("isnumeric", (PyObject self) => PyBool.From(StrPredicates.IsNumeric(Self(self).Chars)));
        t.AddMethod("isalnum", (PyObject self) => PyBool.From(StrPredicates.IsAlnum(Self(self).Chars)));
        t.AddMethod("isspace", (PyObject self) => PyBool.From(StrPredicates.IsSpace(Self(self).Chars)));
        t.AddMethod("isprintable", (PyObject self) => PyBool.From(StrPredicates.IsPrintable(Self(self).Chars)));
        t.AddMethod("isascii", (PyObject self) => PyBool.From(StrPredicates.IsAscii(Self(self).Chars)));
        t.AddMethod("isidentifier", (PyObject self) => PyBool.From(StrPredicates.IsIdentifier(Self(self).Chars)));
        t.AddMethod("isupper", (PyObject self) => PyBool.From(StrPredicates.IsUpper(Self(self).Chars)));
        t.AddMethod("islower", (PyObject self) => PyBool.From(StrPredicates.IsLower(Self(self).Chars)));
        t.AddMethod("istitle", (PyObject self) => PyBool.From(StrPredicates.IsTitle(Self(self).Chars)));
        t.AddMethod("strip", (PyObject self, ReadOnlySpan<PyObject> a) => Strip(Self(self), a, "strip", left: true, right: true));
        t.AddMethod("lstrip", (PyObject self, ReadOnlySpan<PyObject> a) => Strip(Self(self), a, "lstrip", left: true, right: false));
        t.AddMethod("rstrip", (PyObject self, ReadOnlySpan<PyObject> a) => Strip(Self(self), a, "rstrip", left: false, right: true));
        t.AddMethod(new MethodDef("split", (PyObject self, ReadOnlySpan<PyObject> a, PyTuple? kw) => Split(Self(self), a, kw, reverse: false)));
        t.AddMethod(new MethodDef("rsplit", (PyObject self, ReadOnlySpan<PyObject> a, PyTuple? kw) => Split(Self(self), a, kw, reverse: true)));
        t.AddMethod(new MethodDef("splitlines", (PyObject self, ReadOnlySpan<PyObject> a, PyTuple? kw) =>
        {
            var parsed = new PyObject?[1];
            ArgParser.Parse("splitlines", a, kw, s_keependsNames, 0, parsed);
            bool keep = parsed[0] is not null && Py.IsTrue(parsed[0]!);
            return SplitLines(Self(self), keep);
        }));
        t.AddMethod("partition", (PyObject self, PyObject sep) => Partition(Self(self), sep, reverse: false));
        t.AddMethod("rpartition", (PyObject self, PyObject sep) => Partition(Self(self), sep, reverse: true));
        t.AddMethod(new MethodDef("replace", (PyObject self, ReadOnlySpan<PyObject> a, PyTuple? kw) =>
        {
            var v = new PyObject?[3];
            ArgParser.Parse("replace", a, kw, s_replaceNames, 2, v, posOnly: 2);
            var old = SeqArgs.Str(v[0]!, "replace", "1");
            var replacement = SeqArgs.Str(v[1]!, "replace", "2");
            long count = v[2] is null ? -1 : SeqArgs.Ssize(v[2]!);
            return Replace(Self(self), old, replacement, count);
        }));
        t.AddMethod("startswith", (PyObject self, ReadOnlySpan<PyObject> a) => TailMatch(Self(self), a, "startswith", atEnd: false));
        t.AddMethod("endswith", (PyObject self, ReadOnlySpan<PyObject> a) => TailMatch(Self(self), a, "endswith", atEnd: true));
        t.AddMethod("find", (PyObject self, ReadOnlySpan<PyObject> a) => PyInt.From(Find(Self(self), a, "find", reverse: false)));
        t.AddMethod("rfind", (PyObject self, ReadOnlySpan<PyObject> a) => PyInt.From(Find(Self(self), a, "rfind", reverse: true)));
        t.AddMethod("index", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            long r = Find(Self(self), a, "index", reverse: false);
            return r < 0 ? throw PyErr.ValueError("substring not found") : PyInt.From(r);
        });
        t.AddMethod("rindex", (PyObject self, ReadOnlySpan<PyObject> a) =>
        {
            long r = Find(Self(self), a, "rindex", reverse: true);
            return r < 0 ? throw PyErr.ValueError("substring not found") : PyInt.From(r);
        });
        t.AddMethod("count", (PyObject self, ReadOnlySpan<PyObject> a) => PyInt.From(Count(Self(self), a)));
        t.AddMethod("center", (PyObject self, ReadOnlySpan<PyObject> a) => Pad(Self(self), a, "center"));
        t.AddMethod("ljust", (PyObject self, ReadOnlySpan<PyObject> a) => Pad(Self(self), a, "ljust"));
        t.AddMethod("rjust", (PyObject self, ReadOnlySpan<PyObject> a) => Pad(Self(self), a, "rjust"));
        t.AddMethod("zfill", (PyObject self, PyObject width) =>
        {
            var s = Self(self);
            long w = SeqArgs.Ssize(width);
            if (w <= s.Length) return Unchanged(s);
            return PyStr.From(StrPad.ZFill(s.Value, w));
        });
        t.AddMethod(new MethodDef("expandtabs", (PyObject self, ReadOnlySpan<PyObject> a, PyTuple? kw) =>
        {
            var v = new PyObject?[1];
            ArgParser.Parse("expandtabs", a, kw, s_tabsizeNames, 0, v);
            long tab = v[0] is null ? 8 : IntArg(v[0]!);
            var s = Self(self);
            if (s.Chars.IndexOf('\t') < 0) return Unchanged(s);
            return PyStr.From(StrReplace.ExpandTabs(s.Value, tab));
        }));
        t.AddMethod("removeprefix", (PyObject self, PyObject p) =>
        {
            var s = Self(self);
            var prefix = SeqArgs.Str(p, "removeprefix", null).Chars;
            var chars = s.Chars;
            if (prefix.Length > 0 && chars.StartsWith(prefix) && !SplitsPair(chars, prefix.Length))
                return PyStr.From(chars[prefix.Length..]);
            return Unchanged(s);
        });
        t.AddMethod("removesuffix", (PyObject self, PyObject p) =>
        {
            var s = Self(self);
            var suffix = SeqArgs.Str(p, "removesuffix", null).Chars;
            var chars = s.Chars;
            if (suffix.Length > 0 && chars.EndsWith(suffix) && !SplitsPair(chars, chars.Length - suffix.Length))
                return PyStr.From(chars[..^suffix.Length]);
            return Unchanged(s);
        });
        t.AddMethod(new MethodDef("encode", (PyObject self, ReadOnlySpan<PyObject> a, PyTuple? kw) =>
        {
            var v = new PyObject?[2];
            ArgParser.Parse("encode", a, kw, s_encodeNames, 0, v);
            string enc = v[0] is null ? "utf-8" : SeqArgs.CName(v[0]!, "encode", "'encoding'");
            string errors = v[1] is null ? "strict" : SeqArgs.CName(v[1]!, "encode", "'errors'");
            return PyBytes.From(StrCodecs.Encode(Self(self).Value, enc, errors));
        }));
        t.AddMethod("__getnewargs__", (PyObject self) => PyTuple.Steal([PyStr.From(Self(self).Value)]));
        t.AddMethod("__format__", (PyObject self, PyObject spec) =>
        {
            var s = SeqArgs.Str(spec, "__format__", null);
            if (s.Utf16Length == 0) return Py.Str(self);
            return PyStr.From(Numbers.StrFormat.Format(Self(self).Value, Numbers.FormatSpec.Parse(s.Value, "str", 's')));
        });
        t.AddMethod("__sizeof__", (PyObject self) => PyInt.From(SizeOf(Self(self))));
        t.AddMethod("translate", (PyObject self, PyObject table) => Translate(Self(self), table));
        t.AddStaticMethod(new MethodDef("maketrans", (PyObject self, ReadOnlySpan<PyObject> a) => MakeTrans(a)));
    }

    /// <summary>sys.getsizeof's basis: PEP 393's compact layouts (ASCII, or 1, 2 or 4 bytes per code point).</summary>
    static long SizeOf(PyStr s)
    {
        var chars = s.Chars;
        int max = 0;
        foreach (char c in chars) if (c > max) max = c;
        long n = s.Length;
        if (max < 128) return 40 + n + 1;
        int kind = max < 256 ? 1 : s.HasSurrogates ? 4 : 2;
        return 56 + (n + 1) * kind;
    }

    /// <summary>An int argument of the old-style "i" converter (expandtabs).</summary>
    static long IntArg(PyObject o)
    {
        if (o.ob_type.nb_index is null) throw PyErr.TypeError($"'{o.ob_type.ShortName}' object cannot be interpreted as an integer");
        var idx = Py.Index(o);
        try
        {
            if (idx.IsBig || idx.Small < int.MinValue || idx.Small > int.MaxValue)
                throw PyErr.OverflowError("Python int too large to convert to C int");
            return idx.Small;
        }
        finally { Py.Decref(idx); }
    }

    static bool SplitsPair(ReadOnlySpan<char> s, int i) =>
        i > 0 && i < s.Length && char.IsLowSurrogate(s[i]) && char.IsHighSurrogate(s[i - 1]);

    // ---- join ----

    internal static PyObject Join(PyStr sep, PyObject iterable)
    {
        if (iterable.ob_type == PyList.Type)
        {
            var l = (PyList)iterable;
            return JoinItems(sep, l._items!, l._size);
        }
        if (iterable.ob_type == PyTuple.Type)
        {
            var items = ((PyTuple)iterable).Items;
            return JoinItems(sep, items, items.Length);
        }
        PyObject it;
        try { it = Py.GetIter(iterable); }
        catch (PyException e) when (e.Matches(ExceptionTypes.TypeError))
        {
            e.Release();
            throw PyErr.TypeError("can only join an iterable");
        }
        var collected = ArrayPool<PyObject>.Shared.Rent(16);
        int count = 0;
        try
        {
            try
            {
                while (Py.IterNext(it) is { } item)
                {
                    if (count == collected.Length)
                    {
                        var bigger = ArrayPool<PyObject>.Shared.Rent(count * 2);
                        Array.Copy(collected, bigger, count);
                        Array.Clear(collected, 0, count);
                        ArrayPool<PyObject>.Shared.Return(collected);
                        collected = bigger;
                    }
                    collected[count++] = item;
                }
            }
            finally { Py.Decref(it); }
            return JoinItems(sep, collected, count);
        }
        finally
        {
            for (int i = 0; i < count; i++) Py.Decref(collected[i]);
            Array.Clear(collected, 0, count);
            ArrayPool<PyObject>.Shared.Return(collected);
        }
    }

    /// <summary>Joins items[0..count) (borrowed): one pass to check and measure, one to copy.</summary>
    static PyObject JoinItems(PyStr sep, PyObject?[] items, int count)
    {
        if (count == 0) return PyStr.Empty;
        if (count == 1 && items[0]!.ob_type == PyStr.Type) return Py.NewRef(items[0]!);
        long total = (long)sep.Utf16Length * (count - 1);
        for (int i = 0; i < count; i++)
        {
            if (items[i] is not PyStr p)
                throw PyErr.TypeError($"sequence item {i}: expected str instance, {items[i]!.ob_type.ShortName} found");
            total += p.Utf16Length;
        }
        if (total > Array.MaxLength) throw PyErr.OverflowError("join() result is too long for a Python string");
        if (total == 0) return PyStr.Empty;
        var text = string.Create((int)total, (sep, items, count), static (span, st) =>
        {
            var separator = st.sep.Chars;
            int pos = 0;
            for (int i = 0; i < st.count; i++)
            {
                if (i > 0 && separator.Length > 0)
                {
                    separator.CopyTo(span[pos..]);
                    pos += separator.Length;
                }
                var part = ((PyStr)st.items[i]!).Chars;
                part.CopyTo(span[pos..]);
                pos += part.Length;
            }
        });
        return PyStr.From(text);
    }

    // ---- strip ----

    static PyObject Strip(PyStr s, ReadOnlySpan<PyObject> a, string name, bool left, bool right)
    {
        ArgParser.CheckPositional(name, a, 0, 1);
        var chars = s.Chars;
        int start = 0, end = chars.Length;
        if (a.Length == 0 || a[0] is PyNone)
        {
            if (left) while (start < end && IsSpace(chars[start])) start++;
            if (right) while (end > start && IsSpace(chars[end - 1])) end--;
        }
        else
        {
            if (a[0] is not PyStr set) throw PyErr.TypeError($"{name} arg must be None or str");
            var setChars = set.Chars;
            if (!set.HasSurrogates && (chars.Length == s.Length || !HasSurrogateUnits(setChars)))
            {
                // No pair can be half-stripped: units are code points on both sides that matter.
                if (left) while (start < end && setChars.Contains(chars[start])) start++;
                if (right) while (end > start && setChars.Contains(chars[end - 1])) end--;
            }
            else
            {
                var members = new HashSet<int>(CodePoints.ToArray(setChars));
                if (left)
                {
                    while (start < end)
                    {
                        int cp = CodePoints.At(chars, start, out int w);
                        if (!members.Contains(cp)) break;
                        start += w;
                    }
                }
                if (right)
                {
                    while (end > start)
                    {
                        int cp = CodePoints.Before(chars, end, out int w);
                        if (!members.Contains(cp)) break;
                        end -= w;
                    }
                }
            }
        }
        if (start == 0 && end == chars.Length) return Unchanged(s);
        return PyStr.From(chars[start..end]);
    }

    static bool HasSurrogateUnits(ReadOnlySpan<char> s) => s.IndexOfAnyInRange('\uD800', '\uDFFF') >= 0;

    static readonly SearchValues<char> s_asciiSpace = SearchValues.Create(" \t\n\v\f\r\x1c\x1d\x1e\x1f");

    /// <summary>Python whitespace for one UTF-16 unit (no whitespace character is astral or a surrogate).</summary>
    static bool IsSpace(char c) => c < 128 ? s_asciiSpace.Contains(c) : UnicodeType.IsSpace(c);

    // ---- split ----

    static PyObject Split(PyStr s, ReadOnlySpan<PyObject> a, PyTuple? kw, bool reverse)
    {
        string name = reverse ? "rsplit" : "split";
        PyObject? sepArg = null, maxArg = null;
        if (kw is null || kw.Count == 0)
        {
            if (a.Length > 2) throw PyErr.TypeError($"{name}() takes at most 2 arguments ({a.Length} given)");
            if (a.Length > 0) sepArg = a[0];
            if (a.Length > 1) maxArg = a[1];
        }
        else
        {
            var v = new PyObject?[2];
            ArgParser.Parse(name, a, kw, s_splitNames, 0, v);
            sepArg = v[0]; maxArg = v[1];
        }
        long max = maxArg is null ? -1 : SeqArgs.Ssize(maxArg);
        if (max < 0) max = long.MaxValue;
        if (sepArg is null || sepArg is PyNone)
            return reverse ? RSplitWhitespace(s, max) : SplitWhitespace(s, max);
        if (sepArg is not PyStr sep) throw PyErr.TypeError($"must be str or None, not {sepArg.ob_type.ShortName}");
        if (sep.Utf16Length == 0) throw PyErr.ValueError("empty separator");
        return reverse ? RSplitOn(s, sep.Chars, max) : SplitOn(s, sep.Chars, max);
    }

    static PyList SplitWhitespace(PyStr s, long max)
    {
        var chars = s.Chars;
        var list = new PyList();
        int i = 0, n = chars.Length;
        while (true)
        {
            while (i < n && IsSpace(chars[i])) i++;
            if (i == n) break;
            if (max-- == 0)
            {
                list.AppendSteal(PyStr.From(chars[i..]));
                break;
            }
            int j = i;
            while (j < n && !IsSpace(chars[j])) j++;
            if (i == 0 && j == n && s.ob_type == PyStr.Type) list.Append(s);
            else list.AppendSteal(PyStr.From(chars[i..j]));
            i = j;
        }
        return list;
    }

    static PyList RSplitWhitespace(PyStr s, long max)
    {
        var chars = s.Chars;
        var list = new PyList();
        int i = chars.Length;
        while (true)
        {
            while (i > 0 && IsSpace(chars[i - 1])) i--;
            if (i == 0) break;
            if (max-- == 0)
            {
                list.AppendSteal(PyStr.From(chars[..i]));
                break;
            }
            int j = i;
            while (j > 0 && !IsSpace(chars[j - 1])) j--;
            if (j == 0 && i == chars.Length && s.ob_type == PyStr.Type) list.Append(s);
            else list.AppendSteal(PyStr.From(chars[j..i]));
            i = j;
        }
        Array.Reverse(list._items, 0, list._size);
        return list;
    }

    static PyList SplitOn(PyStr s, ReadOnlySpan<char> sep, long max)
    {
        var chars = s.Chars;
        var list = new PyList();
        bool check = NeedsBoundaryCheck(sep);
        int i = 0;
        while (max > 0)
        {
            int at = check ? StrSearch.Find(chars, sep, i, chars.Length) : IndexOf(chars, sep, i);
            if (at < 0) break;
            list.AppendSteal(PyStr.From(chars[i..at]));
            i = at + sep.Length;
            max--;
        }
        if (i == 0 && s.ob_type == PyStr.Type) list.Append(s);
        else list.AppendSteal(PyStr.From(chars[i..]));
        return list;
    }

    static PyList RSplitOn(PyStr s, ReadOnlySpan<char> sep, long max)
    {
        var chars = s.Chars;
        var list = new PyList();
        bool check = NeedsBoundaryCheck(sep);
        int end = chars.Length;
        while (max > 0)
        {
            int at = check ? StrSearch.RFind(chars, sep, 0, end) : chars[..end].LastIndexOf(sep);
            if (at < 0) break;
            list.AppendSteal(PyStr.From(chars[(at + sep.Length)..end]));
            end = at;
            max--;
        }
        if (end == chars.Length && s.ob_type == PyStr.Type) list.Append(s);
        else list.AppendSteal(PyStr.From(chars[..end]));
        Array.Reverse(list._items, 0, list._size);
        return list;
    }

    /// <summary>Index of sub in s at or after from (no surrogate boundary check).</summary>
    static int IndexOf(ReadOnlySpan<char> s, ReadOnlySpan<char> sub, int from)
    {
        int k = sub.Length == 1 ? s[from..].IndexOf(sub[0]) : s[from..].IndexOf(sub);
        return k < 0 ? -1 : from + k;
    }

    static PyList SplitLines(PyStr s, bool keepEnds)
    {
        var chars = s.Chars;
        var list = new PyList();
        int i = 0, n = chars.Length;
        while (i < n)
        {
            int start = i;
            while (i < n && !IsLineBreak(chars[i])) i++;
            int eol = i;
            if (i < n)
            {
                i += chars[i] == '\r' && i + 1 < n && chars[i + 1] == '\n' ? 2 : 1;
                if (keepEnds) eol = i;
            }
            if (start == 0 && eol == n && s.ob_type == PyStr.Type) list.Append(s);
            else list.AppendSteal(PyStr.From(chars[start..eol]));
        }
        return list;
    }

    static bool IsLineBreak(char c) => c < 128 ? c is '\n' or '\r' or '\v' or '\f' or '\x1c' or '\x1d' or '\x1e' : UnicodeType.IsLineBreak(c);

    static PyObject Partition(PyStr s, PyObject sepArg, bool reverse)
    {
        if (sepArg is not PyStr sep) throw PyErr.TypeError($"must be str, not {sepArg.ob_type.ShortName}");
        var sepChars = sep.Chars;
        if (sepChars.Length == 0) throw PyErr.ValueError("empty separator");
        var chars = s.Chars;
        int at = reverse ? StrSearch.RFind(chars, sepChars, 0, chars.Length) : StrSearch.Find(chars, sepChars, 0, chars.Length);
        if (at < 0)
        {
            return reverse
                ? PyTuple.Steal([PyStr.Empty, PyStr.Empty, Py.NewRef(s)])
                : PyTuple.Steal([Py.NewRef(s), PyStr.Empty, PyStr.Empty]);
        }
        return PyTuple.Steal([PyStr.From(chars[..at]), Py.NewRef(sep), PyStr.From(chars[(at + sepChars.Length)..])]);
    }

    // ---- replace ----

    static PyObject Replace(PyStr s, PyStr oldStr, PyStr newStr, long count)
    {
        if (count < 0) count = long.MaxValue;
        var chars = s.Chars;
        var old = oldStr.Chars;
        if (count == 0 || old.Length > chars.Length) return Unchanged(s);
        if (old.Length == 0) return PyStr.From(StrReplace.Replace(s.Value, "", newStr.Value, count));
        bool check = NeedsBoundaryCheck(old);
        int first = check ? StrSearch.Find(chars, old, 0, chars.Length) : chars.IndexOf(old);
        if (first < 0) return Unchanged(s);
        var replacement = newStr.Chars;
        if (old.Length == replacement.Length)
        {
            // Same length: copy once and overwrite the matches in place.
            var copy = chars.ToArray();
            int pos = first;
            long done = 0;
            while (pos >= 0 && done < count)
            {
                replacement.CopyTo(copy.AsSpan(pos));
                done++;
                int next = pos + old.Length;
                pos = check ? StrSearch.Find(chars, old, next, chars.Length) : IndexOf(chars, old, next);
            }
            return PyStr.From(new string(copy));
        }
        var builder = new System.Text.StringBuilder(chars.Length + Math.Max(0, replacement.Length - old.Length) * 4);
        int i = 0;
        for (int at = first; at >= 0 && count > 0; count--)
        {
            builder.Append(chars[i..at]).Append(replacement);
            i = at + old.Length;
            at = check ? StrSearch.Find(chars, old, i, chars.Length) : IndexOf(chars, old, i);
        }
        builder.Append(chars[i..]);
        return PyStr.From(builder.ToString());
    }

    // ---- find, count, startswith ----

    static long Find(PyStr s, ReadOnlySpan<PyObject> a, string name, bool reverse)
    {
        long n = s.Length;
        var subArg = SeqArgs.FindArgs(name, a, n, out long start, out long end);
        var sub = SeqArgs.Str(subArg, name, "1");
        var needle = sub.Chars;
        if (end - start < sub.Length) return -1;
        if (needle.Length == 0) return reverse ? end : start;
        var chars = s.Chars;
        if (!s.HasSurrogates)
        {
            var window = chars[(int)start..(int)end];
            int k;
            if (NeedsBoundaryCheck(needle)) k = reverse ? StrSearch.RFind(window, needle, 0, window.Length) : StrSearch.Find(window, needle, 0, window.Length);
            else if (needle.Length == 1) k = reverse ? window.LastIndexOf(needle[0]) : window.IndexOf(needle[0]);
            else k = reverse ? window.LastIndexOf(needle) : window.IndexOf(needle);
            return k < 0 ? -1 : start + k;
        }
        int u0 = s.Utf16Offset((int)start), u1 = s.Utf16Offset((int)end);
        int r = reverse ? StrSearch.RFind(chars, needle, u0, u1) : StrSearch.Find(chars, needle, u0, u1);
        return r < 0 ? -1 : s.CodePointIndex(r);
    }

    static long Count(PyStr s, ReadOnlySpan<PyObject> a)
    {
        long n = s.Length;
        var subArg = SeqArgs.FindArgs("count", a, n, out long start, out long end);
        var sub = SeqArgs.Str(subArg, "count", "1");
        if (end - start < sub.Length) return 0;
        if (sub.Utf16Length == 0) return end - start + 1;
        int u0 = s.Utf16Offset((int)start), u1 = s.Utf16Offset((int)end);
        var chars = s.Chars;
        var needle = sub.Chars;
        if (NeedsBoundaryCheck(needle)) return StrSearch.Count(chars, needle, u0, u1);
        var window = chars[u0..u1];
        if (needle.Length == 1) return window.Count(needle[0]);
        return window.Count(needle);
    }

    static PyObject TailMatch(PyStr s, ReadOnlySpan<PyObject> a, string name, bool atEnd)
    {
        long n = s.Length;
        var subArg = SeqArgs.FindArgs(name, a, n, out long start, out long end);
        if (subArg is PyTuple tuple)
        {
            foreach (var item in tuple.Items)
            {
                if (item is not PyStr p)
                    throw PyErr.TypeError($"tuple for {name} must only contain str, not {item.ob_type.ShortName}");
                if (Matches(s, p, start, end, atEnd)) return PyBool.True;
            }
            return PyBool.False;
        }
        if (subArg is not PyStr affix)
            throw PyErr.TypeError($"{name} first arg must be str or a tuple of str, not {subArg.ob_type.ShortName}");
        return PyBool.From(Matches(s, affix, start, end, atEnd));
    }

    /// <summary>tailmatch: s[start:end] starts (or ends) with affix.</summary>
    static bool Matches(PyStr s, PyStr affix, long start, long end, bool atEnd)
    {
        long affixLength = affix.Length;
        if (end - affixLength < start) return false;
        if (affixLength == 0) return true;
        var chars = s.Chars;
        var needle = affix.Chars;
        long at = atEnd ? end - affixLength : start;
        int u0 = s.Utf16Offset((int)at), u1 = s.Utf16Offset((int)(at + affixLength));
        return chars[u0..u1].SequenceEqual(needle);
    }

    // ---- padding ----

    static PyObject Pad(PyStr s, ReadOnlySpan<PyObject> a, string name)
    {
        ArgParser.CheckPositional(name, a, 1, 2);
        long width = SeqArgs.Ssize(a[0]);
        int fill = ' ';
        if (a.Length > 1)
        {
            if (a[1] is not PyStr f) throw PyErr.TypeError($"The fill character must be a unicode character, not {a[1].ob_type.ShortName}");
            if (f.Length != 1) throw PyErr.TypeError("The fill character must be exactly one character long");
            fill = f.CodePointAt(0);
        }
        if (width <= s.Length) return Unchanged(s);
        return PyStr.From(name switch
        {
            "center" => StrPad.Center(s.Value, width, fill),
            "ljust" => StrPad.LJust(s.Value, width, fill),
            _ => StrPad.RJust(s.Value, width, fill),
        });
    }

    // ---- translate, maketrans ----

    static PyObject Translate(PyStr s, PyObject table)
    {
        var chars = s.Chars;
        var cache = new Dictionary<int, string?>();
        var builder = new System.Text.StringBuilder(chars.Length);
        bool changed = false;
        for (int i = 0; i < chars.Length;)
        {
            int cp = CodePoints.At(chars, i, out int w);
            if (!cache.TryGetValue(cp, out string? replacement))
            {
                replacement = LookupTranslation(table, cp, chars.Slice(i, w));
                cache[cp] = replacement;
            }
            if (replacement is null) changed = true;
            else
            {
                if (!changed && !chars.Slice(i, w).SequenceEqual(replacement)) changed = true;
                builder.Append(replacement);
            }
            i += w;
        }
        if (!changed) return Unchanged(s);
        return PyStr.From(builder.ToString());
    }

    /// <summary>table[cp]: the replacement text, the character itself when the table has no entry, null to delete.</summary>
    static string? LookupTranslation(PyObject table, int cp, ReadOnlySpan<char> self)
    {
        var key = PyInt.From(cp);
        PyObject v;
        try { v = Py.GetItem(table, key); }
        catch (PyException e) when (e.Matches(ExceptionTypes.LookupError))
        {
            e.Release();
            return self.ToString();
        }
        finally { Py.Decref(key); }
        try
        {
            switch (v)
            {
                case PyNone: return null;
                case PyStr str: return str.Value;
                case PyInt i:
                    long c = i.IsBig ? -1 : i.Small;
                    if (c < 0 || c > 0x10FFFF) throw PyErr.ValueError("character mapping must be in range(0x110000)");
                    return CodePoints.ToText((int)c);
                default:
                    throw PyErr.TypeError("character mapping must return integer, None or str");
            }
        }
        finally { Py.Decref(v); }
    }

    static PyObject MakeTrans(ReadOnlySpan<PyObject> a)
    {
        ArgParser.CheckPositional("maketrans", a, 1, 3);
        var d = new PyDict();
        try
        {
            if (a.Length == 1)
            {
                if (a[0] is not PyDict src) throw PyErr.TypeError("if you give only one argument to maketrans it must be a dict");
                foreach (var kv in src.Items())
                {
                    PyObject key;
                    if (kv.Key is PyStr ks)
                    {
                        if (ks.Length != 1) throw PyErr.ValueError("string keys in translate table must be of length 1");
                        key = PyInt.From(ks.CodePointAt(0));
                    }
                    else if (kv.Key is PyInt) key = Py.NewRef(kv.Key);
                    else throw PyErr.TypeError("keys in translate table must be strings or integers");
                    try { d.SetItem(key, kv.Value); }
                    finally { Py.Decref(key); }
                }
                return d;
            }
            var x = a[0] as PyStr ?? throw PyErr.TypeError("first maketrans argument must be a string if there is a second argument");
            var y = SeqArgs.Str(a[1], "maketrans", "2");
            var z = a.Length == 3 ? SeqArgs.Str(a[2], "maketrans", "3") : null;
            if (x.Length != y.Length) throw PyErr.ValueError("the first two maketrans arguments must have equal length");
            for (int i = 0; i < x.Length; i++)
            {
                var k = PyInt.From(x.CodePointAt(i));
                var v = PyInt.From(y.CodePointAt(i));
                try { d.SetItem(k, v); }
                finally { Py.Decref(k); Py.Decref(v); }
            }
            if (z is not null)
            {
                for (int i = 0; i < z.Length; i++)
                {
                    var k = PyInt.From(z.CodePointAt(i));
                    try { d.SetItem(k, PyNone.Instance); }
                    finally { Py.Decref(k); }
                }
            }
            return d;
        }
        catch
        {
            Py.Decref(d);
            throw;
        }
    }
}
