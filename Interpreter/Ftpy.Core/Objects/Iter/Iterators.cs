using Ftpy.Runtime;

namespace Ftpy.Objects;

/// <summary>Base of the builtin iterators: iter(it) is it; each owns a reference to what it walks.</summary>
public abstract class PyIteratorBase : PyObject
{
    protected PyIteratorBase(PyType type) : base(type) { GcRegistry.Track(this); }

    protected internal override bool IsGcContainer => true;

    /// <summary>The next item (new reference) or null when exhausted; exhaustion is permanent.</summary>
    public abstract PyObject? Next();

    /// <summary>__length_hint__, or -1 when unknown.</summary>
    public virtual long LengthHint => -1;

    internal static void SetupIterator(PyType t)
    {
        t.tp_iter = o => Py.NewRef(o);
        t.tp_iternext = o => ((PyIteratorBase)o).Next();
        t.AddMethod("__length_hint__", (PyObject self) =>
        {
            long h = ((PyIteratorBase)self).LengthHint;
            return h < 0 ? PyNotImplemented.Instance : PyInt.From(h);
        });
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
        if (_seq is null) return null;
        try
        {
            return _seq.ob_type.sq_item!(_seq, _index++);
        }
        catch (PyException e) when (e.Matches(ExceptionTypes.IndexError) || e.Matches(ExceptionTypes.StopIteration))
        {
            e.Release();
            Py.Clear(ref _seq);
            return null;
        }
    }

    protected internal override void ReleaseReferences() => Py.Clear(ref _seq);
    protected internal override void Traverse(Action<PyObject> visit) { if (_seq is not null) visit(_seq); }
}

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
        if (_index < l._size) return Py.NewRef(l._items[_index++]!);
        _list = null;
        Py.Decref(l);
        return null;
    }

    public override long LengthHint => _list is null ? 0 : Math.Max(0, _list._size - _index);
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
        if (_index >= 0 && _index < l._size) return Py.NewRef(l._items[_index--]!);
        _list = null;
        Py.Decref(l);
        return null;
    }

    public override long LengthHint => _list is null ? 0 : Math.Min(_index + 1, _list._size);
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
    protected internal override void ReleaseReferences() => Py.Clear(ref _tuple);
    protected internal override void Traverse(Action<PyObject> visit) { if (_tuple is not null) visit(_tuple); }
}

public sealed class PyStrIterator : PyIteratorBase
{
    public static readonly PyType Type = new("str_ascii_iterator", TypeFlags.None);
    PyStr? _str;
    int _offset;

    public PyStrIterator(PyStr s) : base(Type) { _str = Py.NewRef(s); }

    public override PyObject? Next()
    {
        var s = _str;
        if (s is null) return null;
        var v = s.Value;
        if (_offset < v.Length)
        {
            char c = v[_offset];
            if (char.IsHighSurrogate(c) && _offset + 1 < v.Length && char.IsLowSurrogate(v[_offset + 1]))
            {
                var r = PyStr.From(v.Substring(_offset, 2));
                _offset += 2;
                return r;
            }
            _offset++;
            return PyStr.FromCodePoint(c);
        }
        _str = null;
        Py.Decref(s);
        return null;
    }

    protected internal override void ReleaseReferences() => Py.Clear(ref _str);
    protected internal override void Traverse(Action<PyObject> visit) { if (_str is not null) visit(_str); }
}

public sealed class PySetIterator : PyIteratorBase
{
    public static readonly PyType Type = new("set_iterator", TypeFlags.None);
    PySet? _set;
    int _pos;
    readonly int _used;
    long _remaining;

    public PySetIterator(PySet s) : base(Type) { _set = Py.NewRef(s); _used = s.Count; _remaining = s.Count; }

    public override PyObject? Next()
    {
        var s = _set;
        if (s is null) return null;
        if (s.Count != _used)
        {
            _remaining = -1;
            throw PyErr.RuntimeError("Set changed size during iteration");
        }
        var table = s.Table.Table;
        while (_pos < table.Length)
        {
            var e = table[_pos++];
            if (e.Key is not null && !e.IsDummy)
            {
                _remaining--;
                return Py.NewRef(e.Key);
            }
        }
        _set = null;
        Py.Decref(s);
        return null;
    }

    public override long LengthHint => _set is null ? 0 : _remaining;
    protected internal override void ReleaseReferences() => Py.Clear(ref _set);
    protected internal override void Traverse(Action<PyObject> visit) { if (_set is not null) visit(_set); }
}

public enum DictIterKind { Keys, Values, Items }

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
    readonly int _used;
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
            _remaining = -1;
            throw PyErr.RuntimeError("dictionary changed size during iteration");
        }
        var keys = d._keys;
        while (_reverse ? _pos >= 0 : _pos < keys.NEntries)
        {
            if (_pos >= keys.NEntries) { _pos--; continue; }
            ref var e = ref keys.Entries[_pos];
            _pos += _reverse ? -1 : 1;
            if (e.Key is null) continue;
            if (_remaining <= 0) throw PyErr.RuntimeError("dictionary keys changed during iteration");
            _remaining--;
            return _kind switch
            {
                DictIterKind.Keys => Py.NewRef(e.Key),
                DictIterKind.Values => Py.NewRef(e.Value!),
                _ => PyTuple.Steal(new PyObject[] { Py.NewRef(e.Key), Py.NewRef(e.Value!) }),
            };
        }
        _dict = null;
        Py.Decref(d);
        return null;
    }

    public override long LengthHint => _dict is null ? 0 : Math.Max(0, _remaining);
    protected internal override void ReleaseReferences() => Py.Clear(ref _dict);
    protected internal override void Traverse(Action<PyObject> visit) { if (_dict is not null) visit(_dict); }
}

/// <summary>iter(callable, sentinel).</summary>
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
        if (_callable is null) return null;
        PyObject r;
        try
        {
            r = Py.CallNoArgs(_callable);
        }
        catch (PyException e) when (e.Matches(ExceptionTypes.StopIteration))
        {
            e.Release();
            Py.Clear(ref _callable);
            Py.Clear(ref _sentinel);
            return null;
        }
        if (Py.RichCompareBool(r, _sentinel!, CompareOp.Eq))
        {
            Py.Decref(r);
            Py.Clear(ref _callable);
            Py.Clear(ref _sentinel);
            return null;
        }
        return r;
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
            foreach (var t in new[]
            {
                PySeqIter.Type, PyListIterator.Type, PyListReverseIterator.Type, PyTupleIterator.Type, PyStrIterator.Type,
                PySetIterator.Type, PyDictIterator.KeyType, PyDictIterator.ValueType, PyDictIterator.ItemType,
                PyDictIterator.ReverseKeyType, PyDictIterator.ReverseValueType, PyDictIterator.ReverseItemType,
                PyCallIterator.Type, PyRangeIterator.Type, PyBytesIterator.Type,
            })
                yield return (t, PyIteratorBase.SetupIterator);
            foreach (var x in BuiltinIterators.Types) yield return x;
            yield return (PyDictView.KeysType, PyDictView.Setup);
            yield return (PyDictView.ValuesType, PyDictView.Setup);
            yield return (PyDictView.ItemsType, PyDictView.Setup);
        }
    }
}
