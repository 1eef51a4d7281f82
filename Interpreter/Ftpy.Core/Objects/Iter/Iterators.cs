using Ftpy.Runtime;

namespace Ftpy.Objects;

/// <summary>Base of the builtin iterators: iter(it) is it; each owns a reference to what it walks.</summary>
public abstract class PyIteratorBase : PyObject
{
    protected PyIteratorBase(PyType type) : base(type) { GcRegistry.Track(this); }

    protected internal override bool IsGcContainer => true;

    /// <summary>The next item (new reference) or null when exhausted; exhaustion is permanent.</summary>
    public abstract PyObject? Next();

    /// <summary>__length_hint__ for the types that have one (<see cref="AddLengthHint"/>).</summary>
    public virtual long LengthHint => 0;

    /// <summary>__reduce__ for the types that have one (<see cref="AddReduce"/>).</summary>
    protected virtual PyObject Reduce() => throw PyErr.TypeError($"cannot pickle '{ob_type.ShortName}' object");

    /// <summary>__setstate__ for the types that have one (<see cref="AddSetState"/>).</summary>
    protected virtual void SetState(PyObject state) { }

    internal static void SetupIterator(PyType t)
    {
        t.tp_iter = o => Py.NewRef(o);
        t.tp_iternext = o => ((PyIteratorBase)o).Next();
    }

    internal static void AddLengthHint(PyType t) =>
        t.AddMethod("__length_hint__", (PyObject self) => PyInt.From(((PyIteratorBase)self).LengthHint),
            "Private method returning an estimate of len(list(it)).");

    internal static void AddReduce(PyType t) =>
        t.AddMethod("__reduce__", (PyObject self) => ((PyIteratorBase)self).Reduce(), "Return state information for pickling.");

    internal static void AddSetState(PyType t) =>
        t.AddMethod("__setstate__", (PyObject self, PyObject state) =>
        {
            ((PyIteratorBase)self).SetState(state);
            return PyNone.Instance;
        }, "Set state information for unpickling.");

    /// <summary>The iterator type with __length_hint__, __reduce__ and __setstate__ (list, tuple, range, str iterators).</summary>
    internal static void SetupSequenceIterator(PyType t)
    {
        SetupIterator(t);
        AddLengthHint(t);
        AddReduce(t);
        AddSetState(t);
    }

    /// <summary>The iterator type with __length_hint__ and __reduce__ (set and dict iterators).</summary>
    internal static void SetupHashIterator(PyType t)
    {
        SetupIterator(t);
        AddLengthHint(t);
        AddReduce(t);
    }

    /// <summary>The builtin function <c>name</c> (_PyEval_GetBuiltin), a new reference.</summary>
    internal static PyObject Builtin(string name)
    {
        var v = ThreadState.Current.Interp!.BuiltinsDict.GetItemBorrowed(PyStr.Intern(name));
        return v is null ? throw PyErr.AttributeError(name) : Py.NewRef(v);
    }

    /// <summary>(callable, (arg,)) as a new tuple; the references passed in are taken over.</summary>
    internal static PyTuple ReduceValue(PyObject callable, PyObject arg) =>
        PyTuple.Steal(new PyObject[] { callable, PyTuple.Steal(new[] { arg }) });

    /// <summary>(callable, (arg,), state) as a new tuple; the references passed in are taken over.</summary>
    internal static PyTuple ReduceValue(PyObject callable, PyObject arg, PyObject state) =>
        PyTuple.Steal(new PyObject[] { callable, PyTuple.Steal(new[] { arg }), state });

    /// <summary>(iter, (remaining items as a list,)): the __reduce__ of iterators that cannot be restarted by index.</summary>
    internal PyObject ReduceByDraining(Func<PyIteratorBase> copyState)
    {
        var copy = copyState();
        var list = new PyList();
        try
        {
            while (copy.Next() is { } x) list.AppendSteal(x);
        }
        catch { Py.Decref(list); throw; }
        finally { Py.Decref(copy); }
        return ReduceValue(Builtin("iter"), list);
    }
}

/// <summary>The __getitem__ fallback iterator (iterator over a sequence by index until IndexError).</summary>
public sealed class PySeqIter : PyIteratorBase
{
    public static readonly PyType Type = new("iterator", TypeFlags.None);
    PyObject? _seq;
    long _index;

