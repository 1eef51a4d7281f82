using System.Numerics;
using Ftpy.Objects.Numbers;
using Ftpy.Runtime;

namespace Ftpy.Objects;

/// <summary>The int and bool types: arithmetic with Python's semantics (via the numeric core),
/// comparison, hashing, conversion and the int methods.</summary>
public static class IntType
{
    /// <summary>Both operands as ints, or null when either is not an int (NotImplemented).</summary>
    static bool Ints(PyObject a, PyObject b, out PyInt x, out PyInt y)
    {
        x = (a as PyInt)!;
        y = (b as PyInt)!;
        return x is not null && y is not null;
    }

    static PyObject Result(BigInteger v) => PyInt.From(v);

    static int MaxStrDigits => ThreadState.Current.Interp?.IntMaxStrDigits ?? Limits.DefaultMaxStrDigits;

    internal static void Setup(PyType t)
    {
        t.Doc = "int([x]) -> integer\nint(x, base=10) -> integer\n\nConvert a number or string to an integer, or return 0 if no arguments\nare given.  If x is a number, return x.__int__().  For floating-point\nnumbers, this truncates towards zero.\n\nIf x is not a number or if base is given, then x must be a string,\nbytes, or bytearray instance representing an integer literal in the\ngiven base.  The literal can be preceded by '+' or '-' and be surrounded\nby whitespace.  The base defaults to 10.  Valid bases are 0 and 2-36.\nBase 0 means to interpret the base from the string as an integer literal.\n>>> int('0b100', base=0)\n4";
        t.tp_new = IntNew;
        t.tp_repr = o => PyStr.From(ToDecimal((PyInt)o));
        t.tp_hash = o => { var i = (PyInt)o; return i.IsBig ? NumericHash.Hash(i.Big) : NumericHash.Hash(i.Small); };
        t.tp_richcompare = Compare;
        t.nb_bool = o => { var i = (PyInt)o; return i.IsBig || i.Small != 0; };
        t.nb_index = o => o.ob_type == PyInt.Type ? Py.NewRef(o) : PyInt.From(((PyInt)o).Value);
        t.nb_int = t.nb_index;
        t.nb_float = o => { var i = (PyInt)o; return PyFloat.From(i.IsBig ? IntConvert.ToDouble(i.Big) : i.Small); };
        t.nb_negative = o => { var i = (PyInt)o; return !i.IsBig && IntArith.TryNegate(i.Small, out long r) ? PyInt.From(r) : Result(-i.Value); };
        t.nb_positive = o => PyInt.From(((PyInt)o).Value);
        t.nb_absolute = o => { var i = (PyInt)o; return !i.IsBig && i.Small != long.MinValue ? PyInt.From(Math.Abs(i.Small)) : Result(BigInteger.Abs(i.Value)); };
        t.nb_invert = o => { var i = (PyInt)o; return !i.IsBig ? PyInt.From(~i.Small) : Result(-(i.Big + 1)); };
        t.nb_binary[(int)BinaryOp.Add] = (a, b) => !Ints(a, b, out var x, out var y) ? PyNotImplemented.Instance
            : !x.IsBig && !y.IsBig && IntArith.TryAdd(x.Small, y.Small, out long r) ? PyInt.From(r) : Result(x.Value + y.Value);
        t.nb_binary[(int)BinaryOp.Subtract] = (a, b) => !Ints(a, b, out var x, out var y) ? PyNotImplemented.Instance
            : !x.IsBig && !y.IsBig && IntArith.TrySubtract(x.Small, y.Small, out long r) ? PyInt.From(r) : Result(x.Value - y.Value);
        t.nb_binary[(int)BinaryOp.Multiply] = (a, b) => !Ints(a, b, out var x, out var y) ? PyNotImplemented.Instance
            : !x.IsBig && !y.IsBig && IntArith.TryMultiply(x.Small, y.Small, out long r) ? PyInt.From(r) : Result(x.Value * y.Value);
        t.nb_binary[(int)BinaryOp.FloorDivide] = (a, b) =>
        {
            if (!Ints(a, b, out var x, out var y)) return PyNotImplemented.Instance;
            if (!y.IsBig && y.Small == 0) throw PyErr.ZeroDivisionError("integer division or modulo by zero");
            if (!x.IsBig && !y.IsBig && IntArith.TryFloorDivide(x.Small, y.Small, out long r)) return PyInt.From(r);
            return Result(IntArith.FloorDivide(x.Value, y.Value));
        };
        t.nb_binary[(int)BinaryOp.Remainder] = (a, b) =>
        {
            if (!Ints(a, b, out var x, out var y)) return PyNotImplemented.Instance;
            if (!y.IsBig && y.Small == 0) throw PyErr.ZeroDivisionError("integer modulo by zero");
            if (!x.IsBig && !y.IsBig && !(x.Small == long.MinValue && y.Small == -1)) return PyInt.From(IntArith.Modulo(x.Small, y.Small));
            return Result(IntArith.Modulo(x.Value, y.Value));
        };
        t.nb_divmod = (a, b) =>
        {
            if (!Ints(a, b, out var x, out var y)) return PyNotImplemented.Instance;
            if (!y.IsBig && y.Small == 0) throw PyErr.ZeroDivisionError("integer division or modulo by zero");
            var (q, r) = IntArith.DivMod(x.Value, y.Value);
            return PyTuple.Steal(new PyObject[] { PyInt.From(q), PyInt.From(r) });
        };
        t.nb_binary[(int)BinaryOp.TrueDivide] = (a, b) =>
        {
            if (!Ints(a, b, out var x, out var y)) return PyNotImplemented.Instance;
            if (!y.IsBig && y.Small == 0) throw PyErr.ZeroDivisionError("division by zero");
            return PyFloat.From(!x.IsBig && !y.IsBig ? IntArith.TrueDivide(x.Small, y.Small) : IntArith.TrueDivide(x.Value, y.Value));
        };
        t.nb_binary[(int)BinaryOp.Power] = (a, b) => Pow(a, b, PyNone.Instance);
        t.nb_power_ternary = Pow;
        t.nb_binary[(int)BinaryOp.LShift] = (a, b) =>
        {
            if (!Ints(a, b, out var x, out var y)) return PyNotImplemented.Instance;
            if (!x.IsBig && !y.IsBig && IntBits.TryLeftShift(x.Small, y.Small, out long r)) return PyInt.From(r);
            return Result(IntBits.LeftShift(x.Value, y.Value));
        };
        t.nb_binary[(int)BinaryOp.RShift] = (a, b) =>
        {
            if (!Ints(a, b, out var x, out var y)) return PyNotImplemented.Instance;
            if (!x.IsBig && !y.IsBig)
            {
                if (y.Small < 0) throw PyErr.ValueError("negative shift count");
                return PyInt.From(IntBits.RightShift(x.Small, y.Small));
            }
            return Result(IntBits.RightShift(x.Value, y.Value));
        };
        t.nb_binary[(int)BinaryOp.And] = (a, b) => !Ints(a, b, out var x, out var y) ? PyNotImplemented.Instance
            : !x.IsBig && !y.IsBig ? PyInt.From(x.Small & y.Small) : Result(x.Value & y.Value);
        t.nb_binary[(int)BinaryOp.Or] = (a, b) => !Ints(a, b, out var x, out var y) ? PyNotImplemented.Instance
            : !x.IsBig && !y.IsBig ? PyInt.From(x.Small | y.Small) : Result(x.Value | y.Value);
        t.nb_binary[(int)BinaryOp.Xor] = (a, b) => !Ints(a, b, out var x, out var y) ? PyNotImplemented.Instance
            : !x.IsBig && !y.IsBig ? PyInt.From(x.Small ^ y.Small) : Result(x.Value ^ y.Value);

        t.AddGetter("real", o => PyInt.From(((PyInt)o).Value));
        t.AddGetter("imag", o => PyInt.Zero);
        t.AddGetter("numerator", o => PyInt.From(((PyInt)o).Value));
        t.AddGetter("denominator", o => PyInt.One);
        t.AddMethod("conjugate", (PyObject self) => PyInt.From(((PyInt)self).Value));
        t.AddMethod("bit_length", (PyObject self) => { var i = (PyInt)self; return PyInt.From(i.IsBig ? IntBits.BitLength(i.Big) : IntBits.BitLength(i.Small)); });
        t.AddMethod("bit_count", (PyObject self) => { var i = (PyInt)self; return PyInt.From(i.IsBig ? IntBits.BitCount(i.Big) : IntBits.BitCount(i.Small)); });
        t.AddMethod("as_integer_ratio", (PyObject self) => PyTuple.Steal(new PyObject[] { PyInt.From(((PyInt)self).Value), PyInt.One }));
        t.AddMethod("is_integer", (PyObject self) => PyBool.True);
        t.AddMethod("__trunc__", (PyObject self) => PyInt.From(((PyInt)self).Value));
        t.AddMethod("__floor__", (PyObject self) => PyInt.From(((PyInt)self).Value));
        t.AddMethod("__ceil__", (PyObject self) => PyInt.From(((PyInt)self).Value));
        t.AddMethod("__round__", (PyObject self, ReadOnlySpan<PyObject> args) =>
        {
            ArgParser.CheckPositional("__round__", args, 0, 1);
            var v = ((PyInt)self).Value;
            if (args.Length == 0 || args[0] is PyNone) return PyInt.From(v);
            return PyInt.From(IntArith.Round(v, Py.AsBigInteger(args[0])));
        });
        t.AddMethod("__getnewargs__", (PyObject self) => PyTuple.Steal(new PyObject[] { PyInt.From(((PyInt)self).Value) }));
        t.AddMethod("__sizeof__", (PyObject self) => PyInt.From(28 + 4 * (long)(IntBits.BitLength(((PyInt)self).Value) / 30)));
        t.AddMethod("__format__", (PyObject self, PyObject spec) =>
        {
            if (spec is not PyStr s) throw PyErr.TypeError($"__format__() argument must be str, not {spec.ob_type.ShortName}");
            var v = ((PyInt)self).Value;
            if (s.Value.Length == 0) return Py.Str(self);
            var fs = FormatSpec.Parse(s.Value, self.ob_type.ShortName, 'd');
            return PyStr.From(IntFormat.Format(v, fs, MaxStrDigits));
        });
        t.AddMethod(new MethodDef("to_bytes", (PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw) =>
        {
            Span<PyObject?> a = new PyObject?[3];
            ArgParser.Parse("to_bytes", args, kw, new[] { "length", "byteorder", "signed" }, 0, a, kwOnlyStart: 2);
            long length = a[0] is null ? 1 : Py.AsSsize(a[0]!, ExceptionTypes.OverflowError);
            string order = a[1] is null ? "big" : a[1] is PyStr bo ? bo.Value : throw PyErr.TypeError($"to_bytes() argument 'byteorder' must be str, not {a[1]!.ob_type.ShortName}");
            bool signed = a[2] is not null && Py.IsTrue(a[2]!);
            return PyBytes.From(IntBits.ToBytes(((PyInt)self).Value, length, order, signed));
        }));
        t.AddClassMethod(new MethodDef("from_bytes", (PyObject cls, ReadOnlySpan<PyObject> args, PyTuple? kw) =>
        {
            Span<PyObject?> a = new PyObject?[3];
            ArgParser.Parse("from_bytes", args, kw, new[] { "bytes", "byteorder", "signed" }, 1, a, kwOnlyStart: 2);
            string order = a[1] is null ? "big" : a[1] is PyStr bo ? bo.Value : throw PyErr.TypeError($"from_bytes() argument 'byteorder' must be str, not {a[1]!.ob_type.ShortName}");
            bool signed = a[2] is not null && Py.IsTrue(a[2]!);
            var bytes = BytesType.ObjectBytes(a[0]!);
            var v = IntBits.FromBytes(bytes.Value, order, signed);
            Py.Decref(bytes);
            var result = PyInt.From(v);
            if (!ReferenceEquals(cls, PyInt.Type))
            {
                var r = Py.CallOneArg(cls, result);
                Py.Decref(result);
                return r;
            }
            return result;
        }));
        NumberDocs.Apply(t, NumberDocs.Int);
    }

