using System.Runtime.CompilerServices;

namespace Ftpy.Objects;

/// <summary>id(): .NET objects move, so each object is given a number on first request, kept in
/// a weak table. Numbers look like aligned addresses (multiples of 16) and are never reused.</summary>
static class ObjectIds
{
    sealed class Box(long v) { public readonly long Value = v; }

    static readonly ConditionalWeakTable<PyObject, Box> s_ids = new();
    static long s_next = 0x7f0000001000;

    public static long Get(PyObject o) =>
        s_ids.GetValue(o, static _ => new Box(Interlocked.Add(ref s_next, 16))).Value;
}
