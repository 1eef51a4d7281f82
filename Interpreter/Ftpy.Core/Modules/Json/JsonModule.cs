using Ftpy.Objects;
using Ftpy.Runtime;

namespace Ftpy.Modules.Json;

/// <summary>
/// The _json accelerator module behind Lib/json: the scanner and encoder types, scanstring and
/// the two string encoders, plus skip_whitespace for JSONDecoder.decode (which would otherwise
/// need the re module).
/// </summary>
public static class JsonModule
{
    static readonly MethodDef s_ascii = new("encode_basestring_ascii", (PyObject self, PyObject s) => PyStr.From(JsonStrings.Ascii(JsonStrings.Arg(s))),
        "encode_basestring_ascii(string) -> string\n\nReturn an ASCII-only JSON representation of a Python string");
    static readonly MethodDef s_unicode = new("encode_basestring", (PyObject self, PyObject s) => PyStr.From(JsonStrings.Unicode(JsonStrings.Arg(s))),
        "encode_basestring(string) -> string\n\nReturn a JSON representation of a Python string");

    public static PyModule Create(InterpreterState interp)
    {
        JsonEncoder.AsciiDef = s_ascii;
        JsonEncoder.UnicodeDef = s_unicode;
        TypeSystem.ReadyStatic(JsonScanner.Type, null, JsonScanner.Setup);
        TypeSystem.ReadyStatic(JsonEncoder.Type, null, JsonEncoder.Setup);
        var m = new PyModule("_json");
        m.Add("__doc__", PyStr.From("json speedups\n"));
        m.Add("make_scanner", JsonScanner.Type);
        m.Add("make_encoder", JsonEncoder.Type);
        m.AddFunction(s_ascii);
        m.AddFunction(s_unicode);
        m.AddFunction(new MethodDef("scanstring", (PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw) =>
        {
            Span<PyObject?> v = new PyObject?[3];
            ArgParser.Parse("scanstring", args, kw, new[] { "string", "end", "strict" }, 2, v, posOnly: 3);
            if (v[0] is not PyStr s) throw PyErr.TypeError($"first argument must be a string, not {v[0]!.ob_type.ShortName}");
            long end = Py.AsSsize(v[1]!, ExceptionTypes.OverflowError);
            bool strict = v[2] is null || Py.IsTrue(v[2]!);
            if (end < 0 || end > s.Length) throw PyErr.ValueError("end is out of bounds");
            var doc = new JsonScanner.Doc(s);
            var text = JsonScanner.ScanString(doc, doc.ToUnit((int)end), strict, out int next);
            return PyTuple.Steal(new PyObject[] { text, PyInt.From(doc.ToIndex(next)) });
        }, "scanstring(string, end, strict=True) -> (string, end)\n\nScan the string s for a JSON string."));
        m.AddFunction("skip_whitespace", (PyObject self, ReadOnlySpan<PyObject> args) =>
        {
            ArgParser.CheckPositional("skip_whitespace", args, 2, 2);
            if (args[0] is not PyStr s) throw PyErr.TypeError($"first argument must be a string, not {args[0].ob_type.ShortName}");
            long idx = Py.AsSsize(args[1], ExceptionTypes.OverflowError);
            if (idx >= s.Length) return PyInt.From(idx);
            string text = s.Value;
            int unit = s.Utf16Offset((int)System.Math.Max(idx, 0));
            while (unit < text.Length && text[unit] is ' ' or '\t' or '\n' or '\r') unit++;
            return PyInt.From(s.CodePointIndex(unit));
        });
        return m;
    }
}
