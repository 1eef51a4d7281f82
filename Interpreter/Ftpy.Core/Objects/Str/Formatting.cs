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
    public static string FormatString(string format, ReadOnlySpan<PyObject> args, PyObject? kwargs, int depth = FormatStringParser.TopLevelRecursionDepth, FieldNumbering? numbering = null)
    {
        numbering ??= new FieldNumbering();
        var sb = new StringBuilder();
        var positional = args.ToArray();
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

    static PyObject GetField(string fieldName, PyObject[] args, PyObject? kwargs, FieldNumbering numbering)
    {
        var (first, accessors) = FieldNameParser.Split(fieldName);
        long index = numbering.Resolve(first);
        PyObject obj;
        if (index >= 0)
        {
            if (index >= args.Length)
                throw PyErr.IndexError($"Replacement index {index} out of range for positional args tuple");
            obj = Py.NewRef(args[index]);
        }
        else
        {
            if (kwargs is null) throw ExceptionObjects.KeyErrorFor(PyStr.From(first.Name));
            var key = PyStr.From(first.Name);
            try { obj = Py.GetItem(kwargs, key); }
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
            PyStr.From(Formatting.FormatString(Self(self).Value, ReadOnlySpan<PyObject>.Empty, mapping)));
        t.AddMethod("translate", (PyObject self, PyObject table) =>
        {
            bool Lookup(int cp, out string? replacement)
            {
                var key = PyInt.From(cp);
                PyObject v;
                try { v = Py.GetItem(table, key); }
                catch (PyException e) when (e.Matches(ExceptionTypes.LookupError)) { e.Release(); replacement = null; return false; }
                finally { Py.Decref(key); }
                try
                {
                    switch (v)
                    {
                        case PyNone: replacement = null; return true;
                        case PyStr s: replacement = s.Value; return true;
                        case PyInt i:
                            long c = i.IsBig ? -1 : i.Small;
                            if (c < 0 || c > 0x10FFFF) throw PyErr.ValueError("character mapping must be in range(0x110000)");
                            replacement = CodePoints.ToText((int)c);
                            return true;
                        default:
                            throw PyErr.TypeError("character mapping must return integer, None or str");
                    }
                }
                finally { Py.Decref(v); }
            }
            return PyStr.From(StrTranslate.Translate(Self(self).Value, Lookup));
        });
        t.AddStaticMethod(new MethodDef("maketrans", (PyObject self, ReadOnlySpan<PyObject> a) =>
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
                        d.SetItem(key, kv.Value);
                        Py.Decref(key);
                    }
                    return d;
                }
                var x = a[0] as PyStr ?? throw PyErr.TypeError("first maketrans argument must be a string if there is a second argument");
                var y = a[1] as PyStr ?? throw PyErr.TypeError("maketrans() argument 2 must be str");
                if (x.Length != y.Length) throw PyErr.ValueError("the first two maketrans arguments must have equal length");
                for (int i = 0; i < x.Length; i++)
                {
                    var k = PyInt.From(x.CodePointAt(i)); var v = PyInt.From(y.CodePointAt(i));
                    d.SetItem(k, v);
                    Py.Decref(k); Py.Decref(v);
                }
                if (a.Length == 3)
                {
                    var z = a[2] as PyStr ?? throw PyErr.TypeError("maketrans() argument 3 must be str");
                    for (int i = 0; i < z.Length; i++)
                    {
                        var k = PyInt.From(z.CodePointAt(i));
                        d.SetItem(k, PyNone.Instance);
                        Py.Decref(k);
                    }
                }
                return d;
            }
            catch { Py.Decref(d); throw; }
        }));
    }
}