    internal static void SetupBool(PyType t)
    {
        t.Doc = "Returns True when the argument is true, False otherwise.\nThe builtins True and False are the only two instances of the class bool.\nThe class bool is a subclass of the class int, and cannot be subclassed.";
        t.Flags &= ~TypeFlags.BaseType;
        t.tp_new = (type, args, kw) =>
        {
            ArgParser.NoKeywords("bool", kw);
            ArgParser.CheckPositional("bool", args, 0, 1);
            return args.Length == 0 ? PyBool.False : PyBool.From(Py.IsTrue(args[0]));
        };
        t.tp_repr = o => PyStr.Intern(ReferenceEquals(o, PyBool.True) ? "True" : "False");
        t.nb_binary[(int)BinaryOp.And] = (a, b) => a is PyBool x && b is PyBool y ? PyBool.From(x.IsTrue & y.IsTrue) : PyInt.Type.nb_binary[(int)BinaryOp.And]!(a, b);
        t.nb_binary[(int)BinaryOp.Or] = (a, b) => a is PyBool x && b is PyBool y ? PyBool.From(x.IsTrue | y.IsTrue) : PyInt.Type.nb_binary[(int)BinaryOp.Or]!(a, b);
        t.nb_binary[(int)BinaryOp.Xor] = (a, b) => a is PyBool x && b is PyBool y ? PyBool.From(x.IsTrue ^ y.IsTrue) : PyInt.Type.nb_binary[(int)BinaryOp.Xor]!(a, b);
    }

