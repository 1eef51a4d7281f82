using Ftpy.Runtime;

namespace Ftpy.Objects.Text;

/// <summary>
/// The part of a field name before the first '.' or '['. Index is its value when it is all
/// decimal digits (any Unicode decimal, as CPython's get_integer), else -1: then Name is
/// a keyword-argument name, or "" for an automatically numbered field.
/// </summary>
public readonly record struct FieldNameFirst(string Name, long Index)
{
    public bool IsAutomatic => Name.Length == 0;
}

/// <summary>".name" (IsAttribute) or "[key]": Index is the key's integer value, or -1 for a str key.</summary>
public readonly record struct FieldAccessor(bool IsAttribute, string Name, long Index);

/// <summary>
/// Splits a replacement field name ("0.attr[key]") the way CPython's field_name_split and
/// FieldNameIterator do (_string.formatter_field_name_split). Accessors are parsed as they
/// are enumerated, so a lookup error in an earlier part wins over a syntax error in a later one.
/// </summary>
public static class FieldNameParser
{
    public static (FieldNameFirst First, IEnumerable<FieldAccessor> Accessors) Split(string fieldName)
    {
        int i = 0;
        while (i < fieldName.Length && fieldName[i] is not ('.' or '[')) i++;
        string first = fieldName[..i];
        return (new FieldNameFirst(first, ToIndex(first)), Accessors(fieldName, i));
    }

    static IEnumerable<FieldAccessor> Accessors(string s, int pos)
    {
        while (pos < s.Length)
        {
            char c = s[pos++];
            int start = pos;
            FieldAccessor accessor;
            if (c == '.')
            {
                while (pos < s.Length && s[pos] is not ('.' or '[')) pos++;
                accessor = new FieldAccessor(true, s[start..pos], -1);
            }
            else if (c == '[')
            {
                while (pos < s.Length && s[pos] != ']') pos++;
                if (pos == s.Length) throw PyErr.ValueError("Missing ']' in format string");
                string key = s[start..pos++];
                accessor = new FieldAccessor(false, key, ToIndex(key));
            }
            else throw PyErr.ValueError("Only '.' or '[' may follow ']' in format field specifier");
            if (accessor.Name.Length == 0) throw PyErr.ValueError("Empty attribute in format string");
            yield return accessor;
        }
    }

    /// <summary>The value of an all-decimal-digit text, -1 otherwise (also for "").</summary>
    static long ToIndex(string text)
    {
        if (text.Length == 0) return -1;
        long value = 0;
        for (int i = 0; i < text.Length;)
        {
            int digit = UnicodeType.DecimalValue(CodePoints.At(text, i, out int w));
            if (digit < 0) return -1;
            if (value > (long.MaxValue - digit) / 10)
                throw PyErr.ValueError("Too many decimal digits in format string");
            value = value * 10 + digit;
            i += w;
        }
        return value;
    }
}

/// <summary>
/// str.format's field numbering for one call: "{}" takes the next positional index, "{0}"
/// is manual, and one string may not mix the two (the count is shared with nested specs).
/// </summary>
public sealed class FieldNumbering
{
    enum State { Initial, Automatic, Manual }

    State state;
    long next;

    /// <summary>The positional index of the field, or -1 when it names a keyword argument.</summary>
    public long Resolve(FieldNameFirst first)
    {
        bool numeric = first.IsAutomatic || first.Index >= 0;
        if (!numeric) return -1;
        if (state == State.Initial) state = first.IsAutomatic ? State.Automatic : State.Manual;
        if (state == State.Manual && first.IsAutomatic)
            throw PyErr.ValueError("cannot switch from manual field specification to automatic field numbering");
        if (state == State.Automatic && !first.IsAutomatic)
            throw PyErr.ValueError("cannot switch from automatic field numbering to manual field specification");
        return first.IsAutomatic ? next++ : first.Index;
    }
}