    public PySeqIter(PyObject seq) : base(Type) { _seq = Py.NewRef(seq); }

    public override PyObject? Next()
    {
        var seq = _seq;
        if (seq is null) return null;
        try
        {
            var item = seq.ob_type.sq_item is { } f ? f(seq, _index) : GetByIndex(seq, _index);
            _index++;
            return item;
        }
        catch (PyException e) when (e.Matches(ExceptionTypes.IndexError) || e.Matches(ExceptionTypes.StopIteration))
        {
            e.Release();
            Py.Clear(ref _seq);
            return null;
        }
    }

    static PyObject GetByIndex(PyObject seq, long index)
    {
        var i = PyInt.From(index);
        try { return Py.GetItem(seq, i); }
        finally { Py.Decref(i); }
    }

    public override long LengthHint
    {
        get
        {
            var seq = _seq;
            if (seq is null) return 0;
            if ((seq.ob_type.sq_length ?? seq.ob_type.mp_length) is null) return -1;
            long len = Py.Length(seq) - _index;
            return len >= 0 ? len : 0;
        }
    }

    internal static void Setup(PyType t)
    {
        SetupIterator(t);
        t.AddMethod("__length_hint__", (PyObject self) =>
        {
            long h = ((PySeqIter)self).LengthHint;
            return h < 0 ? PyNotImplemented.Instance : PyInt.From(h);
        }, "Private method returning an estimate of len(list(it)).");
        AddReduce(t);
        AddSetState(t);
    }

    protected override PyObject Reduce() => _seq is { } seq
        ? ReduceValue(Builtin("iter"), Py.NewRef(seq), PyInt.From(_index))
        : ReduceValue(Builtin("iter"), PyTuple.Empty);

    protected override void SetState(PyObject state)
    {
        long index = Py.AsSsizeT(state);
        if (_seq is not null) _index = index < 0 ? 0 : index;
    }

    protected internal override void ReleaseReferences() => Py.Clear(ref _seq);
    protected internal override void Traverse(Action<PyObject> visit) { if (_seq is not null) visit(_seq); }
}

/// <summary>list_iterator. The index is -1 once exhausted (the list is then released).</summary>
public sealed class PyListIterator : PyIteratorBase
{
    public static readonly PyType Type = new("list_iterator", TypeFlags.None);
    PyList? _list;
    int _index;

    public PyListIterator(PyList list) : base(Type) { _list = Py.NewRef(list); }

    public override PyObject? Next()
    {
        var l = _list;
        if (l is null) return null;
        int index = _index;
        var items = l._items;
        if ((uint)index < (uint)l._size && (uint)index < (uint)items.Length && items[index] is { } item)
        {
            _index = index + 1;
            return Py.NewRef(item);
        }
        _index = -1;
        _list = null;
        Py.Decref(l);
        return null;
    }

    public override long LengthHint => _list is null ? 0 : Math.Max(0, _list._size - _index);

    protected override PyObject Reduce() => _list is { } l
        ? ReduceValue(Builtin("iter"), Py.NewRef(l), PyInt.From(_index))
        : ReduceValue(Builtin("iter"), new PyList());

    protected override void SetState(PyObject state)
    {
        long index = Py.AsSsizeT(state);
        if (_list is null) return;
        if (index < -1) index = -1;
        else if (index > _list._size) index = _list._size;
        _index = (int)index;
    }

    protected internal override void ReleaseReferences() => Py.Clear(ref _list);
    protected internal override void Traverse(Action<PyObject> visit) { if (_list is not null) visit(_list); }
}

public sealed class PyListReverseIterator : PyIteratorBase
{
    public static readonly PyType Type = new("list_reverseiterator", TypeFlags.None);
    PyList? _list;
    int _index;

    public PyListReverseIterator(PyList list) : base(Type) { _list = Py.NewRef(list); _index = list._size - 1; }

    public override PyObject? Next()
    {
        var l = _list;
        if (l is null) return null;
        int index = _index;
        var items = l._items;
        if (index >= 0 && index < l._size && index < items.Length && items[index] is { } item)
        {
            _index = index - 1;
            return Py.NewRef(item);
        }
        _index = -1;
        _list = null;
        Py.Decref(l);
        return null;
    }

    public override long LengthHint => _list is null || _list._size < _index + 1 ? 0 : _index + 1;

