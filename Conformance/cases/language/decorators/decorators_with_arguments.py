# description: parameterized decorators, decorators on methods/classmethods, and decorator-factory closures
# features: [decorators, closures, classes]
# expect: output

def repeat(times, sep=" "):
    def deco(fn):
        def wrapper(*args, **kwargs):
            return sep.join(str(fn(*args, **kwargs)) for _ in range(times))
        return wrapper
    return deco

@repeat(3)
def hi(name):
    return f"hi {name}"
@repeat(times=2, sep="|")
def num():
    return 42
print(hi("ann"))
print(num())

# optional-argument decorator: usable with and without parentheses
def maybe_args(fn=None, *, prefix=">"):
    def deco(f):
        def wrapper():
            return prefix + f()
        return wrapper
    if fn is None:
        return deco
    return deco(fn)
@maybe_args
def a(): return "a"
@maybe_args(prefix="!!")
def b(): return "b"
print("optional args:", a(), b())

# decorating methods: wrapper receives self
def logged(fn):
    def wrapper(self, *args):
        return f"{type(self).__name__}.{fn.__name__}{args} -> {fn(self, *args)}"
    return wrapper
class Calc:
    @logged
    def add(self, x, y):
        return x + y
    @classmethod
    @logged
    def make(cls, v):
        return v
    @staticmethod
    @repeat(2)
    def twice(s):
        return s
print(Calc().add(1, 2))
print(Calc.make(5))
print(Calc.twice("x"))

# registry decorator returning the function unchanged
registry = {}
def register(key):
    def deco(fn):
        registry[key] = fn
        return fn
    return deco
@register("square")
def square(x): return x * x
@register("cube")
def cube(x): return x ** 3
print("registry:", sorted(registry), registry["cube"](3), square(4))

# each decoration creates an independent closure
def counter_deco(fn):
    count = 0
    def wrapper():
        nonlocal count
        count += 1
        return f"{fn.__name__} call {count}"
    return wrapper
@counter_deco
def x(): pass
@counter_deco
def y(): pass
print(x(), x(), y())

# property built by decorators, and decorator order mattering
def upper(fn):
    def w(*a): return fn(*a).upper()
    return w
def exclaim(fn):
    def w(*a): return fn(*a) + "!"
    return w
@upper
@exclaim
def greet(): return "hey"
@exclaim
@upper
def greet2(): return "hey"
print("order matters:", greet(), greet2())
