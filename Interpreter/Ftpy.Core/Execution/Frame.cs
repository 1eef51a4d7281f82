using Ftpy.Objects;

namespace Ftpy.Execution;

/// <summary>
/// An activation of a code object (CPython's _PyInterpreterFrame): locals, cells and free
/// variables, then the value stack, in one array.
/// Invariants: slots [0, NLocalsPlus) hold owned references or null; stack slots
/// [NLocalsPlus, StackPointer) hold owned references (a null stack entry is CALL's "no self");
/// <see cref="NextInstr"/> is the word index of the next instruction; <see cref="Previous"/>
/// is the frame that was current when this one started (its caller).
/// </summary>
public sealed class Frame
{
    public PyCode Code;
    public PyFunction? Function;
    public PyDict Globals;
    public PyDict Builtins;
    /// <summary>The locals mapping of module and class bodies (and exec/eval); null in functions.</summary>
    public PyObject? Locals;
    public PyObject?[] Slots;
    public int StackPointer;
    public int NextInstr;
    /// <summary>The instruction that is executing, or that raised (f_lasti).</summary>
    public int LastInstr = -1;
    public Frame? Previous;
    public PyFrameObject? FrameObject;
    public PyGenerator? Generator;
    /// <summary>Returning from this frame leaves the EvalLoop.Run invocation that started it.</summary>
    public bool IsEntry;
    /// <summary>Set while the frame is executing (not suspended, not finished).</summary>
    public bool IsExecuting;
    public bool IsCleared;

    public Frame(PyCode code, PyDict globals, PyDict builtins, PyObject? locals, PyFunction? function)
    {
        Code = code;
        Globals = globals;
        Builtins = builtins;
        Locals = locals;
        Function = function;
        Slots = NewSlots(code.FrameSize);
        StackPointer = code.NLocalsPlus;
    }

    /// <summary>A frame for a Python-to-Python call, reused from <paramref name="ts"/>'s pool
    /// when one is free (the eval loop gives back frames that finished normally and that nothing
    /// else references: no frame object, no generator).</summary>
    internal static Frame ForCall(Runtime.ThreadState ts, PyFunction func)
    {
        var code = func.Code;
        int n = ts.FramePoolCount;
        if (n == 0) return new Frame(code, func.Globals, func.Builtins, null, func);
        var f = ts.FramePool[--n]!;
        ts.FramePool[n] = null;
        ts.FramePoolCount = n;
        f.Code = code;
        f.Globals = func.Globals;
        f.Builtins = func.Builtins;
        f.Locals = null;
        f.Function = func;
        if (f.Slots.Length < code.FrameSize) f.Slots = NewSlots(code.FrameSize);
        // The previous use left stale (uncounted) values above its stack pointer: locals start unbound.
        else Array.Clear(f.Slots, 0, code.NLocalsPlus);
        f.StackPointer = code.NLocalsPlus;
        f.NextInstr = 0;
        f.LastInstr = -1;
        f.IsCleared = false;
        return f;
    }

    /// <summary>Gives a finished frame back to the pool. Its locals and stack are already
    /// released (slots below the stack pointer are null); it holds no counted references.</summary>
    internal static void Recycle(Runtime.ThreadState ts, Frame f)
    {
        int n = ts.FramePoolCount;
        if (n == ts.FramePool.Length || f.FrameObject is not null || f.Generator is not null || f._holdsReferences || f.IsEntry) return;
        f.Previous = null;
        f.Function = null;
        ts.FramePool[n] = f;
        ts.FramePoolCount = n + 1;
    }

    /// <summary>
    /// A slot array whose runtime element type is <c>object</c>: .NET checks every store into an
    /// array of a non-sealed class type for covariance (a type walk per store), but a store into an
    /// <c>object[]</c> needs no check. Every value stored is a PyObject, so reads stay well typed.
    /// Never take a <c>ref</c> to an element or build a writable Span over it (both check the
    /// exact array type and would throw).
    /// </summary>
    internal static PyObject?[] NewSlots(int size) =>
        System.Runtime.CompilerServices.Unsafe.As<PyObject?[]>(new object?[size]);

    public int Line => Code.LineAt(LastInstr < 0 ? 0 : LastInstr);

    /// <summary>Code, globals, builtins, function and locals are borrowed while the frame runs inside a
    /// call (deferred reference counting: the caller keeps them alive). A frame that can outlive
    /// its call — a generator's, or one whose frame object survives it — holds counted references.</summary>
    bool _holdsReferences;

    internal void HoldReferences()
    {
        if (_holdsReferences) return;
        _holdsReferences = true;
        Py.Incref(Code);
        Py.Incref(Globals);
        Py.Incref(Builtins);
        if (Function is not null) Py.Incref(Function);
        if (Locals is not null) Py.Incref(Locals);
    }

    /// <summary>Releases locals and stack (the frame has finished). When a frame object exists it
    /// keeps the locals alive instead, for tracebacks and f_locals, and takes over the frame.</summary>
    public void Clear()
    {
        if (IsCleared) return;
        if (FrameObject is not null)
        {
            HoldReferences();
            FrameObject.TakeOwnership();
            return;
        }
        ReleaseSlots();
        ReleaseHeldReferences();
    }

    /// <summary>Releases the locals and the value stack (frame.clear(), or the frame is done).</summary>
    internal void ReleaseSlots()
    {
        if (IsCleared) return;
        IsCleared = true;
        var slots = Slots;
        int n = StackPointer;
        StackPointer = Code.NLocalsPlus;
        for (int i = 0; i < n; i++)
        {
            var o = slots[i];
            if (o is null) continue;
            slots[i] = null;
            Py.Decref(o);
        }
    }

    /// <summary>Gives back the references <see cref="HoldReferences"/> took; called when the last
    /// owner of the frame (its generator or frame object) dies.</summary>
    internal void ReleaseHeldReferences()
    {
        if (!_holdsReferences) return;
        _holdsReferences = false;
        var locals = Locals;
        Locals = null;
        if (locals is not null) Py.Decref(locals);
        if (Function is { } f) { Function = null; Py.Decref(f); }
        Py.Decref(Builtins);
        Py.Decref(Globals);
        Py.Decref(Code);
    }

    /// <summary>Visits what the frame owns (its generator's or frame object's traversal).</summary>
    internal void Traverse(Action<PyObject> visit)
    {
        if (_holdsReferences)
        {
            visit(Code);
            visit(Globals);
            visit(Builtins);
            if (Function is not null) visit(Function);
            if (Locals is not null) visit(Locals);
        }
        if (IsCleared) return;
        for (int i = 0; i < StackPointer; i++)
            if (Slots[i] is { } o) visit(o);
    }
}
