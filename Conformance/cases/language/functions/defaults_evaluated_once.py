# description: default values are evaluated once at definition time, left to right; mutable defaults are shared
# features: [functions]
# expect: output

order = []
def make(tag):
    order.append(tag)
    return tag

def f(a=make("a"), b=make("b"), *, c=make("c")):
    return a, b, c
print("evaluated at def:", order)
f(); f()
print("after calls:", order)

# mutable default pitfall
def append_to(x, acc=[]):
    acc.append(x)
    return acc
print(append_to(1), append_to(2), append_to(3, []), append_to(4))
print("same object:", append_to(5) is append_to.__defaults__[0])

# the None idiom
def append_fresh(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc
print(append_fresh(1), append_fresh(2))

# defaults capture the value at definition time, not later rebinding
n = 10
def g(x=n):
    return x
n = 20
print("captured default:", g())

# defaults in a loop capture each value (common closure fix)
fs = [lambda i=i: i * i for i in range(4)]
print("loop defaults:", [fn() for fn in fs])

# default dict mutated across calls
def counter(key, _cache={}):
    _cache[key] = _cache.get(key, 0) + 1
    return _cache[key]
print("counter:", [counter(k) for k in "abab"])

# defaults are evaluated in the enclosing scope
def outer():
    y = "outer-y"
    def inner(v=y):
        return v
    y = "changed"
    return inner()
print("enclosing:", outer())

# keyword-only defaults live in __kwdefaults__ and are shared too
def kw(*, items=[]):
    items.append(len(items))
    return items
kw(); kw()
print("kwdefaults:", kw.__kwdefaults__)
