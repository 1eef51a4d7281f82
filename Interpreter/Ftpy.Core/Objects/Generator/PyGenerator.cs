using Ftpy.Execution;
using Ftpy.Runtime;

namespace Ftpy.Objects;

/// <summary>
/// A generator: a suspended frame resumed by send/next/throw/close.
/// Invariants: <see cref="Frame"/> is null once the generator has finished; <see cref="Running"/>
/// is true exactly while its frame executes; its handled-exception level
/// (<see cref="ExcState"/>) is linked into the thread's chain only while running.
/// </summary>
public sealed class PyGenerator : PyObject
{
    public static readonly PyType Type = new("generator", TypeFlags.None);

    public Frame? Frame;
    public bool Running;
    public bool Started;
    public PyStr Name, QualName;
    public readonly PyCode Code;
    internal readonly ExcInfo ExcState = new();
    /// <summary>Set by the eval loop: the last run ended in YIELD_VALUE (not a return).</summary>
    internal bool Yielded;

    public PyGenerator(Frame frame, PyFunction func) : base(Type)
    {
        Frame = frame;
        Code = frame.Code;
        frame.Generator = this;
        frame.HoldReferences();
        Name = Py.NewRef(func.Name);
        QualName = Py.NewRef(func.QualName);
        GcRegistry.Track(this);
    }

    protected internal override bool IsGcContainer => true;

    public bool Finished => Frame is null;

    /// <summary>Resumes with <paramref name="value"/> (or throws <paramref name="exc"/> into the frame).
    /// Returns the yielded value with <paramref name="returned"/> false, or the return value with it true.</summary>
    public PyObject Resume(PyObject? value, PyBaseException? exc, out bool returned)
    {
        if (Running) throw PyErr.ValueError("generator already executing");
        var frame = Frame;
        if (frame is null)
        {
            if (exc is not null) throw new PyException(Py.NewRef(exc));
            returned = true;
            return PyNone.Instance;
        }
        if (!Started)
        {
            if (exc is null && value is not null && value is not PyNone)
                throw PyErr.TypeError("can't send non-None value to a just-started generator");
            Started = true;
        }
        // The frame receives the sent value (None for throw) on its stack, as gen_send_ex2 does:
        // the instruction after the suspension point (or the prologue's POP_TOP) consumes it.
        frame.Slots[frame.StackPointer++] = Py.NewRef(value ?? PyNone.Instance);
        var ts = ThreadState.Current;
        ExcState.Previous = ts.ExcInfo;
        ts.ExcInfo = ExcState;
        Running = true;
        Yielded = false;
        PyObject result;
        try
        {
            result = EvalLoop.Run(ts, frame, exc);
        }
        catch
        {
            Finish();
            throw;
        }
        finally
        {
            Running = false;
            ts.ExcInfo = ExcState.Previous!;
            ExcState.Previous = null;
        }
        returned = !Yielded;
        if (returned) Finish();
        return result;
    }

    void Finish()
    {
        var f = Frame;
        if (f is null) return;
        Frame = null;
        f.Generator = null;
        f.Clear();
        Py.Clear(ref ExcState.Value);
    }

    /// <summary>next(gen): the next value, or null when the generator returned (its value in the thread state).</summary>
    public static PyObject? IterNext(PyObject self)
    {
        var g = (PyGenerator)self;
        var r = g.Resume(PyNone.Instance, null, out bool returned);
        if (!returned) return r;
        var ts = ThreadState.Current;
        var old = ts.StopIterationValue;
        ts.StopIterationValue = r;
        if (old is not null) Py.Decref(old);
        return null;
    }

    /// <summary>gen.send(v): the yielded value; StopIteration(value) when the generator returns.</summary>
    public PyObject Send(PyObject value)
    {
        var r = Resume(value, null, out bool returned);
        if (!returned) return r;
        throw ExceptionObjects.StopIterationWithValue(r);
    }

