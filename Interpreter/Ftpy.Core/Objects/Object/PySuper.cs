using Ftpy.Runtime;

namespace Ftpy.Objects;

/// <summary>super(): attribute lookup starting after a class in an object's MRO. The zero-argument
/// form takes the class from the calling frame's __class__ cell and self from its first argument.</summary>
public sealed class PySuper : PyObject
{
    public static readonly PyType Type = new("super");

    PyType? _type;
    PyObject? _obj;
    PyType? _objType;

    public PySuper(PyType type) : base(type) { GcRegistry.Track(this); }

    protected internal override bool IsGcContainer => true;

    internal static void Setup(PyType t)
    {
        t.tp_new = (type, args, kw) => new PySuper(type);
        t.tp_init = (self, args, kw) =>
        {
            ArgParser.NoKeywords("super", kw);
            ArgParser.CheckPositional("super", args, 0, 2);
            var s = (PySuper)self;
            PyType type;
            PyObject? obj = null;
            if (args.Length == 0) (type, obj) = FromFrame();
            else
            {
                type = args[0] as PyType ?? throw PyErr.TypeError($"super() argument 1 must be a type, not {args[0].ob_type.ShortName}");
                if (args.Length > 1 && args[1] is not PyNone) obj = args[1];
            }
            PyType? objType = obj is null ? null : CheckObj(type, obj);
            Py.XSetRef(ref s._type, Py.NewRef<PyType>(type));
            Py.XSetRef(ref s._obj, Py.XNewRef(obj));
            Py.XSetRef(ref s._objType, Py.XNewRef(objType));
        };
        t.tp_getattro = GetAttr;
        t.tp_descr_get = (self, obj, type) =>
        {
            var s = (PySuper)self;
            if (obj is null || s._obj is not null) return Py.NewRef(self);
            var r = new PySuper(s.ob_type);
            r._type = Py.XNewRef(s._type);
            r._obj = Py.NewRef(obj);
            r._objType = Py.NewRef(CheckObj(s._type!, obj));
            return r;
        };
        t.tp_repr = o =>
        {
            var s = (PySuper)o;
            string tn = s._type?.ShortName ?? "NULL";
            return PyStr.From(s._objType is null ? $"<super: <class '{tn}'>, NULL>" : $"<super: <class '{tn}'>, <{s._objType.ShortName} object>>");
        };
        t.AddGetter("__thisclass__", o => Py.NewRef((PyObject?)((PySuper)o)._type ?? PyNone.Instance));
        t.AddGetter("__self__", o => Py.NewRef(((PySuper)o)._obj ?? PyNone.Instance));
        t.AddGetter("__self_class__", o => Py.NewRef((PyObject?)((PySuper)o)._objType ?? PyNone.Instance));
    }

    static (PyType, PyObject) FromFrame()
    {
        var frame = ThreadState.Current.CurrentFrame ?? throw PyErr.RuntimeError("super(): no current frame");
        var code = frame.Code;
        if (code.ArgCount == 0 && (code.Flags & CodeFlags.VarArgs) == 0) throw PyErr.RuntimeError("super(): no arguments");
        var first = frame.Slots[0];
        if (first is PyCell cell && (code.LocalsPlusKinds[0] & LocalKind.Cell) != 0) first = cell.Contents;
        if (first is null) throw PyErr.RuntimeError("super(): arg[0] deleted");
        for (int i = 0; i < code.LocalsPlusNames.Length; i++)
        {
            if (code.LocalsPlusNames[i].Value != "__class__" || (code.LocalsPlusKinds[i] & LocalKind.Free) == 0) continue;
            var c = frame.Slots[i] as PyCell ?? throw PyErr.RuntimeError("super(): bad __class__ cell");
            var type = c.Contents ?? throw PyErr.RuntimeError("super(): empty __class__ cell");
            if (type is not PyType pt) throw PyErr.RuntimeError($"super(): __class__ is not a type ({type.ob_type.ShortName})");
            return (pt, first);
        }
        throw PyErr.RuntimeError("super(): __class__ cell not found");
    }

    static PyType CheckObj(PyType type, PyObject obj)
    {
        if (obj is PyType ot && ot.IsSubtype(type)) return ot;
        if (obj.ob_type.IsSubtype(type)) return obj.ob_type;
        var cls = Py.LookupAttr(obj, "__class__");
        if (cls is PyType ct && ct != obj.ob_type && ct.IsSubtype(type)) { Py.Decref(cls); return ct; }
        Py.XDecref(cls);
        string what = obj is PyType t ? $"type {t.Name}" : $"instance of {obj.ob_type.Name}";
        throw PyErr.TypeError($"super(type, obj): obj ({what}) is not an instance or subtype of type ({type.Name}).");
    }

    static PyObject? GetAttr(PyObject self, PyStr name)
    {
        var s = (PySuper)self;
        var start = s._objType;
        if (start is not null && name.Value != "__class__")
        {
            var mro = start.MroArray;
            int i = 0;
            while (i < mro.Length && !ReferenceEquals(mro[i], s._type)) i++;
            for (i++; i < mro.Length; i++)
            {
                var v = mro[i].Dict.GetItemBorrowed(name);
                if (v is null) continue;
                if (v.ob_type.tp_descr_get is { } get)
                {
                    Py.Incref(v);
                    try { return get(v, ReferenceEquals(s._obj, start) ? null : s._obj, start); }
                    finally { Py.Decref(v); }
                }
                return Py.NewRef(v);
            }
        }
        return Py.GenericGetAttr(self, name);
    }

    protected internal override void ReleaseReferences()
    {
        Py.Clear(ref _type);
        Py.Clear(ref _obj);
        Py.Clear(ref _objType);
    }

    protected internal override void Traverse(Action<PyObject> visit)
    {
        if (_type is not null) visit(_type);
        if (_obj is not null) visit(_obj);
        if (_objType is not null) visit(_objType);
    }
}
