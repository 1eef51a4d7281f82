using Ftpy.Objects;
using Ftpy.Runtime;

namespace Ftpy.Modules;

/// <summary>
/// collections.deque: a ring buffer of owned references with an optional maximum length.
/// Invariants: items live at <c>_buf[(_head + i) % _buf.Length]</c> for i in [0, Count) and
/// every other slot is null; <see cref="State"/> changes on every structural mutation, which
/// is how iterators and element comparisons detect "deque mutated during iteration".
/// </summary>
public sealed class PyDeque : PyObject
{
    public static readonly PyType Type = new("collections.deque");

    PyObject?[] _buf = new PyObject?[8];
    int _head;
    int _count;
    /// <summary>-1 when unbounded.</summary>
    internal long MaxLen = -1;
    internal long State;

    public PyDeque(PyType type) : base(type) { GcRegistry.Track(this); }

    protected internal override bool IsGcContainer => true;

    public int Count => _count;

    /// <summary>The item at logical index i (borrowed).</summary>
    public PyObject this[int i] => _buf[Slot(i)]!;

    int Slot(int i)
    {
        int s = _head + i;
        return s >= _buf.Length ? s - _buf.Length : s;
    }

    void Grow()
    {
        var nb = new PyObject?[_buf.Length * 2];
        int first = System.Math.Min(_count, _buf.Length - _head);
        Array.Copy(_buf, _head, nb, 0, first);
        Array.Copy(_buf, 0, nb, first, _count - first);
        _buf = nb;
        _head = 0;
    }

    /// <summary>Appends on the right, taking over the caller's reference; with a full bounded
    /// deque the leftmost item is dropped first.</summary>
    public void AppendSteal(PyObject item)
    {
        if (MaxLen == 0) { Py.Decref(item); State++; return; }
        State++;
        PyObject? dropped = null;
        if (_count == MaxLen) dropped = RemoveLeftRaw();
        if (_count == _buf.Length) Grow();
        _buf[Slot(_count)] = item;
        _count++;
        if (dropped is not null) Py.Decref(dropped);
    }

    public void AppendLeftSteal(PyObject item)
    {
        if (MaxLen == 0) { Py.Decref(item); State++; return; }
        State++;
        PyObject? dropped = null;
        if (_count == MaxLen) dropped = RemoveRightRaw();
        if (_count == _buf.Length) Grow();
        _head = _head == 0 ? _buf.Length - 1 : _head - 1;
        _buf[_head] = item;
        _count++;
        if (dropped is not null) Py.Decref(dropped);
    }

    PyObject RemoveLeftRaw()
    {
        var x = _buf[_head]!;
        _buf[_head] = null;
        _head = _head + 1 == _buf.Length ? 0 : _head + 1;
        _count--;
        return x;
    }

    PyObject RemoveRightRaw()
    {
        int s = Slot(_count - 1);
        var x = _buf[s]!;
        _buf[s] = null;
        _count--;
        return x;
    }

    /// <summary>Removes and returns the rightmost item (a new reference), or null when empty.</summary>
    public PyObject? PopRight()
    {
        if (_count == 0) return null;
        State++;
        var x = RemoveRightRaw();
        if (_count == 0) _head = 0;
        return x;
    }

    public PyObject? PopLeft()
    {
        if (_count == 0) return null;
        State++;
        var x = RemoveLeftRaw();
        if (_count == 0) _head = 0;
        return x;
    }

    public void Clear()
    {
        if (_count == 0) return;
        State++;
        var old = _buf;
        int head = _head, n = _count;
        _buf = new PyObject?[8];
        _head = 0;
        _count = 0;
        for (int i = 0; i < n; i++)
        {
            int s = head + i;
            if (s >= old.Length) s -= old.Length;
            Py.Decref(old[s]!);
        }
    }

    /// <summary>Rotates right by n (left when negative).</summary>
    public void Rotate(long n)
    {
        int len = _count;
        if (len <= 1) return;
        long k = n % len;
        if (k < 0) k += len;
        if (k == 0) return;
        State++;
        if (_count < _buf.Length)
        {
            // Move items one at a time across the gap; cheap when k is small either way.
            if (k <= len / 2)
            {
                for (long i = 0; i < k; i++)
                {
                    var x = RemoveRightRaw();
                    _head = _head == 0 ? _buf.Length - 1 : _head - 1;
                    _buf[_head] = x;
                    _count++;
                }
            }
            else
            {
                for (long i = 0; i < len - k; i++)
                {
                    var x = RemoveLeftRaw();
                    _buf[Slot(_count)] = x;
                    _count++;
                }
            }
        }
        else
        {
            // A full buffer: rotating is just moving the head.
            _head = (int)((_head + len - k) % _buf.Length);
        }
    }

    public void Reverse()
    {
        for (int i = 0, j = _count - 1; i < j; i++, j--)
        {
            int a = Slot(i), b = Slot(j);
            (_buf[a], _buf[b]) = (_buf[b], _buf[a]);
        }
        State++;
    }

    /// <summary>Replaces the item at logical index i (the deque owns the new reference).</summary>
    public void SetItemSteal(int i, PyObject value)
    {
        int s = Slot(i);
        var old = _buf[s]!;
        _buf[s] = value;
        Py.Decref(old);
    }

    /// <summary>Removes the item at logical index i and returns it (a new reference).</summary>
    public PyObject RemoveAt(int i)
    {
        State++;
        var x = _buf[Slot(i)]!;
        if (i < _count / 2)
        {
            for (int k = i; k > 0; k--) _buf[Slot(k)] = _buf[Slot(k - 1)];
            _buf[_head] = null;
            _head = _head + 1 == _buf.Length ? 0 : _head + 1;
        }
        else
        {
            for (int k = i; k < _count - 1; k++) _buf[Slot(k)] = _buf[Slot(k + 1)];
            _buf[Slot(_count - 1)] = null;
        }
        _count--;
        if (_count == 0) _head = 0;
        return x;
    }

    /// <summary>Inserts at logical index i (0 &lt;= i &lt;= Count), taking over the reference.</summary>
    public void InsertSteal(int i, PyObject value)
    {
        if (i >= _count) { AppendSteal(value); return; }
        if (i <= 0) { AppendLeftSteal(value); return; }
        State++;
        if (_count == _buf.Length) Grow();
        for (int k = _count; k > i; k--) _buf[Slot(k)] = _buf[Slot(k - 1)];
        _buf[Slot(i)] = value;
        _count++;
    }

    /// <summary>A snapshot of the items (new references), for operations that call back into Python.</summary>
    public PyObject[] Snapshot()
    {
        var a = new PyObject[_count];
        for (int i = 0; i < _count; i++) a[i] = Py.NewRef(this[i]);
        return a;
    }

    protected internal override void ReleaseReferences()
    {
        var old = _buf;
        int head = _head, n = _count;
        _buf = new PyObject?[8];
        _head = 0;
        _count = 0;
        State++;
        for (int i = 0; i < n; i++)
        {
            int s = head + i;
            if (s >= old.Length) s -= old.Length;
            Py.Clear(ref old[s]);
        }
    }

    protected internal override void Traverse(Action<PyObject> visit)
    {
        for (int i = 0; i < _count; i++) visit(this[i]);
    }
}
