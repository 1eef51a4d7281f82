using System.Runtime.CompilerServices;
using Ftpy.Compiling;
using Ftpy.Objects;
using Ftpy.Runtime;

namespace Ftpy.Execution;

/// <summary>
/// The bytecode interpreter (CPython's ceval). One <see cref="Run"/> executes an entry frame
/// and every Python frame it calls, without recursing on the C# stack for Python-to-Python
/// calls; generators and calls made from C# code start their own Run.
/// Invariants: the value stack holds owned references; an exception caught here is unwound
/// through the frame's exception table, gaining one traceback entry per frame it leaves (except
/// for re-raises); the eval breaker is checked at backward jumps, calls and RESUME.
/// </summary>
public static partial class EvalLoop
{
    /// <summary>Runs <paramref name="entry"/> (optionally raising <paramref name="throwIn"/> at its
    /// current instruction first) and returns what it returns or yields.</summary>
    public static PyObject Run(ThreadState ts, Frame entry, PyBaseException? throwIn = null)
    {
        entry.IsEntry = true;
        entry.Previous = ts.CurrentFrame;
        if (++ts.PyRecursionDepth > ts.RecursionLimit)
        {
            ts.PyRecursionDepth--;
            if (entry.Generator is null) entry.Clear();
            throw PyErr.RecursionError("maximum recursion depth exceeded");
        }
        ts.CurrentFrame = entry;
        entry.IsExecuting = true;
        try
        {
            return Execute(ts, entry, throwIn);
        }
        finally
        {
            ts.PyRecursionDepth--;
        }
    }

