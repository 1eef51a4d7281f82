namespace Ftpy.Compiling;

/// <summary>
/// The instruction set: CPython 3.12's opcodes and meanings. Each instruction is one 32-bit
/// word, <c>opcode | oparg &lt;&lt; 8</c> (opargs are up to 24 bits, so EXTENDED_ARG is never
/// needed), followed by its inline-cache words (see <see cref="OpCodeInfo.CacheEntries"/>),
/// which the specializer writes. Stack effects are given as "before -- after".
/// </summary>
public enum OpCode : byte
{
    /// <summary>Placeholder for an inline cache word; never executed.</summary>
    CACHE = 0,
    /// <summary>x -- : discards the top of stack.</summary>
    POP_TOP = 1,
    /// <summary>-- NULL : pushes the "no self" marker below a callable.</summary>
    PUSH_NULL = 2,
    NOP = 9,
    /// <summary>x -- -x</summary>
    UNARY_NEGATIVE = 11,
    /// <summary>x -- not x</summary>
    UNARY_NOT = 12,
    /// <summary>x -- ~x</summary>
    UNARY_INVERT = 15,
    /// <summary>container key -- container[key]</summary>
    BINARY_SUBSCR = 25,
    /// <summary>container start end -- container[start:end]</summary>
    BINARY_SLICE = 26,
    /// <summary>v container start end -- : container[start:end] = v</summary>
    STORE_SLICE = 27,
    /// <summary>obj -- obj len(obj) (pattern matching)</summary>
    GET_LEN = 30,
    /// <summary>subject -- subject bool (pattern matching: is a mapping)</summary>
    MATCH_MAPPING = 31,
    /// <summary>subject -- subject bool (pattern matching: is a sequence)</summary>
    MATCH_SEQUENCE = 32,
    /// <summary>subject keys -- subject keys values_or_None</summary>
    MATCH_KEYS = 33,
    /// <summary>exc -- prev_exc exc : enters an exception handler.</summary>
    PUSH_EXC_INFO = 35,
    /// <summary>exc type -- exc bool</summary>
    CHECK_EXC_MATCH = 36,
    /// <summary>exc_group type -- rest match (except*)</summary>
    CHECK_EG_MATCH = 37,
    /// <summary>exit lasti prev_exc exc -- exit lasti prev_exc exc res : calls exit(type, exc, tb).</summary>
    WITH_EXCEPT_START = 49,
    /// <summary>v container key -- : container[key] = v</summary>
    STORE_SUBSCR = 60,
    /// <summary>container key -- : del container[key]</summary>
    DELETE_SUBSCR = 61,
    /// <summary>iterable -- iterator</summary>
    GET_ITER = 68,
    /// <summary>iterable -- iterator (generators and coroutines pass through)</summary>
    GET_YIELD_FROM_ITER = 69,
    /// <summary>-- __build_class__</summary>
    LOAD_BUILD_CLASS = 71,
    /// <summary>Creates __annotations__ in the locals mapping if missing.</summary>
    SETUP_ANNOTATIONS = 85,
    /// <summary>-- AssertionError</summary>
    LOAD_ASSERTION_ERROR = 74,
    /// <summary>-- : turns the current frame into a generator and returns it.</summary>
    RETURN_GENERATOR = 75,
    /// <summary>v -- : returns v from the frame.</summary>
    RETURN_VALUE = 83,
    /// <summary>mgr -- exit enter_result</summary>
    BEFORE_WITH = 53,
    /// <summary>sub_iter last_sent exc -- none value (gen.throw() cleanup in yield from)</summary>
    CLEANUP_THROW = 55,
    /// <summary>iter value -- value (end of a SEND loop)</summary>
    END_SEND = 5,
    /// <summary>iter value -- (end of a for loop in 3.12 pops both)</summary>
    END_FOR = 4,
    /// <summary>prev_exc -- : leaves an exception handler, restoring the previous exception.</summary>
    POP_EXCEPT = 89,
    /// <summary>v -- : stores a name in the locals mapping.</summary>
    STORE_NAME = 90,
    DELETE_NAME = 91,
    /// <summary>seq -- v[n-1] ... v[0] (count = oparg)</summary>
    UNPACK_SEQUENCE = 92,
    /// <summary>iter -- iter next | (jumps by oparg past END_FOR when exhausted)</summary>
    FOR_ITER = 93,
    /// <summary>seq -- a... list b... (oparg = before | after &lt;&lt; 8)</summary>
    UNPACK_EX = 94,
    /// <summary>v obj -- : obj.name = v</summary>
    STORE_ATTR = 95,
    DELETE_ATTR = 96,
    STORE_GLOBAL = 97,
    DELETE_GLOBAL = 98,
    /// <summary>a ... b -- b ... a : swaps top with the oparg-th item.</summary>
    SWAP = 99,
    LOAD_CONST = 100,
    LOAD_NAME = 101,
    BUILD_TUPLE = 102,
    BUILD_LIST = 103,
    BUILD_SET = 104,
    /// <summary>k1 v1 ... kn vn -- dict (n = oparg)</summary>
    BUILD_MAP = 105,
    /// <summary>obj -- attr | method self (oparg = namei &lt;&lt; 1 | is_method)</summary>
    LOAD_ATTR = 106,
    /// <summary>a b -- result (oparg = op &lt;&lt; 4)</summary>
    COMPARE_OP = 107,
    /// <summary>level fromlist -- module</summary>
    IMPORT_NAME = 108,
    /// <summary>module -- module attr</summary>
    IMPORT_FROM = 109,
    JUMP_FORWARD = 110,
    POP_JUMP_IF_FALSE = 114,
    POP_JUMP_IF_TRUE = 115,
    /// <summary>-- [NULL] global (oparg = namei &lt;&lt; 1 | push_null)</summary>
    LOAD_GLOBAL = 116,
    /// <summary>a b -- a is b / a is not b</summary>
    IS_OP = 117,
    /// <summary>a b -- a in b / a not in b</summary>
    CONTAINS_OP = 118,
    /// <summary>values... exc -- : re-raises exc (oparg 1: restore f_lasti from the stack)</summary>
    RERAISE = 119,
    /// <summary>x... -- x... x_oparg : copies the oparg-th item to the top.</summary>
    COPY = 120,
    /// <summary>value -- value (returns a constant)</summary>
    RETURN_CONST = 121,
    /// <summary>a b -- a op b (oparg = BinaryOp)</summary>
    BINARY_OP = 122,
    /// <summary>receiver v -- receiver result | (jumps when the receiver returns)</summary>
    SEND = 123,
    LOAD_FAST = 124,
    STORE_FAST = 125,
    DELETE_FAST = 126,
    LOAD_FAST_CHECK = 127,
    POP_JUMP_IF_NOT_NONE = 128,
    POP_JUMP_IF_NONE = 129,
    /// <summary>[exc [cause]] -- : raise (oparg = number of operands)</summary>
    RAISE_VARARGS = 130,
    /// <summary>obj -- awaitable (oparg says where: 0 await, 1 __aenter__, 2 __aexit__)</summary>
    GET_AWAITABLE = 131,
    /// <summary>[defaults kwdefaults annotations closure] code -- function (flags in oparg)</summary>
    MAKE_FUNCTION = 132,
    /// <summary>start stop [step] -- slice</summary>
    BUILD_SLICE = 133,
    JUMP_BACKWARD_NO_INTERRUPT = 134,
    /// <summary>Creates the cell for local oparg.</summary>
    MAKE_CELL = 135,
    LOAD_CLOSURE = 136,
    LOAD_DEREF = 137,
    STORE_DEREF = 138,
    DELETE_DEREF = 139,
    JUMP_BACKWARD = 140,
    /// <summary>Loads a super() attribute: global_super class self -- attr | method self.</summary>
    LOAD_SUPER_ATTR = 141,
    /// <summary>func_or_null callable args [kwargs] -- result</summary>
    CALL_FUNCTION_EX = 142,
    /// <summary>Like LOAD_FAST, then clears the local (comprehension inlining).</summary>
    LOAD_FAST_AND_CLEAR = 143,
    /// <summary>list... v -- list... : list_oparg.append(v)</summary>
    LIST_APPEND = 145,
    SET_ADD = 146,
    /// <summary>dict... k v -- dict... </summary>
    MAP_ADD = 147,
    /// <summary>Copies the closure's cells into the frame (oparg = count).</summary>
    COPY_FREE_VARS = 149,
    /// <summary>v -- v : suspends the generator, producing v.</summary>
    YIELD_VALUE = 150,
    /// <summary>Start of a frame or after a yield (oparg: 0 start, 1 after yield, 2 after yield from).</summary>
    RESUME = 151,
    /// <summary>v [spec] -- str (oparg: conversion &amp; 3, have_spec &amp; 4)</summary>
    FORMAT_VALUE = 155,
    /// <summary>v1 ... vn keys -- dict</summary>
    BUILD_CONST_KEY_MAP = 156,
    /// <summary>s1 ... sn -- "".join(...)</summary>
    BUILD_STRING = 157,
    LIST_EXTEND = 162,
    SET_UPDATE = 163,
    DICT_MERGE = 164,
    DICT_UPDATE = 165,
    /// <summary>callable_or_method self_or_null args... -- result (oparg = argc)</summary>
    CALL = 171,
    /// <summary>Names the keyword arguments of the next CALL (oparg = const index of a tuple).</summary>
    KW_NAMES = 172,
    /// <summary>v -- f(v) for an intrinsic function (oparg = IntrinsicFunction1).</summary>
    CALL_INTRINSIC_1 = 173,
    CALL_INTRINSIC_2 = 174,
    /// <summary>mapping -- value : name from mapping, else globals, else builtins.</summary>
    LOAD_FROM_DICT_OR_GLOBALS = 175,
    /// <summary>mapping -- value : name from mapping, else the cell.</summary>
    LOAD_FROM_DICT_OR_DEREF = 176,
    /// <summary>-- locals</summary>
    LOAD_LOCALS = 87,
    /// <summary>subject type names -- subject attrs_or_None (match class pattern; oparg = count)</summary>
    MATCH_CLASS = 152,
    /// <summary>-- : marks an instrumented or unreachable point; raises SystemError.</summary>
    INTERPRETER_EXIT = 3,
}

