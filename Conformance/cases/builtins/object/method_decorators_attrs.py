# description: staticmethod/classmethod objects: __func__, __wrapped__, callability, wrapping builtins and stacking order
# features: [builtins, classes, decorators]
# min-version: 3.10
# expect: output
def f(*args):
    "f doc"
    return args
sm = staticmethod(f)
cm = classmethod(f)
print("__func__:", sm.__func__ is f, cm.__func__ is f)
print("__wrapped__:", sm.__wrapped__ is f, cm.__wrapped__ is f)
print("doc/name copied:", sm.__doc__, sm.__name__, cm.__name__)
print("staticmethod callable directly:", callable(sm), sm(1, 2))
try:
    cm(1)
except TypeError as e:
    print("classmethod object not callable ! TypeError:", e)
class C:
    s = sm
    c = cm
    blen = staticmethod(len)
    @staticmethod
    def st():
        return "static"
    @classmethod
    def cl(cls):
        return cls.__name__
print("via class and instance:", C.s(1), C().s(1), C.c(1)[0].__name__, C().c(1)[0].__name__)
print("builtin wrapped:", C.blen("abc"), C().blen([1]))
print("descriptor __get__:", C.__dict__["st"].__get__(None, C)(), C.__dict__["cl"].__get__(None, C)())
class Sub(C):
    pass
print("classmethod binds subclass:", Sub.cl(), Sub().cl())
print("types:", type(C.__dict__["st"]).__name__, type(C.__dict__["cl"]).__name__, type(C.cl).__name__, type(C.st).__name__)
print("__func__ read-only check:", end=" ")
try:
    sm.__func__ = len
except AttributeError as e:
    print("AttributeError:", e)
print("repr starts:", repr(sm).startswith("<staticmethod("), repr(cm).startswith("<classmethod("))
