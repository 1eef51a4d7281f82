using System.Runtime.CompilerServices;
using Ftpy.Objects;

namespace Ftpy.Execution;

/// <summary>Inline fast paths the eval loop tries before generic dispatch: small-int and float
/// arithmetic and comparison, list/tuple/dict subscription, list and range iteration. Each
/// returns null (or false) when it does not apply, leaving the general protocol to run.</summary>
static class FastBinary
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject? TryOp(PyObject a, PyObject b, BinaryOp op)
    {
        var ta = a.ob_type;
        if (ReferenceEquals(ta, b.ob_type))
        {
            if (ReferenceEquals(ta, PyInt.Type))
            {
                var ia = (PyInt)a; var ib = (PyInt)b;
                if (!ia.IsBig && !ib.IsBig) return IntOp(ia.Small, ib.Small, op);
            }
            else if (ReferenceEquals(ta, PyFloat.Type))
            {
                double x = ((PyFloat)a).Value, y = ((PyFloat)b).Value;
                switch (op)
                {
                    case BinaryOp.Add: case BinaryOp.InplaceAdd: return PyFloat.From(x + y);
                    case BinaryOp.Subtract: case BinaryOp.InplaceSubtract: return PyFloat.From(x - y);
                    case BinaryOp.Multiply: case BinaryOp.InplaceMultiply: return PyFloat.From(x * y);
                    case BinaryOp.TrueDivide: case BinaryOp.InplaceTrueDivide:
                        if (y == 0) return null;
                        return PyFloat.From(x / y);
                    case BinaryOp.Power: case BinaryOp.InplacePower:
                        // A positive finite base with a finite result is plain C pow (float_pow's
                        // special cases and errors are all outside this range).
                        if (x > 0 && double.IsFinite(x) && double.IsFinite(y))
                        {
                            double r = Math.Pow(x, y);
                            if (double.IsFinite(r) && r != 0) return PyFloat.From(r);
                        }
                        return null;
                }
            }
        }
        else if (ReferenceEquals(ta, PyFloat.Type) && ReferenceEquals(b.ob_type, PyInt.Type) && !((PyInt)b).IsBig)
        {
            double x = ((PyFloat)a).Value, y = ((PyInt)b).Small;
            switch (op)
            {
                case BinaryOp.Add: case BinaryOp.InplaceAdd: return PyFloat.From(x + y);
                case BinaryOp.Subtract: case BinaryOp.InplaceSubtract: return PyFloat.From(x - y);
                case BinaryOp.Multiply: case BinaryOp.InplaceMultiply: return PyFloat.From(x * y);
            }
        }
        else if (ReferenceEquals(ta, PyInt.Type) && ReferenceEquals(b.ob_type, PyFloat.Type) && !((PyInt)a).IsBig)
        {
            double x = ((PyInt)a).Small, y = ((PyFloat)b).Value;
            switch (op)
            {
                case BinaryOp.Add: case BinaryOp.InplaceAdd: return PyFloat.From(x + y);
                case BinaryOp.Subtract: case BinaryOp.InplaceSubtract: return PyFloat.From(x - y);
                case BinaryOp.Multiply: case BinaryOp.InplaceMultiply: return PyFloat.From(x * y);
            }
        }
        return null;
    }

    static PyObject? IntOp(long x, long y, BinaryOp op)
    {
        long r;
        switch (op)
        {
            case BinaryOp.Add: case BinaryOp.InplaceAdd:
                r = x + y;
                if (((x ^ r) & (y ^ r)) < 0) return null;
                return PyInt.From(r);
            case BinaryOp.Subtract: case BinaryOp.InplaceSubtract:
                r = x - y;
                if (((x ^ y) & (x ^ r)) < 0) return null;
                return PyInt.From(r);
            case BinaryOp.Multiply: case BinaryOp.InplaceMultiply:
                long hi = Math.BigMul(x, y, out long lo);
                if ((hi != 0 || lo < 0) && (hi != -1 || lo >= 0)) return null;
                return PyInt.From(lo);
            case BinaryOp.FloorDivide: case BinaryOp.InplaceFloorDivide:
                if (y == 0 || (x == long.MinValue && y == -1)) return null;
                {
                    long q = x / y;
                    if ((x % y != 0) && ((x < 0) != (y < 0))) q--;
                    return PyInt.From(q);
                }
            case BinaryOp.Remainder: case BinaryOp.InplaceRemainder:
                if (y == 0 || (x == long.MinValue && y == -1)) return null;
                {
                    long m = x % y;
                    if (m != 0 && ((m < 0) != (y < 0))) m += y;
                    return PyInt.From(m);
                }
            case BinaryOp.And: case BinaryOp.InplaceAnd: return PyInt.From(x & y);
            case BinaryOp.Or: case BinaryOp.InplaceOr: return PyInt.From(x | y);
            case BinaryOp.Xor: case BinaryOp.InplaceXor: return PyInt.From(x ^ y);
            case BinaryOp.TrueDivide: case BinaryOp.InplaceTrueDivide:
                if (y == 0) return null;
                if (Math.Abs(x) < (1L << 53) && Math.Abs(y) < (1L << 53)) return PyFloat.From((double)x / y);
                return null;
            default:
                return null;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject? TryCompare(PyObject a, PyObject b, CompareOp op)
    {
        var ta = a.ob_type;
        if (!ReferenceEquals(ta, b.ob_type)) return null;
        if (ReferenceEquals(ta, PyInt.Type))
        {
            var ia = (PyInt)a; var ib = (PyInt)b;
            if (ia.IsBig || ib.IsBig) return null;
            long x = ia.Small, y = ib.Small;
            return PyBool.From(op switch
            {
                CompareOp.Lt => x < y, CompareOp.Le => x <= y, CompareOp.Eq => x == y,
                CompareOp.Ne => x != y, CompareOp.Gt => x > y, _ => x >= y,
            });
        }
        if (ReferenceEquals(ta, PyFloat.Type))
        {
            double x = ((PyFloat)a).Value, y = ((PyFloat)b).Value;
            return PyBool.From(op switch
            {
                CompareOp.Lt => x < y, CompareOp.Le => x <= y, CompareOp.Eq => x == y,
                CompareOp.Ne => x != y, CompareOp.Gt => x > y, _ => x >= y,
            });
        }
        if (ReferenceEquals(ta, PyStr.Type) && op is CompareOp.Eq or CompareOp.Ne)
        {
            bool eq = PyStr.EqualsFast((PyStr)a, (PyStr)b);
            return PyBool.From(eq == (op == CompareOp.Eq));
        }
        return null;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject? TrySubscript(PyObject container, PyObject key)
    {
        if (key.ob_type == PyInt.Type)
        {
            var k = (PyInt)key;
            if (k.IsBig) return null;
            long i = k.Small;
            if (container.ob_type == PyList.Type)
            {
                var l = (PyList)container;
                if (i < 0) i += l._size;
                if ((ulong)i < (ulong)l._size) return Py.NewRef(l._items[i]!);
                return null;
            }
            if (container.ob_type == PyTuple.Type)
            {
                var t = (PyTuple)container;
                if (i < 0) i += t.Items.Length;
                if ((ulong)i < (ulong)t.Items.Length) return Py.NewRef(t.Items[i]);
                return null;
            }
        }
        if (container.ob_type == PyDict.Type)
        {
            var v = ((PyDict)container).GetItemBorrowed(key);
            return v is null ? null : Py.NewRef(v);
        }
        return null;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryStoreSubscript(PyObject container, PyObject key, PyObject value)
    {
        if (container.ob_type == PyList.Type && key.ob_type == PyInt.Type)
        {
            var k = (PyInt)key;
            if (k.IsBig) return false;
            var l = (PyList)container;
            long i = k.Small;
            if (i < 0) i += l._size;
            if ((ulong)i >= (ulong)l._size) return false;
            l.SetItem((int)i, value);
            return true;
        }
        if (container.ob_type == PyDict.Type)
        {
            ((PyDict)container).SetItem(key, value);
            return true;
        }
        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject? TryIterNext(PyObject it, out bool handled)
    {
        if (it is PyListIterator li)
        {
            handled = true;
            return li.Next();
        }
        if (it is PyRangeIterator ri)
        {
            handled = true;
            return ri.Next();
        }
        handled = false;
        return null;
    }
}
