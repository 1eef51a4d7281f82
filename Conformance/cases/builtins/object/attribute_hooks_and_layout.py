# description: __getattr__/__getattribute__/__setattr__ hooks, object.__setattr__ hackcheck, __class__ and __dict__ assignment, descriptor precedence, abstract instantiation, GenericAlias/Union, SimpleNamespace, object.__new__/__init__ errors
# features: [classes, descriptors, builtins]
# expect: output
def t(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except BaseException as e:
        print(label, "!", type(e).__name__, e)
class A:
    def __getattr__(self, n): return "ga:" + n
t("getattr", lambda: A().foo)
class GA:
    def __getattribute__(self, n):
        if n == "x": return 1
        return object.__getattribute__(self, n)
    def __getattr__(self, n): return "fallback:" + n
t("getattribute", lambda: (GA().x, GA().y))
class SA:
    def __setattr__(self, n, v):
        print("setattr", n, v)
        object.__setattr__(self, n, v)
    def __delattr__(self, n):
        print("delattr", n)
        object.__delattr__(self, n)
s = SA(); s.a = 1; del s.a
t("object.__setattr__ int", lambda: object.__setattr__(1, "x", 2))
t("object.__setattr__ type", lambda: object.__setattr__(int, "x", 2))
t("object.__delattr__ type", lambda: object.__delattr__(int, "x"))
t("type.__setattr__ A", lambda: (type.__setattr__(SA, "zz", 2), SA.zz))
t("object.__setattr__ A", lambda: object.__setattr__(SA, "zz", 2))
t("object.__setattr__ list", lambda: object.__setattr__([], "x", 2))
t("object setattr", lambda: setattr(object(), "x", 1))
t("object getattr", lambda: object().x)
t("delattr missing", lambda: delattr(A(), "x"))
class Pl: pass
t("delattr missing plain", lambda: delattr(Pl(), "x"))
t("getattr non-str", lambda: getattr(Pl(), 1))
t("setattr non-str", lambda: setattr(Pl(), 1, 1))
t("object.__getattribute__ non-str", lambda: object.__getattribute__(Pl(), 1))
t("type getattr missing", lambda: Pl.missing)
t("module attr missing", lambda: __import__("sys").missing_xyz)
t("__class__ assign", lambda: (lambda o: (setattr(o, "__class__", A), type(o).__name__))(Pl()))
t("__class__ assign int", lambda: setattr(1, "__class__", bool))
t("__class__ assign builtin", lambda: setattr(Pl(), "__class__", int))
class Sl: __slots__ = ("a",)
t("__class__ layout", lambda: setattr(Pl(), "__class__", Sl))
t("__class__ non-type", lambda: setattr(Pl(), "__class__", 1))
t("__class__ del", lambda: delattr(Pl(), "__class__"))
import sys as _s
class types:
    # the classes of the types module, without importing it
    ModuleType = type(_s)
    SimpleNamespace = type(_s.implementation)
    MethodType = type((lambda: 0).__get__(1))
m = types.ModuleType("m")
class MySub(types.ModuleType): pass
t("module class assign", lambda: (setattr(m, "__class__", MySub), type(m).__name__))
t("__dict__ assign", lambda: (lambda o: (setattr(o, "__dict__", {"q": 1}), o.q))(Pl()))
t("__dict__ assign bad", lambda: setattr(Pl(), "__dict__", 1))
t("__dict__ del", lambda: (lambda o: (delattr(o, "__dict__"), o.__dict__))(Pl()))
t("vars", lambda: vars(Pl()))
t("vars no dict", lambda: vars(1))
t("obj dir", lambda: [n for n in dir(Pl()) if not n.startswith("__")])
class Data:
    def __get__(self, o, t=None): return "data"
    def __set__(self, o, v): print("dset")
class NonData:
    def __get__(self, o, t=None): return "nondata"
class U:
    d = Data(); n = NonData()
u = U(); u.__dict__["d"] = "inst"; u.__dict__["n"] = "inst"
t("precedence", lambda: (u.d, u.n, U.d, U.n))
class OnlySet:
    def __set__(self, o, v): print("oset")
class V:
    x = OnlySet()
v = V(); v.__dict__["x"] = "inst"
t("set-only descr", lambda: (v.x, type(V.x).__name__))
class DelOnly:
    def __delete__(self, o): print("ddel")
class W:
    x = DelOnly()
w = W()
t("delete-only", lambda: (delattr(w, "x")))
t("delete-only set", lambda: setattr(w, "x", 1))
class GetRaise:
    def __get__(self, o, t): raise AttributeError("from get")
class GRC:
    x = GetRaise()
    def __getattr__(self, n): return "ga " + n
t("descr raises AE -> getattr", lambda: GRC().x)
class MetaAttr(type):
    y = "meta y"
    @property
    def mp(cls): return "meta prop"
class MA(metaclass=MetaAttr):
    pass
t("meta attrs", lambda: (MA.y, MA.mp, hasattr(MA(), "y")))
class Manual: pass
Manual.__abstractmethods__ = frozenset({"x"})
t("manual abstract", lambda: Manual())
Manual.__abstractmethods__ = frozenset()
t("manual abstract cleared", lambda: type(Manual()).__name__)
t("GenericAlias", lambda: (list[int], list[int].__origin__, list[int].__args__, repr(dict[str, list[int]])))
t("GA call", lambda: list[int]([1]))
t("GA isinstance", lambda: isinstance([], list[int]))
t("Union", lambda: (int | str, type(int | str).__name__, (int | str).__args__, int | None))
t("Union isinstance", lambda: (isinstance(1, int | str), isinstance(1.0, int | str), issubclass(bool, int | str)))
t("Union eq", lambda: (int | str == str | int, int | int))
t("Union bad", lambda: int | 1)
t("SimpleNamespace", lambda: (types.SimpleNamespace(a=1, b=2), types.SimpleNamespace(a=1) == types.SimpleNamespace(a=1)))
ns = types.SimpleNamespace(x=1)
ns.y = 2
t("ns repr", lambda: repr(ns))
t("ns dict", lambda: ns.__dict__)
t("ns pos", lambda: types.SimpleNamespace({"a": 1}, b=2))
t("ns bad", lambda: types.SimpleNamespace(1))
t("ns missing", lambda: ns.zz)
t("ns del", lambda: (delattr(ns, "y"), ns))
t("ns recursive", lambda: (lambda n: (setattr(n, "me", n), repr(n)))(types.SimpleNamespace()))
class NSub(types.SimpleNamespace): pass
t("ns sub repr", lambda: repr(NSub(a=1)))
t("ns order", lambda: repr(types.SimpleNamespace(b=1, a=2)))
t("object() args", lambda: object(1))
t("object kw", lambda: object(x=1))
class NoInit: pass
t("noinit args", lambda: NoInit(1))
class InitOnly:
    def __init__(self, a): pass
t("initonly", lambda: type(InitOnly(1)).__name__)
class NewOnly:
    def __new__(cls, a): return super().__new__(cls)
t("newonly", lambda: type(NewOnly(1)).__name__)
class NewBad:
    def __new__(cls, a): return object.__new__(cls, a)
t("newbad", lambda: NewBad(1))
class InitBad:
    def __init__(self, a): object.__init__(self, a)
t("initbad", lambda: InitBad(1))
class InitRet:
    def __init__(self): return 1
t("init ret", lambda: InitRet())
t("object.__new__ non-type", lambda: object.__new__(1))
t("object.__new__ int", lambda: object.__new__(int))
t("int.__new__ str", lambda: int.__new__(str))
t("object.__init__ no args", lambda: object.__init__())
t("eq object", lambda: (object().__eq__(1), object().__ne__(1), object().__lt__(1)))
t("subclasshook", lambda: object.__subclasshook__())
t("object.__init_subclass__", lambda: object.__init_subclass__())
t("getstate", lambda: (lambda o: (setattr(o, "a", 1), o.__getstate__()))(Pl()))
t("getstate slots", lambda: (lambda o: (setattr(o, "a", 1), o.__getstate__()))(Sl()))
t("dir type", lambda: [n for n in dir(Pl) if not n.startswith("_")])
t("hash type", lambda: hash(int) == hash(int))
t("type eq", lambda: int == int)
t("mappingproxy", lambda: (type(Pl.__dict__).__name__, Pl.__dict__["__module__"]))
t("mappingproxy set", lambda: Pl.__dict__.__setitem__("x", 1))