    static PyObject Execute(ThreadState ts, Frame frame, PyBaseException? throwIn)
    {
        PyObject?[] slots = frame.Slots;
        int sp = frame.StackPointer;
        int[] code = frame.Code.Instructions;
        int ip = frame.NextInstr;
        PyObject[] consts = frame.Code.Consts;
        PyStr[] names = frame.Code.Names;
        PyTuple? kwnames = null;
        PyBaseException? pending = null;
        PyBaseException? escaping = null;
        bool pendingIsReraise = false;
        // RERAISE with a saved lasti moves LastInstr back to the original raise (for line
        // numbers), but the handler is looked up where RERAISE itself stands, as CPython does.
        int unwindAt = -1;
        if (throwIn is not null)
        {
            pending = Py.NewRef(throwIn);
            frame.LastInstr = Math.Max(0, ip - 1);
        }

        while (true)
        {
            try
            {
                if (pending is not null)
                {
                    var exc = pending;
                    pending = null;
                    // Unwind: find a handler in this frame or pop frames of this Run.
                    while (true)
                    {
                        if (!pendingIsReraise) AddTraceback(frame, exc);
                        pendingIsReraise = false;
                        int at = unwindAt >= 0 ? unwindAt : frame.LastInstr;
                        unwindAt = -1;
                        if (FindHandler(frame.Code, at, out var entry))
                        {
                            int depth = frame.Code.NLocalsPlus + entry.Depth;
                            while (sp > depth)
                            {
                                var o = slots[--sp];
                                if (o is not null) Py.Decref(o);
                            }
                            if (entry.PushLasti) Put(slots, sp++, PyInt.From(frame.LastInstr));
                            Put(slots, sp++, exc);
                            ip = entry.Target;
                            kwnames = null;
                            break;
                        }
                        // No handler: this frame is done.
                        frame.StackPointer = sp;
                        frame.IsExecuting = false;
                        if (frame.Generator is null) frame.Clear();
                        ts.CurrentFrame = frame.Previous;
                        if (frame.IsEntry)
                        {
                            escaping = exc;
                            goto Escape;
                        }
                        ts.PyRecursionDepth--;
                        frame = frame.Previous!;
                        slots = frame.Slots; sp = frame.StackPointer; code = frame.Code.Instructions; ip = frame.NextInstr;
                        consts = frame.Code.Consts; names = frame.Code.Names;
                        // The call instruction in the caller is where it continues unwinding.
                    }
                }

                // ---- dispatch ----
                while (true)
                {
                    int word = code[ip];
                    frame.LastInstr = ip;
                    ip++;
                    int arg = word >>> 8;
                    switch ((OpCode)(byte)word)
                    {
                        case OpCode.NOP:
                        case OpCode.RETURN_GENERATOR:
                            break;

                        case OpCode.RESUME:
                            if (ts.EvalBreakerWord != 0) HandleEvalBreaker(ts);
                            break;

                        case OpCode.LOAD_FAST:
                        case OpCode.LOAD_FAST_CHECK:
                        {
                            var v = slots[arg];
                            if (v is null) throw UnboundLocal(frame.Code, arg);
                            Py.Incref(v);
                            Put(slots, sp++, v);
                            break;
                        }
                        case OpCode.LOAD_FAST_AND_CLEAR:
                            Put(slots, sp++, slots[arg]);
                            Put(slots, arg, null);
                            break;
                        case OpCode.STORE_FAST:
                        {
                            var old = slots[arg];
                            Put(slots, arg, slots[--sp]);
                            if (old is not null) Py.Decref(old);
                            break;
                        }
                        case OpCode.DELETE_FAST:
                        {
                            var old = slots[arg];
                            if (old is null) throw UnboundLocal(frame.Code, arg);
                            Put(slots, arg, null);
                            Py.Decref(old);
                            break;
                        }
                        case OpCode.LOAD_CONST:
                        {
                            var v = consts[arg];
                            Py.Incref(v);
                            Put(slots, sp++, v);
                            break;
                        }
                        case OpCode.POP_TOP:
                        {
                            var v = slots[--sp];
                            if (v is not null) Py.Decref(v);
                            break;
                        }
                        case OpCode.PUSH_NULL:
                            Put(slots, sp++, null);
                            break;
                        case OpCode.COPY:
                        {
                            var v = slots[sp - arg]!;
                            Py.Incref(v);
                            Put(slots, sp++, v);
                            break;
                        }
                        case OpCode.SWAP:
                        {
                            var t = slots[sp - 1];
                            Put(slots, sp - 1, slots[sp - arg]);
                            Put(slots, sp - arg, t);
                            break;
                        }

                        case OpCode.UNARY_NEGATIVE:
                        {
                            var v = slots[sp - 1]!;
                            var r = Py.Negative(v);
                            Put(slots, sp - 1, r);
                            Py.Decref(v);
                            break;
                        }
                        case OpCode.UNARY_NOT:
                        {
                            var v = slots[sp - 1]!;
                            bool t = Py.IsTrue(v);
                            Put(slots, sp - 1, t ? PyBool.False : PyBool.True);
                            Py.Decref(v);
                            break;
                        }
                        case OpCode.UNARY_INVERT:
                        {
                            var v = slots[sp - 1]!;
                            var r = Py.Invert(v);
                            Put(slots, sp - 1, r);
                            Py.Decref(v);
                            break;
                        }

                        case OpCode.BINARY_OP:
                        {
                            var b = slots[sp - 1]!;
                            var a = slots[sp - 2]!;
                            var r = FastBinary.TryOp(a, b, (BinaryOp)arg) ?? Py.BinaryOp(a, b, (BinaryOp)arg);
                            sp--;
                            Put(slots, sp - 1, r);
                            Py.Decref(a);
                            Py.Decref(b);
                            ip += 1;
                            break;
                        }
                        case OpCode.COMPARE_OP:
                        {
                            var b = slots[sp - 1]!;
                            var a = slots[sp - 2]!;
                            var op = (CompareOp)(arg >> 4);
                            var r = FastBinary.TryCompare(a, b, op) ?? Py.RichCompare(a, b, op);
                            sp--;
                            Put(slots, sp - 1, r);
                            Py.Decref(a);
                            Py.Decref(b);
                            ip += 1;
                            break;
                        }
                        case OpCode.IS_OP:
                        {
                            var b = slots[--sp]!;
                            var a = slots[sp - 1]!;
                            bool r = ReferenceEquals(a, b) ^ (arg != 0);
                            Put(slots, sp - 1, r ? PyBool.True : PyBool.False);
                            Py.Decref(a);
                            Py.Decref(b);
                            break;
                        }
                        case OpCode.CONTAINS_OP:
                        {
                            var container = slots[sp - 1]!;
                            var item = slots[sp - 2]!;
                            bool r = Py.Contains(container, item) ^ (arg != 0);
                            sp--;
                            Put(slots, sp - 1, r ? PyBool.True : PyBool.False);
                            Py.Decref(item);
                            Py.Decref(container);
                            break;
                        }

                        case OpCode.BINARY_SUBSCR:
                        {
                            var key = slots[sp - 1]!;
                            var container = slots[sp - 2]!;
                            var r = FastBinary.TrySubscript(container, key) ?? Py.GetItem(container, key);
                            sp--;
                            Put(slots, sp - 1, r);
                            Py.Decref(container);
                            Py.Decref(key);
                            ip += 1;
                            break;
                        }
                        case OpCode.STORE_SUBSCR:
                        {
                            var key = slots[sp - 1]!;
                            var container = slots[sp - 2]!;
                            var v = slots[sp - 3]!;
                            if (!FastBinary.TryStoreSubscript(container, key, v)) Py.SetItem(container, key, v);
                            sp -= 3;
                            Py.Decref(key); Py.Decref(container); Py.Decref(v);
                            ip += 1;
                            break;
                        }
                        case OpCode.DELETE_SUBSCR:
                        {
                            var key = slots[sp - 1]!;
                            var container = slots[sp - 2]!;
                            Py.DelItem(container, key);
                            sp -= 2;
                            Py.Decref(key); Py.Decref(container);
                            break;
                        }
                        case OpCode.BINARY_SLICE:
                        {
                            var stop = slots[sp - 1]!;
                            var start = slots[sp - 2]!;
                            var container = slots[sp - 3]!;
                            var slice = new PySlice(start, stop, PyNone.Instance);
                            PyObject r;
                            try { r = Py.GetItem(container, slice); }
                            finally { Py.Decref(slice); }
                            sp -= 2;
                            Put(slots, sp - 1, r);
                            Py.Decref(stop); Py.Decref(start); Py.Decref(container);
                            break;
                        }
                        case OpCode.STORE_SLICE:
                        {
                            var stop = slots[sp - 1]!;
                            var start = slots[sp - 2]!;
                            var container = slots[sp - 3]!;
                            var v = slots[sp - 4]!;
                            var slice = new PySlice(start, stop, PyNone.Instance);
                            try { Py.SetItem(container, slice, v); }
                            finally { Py.Decref(slice); }
                            sp -= 4;
                            Py.Decref(stop); Py.Decref(start); Py.Decref(container); Py.Decref(v);
                            break;
                        }
                        case OpCode.BUILD_SLICE:
                        {
                            PyObject step = arg == 3 ? slots[--sp]! : PyNone.Instance;
                            var stop = slots[--sp]!;
                            var start = slots[sp - 1]!;
                            Put(slots, sp - 1, new PySlice(start, stop, step));
                            Py.Decref(start); Py.Decref(stop);
                            if (arg == 3) Py.Decref(step);
                            break;
                        }

                        case OpCode.GET_ITER:
                        {
                            var v = slots[sp - 1]!;
                            var it = Py.GetIter(v);
                            Put(slots, sp - 1, it);
                            Py.Decref(v);
                            break;
                        }
                        case OpCode.GET_YIELD_FROM_ITER:
                        {
                            var v = slots[sp - 1]!;
                            if (v is not PyGenerator)
                            {
                                var it = Py.GetIter(v);
                                Put(slots, sp - 1, it);
                                Py.Decref(v);
                            }
                            break;
                        }
                        case OpCode.FOR_ITER:
                        {
                            var it = slots[sp - 1]!;
                            var next = FastBinary.TryIterNext(it, out bool handled);
                            if (!handled) next = it.ob_type.tp_iternext!(it);
                            if (next is not null)
                            {
                                Put(slots, sp++, next);
                                ip += 1;
                            }
                            else
                            {
                                if (ts.StopIterationValue is { } stale) { ts.StopIterationValue = null; Py.Decref(stale); }
                                sp--;
                                Py.Decref(it);
                                ip = arg + 1;   // past the END_FOR at the target
                            }
                            break;
                        }
                        case OpCode.END_FOR:
                        {
                            var a = slots[--sp]; var b = slots[--sp];
                            if (a is not null) Py.Decref(a);
                            if (b is not null) Py.Decref(b);
                            break;
                        }

                        case OpCode.JUMP_FORWARD:
                        case OpCode.JUMP_BACKWARD_NO_INTERRUPT:
                            ip = arg;
                            break;
                        case OpCode.JUMP_BACKWARD:
                            ip = arg;
                            if (ts.EvalBreakerWord != 0) HandleEvalBreaker(ts);
                            break;
                        case OpCode.POP_JUMP_IF_FALSE:
                        {
                            var v = slots[--sp]!;
                            if (ReferenceEquals(v, PyBool.False)) { ip = arg; break; }
                            if (ReferenceEquals(v, PyBool.True)) break;
                            bool t = Py.IsTrue(v);
                            Py.Decref(v);
                            if (!t) ip = arg;
                            break;
                        }
                        case OpCode.POP_JUMP_IF_TRUE:
                        {
                            var v = slots[--sp]!;
                            if (ReferenceEquals(v, PyBool.True)) { ip = arg; break; }
                            if (ReferenceEquals(v, PyBool.False)) break;
                            bool t = Py.IsTrue(v);
                            Py.Decref(v);
                            if (t) ip = arg;
                            break;
                        }
                        case OpCode.POP_JUMP_IF_NONE:
                        {
                            var v = slots[--sp]!;
                            if (ReferenceEquals(v, PyNone.Instance)) ip = arg;
                            else Py.Decref(v);
                            break;
                        }
                        case OpCode.POP_JUMP_IF_NOT_NONE:
                        {
                            var v = slots[--sp]!;
                            if (!ReferenceEquals(v, PyNone.Instance)) { Py.Decref(v); ip = arg; }
                            break;
                        }

                        case OpCode.LOAD_NAME:
                        {
                            var name = names[arg];
                            var value = LoadName(frame, name); // may throw: push only after
                            Put(slots, sp++, value);
                            break;
                        }
                        case OpCode.STORE_NAME:
                        {
                            var name = names[arg];
                            var v = slots[--sp]!;
                            try
                            {
                                if (frame.Locals is null) throw PyErr.SystemError($"no locals found when storing '{name.Value}'");
                                if (frame.Locals is PyDict d && d.ob_type == PyDict.Type) d.SetItem(name, v);
                                else Py.SetItem(frame.Locals, name, v);
                            }
                            finally { Py.Decref(v); }
                            break;
                        }
                        case OpCode.DELETE_NAME:
                        {
                            var name = names[arg];
                            if (frame.Locals is null) throw PyErr.SystemError($"no locals when deleting '{name.Value}'");
                            if (frame.Locals is PyDict d && d.ob_type == PyDict.Type)
                            {
                                if (!d.DelItem(name)) throw NameError(name);
                            }
                            else
                            {
                                try { Py.DelItem(frame.Locals, name); }
                                catch (PyException e) when (e.Matches(ExceptionTypes.KeyError)) { e.Release(); throw NameError(name); }
                            }
                            break;
                        }
                        case OpCode.LOAD_GLOBAL:
                        {
                            var name = names[arg >> 1];
                            var v = LoadGlobal(frame, name);
                            if ((arg & 1) != 0) Put(slots, sp++, null);
                            Put(slots, sp++, v);
                            ip += 4;
                            break;
                        }
                        case OpCode.STORE_GLOBAL:
                        {
                            var v = slots[--sp]!;
                            frame.Globals.SetItem(names[arg], v);
                            Py.Decref(v);
                            break;
                        }
                        case OpCode.DELETE_GLOBAL:
                        {
                            var name = names[arg];
                            if (!frame.Globals.DelItem(name)) throw NameError(name);
                            break;
                        }
                        case OpCode.LOAD_LOCALS:
                        {
                            var l = frame.Locals ?? throw PyErr.SystemError("no locals found");
                            Py.Incref(l);
                            Put(slots, sp++, l);
                            break;
                        }
                        case OpCode.LOAD_FROM_DICT_OR_GLOBALS:
                        {
                            var mapping = slots[sp - 1]!;
                            var name = names[arg];
                            var v = LookupMapping(mapping, name) ?? LoadGlobal(frame, name);
                            Put(slots, sp - 1, v);
                            Py.Decref(mapping);
                            break;
                        }
                        case OpCode.LOAD_FROM_DICT_OR_DEREF:
                        {
                            var mapping = slots[sp - 1]!;
                            var name = frame.Code.LocalsPlusNames[arg];
                            var v = LookupMapping(mapping, name);
                            if (v is null)
                            {
                                var cell = (PyCell)slots[arg]!;
                                v = cell.Contents ?? throw FreeVarError(frame.Code, arg);
                                Py.Incref(v);
                            }
                            Put(slots, sp - 1, v);
                            Py.Decref(mapping);
                            break;
                        }

                        case OpCode.MAKE_CELL:
                        {
                            var init = slots[arg];
                            var cell = new PyCell(init);
                            if (init is not null) Py.Decref(init);
                            Put(slots, arg, cell);
                            break;
                        }
                        case OpCode.COPY_FREE_VARS:
                        {
                            var closure = frame.Function!.Closure!;
                            int start = frame.Code.NLocalsPlus - arg;
                            for (int i = 0; i < arg; i++) Put(slots, start + i, Py.NewRef(closure.Items[i]));
                            break;
                        }
                        case OpCode.LOAD_CLOSURE:
                        {
                            var c = slots[arg]!;
                            Py.Incref(c);
                            Put(slots, sp++, c);
                            break;
                        }
                        case OpCode.LOAD_DEREF:
                        {
                            var cell = (PyCell)slots[arg]!;
                            var v = cell.Contents ?? throw FreeVarError(frame.Code, arg);
                            Py.Incref(v);
                            Put(slots, sp++, v);
                            break;
                        }
                        case OpCode.STORE_DEREF:
                        {
                            var cell = (PyCell)slots[arg]!;
                            var v = slots[--sp]!;
                            var old = cell.Contents;
                            cell.Contents = v;
                            if (old is not null) Py.Decref(old);
                            break;
                        }
                        case OpCode.DELETE_DEREF:
                        {
                            var cell = (PyCell)slots[arg]!;
                            var old = cell.Contents ?? throw FreeVarError(frame.Code, arg);
                            cell.Contents = null;
                            Py.Decref(old);
                            break;
                        }

                        case OpCode.LOAD_ATTR:
                        {
                            var owner = slots[sp - 1]!;
                            var name = names[arg >> 1];
                            if ((arg & 1) != 0)
                            {
                                var meth = Attributes.GetMethod(owner, name, out bool unbound);
                                if (unbound)
                                {
                                    Put(slots, sp - 1, meth);
                                    Put(slots, sp++, owner);
                                }
                                else
                                {
                                    Put(slots, sp - 1, null);
                                    Put(slots, sp++, meth);
                                    Py.Decref(owner);
                                }
                            }
                            else
                            {
                                var v = Py.GetAttr(owner, name);
                                Put(slots, sp - 1, v);
                                Py.Decref(owner);
                            }
                            ip += 9;
                            break;
                        }
                        case OpCode.STORE_ATTR:
                        {
                            var owner = slots[sp - 1]!;
                            var v = slots[sp - 2]!;
                            Py.SetAttr(owner, names[arg], v);
                            sp -= 2;
                            Py.Decref(owner);
                            Py.Decref(v);
                            ip += 4;
                            break;
                        }
                        case OpCode.DELETE_ATTR:
                        {
                            var owner = slots[--sp]!;
                            try { Py.DelAttr(owner, names[arg]); }
                            finally { Py.Decref(owner); }
                            break;
                        }

                        case OpCode.BUILD_TUPLE:
                        {
                            var items = arg == 0 ? Array.Empty<PyObject>() : new PyObject[arg];
                            sp -= arg;
                            Array.Copy(slots, sp, items, 0, arg);
                            Put(slots, sp++, PyTuple.Steal(items));
                            break;
                        }
                        case OpCode.BUILD_LIST:
                        {
                            var items = new PyObject?[Math.Max(arg, 4)];
                            sp -= arg;
                            Array.Copy(slots, sp, items, 0, arg);
                            Put(slots, sp++, PyList.Steal(items, arg));
                            break;
                        }
                        case OpCode.BUILD_SET:
                        {
                            var set = new PySet();
                            int start = sp - arg;
                            try
                            {
                                for (int i = start; i < sp; i++) set.Add(slots[i]!);
                            }
                            catch { Py.Decref(set); throw; }
                            for (int i = start; i < sp; i++) Py.Decref(slots[i]!);
                            sp = start;
                            Put(slots, sp++, set);
                            break;
                        }
                        case OpCode.BUILD_MAP:
                        {
                            var d = new PyDict(arg);
                            int start = sp - 2 * arg;
                            try
                            {
                                for (int i = start; i < sp; i += 2) d.SetItem(slots[i]!, slots[i + 1]!);
                            }
                            catch { Py.Decref(d); throw; }
                            for (int i = start; i < sp; i++) Py.Decref(slots[i]!);
                            sp = start;
                            Put(slots, sp++, d);
                            break;
                        }
                        case OpCode.BUILD_CONST_KEY_MAP:
                        {
                            var keys = (PyTuple)slots[--sp]!;
                            var d = new PyDict(arg);
                            int start = sp - arg;
                            for (int i = 0; i < arg; i++) d.SetItem(keys.Items[i], slots[start + i]!);
                            for (int i = start; i < sp; i++) Py.Decref(slots[i]!);
                            Py.Decref(keys);
                            sp = start;
                            Put(slots, sp++, d);
                            break;
                        }
                        case OpCode.BUILD_STRING:
                        {
                            int start = sp - arg;
                            var parts = new string[arg];
                            for (int i = 0; i < arg; i++) parts[i] = ((PyStr)slots[start + i]!).Value;
                            var s = PyStr.From(string.Concat(parts));
                            for (int i = start; i < sp; i++) Py.Decref(slots[i]!);
                            sp = start;
                            Put(slots, sp++, s);
                            break;
                        }
                        case OpCode.LIST_APPEND:
                        {
                            var v = slots[--sp]!;
                            ((PyList)slots[sp - arg]!).AppendSteal(v);
                            break;
                        }
                        case OpCode.SET_ADD:
                        {
                            var v = slots[--sp]!;
                            try { ((PySet)slots[sp - arg]!).Add(v); }
                            finally { Py.Decref(v); }
                            break;
                        }
                        case OpCode.MAP_ADD:
                        {
                            var v = slots[--sp]!;
                            var k = slots[--sp]!;
                            try { ((PyDict)slots[sp - arg]!).SetItem(k, v); }
                            finally { Py.Decref(k); Py.Decref(v); }
                            break;
                        }
                        case OpCode.LIST_EXTEND:
                        {
                            var iterable = slots[--sp]!;
                            try { ListExtend((PyList)slots[sp - arg]!, iterable); }
                            finally { Py.Decref(iterable); }
                            break;
                        }
                        case OpCode.SET_UPDATE:
                        {
                            var iterable = slots[--sp]!;
                            try { ((PySet)slots[sp - arg]!).Update(iterable); }
                            finally { Py.Decref(iterable); }
                            break;
                        }
                        case OpCode.DICT_UPDATE:
                        {
                            var update = slots[--sp]!;
                            try { DictUpdate((PyDict)slots[sp - arg]!, update); }
                            finally { Py.Decref(update); }
                            break;
                        }
                        case OpCode.DICT_MERGE:
                        {
                            var update = slots[--sp]!;
                            try { DictMerge((PyDict)slots[sp - arg]!, update, slots[sp - arg - 2]); }
                            finally { Py.Decref(update); }
                            break;
                        }

                        case OpCode.UNPACK_SEQUENCE:
                        {
                            var seq = slots[--sp]!;
                            try { UnpackSequence(seq, arg, slots, sp); }
                            finally { Py.Decref(seq); }
                            sp += arg;
                            ip += 1;
                            break;
                        }
                        case OpCode.UNPACK_EX:
                        {
                            var seq = slots[--sp]!;
                            int before = arg & 0xFF, after = arg >> 8;
                            try { UnpackEx(seq, before, after, slots, sp); }
                            finally { Py.Decref(seq); }
                            sp += before + after + 1;
                            break;
                        }

                        case OpCode.KW_NAMES:
                            kwnames = (PyTuple)consts[arg];
                            break;

                        case OpCode.CALL:
                        {
                            int baseIdx = sp - arg - 2;
                            var method = slots[baseIdx];
                            PyObject callable;
                            int argStart, nargs;
                            if (method is not null)
                            {
                                callable = method;
                                argStart = baseIdx + 1;
                                nargs = arg + 1;
                            }
                            else
                            {
                                callable = slots[baseIdx + 1]!;
                                argStart = baseIdx + 2;
                                nargs = arg;
                            }
                            var kw = kwnames;
                            kwnames = null;
                            ip += 3;
                            if (callable is PyFunction func)
                            {
                                var newFrame = Frame.ForCall(ts, func);
                                ArgBinding.Bind(newFrame, func, new ReadOnlySpan<PyObject>(slots!, argStart, nargs), kw);
                                for (int i = baseIdx; i < sp; i++) { var o = slots[i]; if (o is not null) Py.Decref(o); }
                                sp = baseIdx;
                                if (func.Code.IsGenerator)
                                {
                                    Put(slots, sp++, new PyGenerator(newFrame, func));
                                    break;
                                }
                                if (++ts.PyRecursionDepth > ts.RecursionLimit)
                                {
                                    ts.PyRecursionDepth--;
                                    newFrame.ReleaseSlots();
                                    throw PyErr.RecursionError("maximum recursion depth exceeded");
                                }
                                frame.StackPointer = sp;
                                frame.NextInstr = ip;
                                newFrame.Previous = frame;
                                newFrame.IsExecuting = true;
                                ts.CurrentFrame = newFrame;
                                frame = newFrame;
                                slots = frame.Slots; sp = frame.StackPointer; code = frame.Code.Instructions; ip = 0;
                                consts = frame.Code.Consts; names = frame.Code.Names;
                                if (ts.EvalBreakerWord != 0) HandleEvalBreaker(ts);
                                break;
                            }
                            frame.StackPointer = sp;
                            var result = CallObject(callable, new ReadOnlySpan<PyObject>(slots!, argStart, nargs), kw);
                            for (int i = baseIdx; i < sp; i++) { var o = slots[i]; if (o is not null) Py.Decref(o); }
                            sp = baseIdx;
                            Put(slots, sp++, result);
                            if (ts.EvalBreakerWord != 0) HandleEvalBreaker(ts);
                            break;
                        }
                        case OpCode.CALL_FUNCTION_EX:
                        {
                            PyDict? kwargs = (arg & 1) != 0 ? (PyDict)slots[--sp]! : null;
                            var callargs = slots[--sp]!;
                            var callable = slots[sp - 1]!;
                            var nullSlot = slots[sp - 2];
                            PyObject result;
                            try
                            {
                                var tuple = CallArgsTuple(callable, callargs);
                                try { result = Py.CallTupleDict(callable, tuple, kwargs); }
                                finally { Py.Decref(tuple); }
                            }
                            finally
                            {
                                Py.Decref(callargs);
                                if (kwargs is not null) Py.Decref(kwargs);
                            }
                            sp -= 2;
                            Py.Decref(callable);
                            if (nullSlot is not null) Py.Decref(nullSlot);
                            Put(slots, sp++, result);
                            break;
                        }
                        case OpCode.CALL_INTRINSIC_1:
                        {
                            var v = slots[sp - 1]!;
                            var r = Intrinsics.Call1((Intrinsic1)arg, ts, frame, v);
                            Put(slots, sp - 1, r);
                            Py.Decref(v);
                            break;
                        }
                        case OpCode.CALL_INTRINSIC_2:
                        {
                            var v2 = slots[--sp]!;
                            var v1 = slots[sp - 1]!;
                            var r = Intrinsics.Call2((Intrinsic2)arg, v1, v2);
                            Put(slots, sp - 1, r);
                            Py.Decref(v1);
                            Py.Decref(v2);
                            break;
                        }

                        case OpCode.MAKE_FUNCTION:
                        {
                            var fcode = (PyCode)slots[--sp]!;
                            var f = new PyFunction(fcode, frame.Globals, frame.Builtins, PyStr.Intern(fcode.QualName));
                            Py.Decref(fcode);
                            if ((arg & (int)MakeFunctionFlags.Closure) != 0) f.Closure = (PyTuple)slots[--sp]!;
                            if ((arg & (int)MakeFunctionFlags.Annotations) != 0) f.Annotations = AnnotationsDict((PyTuple)slots[--sp]!);
                            if ((arg & (int)MakeFunctionFlags.KwDefaults) != 0) f.KwDefaults = (PyDict)slots[--sp]!;
                            if ((arg & (int)MakeFunctionFlags.Defaults) != 0) f.Defaults = (PyTuple)slots[--sp]!;
                            Put(slots, sp++, f);
                            break;
                        }

                        case OpCode.RETURN_VALUE:
                        case OpCode.RETURN_CONST:
                        {
                            PyObject retval;
                            if ((OpCode)(byte)word == OpCode.RETURN_CONST) { retval = consts[arg]; Py.Incref(retval); }
                            else retval = slots[--sp]!;
                            frame.StackPointer = sp;
                            frame.IsExecuting = false;
                            ts.CurrentFrame = frame.Previous;
                            if (frame.Generator is null) frame.Clear();
                            if (frame.IsEntry) return retval;
                            ts.PyRecursionDepth--;
                            var finished = frame;
                            frame = frame.Previous!;
                            if (finished.Generator is null && finished.IsCleared) Frame.Recycle(ts, finished);
                            slots = frame.Slots; sp = frame.StackPointer; code = frame.Code.Instructions; ip = frame.NextInstr;
                            consts = frame.Code.Consts; names = frame.Code.Names;
                            Put(slots, sp++, retval);
                            break;
                        }
                        case OpCode.YIELD_VALUE:
                        {
                            var v = slots[--sp]!;
                            frame.StackPointer = sp;
                            frame.NextInstr = ip;
                            frame.IsExecuting = false;
                            ts.CurrentFrame = frame.Previous;
                            frame.Generator!.Yielded = true;
                            return v;
                        }
                        case OpCode.SEND:
                        {
                            var v = slots[sp - 1]!;
                            var receiver = slots[sp - 2]!;
                            PyObject r;
                            bool returned;
                            if (receiver is PyGenerator g)
                            {
                                r = g.Resume(v, null, out returned);
                            }
                            else if (v is PyNone && receiver.ob_type.tp_iternext is { } next)
                            {
                                var n = next(receiver);
                                returned = n is null;
                                r = n ?? ts.TakeStopIterationValue();
                            }
                            else
                            {
                                try
                                {
                                    r = Py.CallMethod(receiver, "send", v);
                                    returned = false;
                                }
                                catch (PyException e) when (e.Matches(ExceptionTypes.StopIteration))
                                {
                                    var si = e.TakeValue();
                                    r = Py.NewRef(((PyStopIteration)si).Value);
                                    Py.Decref(si);
                                    returned = true;
                                }
                            }
                            Py.Decref(v);
                            Put(slots, sp - 1, r);
                            ip += 1;
                            if (returned) ip = arg;
                            break;
                        }
                        case OpCode.END_SEND:
                        {
                            var v = slots[--sp]!;
                            var receiver = slots[sp - 1]!;
                            Put(slots, sp - 1, v);
                            Py.Decref(receiver);
                            break;
                        }
                        case OpCode.CLEANUP_THROW:
                        {
                            var exc = (PyBaseException)slots[--sp]!;
                            if (exc is PyStopIteration si)
                            {
                                var last = slots[--sp]!;
                                var sub = slots[sp - 1]!;
                                Py.Decref(last);
                                Py.Decref(sub);
                                Put(slots, sp - 1, PyNone.Instance);
                                Put(slots, sp++, Py.NewRef(si.Value));
                                Py.Decref(exc);
                            }
                            else
                            {
                                pendingIsReraise = true;
                                throw new PyException(exc) { IsPropagating = true };
                            }
                            break;
                        }

                        case OpCode.RAISE_VARARGS:
                        {
                            PyObject? cause = arg >= 2 ? slots[--sp] : null;
                            PyObject? exc = arg >= 1 ? slots[--sp] : null;
                            if (exc is null)
                            {
                                var current = ts.ExcInfo.Topmost ?? throw PyErr.RuntimeError("No active exception to reraise");
                                pendingIsReraise = true;
                                throw new PyException(Py.NewRef(current)) { IsPropagating = true };
                            }
                            throw Raise.Prepare(ts, exc, cause);
                        }
                        case OpCode.RERAISE:
                        {
                            var exc = (PyBaseException)slots[--sp]!;
                            if (arg != 0)
                            {
                                var lasti = slots[sp - arg] as PyInt;
                                if (lasti is not null)
                                {
                                    unwindAt = frame.LastInstr;
                                    frame.LastInstr = (int)lasti.Small;
                                }
                            }
                            pendingIsReraise = true;
                            throw new PyException(exc) { IsPropagating = true };
                        }
                        case OpCode.PUSH_EXC_INFO:
                        {
                            var exc = slots[sp - 1]!;
                            var info = ts.ExcInfo;
                            Put(slots, sp - 1, (PyObject?)info.Value ?? PyNone.Instance);
                            info.Value = (PyBaseException)Py.NewRef(exc);
                            Put(slots, sp++, exc);
                            Py.Decref(exc);
                            Py.Incref(exc);
                            break;
                        }
                        case OpCode.POP_EXCEPT:
                        {
                            var prev = slots[--sp]!;
                            var info = ts.ExcInfo;
                            var old = info.Value;
                            info.Value = prev is PyNone ? null : (PyBaseException)prev;
                            if (old is not null) Py.Decref(old);
                            break;
                        }
                        case OpCode.CHECK_EXC_MATCH:
                        {
                            var type = slots[sp - 1]!;
                            var exc = slots[sp - 2]!;
                            Raise.CheckExceptTarget(type, star: false);
                            bool m = Py.IsInstanceOfExceptionSpec(exc, type);
                            Put(slots, sp - 1, m ? PyBool.True : PyBool.False);
                            Py.Decref(type);
                            break;
                        }
                        case OpCode.CHECK_EG_MATCH:
                        {
                            var type = slots[sp - 1]!;
                            var exc = slots[sp - 2]!;
                            Raise.CheckExceptTarget(type, star: true);
                            var (match, rest) = ExceptionGroups.Split(ts, exc, type);
                            Py.Decref(type);
                            Py.Decref(exc);
                            Put(slots, sp - 2, rest);
                            Put(slots, sp - 1, match);
                            if (match is not PyNone)
                            {
                                // The matched part becomes the handled exception.
                                var info = ts.ExcInfo;
                                Py.XSetRef(ref info.Value, (PyBaseException)Py.NewRef(match));
                            }
                            break;
                        }
                        case OpCode.WITH_EXCEPT_START:
                        {
                            var exc = (PyBaseException)slots[sp - 1]!;
                            var exitFunc = slots[sp - 4]!;
                            var tb = (PyObject?)exc.Traceback ?? PyNone.Instance;
                            var r = Py.Call(exitFunc, exc.ob_type, exc, tb);
                            Put(slots, sp++, r);
                            break;
                        }
                        case OpCode.BEFORE_WITH:
                        {
                            var mgr = slots[sp - 1]!;
                            var enter = mgr.ob_type.Lookup(WithNames.Enter);
                            var exitDescr = mgr.ob_type.Lookup(WithNames.Exit);
                            if (enter is null || exitDescr is null)
                            {
                                string missing = enter is null ? "" : " (missed __exit__ method)";
                                throw PyErr.TypeError($"'{mgr.ob_type.ShortName}' object does not support the context manager protocol{missing}");
                            }
                            var exitBound = Attributes.Bind(exitDescr, mgr);
                            PyObject res;
                            try { res = Py.CallBoundDescriptor(enter, mgr, default); }
                            catch { Py.Decref(exitBound); throw; }
                            Put(slots, sp - 1, exitBound);
                            Put(slots, sp++, res);
                            Py.Decref(mgr);
                            break;
                        }

                        case OpCode.LOAD_BUILD_CLASS:
                        {
                            var bc = frame.Builtins.GetItemBorrowed(WithNames.BuildClass) ?? throw PyErr.NameError("__build_class__ not found");
                            Py.Incref(bc);
                            Put(slots, sp++, bc);
                            break;
                        }
                        case OpCode.LOAD_ASSERTION_ERROR:
                            Put(slots, sp++, ExceptionTypes.AssertionError);
                            break;
                        case OpCode.SETUP_ANNOTATIONS:
                            SetupAnnotations(frame);
                            break;

                        case OpCode.IMPORT_NAME:
                        {
                            var fromlist = slots[--sp]!;
                            var level = slots[sp - 1]!;
                            PyObject module;
                            try { module = Import.ImportName(ts, frame, names[arg], fromlist, level); }
                            finally { Py.Decref(fromlist); }
                            Put(slots, sp - 1, module);
                            Py.Decref(level);
                            break;
                        }
                        case OpCode.IMPORT_FROM:
                        {
                            var module = slots[sp - 1]!;
                            var imported = Import.ImportFrom(ts, module, names[arg]);
                            Put(slots, sp++, imported);
                            break;
                        }

                        case OpCode.FORMAT_VALUE:
                        {
                            PyObject? spec = (arg & 4) != 0 ? slots[--sp] : null;
                            var v = slots[sp - 1]!;
                            PyObject r;
                            try { r = Formatting.FormatValue(v, arg & 3, spec); }
                            finally { if (spec is not null) Py.Decref(spec); }
                            Put(slots, sp - 1, r);
                            Py.Decref(v);
                            break;
                        }

                        case OpCode.GET_LEN:
                        {
                            var v = slots[sp - 1]!;
                            var length = PyInt.From(Py.Length(v));
                            Put(slots, sp++, length);
                            break;
                        }

                        default:
                            throw PyErr.SystemError($"unknown opcode {(OpCode)(byte)word}");
                    }
                }
            }
            catch (PyException e)
            {
                bool reraise = pendingIsReraise;
                pending = e.TakeValue();
                if (!reraise && !e.IsPropagating) Raise.SetContext(ts, pending);
                pendingIsReraise = reraise;
                frame.StackPointer = sp;
            }
            catch (InsufficientExecutionStackException)
            {
                pending = ExceptionTypes.Create(ExceptionTypes.RecursionError, "maximum recursion depth exceeded");
                frame.StackPointer = sp;
            }
        }
    Escape:
        // The exception leaves this Run: its entry frame had no handler.
        throw new PyException(escaping!) { IsPropagating = true };
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void HandleEvalBreaker(ThreadState ts) => EvalBreaker.Handle(ts);

    static bool FindHandler(PyCode code, int lasti, out ExceptionTableEntry entry)
    {
        foreach (var e in code.ExceptionTable)
        {
            if (lasti >= e.Start && lasti < e.End) { entry = e; return true; }
        }
        entry = default;
        return false;
    }

    /// <summary>PyTraceBack_Here: prepends an entry for <paramref name="frame"/> to the exception's traceback.</summary>
    static void AddTraceback(Frame frame, PyBaseException exc)
    {
        var fo = PyFrameObject.For(frame);
        var tb = new PyTraceback(exc.Traceback as PyTraceback, fo, frame.LastInstr, frame.Line);
        var old = exc.Traceback;
        exc.Traceback = tb;
        if (old is not null) Py.Decref(old);
    }
}
