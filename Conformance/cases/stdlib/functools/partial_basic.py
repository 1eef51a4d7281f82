# description: functools.partial binds positional and keyword arguments; call-time keywords override, attributes expose func/args/keywords
# features: [functools]
# expect: output

from functools import partial

def f(a, b, c=0, *, d=10):
    return (a, b, c, d)

p = partial(f, 1, d=20)
print("call1:", p(2))
print("call2:", p(2, 3))
print("override kw:", p(2, d=99))
print("func is f:", p.func is f)
print("args:", p.args)
print("keywords:", p.keywords)
q = partial(f, 1, 2, 3)
print("all bound:", q())
try:
    q(4)
except TypeError as e:
    print("too many:", e)
print("partial no args:", partial(f)(5, 6))
kw = {"d": 1}
r = partial(f, **kw)
kw["d"] = 2
print("keywords copied:", r(0, 0), r.keywords)
r.keywords["d"] = 3
print("keywords dict is live:", r(0, 0))
try:
    partial(5)
except TypeError as e:
    print("not callable:", e)
try:
    partial()
except TypeError as e:
    print("no func:", type(e).__name__)
try:
    p.args = (9,)
except AttributeError as e:
    print("args read-only:", type(e).__name__)
