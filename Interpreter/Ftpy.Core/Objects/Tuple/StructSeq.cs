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
            // Read-only members (T_OBJECT, READONLY): fields past n_sequence_fields are attributes only.
            int index = i;
            Func<PyObject, PyObject?> getter = index < sequenceFields
                ? o => ((PyTuple)o).Items[index]
                : o => o is Instance s ? s.Hidden[index - sequenceFields] : PyNone.Instance;
            type.Dict.SetItem(PyStr.Intern(fields[i]), new PyMemberDescr(type, fields[i], getter, null));
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
            for (int i = sequenceFields; i < fields.Length; i++) extra.SetItem(fields[i], self is Instance s ? s.Hidden[i - sequenceFields] : PyNone.Instance);
            return PyTuple.Steal(new PyObject[] { Py.NewRef(self.ob_type), PyTuple.Steal(new PyObject[] { seq, extra }) });
        })));
        type.Dict.SetItem("__new__", new PyStaticMethod(new PyBuiltinFunction(new MethodDef("__new__", (PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw) =>
        {
            if (args.Length == 0 || args[0] is not PyType cls) throw PyErr.TypeError($"{qualifiedName}.__new__(): not enough arguments");
            Span<PyObject?> a = new PyObject?[2];
            ArgParser.Parse(qualifiedName, args[1..], kw, new[] { "sequence", "dict" }, 1, a);
            var items = Py.ToList(a[0]!);
            if (items.Count < sequenceFields || items.Count > fields.Length)
            {
                foreach (var x in items) Py.Decref(x);
                string takes = sequenceFields == fields.Length ? "a" : items.Count < sequenceFields ? "an at least" : "an at most";
                int bound = items.Count < sequenceFields ? sequenceFields : fields.Length;
                throw PyErr.TypeError($"{qualifiedName}() takes {takes} {bound}-sequence ({items.Count}-sequence given)");
            }
            var dict = a[1] is null or PyNone ? null : a[1] as PyDict ?? throw PyErr.TypeError($"{qualifiedName}() takes a dict as second arg, if any");
            for (int i = items.Count; i < fields.Length; i++)
                items.Add(Py.NewRef(dict?.GetItemBorrowed(fields[i]) ?? PyNone.Instance));
            return MakeSteal(cls, sequenceFields, items.ToArray());
        }), null)));
        // The namespace was filled after the type was made: drop cached lookups, then re-derive the slots.
        type.Modified();
        SlotDefs.UpdateHeapSlots(type);
        type.Flags &= ~TypeFlags.BaseType;
        Py.SetImmortal(type);
        return type;
    }

    /// <summary>An instance holding <paramref name="values"/> (new references taken); values past
    /// n_sequence_fields are attributes only.</summary>
    public static PyTuple Make(PyType type, params PyObject[] values)
    {
        var items = new PyObject[values.Length];
        for (int i = 0; i < values.Length; i++) items[i] = Py.NewRef(values[i]);
        return MakeSteal(type, SequenceFields(type), items);
    }

    static int SequenceFields(PyType type) =>
        type.Dict.GetItemBorrowed("n_sequence_fields") is PyInt n ? (int)n.Small : int.MaxValue;

    /// <summary>An instance that takes over the references in <paramref name="items"/>.</summary>
    public static PyTuple MakeSteal(PyType type, PyObject[] items) => MakeSteal(type, SequenceFields(type), items);

    static PyTuple MakeSteal(PyType type, int sequenceFields, PyObject[] items)
    {
        if (items.Length <= sequenceFields) return new PyTuple(type, items);
        return new Instance(type, items[..sequenceFields], items[sequenceFields..]);
    }

    /// <summary>A struct sequence with fields beyond the tuple part (time.struct_time's tm_zone, tm_gmtoff).</summary>
    sealed class Instance : PyTuple
    {
        public readonly PyObject[] Hidden;

        public Instance(PyType type, PyObject[] items, PyObject[] hidden) : base(type, items) { Hidden = hidden; }

        protected internal override void ReleaseReferences()
        {
            base.ReleaseReferences();
            if (Hidden is null) return;
            for (int i = 0; i < Hidden.Length; i++)
            {
                var o = Hidden[i];
                Hidden[i] = null!;
                if (o is not null) Py.Decref(o);
            }
        }

        protected internal override void Traverse(Action<PyObject> visit)
        {
            base.Traverse(visit);
            if (Hidden is null) return;
            foreach (var o in Hidden) if (o is not null) visit(o);
        }
    }
}
