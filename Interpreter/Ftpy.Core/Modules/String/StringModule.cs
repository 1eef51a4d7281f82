using Ftpy.Objects;
using Ftpy.Objects.Text;
using Ftpy.Runtime;

namespace Ftpy.Modules;

/// <summary>
/// _string: str.format's parser exposed for string.Formatter — formatter_parser and
/// formatter_field_name_split, both lazy as in CPython (errors surface while iterating).
/// </summary>
public static class StringModule
{
    public static readonly PyType FormatterIteratorType = new("formatteriterator", TypeFlags.None);
    public static readonly PyType FieldNameIteratorType = new("fieldnameiterator", TypeFlags.None);

    /// <summary>An iterator over a lazily computed sequence of new references.</summary>
    sealed class EnumeratorIter : PyIteratorBase
    {
        IEnumerator<PyObject>? _e;

        public EnumeratorIter(PyType t, IEnumerator<PyObject> e) : base(t) { _e = e; }

        public override PyObject? Next()
        {
            var e = _e;
            if (e is null) return null;
            if (e.MoveNext()) return e.Current;
            _e = null;
            return null;
        }
    }

    static PyObject StrOrNone(string? s) => s is null ? PyNone.Instance : PyStr.From(s);

    static IEnumerator<PyObject> Chunks(string format)
    {
        foreach (var c in FormatStringParser.Enumerate(format))
        {
            if (c.FieldName is null)
                yield return PyTuple.Steal(new PyObject[] { PyStr.From(c.Literal), PyNone.Instance, PyNone.Instance, PyNone.Instance });
            else
                yield return PyTuple.Steal(new PyObject[] { PyStr.From(c.Literal), PyStr.From(c.FieldName), StrOrNone(c.FormatSpec ?? ""), StrOrNone(c.Conversion) });
        }
    }

    static IEnumerator<PyObject> Accessors(IEnumerable<FieldAccessor> accessors)
    {
        foreach (var a in accessors)
        {
            PyObject key = !a.IsAttribute && a.Index >= 0 ? PyInt.From(a.Index) : PyStr.From(a.Name);
            yield return PyTuple.Steal(new PyObject[] { PyBool.From(a.IsAttribute), key });
        }
    }

    public static PyModule Create(InterpreterState interp)
    {
        TypeSystem.ReadyStatic(FormatterIteratorType, null, t => { t.tp_iter = o => Py.NewRef(o); t.tp_iternext = o => ((PyIteratorBase)o).Next(); });
        TypeSystem.ReadyStatic(FieldNameIteratorType, null, t => { t.tp_iter = o => Py.NewRef(o); t.tp_iternext = o => ((PyIteratorBase)o).Next(); });
        var m = new PyModule("_string");
        m.Dict.SetItem("__doc__", PyStr.From("string helper module"));
        m.AddFunction(new MethodDef("formatter_parser", (PyObject self, PyObject s) =>
        {
            if (s is not PyStr str) throw PyErr.TypeError($"expected str, got {s.ob_type.ShortName}");
            return new EnumeratorIter(FormatterIteratorType, Chunks(str.Value));
        }, "split the argument as a field name"));
        m.AddFunction(new MethodDef("formatter_field_name_split", (PyObject self, PyObject s) =>
        {
            if (s is not PyStr str) throw PyErr.TypeError($"expected str, got {s.ob_type.ShortName}");
            var (first, accessors) = FieldNameParser.Split(str.Value);
            PyObject head = first.Index >= 0 ? PyInt.From(first.Index) : PyStr.From(first.Name);
            return PyTuple.Steal(new PyObject[] { head, new EnumeratorIter(FieldNameIteratorType, Accessors(accessors)) });
        }, "split the argument as a field name"));
        return m;
    }
}
