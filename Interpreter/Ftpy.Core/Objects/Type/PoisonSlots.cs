using Ftpy.Runtime;

namespace Ftpy.Objects;

/// <summary>Fills a poisoned sentinel type: every slot reports a use after free of the original type.</summary>
static class PoisonSlots
{
    public static void Fill(PyType p, PyType original)
    {
        string msg = $"use after free of '{original.Name}' object";
        FatalError Fail() => new(msg);
        p.tp_repr = o => throw Fail();
        p.tp_str = o => throw Fail();
        p.tp_hash = o => throw Fail();
        p.tp_richcompare = (a, b, op) => throw Fail();
        p.tp_getattro = (o, n) => throw Fail();
        p.tp_setattro = (o, n, v) => throw Fail();
        p.tp_call = (o, a, k) => throw Fail();
        p.tp_iter = o => throw Fail();
        p.tp_iternext = o => throw Fail();
        p.tp_descr_get = (d, o, t) => throw Fail();
        p.tp_init = (s, a, k) => throw Fail();
        p.tp_finalize = null;
        for (int i = 0; i < p.nb_binary.Length; i++) p.nb_binary[i] = (a, b) => throw Fail();
        p.nb_power_ternary = (a, b, c) => throw Fail();
        p.nb_divmod = (a, b) => throw Fail();
        p.nb_negative = p.nb_positive = p.nb_absolute = p.nb_invert = p.nb_int = p.nb_float = p.nb_index = o => throw Fail();
        p.nb_bool = o => throw Fail();
        p.sq_length = p.mp_length = o => throw Fail();
        p.sq_concat = p.sq_inplace_concat = (a, b) => throw Fail();
        p.sq_item = p.sq_repeat = p.sq_inplace_repeat = (o, i) => throw Fail();
        p.sq_contains = (o, x) => throw Fail();
        p.mp_subscript = (o, k) => throw Fail();
        p.mp_ass_subscript = (o, k, v) => throw Fail();
    }
}
