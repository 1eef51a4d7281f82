using System.Text;
using Ftpy.Runtime;

namespace Ftpy.Objects;

/// <summary>Named-tuple types implemented in C# (CPython's structseq): sys.version_info,
/// sys.flags, time.struct_time, os.stat_result... A tuple subclass whose fields are
/// read-only properties by index; <c>n_sequence_fields</c> items take part in the tuple.</summary>
public static class StructSeq
{
    public static PyType Create(string qualifiedName, string[] fields, int sequenceFields = -1)
    {
        TypeSystem.EnsureInitialized();
        if (sequenceFields < 0) sequenceFields = fields.Length;
        int dot = qualifiedName.LastIndexOf('.');
        string module = dot < 0 ? "builtins" : qualifiedName[..dot];
        string name = dot < 0 ? qualifiedName : qualifiedName[(dot + 1)..];
        var ns = new PyDict();
        ns.SetItem("__module__", PyStr.From(module));
        ns.SetItem("__slots__", PyTuple.Empty);
        ns.SetItem("n_sequence_fields", PyInt.From(sequenceFields));
        ns.SetItem("n_fields", PyInt.From(fields.Length));
        ns.SetItem("n_unnamed_fields", PyInt.Zero);
        ns.SetItem("_fields", PyTuple.Create(fields.Take(sequenceFields).Select(f => (PyObject)PyStr.Intern(f)).ToArray()));
        var bases = PyTuple.Create(PyTuple.Type);
        var type = TypeCreation.Create(PyType.Type, name, bases, ns, new List<(PyStr, PyObject)>());
        Py.Decref(bases);
        Py.Decref(ns);
        for (int i = 0; i < fields.Length; i++)
        {
            int index = i;
            var getter = new PyGetSetDescr(type, fields[i], o => Py.NewRef(((PyTuple)o).Items[index]), null);
            type.Dict.SetItem(PyStr.Intern(fields[i]), getter);
        }
        var repr = new MethodDef("__repr__", (PyObject self) =>
        {
            var t = (PyTuple)self;
            var sb = new StringBuilder(qualifiedName).Append('(');
            for (int i = 0; i < sequenceFields; i++)
            {
                if (i > 0) sb.Append(", ");
                sb.Append(fields[i]).Append('=').Append(Py.ReprString(t.Items[i]));
            }
            return PyStr.From(sb.Append(')').ToString());
        });
        type.Dict.SetItem("__repr__", new PyMethodDescr(type, repr));
        type.Dict.SetItem("__reduce__", new PyMethodDescr(type, new MethodDef("__reduce__", (PyObject self) =>
        {
            var t = (PyTuple)self;
            var seq = PyTuple.Create(t.Items.Take(sequenceFields).ToArray());
            var extra = new PyDict();
            for (int i = sequenceFields; i < fields.Length; i++) extra.SetItem(fields[i], t.Items[i]);
            return PyTuple.Steal(new PyObject[] { Py.NewRef(self.ob_type), PyTuple.Steal(new PyObject[] { seq, extra }) });
        })));
        type.Dict.SetItem("__new__", new PyStaticMethod(new PyBuiltinFunction(new MethodDef("__new__", (PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw) =>
        {
            var cls = (PyType)args[0];
            if (args.Length < 2) throw PyErr.TypeError($"{qualifiedName}() missing required argument 'sequence' (pos 1)");
            var items = Py.ToList(args[1]);
            if (items.Count < sequenceFields)
            {
                foreach (var x in items) Py.Decref(x);
                throw PyErr.TypeError($"{qualifiedName}() takes a {sequenceFields}-sequence ({items.Count}-sequence given)");
            }
            while (items.Count < fields.Length) items.Add(PyNone.Instance);
            return new PyTuple(cls, items.ToArray());
        }), null)));
        // The namespace changed after the type was created: drop cached lookups before deriving slots.
        type.Modified();
        SlotDefs.UpdateHeapSlots(type);
        type.Flags &= ~TypeFlags.BaseType;
        Py.SetImmortal(type);
        return type;
    }

    /// <summary>An instance holding <paramref name="values"/> (new references taken).</summary>
    public static PyTuple Make(PyType type, params PyObject[] values)
    {
        var items = new PyObject[values.Length];
        for (int i = 0; i < values.Length; i++) items[i] = Py.NewRef(values[i]);
        return new PyTuple(type, items);
    }
}