/// <summary>CALL_INTRINSIC_1 functions (CPython's INTRINSIC_*).</summary>
public enum Intrinsic1
{
    Invalid = 0, Print = 1, ImportStar = 2, StopIterationError = 3, AsyncGenWrap = 4,
    UnaryPositive = 5, ListToTuple = 6, TypeVar = 7, ParamSpec = 8, TypeVarTuple = 9,
    SubscriptGeneric = 10, TypeAlias = 11,
}

/// <summary>CALL_INTRINSIC_2 functions.</summary>
public enum Intrinsic2
{
    Invalid = 0, PrepReraiseStar = 1, TypeVarWithBound = 2, TypeVarWithConstraints = 3, SetFunctionTypeParams = 4,
}

/// <summary>MAKE_FUNCTION flags.</summary>
[Flags]
public enum MakeFunctionFlags
{
    None = 0, Defaults = 1, KwDefaults = 2, Annotations = 4, Closure = 8,
}

public static class OpCodeInfo
{
    /// <summary>Inline cache words following each instruction (CPython 3.12's counts).</summary>
    public static readonly byte[] CacheEntries = BuildCaches();

    static byte[] BuildCaches()
    {
        var c = new byte[256];
        c[(int)OpCode.BINARY_OP] = 1;
        c[(int)OpCode.BINARY_SUBSCR] = 1;
        c[(int)OpCode.STORE_SUBSCR] = 1;
        c[(int)OpCode.COMPARE_OP] = 1;
        c[(int)OpCode.UNPACK_SEQUENCE] = 1;
        c[(int)OpCode.FOR_ITER] = 1;
        c[(int)OpCode.SEND] = 1;
        c[(int)OpCode.LOAD_SUPER_ATTR] = 1;
        c[(int)OpCode.LOAD_GLOBAL] = 4;
        c[(int)OpCode.LOAD_ATTR] = 9;
        c[(int)OpCode.STORE_ATTR] = 4;
        c[(int)OpCode.CALL] = 3;
        return c;
    }

    public static bool HasJump(OpCode op) => op is OpCode.JUMP_FORWARD or OpCode.JUMP_BACKWARD or OpCode.JUMP_BACKWARD_NO_INTERRUPT
        or OpCode.POP_JUMP_IF_FALSE or OpCode.POP_JUMP_IF_TRUE or OpCode.POP_JUMP_IF_NONE or OpCode.POP_JUMP_IF_NOT_NONE
        or OpCode.FOR_ITER or OpCode.SEND;

    public static string Name(OpCode op) => op.ToString();
}
