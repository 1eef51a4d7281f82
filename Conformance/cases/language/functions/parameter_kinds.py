# description: every parameter kind binds correctly: positional-only, defaults, *args, keyword-only, **kwargs
# features: [functions]
# expect: output

def f(a, b=2, /, c=3, *args, d, e=5, **kwargs):
    return a, b, c, args, d, e, dict(sorted(kwargs.items()))

print(f(1, d=4))
print(f(1, 20, 30, 40, 50, d=4))
print(f(1, c=33, d=4, e=55, z=0, y=9))
# positional-only names can also appear in **kwargs
print(f(1, d=4, a="kw-a", b="kw-b"))

def only_pos(x, y, /):
    return x - y
print("pos-only:", only_pos(10, 3))

def kw_only(*, x, y=0):
    return x * 10 + y
print("kw-only:", kw_only(x=1), kw_only(y=2, x=3))

def star_args(*args):
    return type(args).__name__, args
print("star args:", star_args(), star_args(1, *[2, 3], *(4,)))

def star_kwargs(**kw):
    return type(kw).__name__, sorted(kw.items())
print("star kwargs:", star_kwargs(), star_kwargs(b=1, **{"a": 2}))

# **kwargs is a fresh dict each call
shared = {"k": 1}
def modify(**kw):
    kw["k"] = 99
    return kw
modify(**shared)
print("caller dict unchanged:", shared)

# parameter metadata
def meta(a, b=1, /, c=2, *rest, d, e=3, **kw):
    local = 0
print("argcount:", meta.__code__.co_argcount,
      "posonly:", meta.__code__.co_posonlyargcount,
      "kwonly:", meta.__code__.co_kwonlyargcount)
print("varnames:", meta.__code__.co_varnames)
print("defaults:", meta.__defaults__, "kwdefaults:", meta.__kwdefaults__)
print("no defaults:", only_pos.__defaults__, only_pos.__kwdefaults__)

# replacing __defaults__ changes behaviour
def g(x=1, y=2):
    return x, y
g.__defaults__ = (10, 20)
print("new defaults:", g())
g.__defaults__ = (30,)
print("shorter defaults:", g(0))

# keyword arguments in any order, and the same function called many ways
def h(a, b, c):
    return f"{a}{b}{c}"
print(h(1, 2, 3), h(1, c=3, b=2), h(c=3, a=1, b=2), h(*[1, 2], c=3), h(**{"c": 3, "b": 2, "a": 1}))
