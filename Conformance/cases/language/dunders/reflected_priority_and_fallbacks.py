# description: reflected operator priority for subclasses (comparisons and arithmetic), in-place fallbacks, sequence repeat/concat with user types, unsupported operand messages, conversion dunder result checks
# features: [operators, classes, inheritance]
# expect: output
def t(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except BaseException as e:
        print(label, "!", type(e).__name__, e)
class A:
    def __eq__(self, o): return "A.eq"
    def __lt__(self, o): return "A.lt"
    def __gt__(self, o): return "A.gt"
class B(A):
    def __eq__(self, o): return "B.eq"
    def __gt__(self, o): return "B.gt"
t("sub reflected eq first", lambda: A() == B())
t("sub reflected lt->gt", lambda: A() < B())
class C(A): pass
t("sub no override", lambda: A() < C())
class IntLike(int):
    def __lt__(self, o): return "IntLike.lt"
    def __gt__(self, o): return "IntLike.gt"
t("int vs sub", lambda: (1 < IntLike(2), 1 > IntLike(2)))
class FSub(float):
    def __radd__(self, o): return "FSub.radd"
    def __rsub__(self, o): return "FSub.rsub"
t("float sub reflected", lambda: (1.0 + FSub(2), 1 + FSub(2), 1.0 - FSub(1)))
class L(list):
    def __iadd__(self, o): return "L.iadd"
x = L(); x += [1]
t("list sub iadd", lambda: x)
class L2(list): pass
y = L2([1]); y += [2]; y *= 2
t("list sub iadd builtin", lambda: (y, type(y).__name__))
class NoIAdd:
    def __add__(self, o): return "add"
z = NoIAdd(); z += 1
t("iadd falls to add", lambda: z)
class RI:
    def __radd__(self, o): return "RI.radd"
w = [1]
try:
    w += RI()
except TypeError as e: print("list += RI:", e)
t("tuple + RI", lambda: (1,) + RI())
t("str + RI", lambda: "a" + RI())
class MulSeq:
    def __rmul__(self, o): return "rmul"
t("list * MulSeq", lambda: [1] * MulSeq())
t("int * list", lambda: 2 * [1])
class Idx:
    def __index__(self): return 2
t("list * Idx", lambda: ([1] * Idx(), Idx() * [1], "ab" * Idx()))
t("list * float", lambda: [1] * 1.5)
class P:
    def __pow__(self, o, m=None): return ("P.pow", o, m)
    def __ipow__(self, o): return "P.ipow"
p = P(); p **= 2
t("ipow", lambda: p)
t("pow mod", lambda: pow(P(), 2, 5))
class NIPow:
    def __rpow__(self, o): return "rpow"
t("pow 3 reflected", lambda: pow(2, NIPow(), 3))
class Bits:
    def __and__(self, o): return "and"
    def __rand__(self, o): return "rand"
    def __xor__(self, o): return "xor"
    def __rxor__(self, o): return "rxor"
    def __lshift__(self, o): return "lshift"
    def __rrshift__(self, o): return "rrshift"
    def __floordiv__(self, o): return "fd"
    def __rtruediv__(self, o): return "rtd"
    def __rmod__(self, o): return "rmod"
t("bits", lambda: (Bits() & 1, 1 & Bits(), Bits() ^ 1, 1 ^ Bits(), Bits() << 1, 1 >> Bits(), Bits() // 1, 1 / Bits(), 1 % Bits()))
t("unsupported msg", lambda: Bits() | 1)
t("unsupported inplace msg", lambda: exec("b = Bits(); b |= 1", {"Bits": Bits}))
t("unsupported rshift", lambda: 1 >> object())
t("unsupported pow", lambda: pow(object(), 1, 2))
t("unary msg", lambda: ~Bits())
t("cmp msg", lambda: Bits() < Bits())
t("cmp msg mixed", lambda: 1 < "a")
class EqOnly:
    def __eq__(self, o): return NotImplemented
t("eq NI both", lambda: (EqOnly() == EqOnly(), EqOnly() != EqOnly()))
class HashSub(int):
    def __eq__(self, o): return True
t("int sub eq no hash", lambda: hash(HashSub(1)))
class StrSubHash(str):
    __hash__ = str.__hash__
    def __eq__(self, o): return True
t("str sub hash", lambda: hash(StrSubHash("a")) == hash("a"))
class Bool2:
    def __bool__(self): return True
    def __len__(self): return 0
t("bool over len", lambda: bool(Bool2()))
class LenOnly:
    def __len__(self): return 5
t("not", lambda: (not LenOnly(), not Bool2()))
class ContIter:
    def __iter__(self): raise TypeError("custom iter error")
t("contains iter error", lambda: 1 in ContIter())
class GetItemIdx:
    def __getitem__(self, i):
        if i > 1: raise IndexError
        return i
t("in getitem", lambda: (1 in GetItemIdx(), 5 in GetItemIdx()))
t("unpack getitem", lambda: tuple(GetItemIdx()))
class Abs:
    def __abs__(self): return -1
t("abs", lambda: abs(Abs()))
class Cplx:
    def __complex__(self): return 5
t("bad complex", lambda: complex(Cplx()))
class FloatBad:
    def __float__(self): return 1
t("bad float", lambda: float(FloatBad()))
class IntBad:
    def __int__(self): return 1.5
t("bad int", lambda: int(IntBad()))
class IdxSubclass:
    def __index__(self): return True
t("index returns bool", lambda: [10, 20][IdxSubclass()])