    static string ToDecimal(PyInt i)
    {
        if (!i.IsBig) return i.Small.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return IntText.ToString(i.Big, 10, MaxStrDigits);
    }

    static PyObject Compare(PyObject a, PyObject b, CompareOp op)
    {
        if (a is not PyInt x || b is not PyInt y) return PyNotImplemented.Instance;
        int c = !x.IsBig && !y.IsBig ? x.Small.CompareTo(y.Small) : x.Value.CompareTo(y.Value);
        return PyBool.From(op switch
        {
            CompareOp.Lt => c < 0, CompareOp.Le => c <= 0, CompareOp.Eq => c == 0,
            CompareOp.Ne => c != 0, CompareOp.Gt => c > 0, _ => c >= 0,
        });
    }

    static PyObject Pow(PyObject a, PyObject b, PyObject c)
    {
        if (!Ints(a, b, out var x, out var y)) return PyNotImplemented.Instance;
        if (c is not PyNone)
        {
            if (c is not PyInt m) return PyNotImplemented.Instance;
            if (m.Value.IsZero) throw PyErr.ValueError("pow() 3rd argument cannot be 0");
            return Result(IntPow.PowMod(x.Value, y.Value, m.Value));
        }
        if (!y.IsBig && y.Small < 0 || y.IsBig && y.Big.Sign < 0)
        {
            // A negative exponent without a modulus is float's power (and float's errors).
            return PyFloat.From(IntPow.PowNegative(x.Value, y.Value));
        }
        if (!x.IsBig && !y.IsBig && IntPow.TryPow(x.Small, y.Small, out long r)) return PyInt.From(r);
        return Result(IntPow.Pow(x.Value, y.Value));
    }

