using System.Text;
using Ftpy.Objects;
using Ftpy.Runtime;

namespace Ftpy.Modules;

/// <summary>operator.attrgetter, itemgetter and methodcaller: callables that fetch from their argument.</summary>
public static class Getters
{
    public static readonly PyType AttrGetterType = new("operator.attrgetter", TypeFlags.None);
    public static readonly PyType ItemGetterType = new("operator.itemgetter", TypeFlags.None);
    public static readonly PyType MethodCallerType = new("operator.methodcaller", TypeFlags.None);

    static void CheckCallArgs(string name, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        ArgParser.NoKeywords(name, kw);
        ArgParser.CheckPositional(name, args, 1, 1);
    }

    // ---- attrgetter ----

    /// <summary>Each attribute is a path of interned names ("a.b" is [a, b]).</summary>
    sealed class AttrGetter : PyObject
    {
        public readonly PyStr[][] Paths;

        public AttrGetter(PyStr[][] paths) : base(AttrGetterType) { Paths = paths; }

        public PyObject Get(PyObject obj, PyStr[] path)
        {
            var cur = Py.NewRef(obj);
            foreach (var name in path)
            {
                try
                {
                    var next = Py.GetAttr(cur, name);
                    Py.Decref(cur);
                    cur = next;
                }
                catch { Py.Decref(cur); throw; }
            }
            return cur;
        }

        public string Dotted(int i) => string.Join('.', Paths[i].Select(p => p.Value));
    }

    internal static void SetupAttrGetter(PyType t)
    {
        t.Doc = "Return a callable object that fetches the given attribute(s) from its operand.\nAfter f = attrgetter('name'), the call f(r) returns r.name.\nAfter g = attrgetter('name', 'date'), the call g(r) returns (r.name, r.date).\nAfter h = attrgetter('name.first', 'name.last'), the call h(r) returns\n(r.name.first, r.name.last).";
        t.tp_new = (type, args, kw) =>
        {
            ArgParser.NoKeywords("attrgetter", kw);
            if (args.Length == 0) throw PyErr.TypeError("attrgetter expected 1 argument, got 0");
            var paths = new PyStr[args.Length][];
            for (int i = 0; i < args.Length; i++)
            {
                if (args[i] is not PyStr s) throw PyErr.TypeError("attribute name must be a string");
                paths[i] = s.Value.Split('.').Select(PyStr.Intern).ToArray();
            }
            return new AttrGetter(paths);
        };
        t.tp_call = (self, args, kw) =>
        {
            CheckCallArgs("attrgetter", args, kw);
            var g = (AttrGetter)self;
            if (g.Paths.Length == 1) return g.Get(args[0], g.Paths[0]);
            var items = new PyObject[g.Paths.Length];
            int n = 0;
            try
            {
                for (; n < items.Length; n++) items[n] = g.Get(args[0], g.Paths[n]);
            }
            catch
            {
                for (int k = 0; k < n; k++) Py.Decref(items[k]);
                throw;
            }
            return PyTuple.Steal(items);
        };
        t.tp_repr = self =>
        {
            var g = (AttrGetter)self;
            var sb = new StringBuilder(self.ob_type.Name).Append('(');
            for (int i = 0; i < g.Paths.Length; i++)
            {
                if (i > 0) sb.Append(", ");
                var dotted = PyStr.From(g.Dotted(i));
                try { sb.Append(Py.ReprString(dotted)); }
                finally { Py.Decref(dotted); }
            }
            return PyStr.From(sb.Append(')').ToString());
        };
        t.AddMethod("__reduce__", (PyObject self) =>
        {
            var g = (AttrGetter)self;
            var names = new PyObject[g.Paths.Length];
            for (int i = 0; i < names.Length; i++) names[i] = PyStr.From(g.Dotted(i));
            return PyTuple.Steal(new PyObject[] { Py.NewRef(self.ob_type), PyTuple.Steal(names) });
        }, "Return state information for pickling");
    }

    // ---- itemgetter ----

    sealed class ItemGetter : PyObject
    {
        public PyObject[]? Items;

        public ItemGetter(PyObject[] items) : base(ItemGetterType)
        {
            Items = items;
            GcRegistry.Track(this);
        }

