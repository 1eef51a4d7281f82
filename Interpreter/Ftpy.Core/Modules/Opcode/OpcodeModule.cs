using Ftpy.Compiling;
using Ftpy.Objects;
using Ftpy.Runtime;

namespace Ftpy.Modules;

/// <summary>The _opcode module: the instruction set as the compiler and VM define it
/// (Compiling/OpCode.cs), for Lib/opcode.py and Lib/dis.py. Names, numbers and cache
/// counts come from the enum itself, so they cannot drift from the VM.</summary>
public static class OpcodeModule
{
    /// <summary>Opcodes from this number on take an argument (CPython 3.12's HAVE_ARGUMENT).</summary>
    public const int HaveArgument = 90;

    public static PyModule Create(InterpreterState interp)
    {
        var m = new PyModule("_opcode");
        var opmap = new PyDict();
        var caches = new PyDict();
        foreach (var op in Enum.GetValues<OpCode>())
        {
            var name = PyStr.From(op.ToString());
            var number = PyInt.From((int)op);
            opmap.SetItem(name, number);
            int n = OpCodeInfo.CacheEntries[(int)op];
            if (n > 0) caches.SetItem(name, PyInt.From(n));
            Py.Decref(name);
            Py.Decref(number);
        }
        m.Dict.SetItem("opmap", opmap);
        m.Dict.SetItem("cache_entries", caches);
        m.Dict.SetItem("EXTENDED_ARG", PyInt.From(ExternalBytecode.ExtendedArg));
        m.Dict.SetItem("HAVE_ARGUMENT", PyInt.From(HaveArgument));
        Py.Decref(opmap);
        Py.Decref(caches);
        m.AddFunction("stack_effect", (PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames) =>
        {
            int nkw = kwnames?.Count ?? 0;
            int npos = args.Length - nkw;
            if (npos < 1 || npos > 2) throw PyErr.TypeError($"stack_effect() takes from 1 to 2 positional arguments but {npos} were given");
            PyObject? jumpArg = null;
            for (int i = 0; i < nkw; i++)
            {
                if (((PyStr)kwnames!.Items[i]).Value == "jump") jumpArg = args[npos + i];
                else throw PyErr.TypeError($"stack_effect() got an unexpected keyword argument '{((PyStr)kwnames.Items[i]).Value}'");
            }
            long opcode = Py.AsLong(args[0]);
            bool defined = opcode is > 0 and < 256 && Enum.IsDefined(typeof(OpCode), (byte)opcode) && opcode != ExternalBytecode.ExtendedArg;
            if (!defined) throw PyErr.ValueError("invalid opcode or oparg");
            var op = (OpCode)(byte)opcode;
            int oparg = 0;
            if (npos == 2 && args[1] is not PyNone) oparg = (int)Py.AsLong(args[1]);
            int noJump = StackEffects.Of(op, oparg, jump: false);
            int withJump = StackEffects.Of(op, oparg, jump: true);
            if (jumpArg is null || jumpArg is PyNone) return PyInt.From(System.Math.Max(noJump, withJump));
            return PyInt.From(Py.IsTrue(jumpArg) ? withJump : noJump);
        });
        return m;
    }
}