    protected override PyObject Reduce() => _list is { } l && _index >= 0
        ? ReduceValue(Builtin("reversed"), Py.NewRef(l), PyInt.From(_index))
        : ReduceValue(Builtin("reversed"), new PyList());

    protected override void SetState(PyObject state)
    {
        long index = Py.AsSsizeT(state);
        if (_list is null) return;
        if (index < -1) index = -1;
        else if (index > _list._size - 1) index = _list._size - 1;
        _index = (int)index;
    }

    protected internal override void ReleaseReferences() => Py.Clear(ref _list);
    protected internal override void Traverse(Action<PyObject> visit) { if (_list is not null) visit(_list); }
}

public sealed class PyTupleIterator : PyIteratorBase
{
    public static readonly PyType Type = new("tuple_iterator", TypeFlags.None);
    PyTuple? _tuple;
    int _index;

    public PyTupleIterator(PyTuple t) : base(Type) { _tuple = Py.NewRef(t); }

    public override PyObject? Next()
    {
        var t = _tuple;
        if (t is null) return null;
        if (_index < t.Items.Length) return Py.NewRef(t.Items[_index++]);
        _tuple = null;
        Py.Decref(t);
        return null;
    }

    public override long LengthHint => _tuple is null ? 0 : _tuple.Items.Length - _index;

    protected override PyObject Reduce() => _tuple is { } t
        ? ReduceValue(Builtin("iter"), Py.NewRef(t), PyInt.From(_index))
        : ReduceValue(Builtin("iter"), PyTuple.Empty);

    protected override void SetState(PyObject state)
    {
        long index = Py.AsSsizeT(state);
        if (_tuple is null) return;
        if (index < 0) index = 0;
        else if (index > _tuple.Count) index = _tuple.Count;
        _index = (int)index;
    }

    protected internal override void ReleaseReferences() => Py.Clear(ref _tuple);
    protected internal override void Traverse(Action<PyObject> visit) { if (_tuple is not null) visit(_tuple); }
}

/// <summary>str_ascii_iterator / str_iterator: yields code points (a surrogate pair is one).</summary>
public sealed class PyStrIterator : PyIteratorBase
{
    public static readonly PyType Type = new("str_ascii_iterator", TypeFlags.None);
    public static readonly PyType UnicodeType = new("str_iterator", TypeFlags.None);
    PyStr? _str;
    int _offset;
    int _index;

    public PyStrIterator(PyStr s) : base(IsAscii(s.Value) ? Type : UnicodeType) { _str = Py.NewRef(s); }

    static bool IsAscii(string s)
    {
        foreach (char c in s) if (c > 127) return false;
        return true;
    }

    public override PyObject? Next()
    {
        var s = _str;
        if (s is null) return null;
        var v = s.Chars;
        if (_offset < v.Length)
        {
            char c = v[_offset];
            _index++;
            if (char.IsHighSurrogate(c) && _offset + 1 < v.Length && char.IsLowSurrogate(v[_offset + 1]))
            {
                var r = PyStr.From(v.Slice(_offset, 2));
                _offset += 2;
                return r;
            }
            _offset++;
            return PyStr.FromChar(c);
        }
        _str = null;
        Py.Decref(s);
        return null;
    }

    public override long LengthHint => _str is null ? 0 : Math.Max(0, _str.Length - _index);

    protected override PyObject Reduce() => _str is { } s
        ? ReduceValue(Builtin("iter"), Py.NewRef(s), PyInt.From(_index))
        : ReduceValue(Builtin("iter"), PyStr.Empty);

    protected override void SetState(PyObject state)
    {
        long index = Py.AsSsizeT(state);
        var s = _str;
        if (s is null) return;
        if (index < 0) index = 0;
        if (index > s.Length) index = s.Length;
        var v = s.Value;
        int offset = 0;
        for (long i = 0; i < index; i++)
            offset += char.IsHighSurrogate(v[offset]) && offset + 1 < v.Length && char.IsLowSurrogate(v[offset + 1]) ? 2 : 1;
        _offset = offset;
        _index = (int)index;
    }

    protected internal override void ReleaseReferences() => Py.Clear(ref _str);
    protected internal override void Traverse(Action<PyObject> visit) { if (_str is not null) visit(_str); }
}

