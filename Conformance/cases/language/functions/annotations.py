# description: function and variable annotations are evaluated and stored in __annotations__
# features: [annotations, functions]
# expect: output

log = []
def note(x):
    log.append(x)
    return x

def f(a: note("a"), b: note("b") = 1, *args: note("args"), c: note("c"), **kw: note("kw")) -> note("ret"):
    pass
print("evaluation order:", log)
print("keys:", list(f.__annotations__))
print("values:", [f.__annotations__[k] for k in f.__annotations__])

def g(x, y):
    pass
print("empty:", g.__annotations__)

def h(x: int = 5) -> "str":
    return str(x)
print("h:", h.__annotations__["x"].__name__, repr(h.__annotations__["return"]))

# module-level variable annotations go in module __annotations__
count: int = 0
name: str
print("module annotations:", sorted(k for k in __annotations__ if k in ("count", "name")))
print("annotated without value is not bound:", "name" in globals())

# class-level annotations
class C:
    x: int
    y: "list[int]" = []
    def method(self) -> None: pass
print("class annotations:", {k: (v if isinstance(v, str) else v.__name__) for k, v in C.__annotations__.items()})
print("x bound in class:", hasattr(C, "x"), "y bound:", hasattr(C, "y"))

# annotations on complex targets are evaluated but not stored
d = {}
d["k"]: note("subscript annotation") = 1
class O: pass
o = O()
o.attr: note("attribute annotation") = 2
print("complex targets:", d, o.attr, log[-2:])

# local variable annotations are not evaluated and not stored
def local():
    z: note("never evaluated") = 3
    return z
print("local:", local(), "never evaluated" in log)

# __annotations__ is writable
def w(a): pass
w.__annotations__ = {"a": float}
print("replaced:", w.__annotations__)

# lambda cannot have annotations; annotations on parenthesised name
(p): int = 4
print("parenthesised target annotated:", "p" in __annotations__, p)
