using Ftpy.Execution;
using Ftpy.Runtime;

namespace Ftpy.Objects;

/// <summary>The Python-visible frame object (sys._getframe(), tb_frame). Once the frame has
/// finished, this object owns its locals (<see cref="OwnsFrame"/>) and releases them when it dies.</summary>
public sealed class PyFrameObject : PyObject
{
    public static readonly PyType Type = new("frame", TypeFlags.None);

    public readonly Frame Frame;
    public bool OwnsFrame;
    PyFrameObject? _back;

    /// <summary>The frame finished while this object exists: it takes over the locals and
    /// remembers the caller's frame object for f_back.</summary>
    internal void TakeOwnership()
    {
        OwnsFrame = true;
        if (Frame.Previous is { } prev && _back is null) _back = For(prev);
    }

    public PyFrameObject(Frame frame) : base(Type)
    {
        Frame = frame;
        GcRegistry.Track(this);
    }

    protected internal override bool IsGcContainer => true;

    /// <summary>The frame object of <paramref name="f"/> (created on first use), as a new reference.</summary>
    public static PyFrameObject For(Frame f)
    {
        if (f.FrameObject is { } fo) return Py.NewRef(fo);
        // The frame holds its object without a counted reference; the object keeps the frame.
        var created = new PyFrameObject(f);
        f.FrameObject = created;
        return created;
    }

    internal static void Setup(PyType t)
    {
        t.tp_getattro = Py.GenericGetAttr;
        t.tp_repr = o =>
        {
            var f = ((PyFrameObject)o).Frame;
            return PyStr.From($"<frame at 0x{Py.Id(o):x}, file '{f.Code.Filename}', line {f.Line}, code {f.Code.Name}>");
        };
        t.AddGetter("f_code", o => Py.NewRef(((PyFrameObject)o).Frame.Code));
        t.AddGetter("f_globals", o => Py.NewRef(((PyFrameObject)o).Frame.Globals));
        t.AddGetter("f_builtins", o => Py.NewRef(((PyFrameObject)o).Frame.Builtins));
        t.AddGetter("f_locals", o => FrameLocals.Snapshot(((PyFrameObject)o).Frame));
        t.AddGetter("f_lineno", o => PyInt.From(((PyFrameObject)o).Frame.Line));
        t.AddGetter("f_lasti", o => PyInt.From(((PyFrameObject)o).Frame.LastInstr * 2));
        t.AddGetter("f_back", o =>
        {
            var fo = (PyFrameObject)o;
            if (fo._back is not null) return Py.NewRef(fo._back);
            var prev = fo.Frame.Previous;
            return prev is null || fo.Frame.IsCleared || fo.OwnsFrame ? PyNone.Instance : For(prev);
        });
        t.AddGetSet("f_trace", o => PyNone.Instance, (o, v) => { });
        t.AddGetter("f_generator", o => Py.NewRef((PyObject?)((PyFrameObject)o).Frame.Generator ?? PyNone.Instance));
        t.AddMethod("clear", (PyObject self) =>
        {
            var fo = (PyFrameObject)self;
            if (fo.Frame.IsExecuting) throw PyErr.RuntimeError("cannot clear an executing frame");
            if (fo.OwnsFrame) fo.Frame.ReleaseSlots();
            return PyNone.Instance;
        });
    }

    protected internal override void ReleaseReferences()
    {
        if (OwnsFrame)
        {
            Frame.ReleaseSlots();
            Frame.ReleaseHeldReferences();
        }
        if (ReferenceEquals(Frame.FrameObject, this)) Frame.FrameObject = null;
        Py.Clear(ref _back);
    }

    protected internal override void Traverse(Action<PyObject> visit)
    {
        if (OwnsFrame) Frame.Traverse(visit);
        if (_back is not null) visit(_back);
    }
}

/// <summary>A traceback entry (tb_next, tb_frame, tb_lasti, tb_lineno).</summary>
public sealed class PyTraceback : PyObject
{
    public static readonly PyType Type = new("traceback", TypeFlags.None);

    public PyTraceback? Next;
    public PyFrameObject FrameObject;
    public readonly int LastInstr;
    public readonly int Line;

    public PyTraceback(PyTraceback? next, PyFrameObject frame, int lastInstr, int line) : base(Type)
    {
        Next = Py.XNewRef(next);
        FrameObject = frame;
        LastInstr = lastInstr;
        Line = line;
        GcRegistry.Track(this);
    }

    protected internal override bool IsGcContainer => true;

    internal static void Setup(PyType t)
    {
        t.tp_getattro = Py.GenericGetAttr;
        t.AddGetSet("tb_next", o => Py.NewRef((PyObject?)((PyTraceback)o).Next ?? PyNone.Instance), (o, v) =>
        {
            var tb = (PyTraceback)o;
            if (v is null) throw PyErr.TypeError("can't delete tb_next attribute");
            if (v is PyNone) { Py.Clear(ref tb.Next); return; }
            if (v is not PyTraceback next) throw PyErr.TypeError($"expected traceback object or None, got '{v.ob_type.ShortName}'");
            for (var c = next; c is not null; c = c.Next)
                if (ReferenceEquals(c, tb)) throw PyErr.ValueError("traceback loop detected");
            Py.XSetRef(ref tb.Next, Py.NewRef(next));
        });
        t.AddGetter("tb_frame", o => Py.NewRef(((PyTraceback)o).FrameObject));
        t.AddGetter("tb_lasti", o => PyInt.From(((PyTraceback)o).LastInstr * 2));
        t.AddGetter("tb_lineno", o => PyInt.From(((PyTraceback)o).Line));
    }

    protected internal override void ReleaseReferences()
    {
        Py.Clear(ref Next);
        var f = FrameObject;
        FrameObject = null!;
        if (f is not null) Py.Decref(f);
    }

    protected internal override void Traverse(Action<PyObject> visit)
    {
        if (Next is not null) visit(Next);
        if (FrameObject is not null) visit(FrameObject);
    }
}
