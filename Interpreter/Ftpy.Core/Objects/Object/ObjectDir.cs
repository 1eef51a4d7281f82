namespace Ftpy.Objects;

/// <summary>object.__dir__ and type.__dir__: instance dict keys plus everything on the class and its bases.</summary>
static class ObjectDir
{
    public static PyObject Dir(PyObject self)
    {
        var names = new PyDict();
        try
        {
            if (self.GetInstanceDict(false) is { } d) names.Update(d);
            var cls = Py.LookupAttr(self, "__class__");
            try { MergeClass(names, cls as PyType ?? self.ob_type); }
            finally { Py.XDecref(cls); }
            var list = new PyList(names.Count);
            foreach (var kv in names.Items()) list.Append(kv.Key);
            return list;
        }
        finally { Py.Decref(names); }
    }

    public static PyObject TypeDir(PyType t)
    {
        var names = new PyDict();
        try
        {
            MergeClass(names, t);
            var list = new PyList(names.Count);
            foreach (var kv in names.Items()) list.Append(kv.Key);
            return list;
        }
        finally { Py.Decref(names); }
    }

    static void MergeClass(PyDict names, PyType t)
    {
        foreach (var b in t.MroArray.Reverse())
            foreach (var kv in b.Dict.Items()) names.SetItem(kv.Key, PyNone.Instance);
    }
}

/// <summary>The default object.__reduce_ex__ / __getstate__ (copyreg's protocol 2 form), enough for copy and pickle of plain classes.</summary>
static class CopyReg
{
    public static PyObject GetState(PyObject self)
    {
        var d = self.GetInstanceDict(false);
        var slots = self.ob_type.SlotNames;
        if (slots.Length == 0)
            return d is null || d.Count == 0 ? PyNone.Instance : Py.NewRef(d);
        var slotDict = new PyDict();
        var values = self.SlotValues;
        for (int i = 0; i < slots.Length; i++)
            if (values?[i] is { } v) slotDict.SetItem(slots[i], v);
        var first = d is null || d.Count == 0 ? (PyObject)PyNone.Instance : Py.NewRef(d);
        return PyTuple.Steal(new[] { first, (PyObject)slotDict });
    }

    public static PyObject ReduceEx(PyObject self, int protocol)
    {
        var type = self.ob_type;
        var reduce = type.Lookup("__reduce__");
        if (reduce is not null && !(reduce is PyMethodDescr md && ReferenceEquals(md.Owner, PyBaseObject.Type)))
            return Py.CallBoundDescriptor(reduce, self, default);
        if (!type.IsHeapType && type != PyBaseObject.Type)
            throw Runtime.PyErr.TypeError($"cannot pickle '{type.ShortName}' object");
        var copyreg = Runtime.Import.ImportAbsolute(Runtime.ThreadState.Current.Interp!, "copyreg");
        try
        {
            var newobj = Py.GetAttr(copyreg, "__newobj__");
            var getnewargs = Py.LookupAttr(self, "__getnewargs__");
            PyObject args;
            if (getnewargs is not null)
            {
                var na = Py.CallNoArgs(getnewargs);
                Py.Decref(getnewargs);
                var list = new List<PyObject> { type };
                list.AddRange(((PyTuple)na).Items);
                args = PyTuple.Create(list.ToArray());
                Py.Decref(na);
            }
            else args = PyTuple.Create(type);
            var getstate = Py.CallMethod(self, "__getstate__");
            PyObject listitems = self is PyList ? Py.GetIter(self) : PyNone.Instance;
            PyObject dictitems = PyNone.Instance;
            if (self is PyDict)
            {
                var items = Py.CallMethod(self, "items");
                try { dictitems = Py.CallMethod(items, "__iter__"); }
                finally { Py.Decref(items); }
            }
            return PyTuple.Steal(new[] { newobj, args, getstate, listitems, dictitems });
        }
        finally { Py.Decref(copyreg); }
    }
}
