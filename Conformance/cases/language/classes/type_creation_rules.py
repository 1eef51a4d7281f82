# description: class creation: MRO errors, metaclass hooks, __init_subclass__, __set_name__, __mro_entries__, custom mro(), type() checks, __slots__ rules
# features: [classes, metaclasses, inheritance]
# expect: output
def t(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except BaseException as e:
        print(label, "!", type(e).__name__, e)
class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
t("mro", lambda: [k.__name__ for k in D.__mro__])
t("mro err", lambda: type("X", (A, B), {}))
t("dup base", lambda: type("X", (A, A), {}))
class X: pass
class Y: pass
class P(X, Y): pass
class Q(Y, X): pass
t("mro conflict", lambda: type("Z", (P, Q), {}))
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return {"injected": 1}
    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, sorted(k for k in ns if not k.startswith("__")), kw)
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print("init", name, kw)
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        print("call", cls.__name__, a, k)
        return super().__call__(*a, **k)
class M(metaclass=Meta, flag=True):
    x = 1
t("meta", lambda: (M.injected, type(M).__name__))
t("meta call", lambda: type(M()).__name__)
class Base:
    def __init_subclass__(cls, /, tag=None, **kw):
        print("init_subclass", cls.__name__, tag, kw)
        super().__init_subclass__(**kw)
class S1(Base, tag="t1"): pass
t("bad kw", lambda: type("S2", (Base,), {}, tag="x", other=1))
class Desc:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
class O:
    a = Desc()
    b = Desc()
class G:
    def __class_getitem__(cls, item):
        return f"G[{item}]"
t("class_getitem", lambda: G[int])
class ME:
    def __mro_entries__(self, bases):
        return (A,)
class W(ME()): pass
t("mro_entries", lambda: ([k.__name__ for k in W.__mro__], W.__orig_bases__ is not None))
t("type mro_entries", lambda: type("W2", (ME(),), {}))
class RevMeta(type):
    def mro(cls):
        return [cls] + [k for k in reversed(type.mro(cls)) if k is not cls]
class R1(metaclass=RevMeta): pass
class R2(R1): pass
t("custom mro", lambda: [k.__name__ for k in R2.__mro__])
t("qualname", lambda: (D.__qualname__, D.__module__, D.__doc__, D.__name__))
def f():
    class Inner:
        class Deeper: pass
    return Inner
t("nested qualname", lambda: (f().__qualname__, f().Deeper.__qualname__))
t("subclasses", lambda: sorted(k.__name__ for k in A.__subclasses__()))
t("set name", lambda: (setattr(A, "__name__", "AA"), A.__name__, setattr(A, "__name__", "A")))
t("set name bad", lambda: setattr(A, "__name__", 1))
t("del name", lambda: delattr(A, "__name__"))
t("set qualname", lambda: (setattr(A, "__qualname__", "Q.A"), repr(A), setattr(A, "__qualname__", "A")))
t("int name", lambda: setattr(int, "__name__", "x"))
t("int attr", lambda: setattr(int, "foo", 1))
t("int del attr", lambda: delattr(int, "foo"))
t("builtin doc", lambda: object.__doc__)
t("type doc", lambda: type(A.__doc__))
class Doc:
    "docstring"
t("doc", lambda: Doc.__doc__)
t("type repr", lambda: (repr(A), repr(int), repr(type)))
t("type(1 arg)", lambda: type(1))
t("type 2 args", lambda: type("a", ()))
t("type bad name", lambda: type(1, (), {}))
t("type bad bases", lambda: type("a", [], {}))
t("type bad dict", lambda: type("a", (), []))
t("type kw one", lambda: type(1, x=1))
t("type.__init__ kw", lambda: type.__init__(A, 1, x=1))
t("bool base", lambda: type("B", (bool,), {}))
t("layout", lambda: type("L", (int, str), {}))
t("layout2", lambda: type("L", (list, dict), {}))
t("slots", lambda: type("S", (), {"__slots__": ("a", "a")}))
t("slots bad", lambda: type("S", (), {"__slots__": (1,)}))
t("slots nonid", lambda: type("S", (), {"__slots__": ("1a",)}))
t("slots dict twice", lambda: type("S", (), {"__slots__": ("__dict__", "__dict__")}))
class SA: __slots__ = ("a",)
class SB: __slots__ = ("b",)
t("slots layout", lambda: type("SC", (SA, SB), {}))
class SD: __slots__ = ()
t("empty slots ok", lambda: type("SE", (SA, SD), {}).__mro__ is not None)
s = SA()
t("slot unset", lambda: s.a)
t("slot no dict", lambda: setattr(s, "b", 1))
t("slot del unset", lambda: delattr(s, "a"))
t("slot dict attr", lambda: s.__dict__)
t("slots repr", lambda: repr(SA.a))
class SW:
    __slots__ = ("__weakref__", "__dict__", "x")
sw = SW(); sw.y = 2
t("slots weakref dict", lambda: (sw.__dict__, SW.__weakref__.__class__.__name__))
class Priv:
    __slots__ = ("__p",)
t("slots mangle", lambda: sorted(k for k in Priv.__dict__ if "p" in k))
class Inh(SA):
    __slots__ = ("c",)
i = Inh(); i.a = 1; i.c = 2
t("slot inherit", lambda: (i.a, i.c, hasattr(i, "__dict__")))
class InhD(SA): pass
t("slot inherit dict", lambda: hasattr(InhD(), "__dict__"))
t("slots conflict var", lambda: type("X", (), {"__slots__": ("a",), "a": 1}))
t("slots __dict__ in sub of dict class", lambda: type("X", (A,), {"__slots__": ("__dict__",)}))
t("slots __weakref__ in sub of weakref class", lambda: type("X", (A,), {"__slots__": ("__weakref__",)}))
t("slots str", lambda: type("X", (), {"__slots__": "abc"}).__dict__["abc"].__class__.__name__)
t("slots dict", lambda: sorted(type("X", (), {"__slots__": {"q": "doc"}}).__dict__.keys()))