    /// <summary>gen.throw(exc): raises <paramref name="exc"/> at the suspension point (delegating to
    /// a sub-iterator first when suspended in yield from).</summary>
    public PyObject Throw(PyBaseException exc)
    {
        var frame = Frame;
        if (frame is not null && Started && YieldFromReceiver(frame) is { } receiver)
        {
            PyObject? r = null;
            bool delegated = true;
            try
            {
                if (exc.ob_type.IsSubtype(ExceptionTypes.GeneratorExit))
                {
                    CloseSubIterator(receiver);
                    delegated = false;
                }
                else if (receiver is PyGenerator sub)
                {
                    r = sub.Throw(exc);
                }
                else
                {
                    var meth = Py.LookupAttr(receiver, "throw");
                    if (meth is null) delegated = false;
                    else
                    {
                        try { r = Py.CallOneArg(meth, exc); }
                        finally { Py.Decref(meth); }
                    }
                }
            }
            catch (PyException e)
            {
                // The sub-iterator raised (possibly StopIteration): raise that in our frame.
                var inner = e.TakeValue();
                try { return ResumeThrowing(inner); }
                finally { Py.Decref(inner); }
            }
            if (delegated && r is not null) return r;
        }
        return ResumeThrowing(exc);
    }

    PyObject ResumeThrowing(PyBaseException exc)
    {
        var r = Resume(null, exc, out bool returned);
        if (!returned) return r;
        throw ExceptionObjects.StopIterationWithValue(r);
    }

    static void CloseSubIterator(PyObject receiver)
    {
        if (receiver is PyGenerator g) { g.Close(); return; }
        var close = Py.LookupAttr(receiver, "close");
        if (close is null) return;
        try { Py.Decref(Py.CallNoArgs(close)); }
        finally { Py.Decref(close); }
    }

    /// <summary>The iterator a suspended frame is delegating to with yield from (the stack top at RESUME 2).</summary>
    internal static PyObject? YieldFromReceiver(Frame frame)
    {
        int next = frame.NextInstr;
        var code = frame.Code.Instructions;
        if (next >= code.Length) return null;
        int word = code[next];
        if ((Compiling.OpCode)(byte)word != Compiling.OpCode.RESUME || (word >> 8) < 2) return null;
        int sp = frame.StackPointer;
        return sp > frame.Code.NLocalsPlus ? frame.Slots[sp - 1] : null;
    }

    /// <summary>gen.close(): throws GeneratorExit in; a yield in response is a RuntimeError.</summary>
    public PyObject Close()
    {
        if (Frame is null) return PyNone.Instance;
        if (!Started)
        {
            Finish();
            return PyNone.Instance;
        }
        var exit = ExceptionObjects.Instantiate(ExceptionTypes.GeneratorExit, PyTuple.Empty);
        try
        {
            var r = Resume(null, exit, out bool returned);
            if (!returned)
            {
                Py.Decref(r);
                throw PyErr.RuntimeError("generator ignored GeneratorExit");
            }
            return r;
        }
        catch (PyException e) when (e.Matches(ExceptionTypes.GeneratorExit) || e.Matches(ExceptionTypes.StopIteration))
        {
            e.Release();
            return PyNone.Instance;
        }
        finally
        {
            Py.Decref(exit);
        }
    }

    /// <summary>A generator collected while suspended is closed (PEP 342), from its finalizer.</summary>
    internal static void Finalize(PyObject self)
    {
        var g = (PyGenerator)self;
        if (g.Frame is null || !g.Started) return;
        var r = g.Close();
        Py.Decref(r);
    }

    protected internal override void ReleaseReferences()
    {
        var f = Frame;
        Frame = null;
        if (f is not null)
        {
            f.Generator = null;
            f.Clear();
        }
        Py.Clear(ref ExcState.Value);
        var n = Name; Name = PyStr.Empty; Py.Decref(n);
        var q = QualName; QualName = PyStr.Empty; Py.Decref(q);
    }

    protected internal override void Traverse(Action<PyObject> visit)
    {
        Frame?.Traverse(visit);
        if (ExcState.Value is not null) visit(ExcState.Value);
        visit(Name);
        visit(QualName);
    }
}
