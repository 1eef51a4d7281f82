using System.Text;
using Ftpy.Objects.Text;
using Ftpy.Runtime;

namespace Ftpy.Objects;

/// <summary>format(), the f-string FORMAT_VALUE operation, str.format and str.format_map.</summary>
public static class Formatting
{
    static readonly PyStr s_format = PyStr.Intern("__format__");

    /// <summary>format(value, spec): type(value).__format__(value, spec), which must return str.</summary>
    public static PyStr Format(PyObject value, PyObject spec)
    {
        if (spec is PyStr ss && ss.Value.Length == 0)
        {
            if (value.ob_type == PyStr.Type) return Py.NewRef((PyStr)value);
            if (value.ob_type == PyInt.Type) return Py.Str(value);
        }
        var r = Py.CallSpecialMethod(value, s_format, new ReadOnlySpan<PyObject>(ref spec))
            ?? throw PyErr.TypeError($"Type {value.ob_type.ShortName} doesn't define __format__");
        if (r is PyStr s) return s;
        string tn = r.ob_type.ShortName;
        Py.Decref(r);
        throw PyErr.TypeError($"__format__ must return a str, not {tn}");
    }

    /// <summary>FORMAT_VALUE: conversion 1 str, 2 repr, 3 ascii, then format with the spec.</summary>
    public static PyObject FormatValue(PyObject value, int conversion, PyObject? spec)
    {
        PyObject v = conversion switch
        {
            1 => Py.Str(value),
            2 => Py.Repr(value),
            3 => Py.Ascii(value),
            _ => Py.NewRef(value),
        };
        try
        {
            if (spec is null && v.ob_type == PyStr.Type) return Py.NewRef(v);
            return Format(v, spec ?? PyStr.Empty);
        }
        finally { Py.Decref(v); }
    }

    /// <summary>str.format(*args, **kwargs) / format_map(mapping).</summary>
    public static string FormatString(string format, ReadOnlySpan<PyObject> args, PyObject? kwargs, int depth = FormatStringParser.TopLevelRecursionDepth, FieldNumbering? numbering = null) =>
        FormatString(format, args.ToArray(), kwargs, depth, numbering);

    /// <summary>str.format with the positional arguments, or format_map with <paramref name="positional"/>
    /// null ("Format string contains positional fields" for a numbered field).</summary>
    public static string FormatString(string format, PyObject[]? positional, PyObject? kwargs, int depth = FormatStringParser.TopLevelRecursionDepth, FieldNumbering? numbering = null)
    {
        numbering ??= new FieldNumbering();
        var sb = new StringBuilder(format.Length + 16);
        foreach (var chunk in FormatStringParser.Enumerate(format, depth))
        {
            sb.Append(chunk.Literal);
            if (chunk.FieldName is null) continue;
            var obj = GetField(chunk.FieldName, positional, kwargs, numbering);
            try
            {
                PyObject converted = chunk.Conversion switch
                {
                    null => Py.NewRef(obj),
                    "s" => Py.Str(obj),
                    "r" => Py.Repr(obj),
                    "a" => Py.Ascii(obj),
                    var c => throw FormatStringParser.UnknownConversion(c[0]),
                };
                try
                {
                    string spec = chunk.FormatSpec ?? "";
                    if (chunk.FormatSpecNeedsExpanding) spec = FormatString(spec, positional, kwargs, depth - 1, numbering);
                    var specObj = PyStr.From(spec);
                    try
                    {
                        var r = Format(converted, specObj);
                        sb.Append(r.Value);
                        Py.Decref(r);
                    }
                    finally { Py.Decref(specObj); }
                }
                finally { Py.Decref(converted); }
            }
            finally { Py.Decref(obj); }
        }
        return sb.ToString();
    }

    static PyObject GetField(string fieldName, PyObject[]? args, PyObject? kwargs, FieldNumbering numbering)
    {
        var (first, accessors) = FieldNameParser.Split(fieldName);
        long index = numbering.Resolve(first);
        PyObject obj;
        if (index >= 0)
        {
            if (args is null) throw PyErr.ValueError("Format string contains positional fields");
            if (index >= args.Length)
                throw PyErr.IndexError($"Replacement index {index} out of range for positional args tuple");
            obj = Py.NewRef(args[index]);
        }
        else
        {
            var key = PyStr.From(first.Name);
            try
            {
                if (kwargs is null) throw ExceptionObjects.KeyErrorFor(key);
                obj = Py.GetItem(kwargs, key);
            }
            finally { Py.Decref(key); }
        }
        foreach (var acc in accessors)
        {
            PyObject next;
            try
            {
                if (acc.IsAttribute) next = Py.GetAttr(obj, acc.Name);
                else
                {
                    PyObject key = acc.Index >= 0 ? PyInt.From(acc.Index) : PyStr.From(acc.Name);
                    try { next = Py.GetItem(obj, key); }
                    finally { Py.Decref(key); }
                }
            }
            finally { Py.Decref(obj); }
            obj = next;
        }
        return obj;
    }
}

public static partial class StrType
{
    static partial void AddFormatting(PyType t)
    {
        t.AddMethod(new MethodDef("format", (PyObject self, ReadOnlySpan<PyObject> a, PyTuple? kw) =>
        {
            int nkw = kw?.Count ?? 0;
            PyDict? kwargs = null;
            if (nkw > 0)
            {
                kwargs = new PyDict();
                for (int i = 0; i < nkw; i++) kwargs.SetItem(kw!.Items[i], a[a.Length - nkw + i]);
            }
            try { return PyStr.From(Formatting.FormatString(Self(self).Value, a[..(a.Length - nkw)], kwargs)); }
            finally { Py.XDecref(kwargs); }
        }));
        t.AddMethod("format_map", (PyObject self, PyObject mapping) =>
            PyStr.From(Formatting.FormatString(Self(self).Value, (PyObject[]?)null, mapping)));
    }
}