    /// <summary>int(x=0) / int(x, base=10).</summary>
    static PyObject IntNew(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> a = new PyObject?[2];
        ArgParser.Parse("int", args, kw, new[] { "x", "base" }, 0, a, posOnly: 1);
        BigInteger v;
        if (a[0] is null)
        {
            if (a[1] is not null) throw PyErr.TypeError("int() missing string argument");
            v = BigInteger.Zero;
        }
        else if (a[1] is not null)
        {
            long b = Py.AsSsize(a[1]!, null);
            if (b != 0 && (b < 2 || b > 36)) throw PyErr.ValueError("int() base must be >= 2 and <= 36, or 0");
            v = a[0] switch
            {
                PyStr s => IntParse.Parse(s.Value, (int)b, MaxStrDigits, Py.ReprString(s)),
                PyBytes or PyByteArray => ParseBytes(a[0]!, (int)b),
                _ => throw PyErr.TypeError("int() can't convert non-string with explicit base"),
            };
        }
        else v = ConvertToInt(a[0]!);
        if (ReferenceEquals(type, PyInt.Type)) return PyInt.From(v);
        return new PyInt(type, v);
    }

    static BigInteger ParseBytes(PyObject o, int b)
    {
        var data = BytesType.BytesFromObject(o);
        string text = System.Text.Encoding.Latin1.GetString(data);
        return IntParse.Parse(text, b, MaxStrDigits, Text.BytesRepr.Repr(data, o is PyByteArray));
    }

    /// <summary>int(x) for one argument (PyNumber_Long): __int__, __index__, __trunc__, then parsing str/bytes/bytearray.</summary>
    public static BigInteger ConvertToInt(PyObject o)
    {
        if (o.ob_type == PyInt.Type || o.ob_type == PyBool.Type) return ((PyInt)o).Value;
        if (o.ob_type == PyFloat.Type) return FloatArith.Trunc(((PyFloat)o).Value);
        var t = o.ob_type;
        if (t.nb_int is { } ni)
        {
            var r = ni(o);
            try
            {
                if (r is PyInt ri) return ri.Value;
                throw PyErr.TypeError($"__int__ returned non-int (type {r.ob_type.ShortName})");
            }
            finally { Py.Decref(r); }
        }
        if (t.nb_index is not null) return Py.AsBigInteger(o);
        var trunc = t.Lookup("__trunc__");
        if (trunc is not null)
        {
            var r = Py.CallBoundDescriptor(trunc, o, default);
            try
            {
                if (r is PyInt ri) return ri.Value;
                if (r.ob_type.nb_index is null) throw PyErr.TypeError($"__trunc__ returned non-Integral (type {r.ob_type.ShortName})");
                return Py.AsBigInteger(r);
            }
            finally { Py.Decref(r); }
        }
        switch (o)
        {
            case PyStr s: return IntParse.Parse(s.Value, 10, MaxStrDigits, Py.ReprString(s));
            case PyBytes or PyByteArray: return ParseBytes(o, 10);
        }
        // Other buffer objects are copied to bytes first, so errors show that bytes' repr.
        if (BufferProtocol.TryGetBytes(o, out var buffer))
        {
            var data = buffer.ToArray();
            return IntParse.Parse(System.Text.Encoding.Latin1.GetString(data), 10, MaxStrDigits, Text.BytesRepr.Repr(data, false));
        }
        throw PyErr.TypeError($"int() argument must be a string, a bytes-like object or a real number, not '{t.ShortName}'");
    }
}
