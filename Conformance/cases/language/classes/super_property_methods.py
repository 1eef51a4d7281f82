# description: zero-arg super in methods, classmethods, properties, lambdas, generators and nested functions; property, staticmethod, classmethod and bound method attributes
# features: [classes, descriptors, decorators]
# expect: output
def t(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except BaseException as e:
        print(label, "!", type(e).__name__, e)
class A:
    def m(self): return "A.m"
    @classmethod
    def c(cls): return cls.__name__
    @staticmethod
    def s(): return "s"
    @property
    def p(self): return "p"
class B(A):
    def m(self): return "B>" + super().m()
    @classmethod
    def c(cls): return "B>" + super().c()
    @staticmethod
    def s(): return "B>" + super(B, B).s()
    @property
    def p(self): return "B>" + super().p
t("super", lambda: (B().m(), B.c(), B().c(), B.s(), B().p))
class C(B):
    def m(self):
        f = lambda: super(C, self).m()
        return "C>" + f()
    def gen(self):
        yield super().m()
    def comp(self):
        return [super().m() for _ in range(1)]
    def nested(self):
        def inner():
            return super().m()
        return inner()
t("super lambda", lambda: C().m())
t("super gen", lambda: list(C().gen()))
t("super nested", lambda: C().nested())
def noarg():
    return super()
t("super no class", lambda: noarg())
class NS:
    def m():
        return super()
t("super no args", lambda: NS.m())
class Z:
    def m(self):
        del self
        return super()
t("super deleted", lambda: Z().m())
t("super unbound", lambda: (repr(super(A)), super(A).__thisclass__))
t("super bad", lambda: super(1))
t("super repr", lambda: repr(super(B, B())))
t("super class attr", lambda: super(B, B()).__class__)
t("super self_class", lambda: (super(B, B()).__self_class__, super(B, B).__self_class__))
t("super setattr", lambda: setattr(super(B, B()), "x", 1))
class SS(super): pass
t("super subclass", lambda: type(SS(B, B())).__name__)
class Dunder:
    def __init__(self):
        super().__init__()
    def __repr__(self):
        return "D<" + super().__repr__()[:9]
t("super dunder", lambda: repr(Dunder()))
class ClsProp:
    x = property(lambda self: 1)
t("prop set", lambda: setattr(ClsProp(), "x", 2))
t("prop del", lambda: delattr(ClsProp(), "x"))
class PP:
    @property
    def v(self):
        "getter doc"
        return self._v
    @v.setter
    def v(self, val): self._v = val
    @v.deleter
    def v(self): del self._v
p = PP(); p.v = 3
t("prop", lambda: (p.v, PP.v.__doc__, delattr(p, "v"), hasattr(p, "v")))
t("prop attrs", lambda: (PP.v.fget.__name__, PP.v.fset.__name__, PP.v.fdel.__name__, PP.v.__isabstractmethod__))
t("prop name", lambda: PP.v.__name__ if hasattr(PP.v, "__name__") else "noname")
t("prop copy", lambda: (PP.v.getter(lambda s: 1).fset is PP.v.fset))
t("prop no getter", lambda: property().__get__(1, int))
class NoSet:
    x = property(lambda s: 1)
t("prop no setter msg", lambda: setattr(NoSet(), "x", 5))
class Named:
    @property
    def myprop(self): return 1
t("prop no setter msg named", lambda: setattr(Named(), "myprop", 5))
t("prop no deleter msg named", lambda: delattr(Named(), "myprop"))
t("prop get on class", lambda: type(Named.myprop).__name__)
t("prop fget readonly", lambda: setattr(Named.myprop, "fget", None))
class SubProp(property): pass
t("subprop", lambda: type(SubProp(lambda s: 1).setter(lambda s, v: None)).__name__)
t("prop doc arg", lambda: property(None, None, None, "d").__doc__)
t("staticmethod any", lambda: staticmethod(1).__func__)
t("staticmethod call", lambda: staticmethod(len)([1, 2]))
t("classmethod wrap property", lambda: type(classmethod(property(lambda c: 1))).__name__)
class CM:
    @classmethod
    def c(cls): return cls
t("cm", lambda: (CM.c(), CM().c(), CM.__dict__["c"].__func__.__name__))
t("cm get", lambda: CM.__dict__["c"].__get__(None, CM)())
t("cm get obj", lambda: CM.__dict__["c"].__get__(CM())())
t("sm repr", lambda: repr(staticmethod(len)))
t("cm repr", lambda: repr(classmethod(len)))
def fn(a): return a
t("func get", lambda: (fn.__get__(1)(), fn.__get__(None, int) is fn))
t("func get bad", lambda: fn.__get__(None, None))
t("method", lambda: (type(fn.__get__(1)).__name__, fn.__get__(1).__self__, fn.__get__(1).__func__ is fn))
t("method eq", lambda: (A().m == A().m, A.m == A.m))
a = A()
t("method eq same", lambda: a.m == a.m)
t("method attrs", lambda: (a.m.__name__, a.m.__qualname__, a.m.__doc__, a.m.__module__))
t("method set attr", lambda: setattr(a.m, "x", 1))
t("method hash", lambda: hash(a.m) == hash(a.m))
import sys as _s
class types:
    # the classes of the types module, without importing it
    ModuleType = type(_s)
    SimpleNamespace = type(_s.implementation)
    MethodType = type((lambda: 0).__get__(1))
t("MethodType", lambda: types.MethodType(fn, 5)())
t("MethodType bad", lambda: types.MethodType(fn, None))
t("MethodType noncallable", lambda: types.MethodType(1, 2))
