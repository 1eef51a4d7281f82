# description: __call__ makes instances callable; callable(), bound methods and call argument passing
# features: [classes, functions]
# expect: output

class Multiplier:
    def __init__(self, factor):
        self.factor = factor
    def __call__(self, value, *rest, scale=1, **kw):
        return value * self.factor * scale, rest, sorted(kw)

m = Multiplier(3)
print("call:", m(2), m(2, 9, scale=10, extra=1))
print("callable:", callable(m), callable(Multiplier), callable(3), callable("s".upper))

# __call__ is looked up on the type, not the instance
class NotCallable:
    pass
n = NotCallable()
n.__call__ = lambda: "instance attr"
try:
    n()
except TypeError as e:
    print("TypeError:", e)
print("callable() agrees:", callable(n))

# assigning __call__ on the class later makes instances callable
NotCallable.__call__ = lambda self: "class attr"
print("after class assignment:", n())

# __call__ returning self allows chaining
class Chain:
    def __init__(self): self.calls = 0
    def __call__(self):
        self.calls += 1
        return self
c = Chain()
print("chain:", c()()().calls)

# a class is callable via its metaclass __call__
class Meta(type):
    def __call__(cls, *args):
        return f"Meta.__call__{args}"
class K(metaclass=Meta): pass
print("metaclass call:", K(1, 2))

# callable instances as methods are not bound (no __get__)
class Holder:
    method = Multiplier(2)
print("not bound:", Holder().method(5)[0])

# bound method objects
class Greeter:
    def __init__(self, name): self.name = name
    def greet(self, other): return f"{self.name} greets {other}"
g = Greeter("ann")
bm = g.greet
print("bound:", bm("bob"), bm.__name__, bm.__self__.name)
g.name = "changed"
print("bound sees later state:", bm("bob"))
fns = list(map(Greeter("x").greet, ["a", "b"]))
print("map with bound method:", fns)

# __call__ via a descriptor (staticmethod) still works
class StaticCall:
    __call__ = staticmethod(lambda *a: f"static {a}")
print("static __call__:", StaticCall()(1))

# calling with too many levels of unpacking
def f(*args, **kwargs): return args, sorted(kwargs.items())
print("combined unpacking:", f(*[1], *(2, 3), **{"a": 1}, b=2, **{"c": 3}))
