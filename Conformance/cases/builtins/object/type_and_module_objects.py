# description: type and module objects: special attributes, type.__new__ and __prepare__ checks, metaclass keywords, __classcell__, __bases__ assignment errors, module repr and attributes
# features: [classes, metaclasses, builtins]
# expect: output
def t(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except BaseException as e:
        print(label, "!", type(e).__name__, e)
import sys
class A:
    x = 1
    def m(self): pass
t("A dict weakref", lambda: repr(A.__dict__["__weakref__"]))
t("A dict dict", lambda: repr(A.__dict__["__dict__"]))
t("dir object", lambda: dir(object))
t("object dict keys", lambda: sorted(object.__dict__))
t("int dict has", lambda: sorted(k for k in int.__dict__ if not k.startswith("__")))
t("type.__basicsize__", lambda: type(object.__basicsize__).__name__)
t("__flags__", lambda: type(object.__flags__).__name__)
t("mro of type", lambda: type.__mro__)
t("type base", lambda: (type.__base__, object.__base__, bool.__base__, A.__base__))
t("instance of type", lambda: (isinstance(type, type), isinstance(object, type), isinstance(type, object)))
t("issubclass bad", lambda: issubclass(1, int))
t("issubclass bad2", lambda: issubclass(int, 1))
t("isinstance bad", lambda: isinstance(1, 1))
t("isinstance tuple nest", lambda: isinstance(1, (str, (int,))))
class FakeCls:
    __bases__ = ()
class Fake2:
    @property
    def __class__(self): return int
t("isinstance __class__", lambda: (isinstance(Fake2(), int), type(Fake2()).__name__))
t("NoneType", lambda: (type(None)(), repr(type(None))))
t("NoneType args", lambda: type(None)(1))
t("NotImplementedType", lambda: (type(NotImplemented)(), type(...)()))
t("subclass NoneType", lambda: type("N", (type(None),), {}))
t("subclass bool", lambda: type("N", (bool,), {}))
t("subclass function", lambda: type("N", (type(t),), {}))
t("subclass method", lambda: type("N", (type(A().m),), {}))
t("object attrs", lambda: object().__class__)
t("object eq NI", lambda: object.__eq__(1, 2))
t("object lt", lambda: object() < object())
t("object hash", lambda: hash(object()) != 0)
t("object ne", lambda: object.__ne__(1, 1))
t("type ne", lambda: int != str)
t("__init_subclass__ on object", lambda: object.__init_subclass__.__qualname__)
t("__new__ name", lambda: (object.__new__.__name__, object.__new__.__qualname__, int.__new__.__self__))
t("type __call__", lambda: type.__call__(int, "5"))
t("type.__new__ direct", lambda: type.__new__(type, "X", (), {}).__name__)
t("type.__new__ bad", lambda: type.__new__(int, "X", (), {}))
t("type.__new__ 1", lambda: type.__new__(type, 1))
t("type.__new__ no args", lambda: type.__new__())
t("type.__new__ meta check", lambda: type.__new__(object, "X", (), {}))
t("type.__prepare__", lambda: type.__prepare__("X", ()))
t("type.__prepare__ kw", lambda: type.__prepare__("X", (), a=1))
t("class kw no prepare", lambda: exec("class Z(foo=1): pass"))
class M2(type):
    def __new__(m, name, bases, ns, **kw):
        return super().__new__(m, name, bases, ns)
t("meta kw init passthrough", lambda: exec("class Z(metaclass=M2, foo=1): pass", {"M2": M2}))
class M3(type):
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
t("meta kw new passthrough", lambda: exec("class Z(metaclass=M3, foo=1): pass", {"M3": M3}))
t("metaclass func", lambda: exec("def mf(n, b, d): return 42\nclass Z(metaclass=mf): pass\nprint('Z =', Z)"))
t("metaclass non-callable", lambda: exec("class Z(metaclass=1): pass"))
class Weird(type):
    def __prepare__(name, bases): return []
t("prepare returns list", lambda: exec("class Z(metaclass=W): pass", {"W": Weird}))
t("__classcell__", lambda: exec("class Z:\n  def f(self): return __class__\nprint(Z().f())"))
class CellMeta(type):
    def __new__(m, n, b, ns):
        ns.pop("__classcell__", None)
        return super().__new__(m, n, b, ns)
t("classcell dropped", lambda: exec("class Z(metaclass=M):\n  def f(self): return __class__\n", {"M": CellMeta}))
t("set_name error", lambda: exec("class D:\n  def __set_name__(s, o, n): raise ValueError('boom')\nclass Z:\n  x = D()"))
t("init_subclass classmethod implicit", lambda: type(A.__dict__.get("__init_subclass__")))
class IS:
    def __init_subclass__(cls): cls.marked = True
class IS2(IS): pass
t("implicit classmethod", lambda: (IS2.marked, type(IS.__dict__["__init_subclass__"]).__name__))
t("__qualname__ in ns", lambda: type("X", (), {"__qualname__": "Y.X"}).__qualname__)
t("__qualname__ bad", lambda: type("X", (), {"__qualname__": 1}))
t("__module__ default", lambda: type("X", (), {}).__module__)
t("__doc__ default", lambda: type("X", (), {}).__doc__)
t("name with null", lambda: type("X\0", (), {}))
t("type getattr dunder", lambda: A.__getattribute__)
t("type dict assignment", lambda: setattr(A, "__dict__", {}))
t("mro()", lambda: A.mro())
t("mro readonly", lambda: setattr(A, "__mro__", ()))
t("type subclasses", lambda: [c.__name__ for c in bool.__subclasses__()])
t("bases assign builtin", lambda: setattr(int, "__bases__", (object,)))
t("bases assign cycle", lambda: (lambda B: setattr(A, "__bases__", (B,)))(type("B", (A,), {})))
t("bases assign nontuple", lambda: setattr(A, "__bases__", [object]))
t("bases assign empty", lambda: setattr(A, "__bases__", ()))
t("bases assign layout", lambda: setattr(A, "__bases__", (int,)))
t("bases del", lambda: delattr(A, "__bases__"))
t("module repr", lambda: repr(sys)[:20])
m = type(sys)("mymod", "docstr")
t("new module", lambda: (m.__name__, m.__doc__, repr(m), m.__dict__["__spec__"] if "__spec__" in m.__dict__ else "nospec"))
t("module getattr", lambda: m.nope)
m.__getattr__ = lambda n: "mod ga " + n
t("module __getattr__", lambda: m.nope)
t("module dir", lambda: sorted(dir(m)))
t("module no name", lambda: type(sys)())
t("module bad name", lambda: type(sys)(1))
t("module del name repr", lambda: (lambda mm: (delattr(mm, "__name__"), repr(mm)))(type(sys)("q")))
t("module dict readonly", lambda: setattr(m, "__dict__", {}))
t("module annotations", lambda: m.__annotations__)
t("builtins module", lambda: (type(__builtins__).__name__, __builtins__.__name__ if hasattr(__builtins__, "__name__") else "dict"))
