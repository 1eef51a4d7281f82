using System.Text;
using Ftpy.Objects;
using Ftpy.Runtime;

namespace Ftpy.Execution;

/// <summary>Binds call arguments to a new frame's parameters (CPython's initialize_locals),
/// with CPython's error messages. Arguments are borrowed; the frame takes its own references.</summary>
static class ArgBinding
{
    public static void Bind(Frame frame, PyFunction func, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var code = func.Code;
        var slots = frame.Slots;
        int argcount = code.ArgCount;
        int kwonly = code.KwOnlyArgCount;
        int total = argcount + kwonly;
        bool hasVarargs = (code.Flags & CodeFlags.VarArgs) != 0;
        bool hasVarkw = (code.Flags & CodeFlags.VarKeywords) != 0;
        int nkw = kwnames?.Count ?? 0;
        int npos = args.Length - nkw;

        // Fast path: exact positional arguments, nothing else.
        if (nkw == 0 && npos == argcount && !hasVarargs && !hasVarkw && kwonly == 0)
        {
            for (int i = 0; i < npos; i++) slots[i] = Py.NewRef(args[i]);
            return;
        }
        // A binding error leaves nothing bound: the frame never runs.
        try { BindSlow(frame, func, args, kwnames); }
        catch { frame.ReleaseSlots(); throw; }
    }

    static void BindSlow(Frame frame, PyFunction func, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var code = func.Code;
        var slots = frame.Slots;
        int argcount = code.ArgCount;
        int kwonly = code.KwOnlyArgCount;
        int total = argcount + kwonly;
        bool hasVarargs = (code.Flags & CodeFlags.VarArgs) != 0;
        bool hasVarkw = (code.Flags & CodeFlags.VarKeywords) != 0;
        int nkw = kwnames?.Count ?? 0;
        int npos = args.Length - nkw;

        PyDict? kwdict = null;
        if (hasVarkw)
        {
            kwdict = new PyDict();
            slots[total + (hasVarargs ? 1 : 0)] = kwdict;
        }
        int n = Math.Min(npos, argcount);
        for (int i = 0; i < n; i++) slots[i] = Py.NewRef(args[i]);
        if (hasVarargs)
        {
            slots[total] = npos > argcount ? PyTuple.Create(args[argcount..npos]) : PyTuple.Empty;
        }

        for (int k = 0; k < nkw; k++)
        {
            var name = (PyStr)kwnames!.Items[k];
            var value = args[npos + k];
            int index = -1;
            var names = code.LocalsPlusNames;
            for (int j = code.PosOnlyArgCount; j < total; j++)
                if (ReferenceEquals(names[j], name)) { index = j; break; }
            if (index < 0)
                for (int j = code.PosOnlyArgCount; j < total; j++)
                    if (names[j].Value == name.Value) { index = j; break; }
            if (index < 0)
            {
                if (kwdict is not null)
                {
                    kwdict.SetItem(name, value);
                    continue;
                }
                for (int j = 0; j < code.PosOnlyArgCount; j++)
                {
                    if (names[j].Value == name.Value)
                        throw PositionalOnlyAsKeyword(func, kwnames, npos, args);
                }
                throw PyErr.TypeError($"{Qual(func)}() got an unexpected keyword argument '{name.Value}'");
            }
            if (slots[index] is not null)
                throw PyErr.TypeError($"{Qual(func)}() got multiple values for argument '{name.Value}'");
            slots[index] = Py.NewRef(value);
        }

        if (npos > argcount && !hasVarargs) throw TooManyPositional(func, npos, slots);

        // Defaults for missing positional parameters.
        if (npos < argcount)
        {
            var defaults = func.Defaults;
            int ndefs = defaults?.Count ?? 0;
            int firstDefault = argcount - ndefs;
            List<string>? missing = null;
            for (int i = npos; i < argcount; i++)
            {
                if (slots[i] is not null) continue;
                if (i >= firstDefault) slots[i] = Py.NewRef(defaults!.Items[i - firstDefault]);
                else (missing ??= new()).Add(code.LocalsPlusNames[i].Value);
            }
            if (missing is not null) throw Missing(func, missing, "positional");
        }
        if (kwonly > 0)
        {
            List<string>? missing = null;
            for (int i = argcount; i < total; i++)
            {
                if (slots[i] is not null) continue;
                var name = code.LocalsPlusNames[i];
                var def = func.KwDefaults?.GetItemBorrowed(name);
                if (def is not null) slots[i] = Py.NewRef(def);
                else (missing ??= new()).Add(name.Value);
            }
            if (missing is not null) throw Missing(func, missing, "keyword-only");
        }
    }

    static string Qual(PyFunction f) => f.QualName.Value;

    static PyException Missing(PyFunction func, List<string> names, string kind)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < names.Count; i++)
        {
            if (i > 0) sb.Append(names.Count == 2 ? " and " : i == names.Count - 1 ? ", and " : ", ");
            sb.Append('\'').Append(names[i]).Append('\'');
        }
        string plural = names.Count == 1 ? "" : "s";
        return PyErr.TypeError($"{Qual(func)}() missing {names.Count} required {kind} argument{plural}: {sb}");
    }

    static PyException TooManyPositional(PyFunction func, int given, PyObject?[] slots)
    {
        var code = func.Code;
        int argcount = code.ArgCount;
        int defcount = func.Defaults?.Count ?? 0;
        int kwonlyGiven = 0;
        for (int i = argcount; i < argcount + code.KwOnlyArgCount; i++) if (slots[i] is not null) kwonlyGiven++;
        string sig = defcount > 0
            ? $"from {argcount - defcount} to {argcount} positional arguments"
            : $"{argcount} positional argument{(argcount == 1 ? "" : "s")}";
        string givenText = kwonlyGiven > 0
            ? $"{given} positional argument{(given == 1 ? "" : "s")} (and {kwonlyGiven} keyword-only argument{(kwonlyGiven == 1 ? "" : "s")})"
            : $"{given}";
        string verb = given == 1 && kwonlyGiven == 0 ? "was" : "were";
        return PyErr.TypeError($"{Qual(func)}() takes {sig} but {givenText} {verb} given");
    }

    static PyException PositionalOnlyAsKeyword(PyFunction func, PyTuple kwnames, int npos, ReadOnlySpan<PyObject> args)
    {
        var code = func.Code;
        var bad = new List<string>();
        foreach (var k in kwnames.Items)
        {
            string name = ((PyStr)k).Value;
            for (int j = 0; j < code.PosOnlyArgCount; j++)
                if (code.LocalsPlusNames[j].Value == name) bad.Add($"'{name}'");
        }
        return PyErr.TypeError($"{Qual(func)}() got some positional-only arguments passed as keyword arguments: {string.Join(", ", bad)}");
    }
}
