using System.Runtime.CompilerServices;
using Ftpy.Runtime;

namespace Ftpy.Objects;

/// <summary>Arithmetic and bitwise operators with CPython's dispatch rules (binary_op1,
/// ternary_op, the sequence fallbacks of PyNumber_Add/Multiply).</summary>
public static partial class Py
{
    /// <summary>a op b for every <see cref="BinaryOp"/>, in-place forms included.</summary>
    public static PyObject BinaryOp(PyObject a, PyObject b, BinaryOp op)
    {
        if (BinaryOpInfo.IsInplace(op))
        {
            var inplace = a.ob_type.nb_binary[(int)op];
            if (inplace is not null)
            {
                var r = inplace(a, b);
                if (!ReferenceEquals(r, PyNotImplemented.Instance)) return r;
            }
            var baseOp = BinaryOpInfo.Base(op);
            var result = BinaryOp1(a, b, baseOp);
            if (!ReferenceEquals(result, PyNotImplemented.Instance)) return result;
            if (baseOp == Objects.BinaryOp.Add)
            {
                var cat = a.ob_type.sq_inplace_concat ?? a.ob_type.sq_concat;
                if (cat is not null) return cat(a, b);
            }
            else if (baseOp == Objects.BinaryOp.Multiply)
            {
                var rep = a.ob_type.sq_inplace_repeat ?? a.ob_type.sq_repeat;
                if (rep is not null) return SequenceRepeat(rep, a, b);
                if (b.ob_type.sq_repeat is { } rep2) return SequenceRepeat(rep2, b, a);
            }
            throw UnsupportedOperands(a, b, op);
        }
        else
        {
            var result = BinaryOp1(a, b, op);
            if (!ReferenceEquals(result, PyNotImplemented.Instance)) return result;
            if (op == Objects.BinaryOp.Add)
            {
                if (a.ob_type.sq_concat is { } cat) return cat(a, b);
            }
            else if (op == Objects.BinaryOp.Multiply)
            {
                if (a.ob_type.sq_repeat is { } rep) return SequenceRepeat(rep, a, b);
                if (b.ob_type.sq_repeat is { } rep2) return SequenceRepeat(rep2, b, a);
            }
            throw UnsupportedOperands(a, b, op);
        }
    }

    /// <summary>binary_op1: tries a's slot and b's slot in CPython's order (b first when its type
    /// is a proper subtype of a's that overrides the slot); NotImplemented when neither applies.</summary>
    static PyObject BinaryOp1(PyObject a, PyObject b, BinaryOp op)
    {
        var ta = a.ob_type;
        var tb = b.ob_type;
        var slotA = ta.nb_binary[(int)op];
        BinaryFunc? slotB = null;
        if (!ReferenceEquals(ta, tb))
        {
            slotB = tb.nb_binary[(int)op];
            if (slotB == slotA) slotB = null;
        }
        if (slotA is not null)
        {
            if (slotB is not null && tb.IsSubtype(ta))
            {
                var r = slotB(a, b);
                if (!ReferenceEquals(r, PyNotImplemented.Instance)) return r;
                slotB = null;
            }
            var x = slotA(a, b);
            if (!ReferenceEquals(x, PyNotImplemented.Instance)) return x;
        }
        if (slotB is not null) return slotB(a, b);
        return PyNotImplemented.Instance;
    }

    static PyObject SequenceRepeat(SeqItemFunc repeat, PyObject seq, PyObject n)
    {
        if (n.ob_type.nb_index is null)
            throw PyErr.TypeError($"can't multiply sequence by non-int of type '{n.ob_type.Name}'");
        long count = AsSsize(n, ExceptionTypes.OverflowError);
        return repeat(seq, count);
    }

    static PyException UnsupportedOperands(PyObject a, PyObject b, BinaryOp op)
    {
        string sym = BinaryOpInfo.Symbol(op);
        if (BinaryOpInfo.Base(op) == Objects.BinaryOp.Power && !BinaryOpInfo.IsInplace(op)) sym = "** or pow()";
        if (op == Objects.BinaryOp.RShift && a is PyBuiltinFunction bf && bf.Name == "print")
            return PyErr.TypeError($"unsupported operand type(s) for >>: '{a.ob_type.Name}' and '{b.ob_type.Name}'. Did you mean \"print(<message>, file=<output_stream>)\"?");
        return PyErr.TypeError($"unsupported operand type(s) for {sym}: '{a.ob_type.Name}' and '{b.ob_type.Name}'");
    }

