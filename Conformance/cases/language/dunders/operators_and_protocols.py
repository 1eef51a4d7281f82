# description: operator dunders with reflected/in-place/NotImplemented rules, hash/eq rules, len/bool/index/iter/contains fallbacks and conversion dunders
# features: [operators, classes, hashing]
# expect: output
def t(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except BaseException as e:
        print(label, "!", type(e).__name__, e)
class N:
    def __init__(self, v): self.v = v
    def __add__(self, o): return ("add", self.v, getattr(o, "v", o))
    def __radd__(self, o): return ("radd", self.v, getattr(o, "v", o))
    def __iadd__(self, o): return ("iadd", self.v)
class Sub(N):
    def __radd__(self, o): return ("Sub.radd", self.v)
t("add", lambda: N(1) + N(2))
t("radd int", lambda: 1 + N(2))
t("sub reflected first", lambda: N(1) + Sub(2))
x = N(1)
x += 5
t("iadd", lambda: x)
class OnlyAdd:
    def __add__(self, o): return NotImplemented
t("NI", lambda: OnlyAdd() + 1)
t("NI r", lambda: 1 + OnlyAdd())
t("unsupported", lambda: object() - object())
t("unsupported inplace", lambda: exec("a = object(); a -= 1"))
t("pow 3", lambda: pow(N(1), 2, 3))
class P3:
    def __pow__(self, o, m=None): return ("pow", o, m)
    def __rpow__(self, o, m=None): return ("rpow", o, m)
t("pow3 ok", lambda: pow(P3(), 2, 3))
t("rpow", lambda: 2 ** P3())
t("rpow 3 arg", lambda: pow(2, P3(), 3))
class Cmp:
    def __init__(self, v): self.v = v
    def __eq__(self, o): print("eq", self.v); return NotImplemented
    def __lt__(self, o): return self.v < o.v
t("eq fallback identity", lambda: (Cmp(1) == Cmp(1)))
c = Cmp(1)
t("eq identity", lambda: c == c)
t("ne from eq", lambda: Cmp(1) != Cmp(2))
t("gt reflected", lambda: Cmp(2) > Cmp(1))
t("le unsupported", lambda: Cmp(1) <= Cmp(2))
t("hash none", lambda: hash(Cmp(1)))
t("hash attr", lambda: Cmp.__hash__)
class H:
    def __eq__(self, o): return True
    __hash__ = object.__hash__
t("hash explicit", lambda: type(hash(H())).__name__)
class HI(H): 
    def __eq__(self, o): return False
t("hash inherit eq override", lambda: HI.__hash__)
class BadHash:
    def __hash__(self): return "x"
t("bad hash", lambda: hash(BadHash()))
class BigHash:
    def __hash__(self): return 2**100
t("big hash", lambda: hash(BigHash()) == hash(2**100))
class NegHash:
    def __hash__(self): return -1
t("neg1 hash", lambda: hash(NegHash()))
class Bl:
    def __bool__(self): return 1
t("bool non bool", lambda: bool(Bl()))
class Ln:
    def __len__(self): return 0
t("len bool", lambda: bool(Ln()))
class LnNeg:
    def __len__(self): return -1
t("len neg", lambda: len(LnNeg()))
class LnBig:
    def __len__(self): return 2**70
t("len big", lambda: len(LnBig()))
class LnStr:
    def __len__(self): return "x"
t("len str", lambda: len(LnStr()))
class LnIdx:
    def __len__(self):
        class I:
            def __index__(self): return 3
        return I()
t("len index", lambda: len(LnIdx()))
class BlNone:
    __bool__ = None
t("bool None", lambda: bool(BlNone()))
class GI:
    def __getitem__(self, i):
        if i < 3: return i * 10
        raise IndexError
t("getitem iter", lambda: list(GI()))
t("getitem in", lambda: (20 in GI(), 5 in GI()))
class NoIter:
    __iter__ = None
    def __getitem__(self, i): return i
t("iter none", lambda: iter(NoIter()))
class Cont:
    def __iter__(self): return iter([1, 2])
t("contains via iter", lambda: (2 in Cont(), 3 in Cont()))
class ContNone:
    __contains__ = None
t("contains none", lambda: 1 in ContNone())
t("not container", lambda: 1 in object())
class Idx:
    def __index__(self): return 2
t("index", lambda: ([1, 2, 3][Idx()], "abc"[Idx()], bin(Idx()), range(Idx())))
class BadIdx:
    def __index__(self): return "x"
t("bad index", lambda: [1][BadIdx()])
class Call:
    def __call__(self, *a, **k): return (a, k)
t("call", lambda: Call()(1, x=2))
t("not callable", lambda: object()())
class Fmt:
    def __format__(self, spec): return "F" + spec
t("format", lambda: (format(Fmt(), "x"), f"{Fmt():abc}"))
t("format object", lambda: format(object(), "x"))
class BadFmt:
    def __format__(self, spec): return 1
t("bad format", lambda: format(BadFmt()))
class Rep:
    def __repr__(self): return "R"
t("str from repr", lambda: (str(Rep()), repr(Rep()), f"{Rep()}", f"{Rep()!r}"))
class BadRep:
    def __repr__(self): return 1
t("bad repr", lambda: repr(BadRep()))
class BadStr:
    def __str__(self): return 1
t("bad str", lambda: str(BadStr()))
t("default repr", lambda: repr(object()).startswith("<object object at 0x"))
class Loc: pass
t("default repr cls", lambda: repr(Loc()).startswith("<__main__.Loc object at 0x"))
class Neg:
    def __neg__(self): return "neg"
    def __pos__(self): return "pos"
    def __abs__(self): return "abs"
    def __invert__(self): return "inv"
t("unary", lambda: (-Neg(), +Neg(), abs(Neg()), ~Neg()))
t("unary bad", lambda: -object())
class Conv:
    def __int__(self): return 5
    def __float__(self): return 2.5
    def __complex__(self): return 1j
t("conv", lambda: (int(Conv()), float(Conv()), complex(Conv())))
class Trunc:
    def __trunc__(self): return 7
class Rnd:
    def __round__(self, n=None): return ("round", n)
t("round", lambda: (round(Rnd()), round(Rnd(), 2)))
class Mat:
    def __matmul__(self, o): return "mm"
    def __rmatmul__(self, o): return "rmm"
t("matmul", lambda: (Mat() @ 1, 1 @ Mat()))
class DM:
    def __divmod__(self, o): return "dm"
    def __rdivmod__(self, o): return "rdm"
t("divmod", lambda: (divmod(DM(), 1), divmod(1, DM())))
class Seq:
    def __getitem__(self, k): return k
t("slice", lambda: (Seq()[1:2], Seq()[1:2:3], Seq()[...], Seq()[1, 2]))
class SetDel:
    def __setitem__(self, k, v): print("set", k, v)
    def __delitem__(self, k): print("del", k)
s = SetDel(); s[1] = 2; del s[3]
t("no delitem", lambda: exec("class Q:\n  def __setitem__(s,k,v): pass\ndel Q()[1]"))
t("not subscriptable", lambda: object()[1])
t("no setitem", lambda: exec("object()[1] = 2"))
class Rev:
    def __reversed__(self): return iter([3, 2, 1])
t("reversed", lambda: list(reversed(Rev())))
class LenGet:
    def __len__(self): return 2
    def __getitem__(self, i): return "ab"[i]
t("reversed fallback", lambda: list(reversed(LenGet())))
class Ctx:
    def __enter__(self): return "in"
    def __exit__(self, *a): print("exit", a[0]); return True
t("with", lambda: exec("with Ctx() as v:\n  print(v)\n  1/0"))
class Lt:
    def __lt__(self, o): return True
t("sort", lambda: len(sorted([Lt(), Lt()])))
class ItNext:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 2: raise StopIteration
        return self.i
t("iter next", lambda: list(ItNext()))
class BadIter:
    def __iter__(self): return 1
t("bad iter", lambda: iter(BadIter()))
class Missing(dict):
    def __missing__(self, k): return k * 2
t("missing", lambda: Missing()[3])
class Ins(type):
    def __instancecheck__(cls, o): return True
    def __subclasscheck__(cls, o): return True
class AnyT(metaclass=Ins): pass
t("instancecheck", lambda: (isinstance(1, AnyT), issubclass(int, AnyT)))
class Dir:
    def __dir__(self): return ["b", "a"]
t("dir", lambda: dir(Dir()))
class SizeOf:
    def __sizeof__(self): return 10
t("sizeof", lambda: __import__("sys").getsizeof(SizeOf()) >= 10)
class Bytes:
    def __bytes__(self): return b"x"
t("bytes", lambda: bytes(Bytes()))
class Hashable:
    def __hash__(self): return 5
t("hash", lambda: hash(Hashable()))
class Eq:
    def __eq__(self, o): return "yes"
t("eq nonbool", lambda: (Eq() == 1, Eq() != 1))
t("in uses eq", lambda: Eq() in [1])
class NeOnly:
    def __ne__(self, o): return "ne"
t("ne only", lambda: (NeOnly() != 1, NeOnly() == 1))
class IAddNI:
    def __iadd__(self, o): return NotImplemented
    def __add__(self, o): return "add"
y = IAddNI()
y += 1
t("iadd NI fallback", lambda: y)
class Lst(list):
    def __add__(self, o): return "Lst.add"
t("list sub add", lambda: (Lst() + [1], [1] + Lst()))
class Rl(list):
    def __radd__(self, o): return "Rl.radd"
t("list sub radd", lambda: [1] + Rl())
class IntSub(int):
    def __radd__(self, o): return "IntSub.radd"
t("int sub radd", lambda: 1 + IntSub(2))
class StrSub(str):
    def __rmod__(self, o): return "rmod"
t("str rmod", lambda: "%s" % StrSub("x"))
class IntSubAdd(int):
    def __add__(self, o): return "IntSubAdd.add"
t("int sub add", lambda: (IntSubAdd(1) + 1, 1 + IntSubAdd(1)))
