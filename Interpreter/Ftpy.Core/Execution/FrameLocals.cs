using Ftpy.Objects;

namespace Ftpy.Execution;

/// <summary>locals() and frame.f_locals: for functions a snapshot dict of the bound locals, cells
/// and free variables (PEP 667's snapshot semantics for locals()); for module/class/exec frames the
/// locals mapping itself.</summary>
public static class FrameLocals
{
    public static PyObject Snapshot(Frame frame)
    {
        if (frame.Locals is { } mapping) return Py.NewRef(mapping);
        var d = new PyDict();
        var code = frame.Code;
        if (frame.IsCleared) return d;
        for (int i = 0; i < code.NLocalsPlus; i++)
        {
            var kind = code.LocalsPlusKinds[i];
            var v = frame.Slots[i];
            if (v is null) continue;
            if ((kind & (LocalKind.Cell | LocalKind.Free)) != 0)
            {
                if (v is PyCell c)
                {
                    if (c.Contents is null) continue;
                    // A free variable of a class body's __class__ is not shown (as CPython).
                    if ((kind & LocalKind.Free) != 0 && (code.Flags & CodeFlags.Optimized) == 0) continue;
                    d.SetItem(code.LocalsPlusNames[i], c.Contents);
                    continue;
                }
            }
            d.SetItem(code.LocalsPlusNames[i], v);
        }
        return d;
    }
}