    /// <summary>pow(a, b, c) with a modulus (ternary_op).</summary>
    public static PyObject Power(PyObject a, PyObject b, PyObject c)
    {
        if (ReferenceEquals(c, PyNone.Instance)) return BinaryOp(a, b, Objects.BinaryOp.Power);
        var ta = a.ob_type; var tb = b.ob_type;
        var slotA = ta.nb_power_ternary;
        var slotB = ReferenceEquals(ta, tb) ? null : tb.nb_power_ternary;
        if (slotB == slotA) slotB = null;
        if (slotA is not null)
        {
            if (slotB is not null && tb.IsSubtype(ta))
            {
                var r = slotB(a, b, c);
                if (!ReferenceEquals(r, PyNotImplemented.Instance)) return r;
                slotB = null;
            }
            var x = slotA(a, b, c);
            if (!ReferenceEquals(x, PyNotImplemented.Instance)) return x;
        }
        if (slotB is not null)
        {
            var x = slotB(a, b, c);
            if (!ReferenceEquals(x, PyNotImplemented.Instance)) return x;
        }
        var tc = c.ob_type;
        if (tc.nb_power_ternary is { } slotC && slotC != slotA && slotC != slotB)
        {
            var x = slotC(a, b, c);
            if (!ReferenceEquals(x, PyNotImplemented.Instance)) return x;
        }
        throw PyErr.TypeError($"unsupported operand type(s) for ** or pow(): '{ta.Name}', '{tb.Name}', '{tc.Name}'");
    }

    public static PyObject Negative(PyObject o) =>
        o.ob_type.nb_negative is { } f ? f(o) : throw BadUnary(o, "unary -");

    public static PyObject Positive(PyObject o) =>
        o.ob_type.nb_positive is { } f ? f(o) : throw BadUnary(o, "unary +");

    public static PyObject Invert(PyObject o) =>
        o.ob_type.nb_invert is { } f ? f(o) : throw BadUnary(o, "unary ~");

    public static PyObject Absolute(PyObject o) =>
        o.ob_type.nb_absolute is { } f ? f(o) : throw BadUnary(o, "abs()");

    static PyException BadUnary(PyObject o, string what) => PyErr.TypeError($"bad operand type for {what}: '{o.ob_type.Name}'");

    /// <summary>Truth value (PyObject_IsTrue): __bool__, then __len__, else true.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsTrue(PyObject o)
    {
        if (ReferenceEquals(o, PyBool.True)) return true;
        if (ReferenceEquals(o, PyBool.False) || ReferenceEquals(o, PyNone.Instance)) return false;
        return IsTrueSlow(o);
    }

    static bool IsTrueSlow(PyObject o)
    {
        var t = o.ob_type;
        if (t.nb_bool is { } b) return b(o);
        if (t.mp_length is { } ml) return ml(o) != 0;
        if (t.sq_length is { } sl) return sl(o) != 0;
        return true;
    }

    public static PyBool Not(PyObject o) => IsTrue(o) ? PyBool.False : PyBool.True;
}

public static partial class Py
{
    /// <summary>divmod(a, b) through nb_divmod with the usual reflected-operand rules.</summary>
    public static PyObject DivMod(PyObject a, PyObject b)
    {
        var ta = a.ob_type; var tb = b.ob_type;
        var slotA = ta.nb_divmod;
        var slotB = ReferenceEquals(ta, tb) ? null : tb.nb_divmod;
        if (slotB == slotA) slotB = null;
        if (slotA is not null)
        {
            if (slotB is not null && tb.IsSubtype(ta))
            {
                var r = slotB(a, b);
                if (!ReferenceEquals(r, PyNotImplemented.Instance)) return r;
                slotB = null;
            }
            var x = slotA(a, b);
            if (!ReferenceEquals(x, PyNotImplemented.Instance)) return x;
        }
        if (slotB is not null)
        {
            var x = slotB(a, b);
            if (!ReferenceEquals(x, PyNotImplemented.Instance)) return x;
        }
        throw PyErr.TypeError($"unsupported operand type(s) for divmod(): '{ta.Name}' and '{tb.Name}'");
    }
}