        protected internal override bool IsGcContainer => true;

        protected internal override void ReleaseReferences()
        {
            var items = Items;
            Items = null;
            if (items is not null) foreach (var x in items) Py.Decref(x);
        }

        protected internal override void Traverse(Action<PyObject> visit)
        {
            if (Items is not null) foreach (var x in Items) visit(x);
        }
    }

    static PyObject GetOne(PyObject obj, PyObject key)
    {
        if (key is PyInt ik && !ik.IsBig && ik.Small >= 0)
        {
            if (obj is PyList list && obj.ob_type == PyList.Type && ik.Small < list.Count) return Py.NewRef(list[(int)ik.Small]);
            if (obj is PyTuple tuple && obj.ob_type == PyTuple.Type && ik.Small < tuple.Count) return Py.NewRef(tuple.Items[ik.Small]);
        }
        return Py.GetItem(obj, key);
    }

    internal static void SetupItemGetter(PyType t)
    {
        t.Doc = "Return a callable object that fetches the given item(s) from its operand.\nAfter f = itemgetter(2), the call f(r) returns r[2].\nAfter g = itemgetter(2, 5, 3), the call g(r) returns (r[2], r[5], r[3])";
        t.tp_new = (type, args, kw) =>
        {
            ArgParser.NoKeywords("itemgetter", kw);
            if (args.Length == 0) throw PyErr.TypeError("itemgetter expected 1 argument, got 0");
            var items = new PyObject[args.Length];
            for (int i = 0; i < items.Length; i++) items[i] = Py.NewRef(args[i]);
            return new ItemGetter(items);
        };
        t.tp_call = (self, args, kw) =>
        {
            CheckCallArgs("itemgetter", args, kw);
            var items = ((ItemGetter)self).Items!;
            if (items.Length == 1) return GetOne(args[0], items[0]);
            var result = new PyObject[items.Length];
            int n = 0;
            try
            {
                for (; n < items.Length; n++) result[n] = GetOne(args[0], items[n]);
            }
            catch
            {
                for (int k = 0; k < n; k++) Py.Decref(result[k]);
                throw;
            }
            return PyTuple.Steal(result);
        };
        t.tp_repr = self =>
        {
            var g = (ItemGetter)self;
            if (ReprGuard.Enter(self)) return PyStr.From($"{self.ob_type.Name}(...)");
            try
            {
                var sb = new StringBuilder(self.ob_type.Name).Append('(');
                var items = g.Items ?? Array.Empty<PyObject>();
                for (int i = 0; i < items.Length; i++)
                {
                    if (i > 0) sb.Append(", ");
                    sb.Append(Py.ReprString(items[i]));
                }
                return PyStr.From(sb.Append(')').ToString());
            }
            finally { ReprGuard.Leave(self); }
        };
        t.AddMethod("__reduce__", (PyObject self) =>
        {
            var g = (ItemGetter)self;
            return PyTuple.Steal(new PyObject[] { Py.NewRef(self.ob_type), PyTuple.Create(g.Items ?? Array.Empty<PyObject>()) });
        }, "Return state information for pickling");
    }

    // ---- methodcaller ----

    sealed class MethodCaller : PyObject
    {
        public PyStr Name;
        public PyObject[]? Args;
        public PyDict? Kwargs;

        public MethodCaller(PyStr name, PyObject[] args, PyDict kwargs) : base(MethodCallerType)
        {
            Name = Py.NewRef(name);
            Args = args;
            Kwargs = kwargs;
            GcRegistry.Track(this);
        }

        protected internal override bool IsGcContainer => true;

        protected internal override void ReleaseReferences()
        {
            var args = Args;
            Args = null;
            if (args is not null) foreach (var x in args) Py.Decref(x);
            Py.Clear(ref Kwargs);
        }

        protected internal override void Traverse(Action<PyObject> visit)
        {
            if (Args is not null) foreach (var x in Args) visit(x);
            if (Kwargs is not null) visit(Kwargs);
        }
    }