public sealed class PySetIterator : PyIteratorBase
{
    public static readonly PyType Type = new("set_iterator", TypeFlags.None);
    PySet? _set;
    int _pos;
    int _used;
    long _remaining;

    public PySetIterator(PySet s) : base(Type) { _set = Py.NewRef(s); _used = s.Count; _remaining = s.Count; }

    PySetIterator(PySetIterator other) : base(Type)
    {
        _set = other._set is null ? null : Py.NewRef(other._set);
        _pos = other._pos;
        _used = other._used;
        _remaining = other._remaining;
    }

    public override PyObject? Next()
    {
        var s = _set;
        if (s is null) return null;
        if (s.Count != _used)
        {
            _used = -1;
            throw PyErr.RuntimeError("Set changed size during iteration");
        }
        if (s.Table.Next(ref _pos, out var key, out _))
        {
            _remaining--;
            return Py.NewRef(key);
        }
        _set = null;
        Py.Decref(s);
        return null;
    }

    public override long LengthHint => _set is not null && _used == _set.Count ? _remaining : 0;
    protected override PyObject Reduce() => ReduceByDraining(() => new PySetIterator(this));
    protected internal override void ReleaseReferences() => Py.Clear(ref _set);
    protected internal override void Traverse(Action<PyObject> visit) { if (_set is not null) visit(_set); }
}

public enum DictIterKind { Keys, Values, Items }

/// <summary>The dict iterators (dictiterobject): forward ones check that the dict kept its size
/// and that no more keys turn up than it had; the error state is sticky.</summary>
public sealed class PyDictIterator : PyIteratorBase
{
    public static readonly PyType KeyType = new("dict_keyiterator", TypeFlags.None);
    public static readonly PyType ValueType = new("dict_valueiterator", TypeFlags.None);
    public static readonly PyType ItemType = new("dict_itemiterator", TypeFlags.None);
    public static readonly PyType ReverseKeyType = new("dict_reversekeyiterator", TypeFlags.None);
    public static readonly PyType ReverseValueType = new("dict_reversevalueiterator", TypeFlags.None);
    public static readonly PyType ReverseItemType = new("dict_reverseitemiterator", TypeFlags.None);

    PyDict? _dict;
    readonly DictIterKind _kind;
    readonly bool _reverse;
    int _pos;
    int _used;
    long _remaining;

    public PyDictIterator(PyDict d, DictIterKind kind, bool reverse) : base(TypeFor(kind, reverse))
    {
        _dict = Py.NewRef(d);
        _kind = kind;
        _reverse = reverse;
        _used = d.Count;
        _remaining = d.Count;
        _pos = reverse ? d._keys.NEntries - 1 : 0;
    }

    PyDictIterator(PyDictIterator other) : base(other.ob_type)
    {
        _dict = other._dict is null ? null : Py.NewRef(other._dict);
        _kind = other._kind;
        _reverse = other._reverse;
        _pos = other._pos;
        _used = other._used;
        _remaining = other._remaining;
    }

    static PyType TypeFor(DictIterKind k, bool reverse) => (k, reverse) switch
    {
        (DictIterKind.Keys, false) => KeyType,
        (DictIterKind.Values, false) => ValueType,
        (DictIterKind.Items, false) => ItemType,
        (DictIterKind.Keys, true) => ReverseKeyType,
        (DictIterKind.Values, true) => ReverseValueType,
        _ => ReverseItemType,
    };

    public override PyObject? Next()
    {
        var d = _dict;
        if (d is null) return null;
        if (d.Count != _used)
        {
            _used = -1;
            throw PyErr.RuntimeError("dictionary changed size during iteration");
        }
        var keys = d._keys;
        var entries = keys.Entries;
        int n = Math.Min(keys.NEntries, entries.Length);
        int i = _pos;
        if (_reverse)
        {
            while (i >= 0 && (i >= n || entries[i].Key is null)) i--;
            if (i < 0) return Finish();
            _pos = i - 1;
        }
        else
        {
            while (i < n && entries[i].Key is null) i++;
            if (i >= n) return Finish();
            if (_remaining <= 0)
            {
                Finish();
                throw PyErr.RuntimeError("dictionary keys changed during iteration");
            }
            _pos = i + 1;
        }
        _remaining--;
        ref var e = ref entries[i];
        return _kind switch
        {
            DictIterKind.Keys => Py.NewRef(e.Key!),
            DictIterKind.Values => Py.NewRef(e.Value!),
            _ => PyTuple.Steal(new PyObject[] { Py.NewRef(e.Key!), Py.NewRef(e.Value!) }),
        };
    }

