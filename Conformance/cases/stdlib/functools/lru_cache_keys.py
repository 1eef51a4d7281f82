# description: lru_cache keys distinguish keyword order, typed=True separates 1 and 1.0, and unhashable arguments raise TypeError
# features: [functools]
# expect: output

from functools import lru_cache

seen = []

@lru_cache(maxsize=None)
def f(*args, **kw):
    seen.append((args, tuple(kw.items())))
    return len(seen)

print(f(1), f(1.0), f(True))
print("untyped equal args share entry:", f.cache_info())
print(f(a=1, b=2), f(b=2, a=1), f(a=1, b=2))
print("kw order matters:", f.cache_info().misses)
print(f(1, a=1), f(1, a=1))

@lru_cache(maxsize=None, typed=True)
def g(x):
    return type(x).__name__

print(g(1), g(1.0), g(True), g(1))
print("typed:", g.cache_info())
print("parameters:", g.cache_parameters())
try:
    f([1, 2])
except TypeError as e:
    print("TypeError:", e)

class Obj:
    def __init__(self):
        self.n = 0
    @lru_cache(maxsize=None)
    def m(self, x):
        self.n += 1
        return x * 2
o = Obj()
print(o.m(2), o.m(2), o.n)