    internal static void SetupMethodCaller(PyType t)
    {
        t.Doc = "Return a callable object that calls the given method on its operand.\nAfter f = methodcaller('name'), the call f(r) returns r.name().\nAfter g = methodcaller('name', 'date', foo=1), the call g(r) returns\nr.name('date', foo=1).";
        t.tp_new = (type, args, kw) =>
        {
            int nkw = kw?.Count ?? 0;
            int npos = args.Length - nkw;
            if (npos < 1) throw PyErr.TypeError("methodcaller needs at least one argument, the method name");
            if (args[0] is not PyStr name) throw PyErr.TypeError("method name must be a string");
            var pos = new PyObject[npos - 1];
            for (int i = 1; i < npos; i++) pos[i - 1] = Py.NewRef(args[i]);
            var kwargs = new PyDict();
            for (int i = 0; i < nkw; i++) kwargs.SetItem(kw!.Items[i], args[npos + i]);
            return new MethodCaller(PyStr.Intern(name), pos, kwargs);
        };
        t.tp_call = (self, args, kw) =>
        {
            CheckCallArgs("methodcaller", args, kw);
            var mc = (MethodCaller)self;
            var method = Py.GetAttr(args[0], mc.Name);
            try
            {
                var margs = mc.Args!;
                var kwargs = mc.Kwargs!;
                if (kwargs.Count == 0) return Py.Call(method, margs);
                var all = new PyObject[margs.Length + kwargs.Count];
                margs.CopyTo(all, 0);
                var names = new PyObject[kwargs.Count];
                int k = 0;
                foreach (var kv in kwargs.Items())
                {
                    names[k] = kv.Key;
                    all[margs.Length + k] = kv.Value;
                    k++;
                }
                var kwnames = PyTuple.Create(names);
                try { return Py.Call(method, all, kwnames); }
                finally { Py.Decref(kwnames); }
            }
            finally { Py.Decref(method); }
        };
        t.tp_repr = self =>
        {
            var mc = (MethodCaller)self;
            if (ReprGuard.Enter(self)) return PyStr.From($"{self.ob_type.Name}(...)");
            try
            {
                var sb = new StringBuilder(self.ob_type.Name).Append('(').Append(Py.ReprString(mc.Name));
                foreach (var a in mc.Args ?? Array.Empty<PyObject>()) sb.Append(", ").Append(Py.ReprString(a));
                if (mc.Kwargs is not null)
                    foreach (var kv in mc.Kwargs.Items()) sb.Append(", ").Append(((PyStr)kv.Key).Value).Append('=').Append(Py.ReprString(kv.Value));
                return PyStr.From(sb.Append(')').ToString());
            }
            finally { ReprGuard.Leave(self); }
        };
        t.AddMethod("__reduce__", (PyObject self) =>
        {
            var mc = (MethodCaller)self;
            var margs = mc.Args ?? Array.Empty<PyObject>();
            if (mc.Kwargs is null || mc.Kwargs.Count == 0)
            {
                var args = new PyObject[margs.Length + 1];
                args[0] = Py.NewRef(mc.Name);
                for (int i = 0; i < margs.Length; i++) args[i + 1] = Py.NewRef(margs[i]);
                return PyTuple.Steal(new PyObject[] { Py.NewRef(self.ob_type), PyTuple.Steal(args) });
            }
            // With keywords: (functools.partial(methodcaller, name, **kwargs), args).
            var functools = Import.ImportAbsolute(ThreadState.Current.Interp!, "functools");
            PyObject partialType;
            try { partialType = Py.GetAttr(functools, "partial"); }
            finally { Py.Decref(functools); }
            try
            {
                var pargs = new PyObject[2 + mc.Kwargs.Count];
                pargs[0] = self.ob_type;
                pargs[1] = mc.Name;
                var names = new PyObject[mc.Kwargs.Count];
                int k = 0;
                foreach (var kv in mc.Kwargs.Items()) { names[k] = kv.Key; pargs[2 + k] = kv.Value; k++; }
                var kwnames = PyTuple.Create(names);
                PyObject partial;
                try { partial = Py.Call(partialType, pargs, kwnames); }
                finally { Py.Decref(kwnames); }
                return PyTuple.Steal(new PyObject[] { partial, PyTuple.Create(margs) });
            }
            finally { Py.Decref(partialType); }
        }, "Return state information for pickling");
    }
}
