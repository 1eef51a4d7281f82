using Ftpy.Runtime;

namespace Ftpy.Objects;

/// <summary>property(fget, fset, fdel, doc): a data descriptor calling Python accessors.</summary>
public sealed class PyProperty : PyObject
{
    public static readonly PyType Type = new("property");
    public PyObject? Get, Set, Del, Doc;
    public PyObject? Name;
    internal PyDict? Dict;

    public PyProperty(PyType type) : base(type)
    {
        GcRegistry.Track(this);
    }

    protected internal override bool IsGcContainer => true;
    internal override PyDict? GetInstanceDict(bool create) => ob_type.IsHeapType ? (create ? Dict ??= new PyDict() : Dict) : null;

    static readonly string[] s_kw = { "fget", "fset", "fdel", "doc" };

    internal static void Setup(PyType t)
    {
        t.tp_new = (type, args, kw) => new PyProperty(type);
        t.tp_init = (self, args, kw) =>
        {
            var p = (PyProperty)self;
            Span<PyObject?> vals = new PyObject?[4];
            ArgParser.Parse("property", args, kw, s_kw, 0, vals);
            PyObject? Norm(PyObject? o) => o is null or PyNone ? null : Py.NewRef(o);
            Py.XSetRef(ref p.Get, Norm(vals[0]));
            Py.XSetRef(ref p.Set, Norm(vals[1]));
            Py.XSetRef(ref p.Del, Norm(vals[2]));
            Py.XSetRef(ref p.Doc, Norm(vals[3]));
            if (p.Doc is null && p.Get is not null)
            {
                var d = Py.LookupAttr(p.Get, "__doc__");
                if (d is PyNone) { Py.Decref(d); d = null; }
                p.Doc = d;
            }
            if (p.ob_type.IsHeapType && p.Doc is not null)
            {
                var dict = p.GetInstanceDict(true)!;
                dict.SetItem("__doc__", p.Doc);
            }
        };
        t.tp_descr_get = (d, obj, type) =>
        {
            var p = (PyProperty)d;
            if (obj is null) return Py.NewRef(d);
            if (p.Get is null)
            {
                string qual = p.Name is PyStr n ? $"property '{n.Value}' of '{obj.ob_type.ShortName}' object has no getter" : $"property of '{obj.ob_type.ShortName}' object has no getter";
                throw PyErr.AttributeError(qual);
            }
            return Py.CallOneArg(p.Get, obj);
        };
        t.tp_descr_set = (d, obj, value) =>
        {
            var p = (PyProperty)d;
            var f = value is null ? p.Del : p.Set;
            if (f is null)
            {
                string what = value is null ? "deleter" : "setter";
                throw PyErr.AttributeError(p.Name is PyStr n
                    ? $"property '{n.Value}' of '{obj.ob_type.ShortName}' object has no {what}"
                    : $"property of '{obj.ob_type.ShortName}' object has no {what}");
            }
            var r = value is null ? Py.CallOneArg(f, obj) : Py.Call(f, obj, value);
            Py.Decref(r);
        };
        t.tp_getattro = Py.GenericGetAttr;
        t.tp_setattro = Py.GenericSetAttr;
        t.AddReadonlyMember("fget", o => ((PyProperty)o).Get);
        t.AddReadonlyMember("fset", o => ((PyProperty)o).Set);
        t.AddReadonlyMember("fdel", o => ((PyProperty)o).Del);
        t.AddGetSet("__name__", o =>
        {
            var p = (PyProperty)o;
            if (p.Name is not null) return Py.NewRef(p.Name);
            if (p.Get is not null) return Py.GetAttr(p.Get, "__name__");
            throw PyErr.AttributeError($"'{o.ob_type.Name}' object has no attribute '__name__'");
        }, (o, v) => Py.XSetRef(ref ((PyProperty)o).Name, Py.XNewRef(v)));
        t.AddGetSet("__doc__", o => Py.NewRef(((PyProperty)o).Doc ?? PyNone.Instance), (o, v) => Py.XSetRef(ref ((PyProperty)o).Doc, Py.XNewRef(v)));
        t.AddGetter("__isabstractmethod__", o =>
        {
            var p = (PyProperty)o;
            foreach (var f in new[] { p.Get, p.Set, p.Del })
                if (f is not null && PyStaticMethod.IsAbstract(f) == PyBool.True) return PyBool.True;
            return PyBool.False;
        });
        t.AddMethod("getter", (PyObject self, PyObject f) => ((PyProperty)self).Copy(f, 0));
        t.AddMethod("setter", (PyObject self, PyObject f) => ((PyProperty)self).Copy(f, 1));
        t.AddMethod("deleter", (PyObject self, PyObject f) => ((PyProperty)self).Copy(f, 2));
        t.AddMethod("__set_name__", (PyObject self, ReadOnlySpan<PyObject> args) =>
        {
            if (args.Length != 2) throw PyErr.TypeError($"__set_name__() takes 2 positional arguments but {args.Length} were given");
            var p = (PyProperty)self;
            Py.XSetRef(ref p.Name, Py.NewRef(args[1]));
            return PyNone.Instance;
        });
    }

    PyObject Copy(PyObject f, int which)
    {
        var get = which == 0 ? f : Get;
        var set = which == 1 ? f : Set;
        var del = which == 2 ? f : Del;
        var getDoc = Get is not null && Doc is not null && which == 0;
        var args = new PyObject[] { get ?? PyNone.Instance, set ?? PyNone.Instance, del ?? PyNone.Instance, (getDoc ? null : Doc) ?? PyNone.Instance };
        var copy = Py.Call(ob_type, args);
        if (copy is PyProperty p && Name is not null) Py.XSetRef(ref p.Name, Py.NewRef(Name));
        return copy;
    }

    protected internal override void ReleaseReferences()
    {
        Py.Clear(ref Get); Py.Clear(ref Set); Py.Clear(ref Del); Py.Clear(ref Doc); Py.Clear(ref Name); Py.Clear(ref Dict);
    }

    protected internal override void Traverse(Action<PyObject> visit)
    {
        foreach (var o in new[] { Get, Set, Del, Doc, Name, Dict }) if (o is not null) visit(o);
    }
}
