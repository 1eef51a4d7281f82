using Ftpy.Objects;
using Ftpy.Runtime;

namespace Ftpy.Modules;

/// <summary>
/// _functools: the parts of functools that are on hot paths — reduce, cmp_to_key, partial and
/// the lru_cache wrapper. functools.py builds the rest on top of them.
/// </summary>
public static class FunctoolsModule
{
    public static PyModule Create(InterpreterState interp)
    {
        TypeSystem.ReadyStatic(PyPartial.Type, null, PartialType.Setup, t => new PyPartial(t));
        TypeSystem.ReadyStatic(KeyWrapper.Type, null, KeyWrapper.Setup);
        TypeSystem.ReadyStatic(LruCacheWrapper.Type, null, LruCacheWrapper.Setup);
        var m = new PyModule("_functools");
        m.Dict.SetItem("__doc__", PyStr.From("Tools that operate on functions."));
        m.Add("partial", PyPartial.Type);
        m.Add("KeyWrapper", KeyWrapper.Type);
        m.Add("_lru_cache_wrapper", LruCacheWrapper.Type);
        m.AddFunction(new MethodDef("reduce", Reduce,
            "Apply a function of two arguments cumulatively to the items of an iterable, from left to right.\n\nThis effectively reduces the iterable to a single value.  If initial is present,\nit is placed before the items of the iterable in the calculation, and serves as\na default when the iterable is empty.\n\nFor example, reduce(lambda x, y: x+y, [1, 2, 3, 4, 5])\ncalculates ((((1 + 2) + 3) + 4) + 5)."));
        m.AddFunction(new MethodDef("cmp_to_key", (PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw) =>
        {
            Span<PyObject?> a = new PyObject?[1];
            ClinicArgs.Parse("cmp_to_key", args, kw, new[] { "mycmp" }, 1, a);
            return new KeyWrapper(a[0]!, null);
        }, "Convert a cmp= function into a key= function.\n\n  mycmp\n    Function that compares two objects."));
        return m;
    }

    static PyObject Reduce(PyObject module, ReadOnlySpan<PyObject> args)
    {
        ArgParser.CheckPositional("reduce", args, 2, 3);
        var func = args[0];
        PyObject it;
        try { it = Py.GetIter(args[1]); }
        catch (PyException e) when (e.Matches(ExceptionTypes.TypeError))
        {
            e.Release();
            throw PyErr.TypeError("reduce() arg 2 must support iteration");
        }
        PyObject? result = args.Length > 2 ? Py.NewRef(args[2]) : null;
        try
        {
            var pair = new PyObject[2];
            while (Py.IterNext(it) is { } item)
            {
                if (result is null) { result = item; continue; }
                pair[0] = result;
                pair[1] = item;
                PyObject next;
                try { next = Py.Call(func, pair); }
                finally { Py.Decref(item); }
                Py.Decref(result);
                result = next;
            }
        }
        catch
        {
            if (result is not null) Py.Decref(result);
            throw;
        }
        finally { Py.Decref(it); }
        return result ?? throw PyErr.TypeError("reduce() of empty iterable with no initial value");
    }
}

/// <summary>functools.KeyWrapper: what cmp_to_key returns, and the key objects calling it makes.</summary>
public sealed class KeyWrapper : PyObject
{
    public static readonly PyType Type = new("functools.KeyWrapper", TypeFlags.None);

    PyObject? _cmp;
    PyObject? _obj;

    public KeyWrapper(PyObject cmp, PyObject? obj) : base(Type)
    {
        _cmp = Py.NewRef(cmp);
        _obj = Py.XNewRef(obj);
        GcRegistry.Track(this);
    }

    protected internal override bool IsGcContainer => true;
    protected internal override void ReleaseReferences() { Py.Clear(ref _cmp); Py.Clear(ref _obj); }
    protected internal override void Traverse(Action<PyObject> visit)
    {
        if (_cmp is not null) visit(_cmp);
        if (_obj is not null) visit(_obj);
    }

    internal static void Setup(PyType t)
    {
        t.AddAttribute("__hash__", PyNone.Instance);
        t.tp_call = (self, args, kw) =>
        {
            Span<PyObject?> a = new PyObject?[1];
            ClinicArgs.Parse("K", args, kw, new[] { "obj" }, 1, a);
            return new KeyWrapper(((KeyWrapper)self)._cmp!, a[0]);
        };
        t.tp_richcompare = (a, b, op) =>
        {
            if (b is not KeyWrapper other) throw PyErr.TypeError("other argument must be K instance");
            var x = (KeyWrapper)a;
            if (x._obj is null || other._obj is null) throw PyErr.AttributeError("object");
            var r = Py.Call(x._cmp!, x._obj, other._obj);
            try { return Py.RichCompare(r, PyInt.Zero, op); }
            finally { Py.Decref(r); }
        };
        t.AddGetSet("obj", o => Py.NewRef(((KeyWrapper)o)._obj ?? throw PyErr.AttributeError("obj")), (o, v) =>
        {
            var k = (KeyWrapper)o;
            Py.XSetRef(ref k._obj, Py.XNewRef(v));
        });
    }
}
