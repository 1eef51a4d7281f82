namespace Ftpy.Objects;

// Type slot signatures, after CPython's typeobject slots. Results are new references;
// arguments are borrowed. A slot may return NotImplemented where CPython's would.

public delegate PyObject UnaryFunc(PyObject a);
public delegate PyObject BinaryFunc(PyObject a, PyObject b);
public delegate PyObject TernaryFunc(PyObject a, PyObject b, PyObject c);
public delegate long HashFunc(PyObject a);
public delegate PyObject RichCompareFunc(PyObject a, PyObject b, CompareOp op);
/// <summary>Attribute lookup; returns null when the attribute does not exist (no exception).</summary>
public delegate PyObject? GetAttrFunc(PyObject o, PyStr name);
/// <summary>Attribute store; a null value deletes.</summary>
public delegate void SetAttrFunc(PyObject o, PyStr name, PyObject? value);
/// <summary>Vectorcall: positional arguments then keyword values; kwnames names the trailing ones.</summary>
public delegate PyObject VectorcallFunc(PyObject callable, ReadOnlySpan<PyObject> args, PyTuple? kwnames);
/// <summary>Next item of an iterator, or null when exhausted (no StopIteration raised).</summary>
public delegate PyObject? IterNextFunc(PyObject iterator);
public delegate PyObject DescrGetFunc(PyObject descr, PyObject? obj, PyObject type);
/// <summary>Descriptor store; a null value deletes.</summary>
public delegate void DescrSetFunc(PyObject descr, PyObject obj, PyObject? value);
public delegate long LenFunc(PyObject o);
public delegate bool BoolFunc(PyObject o);
public delegate PyObject SeqItemFunc(PyObject o, long index);
/// <summary>Subscript store; a null value deletes.</summary>
public delegate void AssSubscriptFunc(PyObject o, PyObject key, PyObject? value);
public delegate bool ContainsFunc(PyObject o, PyObject item);
public delegate PyObject NewFunc(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwnames);
public delegate void InitFunc(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames);
public delegate void FinalizeFunc(PyObject self);

/// <summary>Rich comparison operators, in CPython's Py_LT..Py_GE order.</summary>
public enum CompareOp { Lt = 0, Le = 1, Eq = 2, Ne = 3, Gt = 4, Ge = 5 }

/// <summary>BINARY_OP's operand, in CPython's NB_* order; in-place forms follow at +13.</summary>
public enum BinaryOp
{
    Add = 0, And = 1, FloorDivide = 2, LShift = 3, MatrixMultiply = 4, Multiply = 5,
    Remainder = 6, Or = 7, Power = 8, RShift = 9, Subtract = 10, TrueDivide = 11, Xor = 12,
    InplaceAdd = 13, InplaceAnd, InplaceFloorDivide, InplaceLShift, InplaceMatrixMultiply,
    InplaceMultiply, InplaceRemainder, InplaceOr, InplacePower, InplaceRShift,
    InplaceSubtract, InplaceTrueDivide, InplaceXor,
}

public static class BinaryOpInfo
{
    public const int Count = 13;
    public const int InplaceOffset = 13;

    static readonly string[] Symbols = { "+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^" };
    static readonly string[] Names = { "add", "and", "floordiv", "lshift", "matmul", "mul", "mod", "or", "pow", "rshift", "sub", "truediv", "xor" };

    public static string Symbol(BinaryOp op) => (int)op >= InplaceOffset ? Symbols[(int)op - InplaceOffset] + "=" : Symbols[(int)op];
    public static string Name(BinaryOp op) => Names[(int)op % InplaceOffset];
    public static bool IsInplace(BinaryOp op) => (int)op >= InplaceOffset;
    public static BinaryOp Base(BinaryOp op) => (BinaryOp)((int)op % InplaceOffset);
}