    PyObject? Finish()
    {
        var d = _dict;
        _dict = null;
        if (d is not null) Py.Decref(d);
        return null;
    }

    public override long LengthHint => _dict is not null && _used == _dict.Count ? _remaining : 0;
    protected override PyObject Reduce() => ReduceByDraining(() => new PyDictIterator(this));
    protected internal override void ReleaseReferences() => Py.Clear(ref _dict);
    protected internal override void Traverse(Action<PyObject> visit) { if (_dict is not null) visit(_dict); }
}

/// <summary>iter(callable, sentinel): calls until the result equals the sentinel (sentinel == result, as CPython compares).</summary>
public sealed class PyCallIterator : PyIteratorBase
{
    public static readonly PyType Type = new("callable_iterator", TypeFlags.None);
    PyObject? _callable;
    PyObject? _sentinel;

    public PyCallIterator(PyObject callable, PyObject sentinel) : base(Type)
    {
        _callable = Py.NewRef(callable);
        _sentinel = Py.NewRef(sentinel);
    }

    public override PyObject? Next()
    {
        var callable = _callable;
        if (callable is null) return null;
        PyObject r;
        try
        {
            r = Py.CallNoArgs(callable);
        }
        catch (PyException e) when (e.Matches(ExceptionTypes.StopIteration))
        {
            e.Release();
            Py.Clear(ref _callable);
            Py.Clear(ref _sentinel);
            return null;
        }
        var sentinel = _sentinel;
        if (sentinel is null) return r;
        bool done;
        try { done = Py.RichCompareBool(sentinel, r, CompareOp.Eq); }
        catch { Py.Decref(r); throw; }
        if (!done) return r;
        Py.Decref(r);
        Py.Clear(ref _callable);
        Py.Clear(ref _sentinel);
        return null;
    }

    internal static void Setup(PyType t)
    {
        SetupIterator(t);
        AddReduce(t);
    }

    protected override PyObject Reduce()
    {
        if (_callable is null || _sentinel is null) return ReduceValue(Builtin("iter"), PyTuple.Empty);
        return PyTuple.Steal(new PyObject[] { Builtin("iter"), PyTuple.Create(_callable, _sentinel) });
    }

    protected internal override void ReleaseReferences() { Py.Clear(ref _callable); Py.Clear(ref _sentinel); }
    protected internal override void Traverse(Action<PyObject> visit)
    {
        if (_callable is not null) visit(_callable);
        if (_sentinel is not null) visit(_sentinel);
    }
}

/// <summary>The builtin iterator types and their setup, for <see cref="TypeSystem"/>.</summary>
public static class IteratorTypes
{
    public static IEnumerable<(PyType Type, Action<PyType> Setup)> All
    {
        get
        {
            yield return (PySeqIter.Type, PySeqIter.Setup);
            foreach (var t in new[]
            {
                PyListIterator.Type, PyListReverseIterator.Type, PyTupleIterator.Type, PyStrIterator.Type, PyStrIterator.UnicodeType,
            })
                yield return (t, PyIteratorBase.SetupSequenceIterator);
            yield return (PyRangeIterator.Type, PyRangeIterator.Setup);
            yield return (PyRangeIterator.LongType, PyRangeIterator.Setup);
            foreach (var t in new[]
            {
                PySetIterator.Type, PyDictIterator.KeyType, PyDictIterator.ValueType, PyDictIterator.ItemType,
                PyDictIterator.ReverseKeyType, PyDictIterator.ReverseValueType, PyDictIterator.ReverseItemType,
            })
                yield return (t, PyIteratorBase.SetupHashIterator);
            yield return (PyCallIterator.Type, PyCallIterator.Setup);
            yield return (PyBytesIterator.Type, PyIteratorBase.SetupIterator);
            foreach (var x in BuiltinIterators.Types) yield return x;
            yield return (PyDictView.KeysType, PyDictView.Setup);
            yield return (PyDictView.ValuesType, PyDictView.Setup);
            yield return (PyDictView.ItemsType, PyDictView.Setup);
        }
    }
}
