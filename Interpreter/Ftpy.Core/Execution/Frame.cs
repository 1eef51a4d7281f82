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
        Slots = new PyObject?[code.FrameSize];
        StackPointer = code.NLocalsPlus;
    }

    public int Line => Code.LineAt(LastInstr < 0 ? 0 : LastInstr);

    /// <summary>Releases locals and stack (the frame has finished). When a frame object exists it
    /// keeps the locals alive instead, for tracebacks and f_locals.</summary>
    public void Clear()
    {
        if (IsCleared) return;
        if (FrameObject is not null)
        {
            FrameObject.TakeOwnership();
            return;
        }
        ReleaseSlots();
    }

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

    internal void Traverse(Action<PyObject> visit)
    {
        if (IsCleared) return;
        for (int i = 0; i < StackPointer; i++)
            if (Slots[i] is { } o) visit(o);
        if (Locals is not null) visit(Locals);
    }
}
