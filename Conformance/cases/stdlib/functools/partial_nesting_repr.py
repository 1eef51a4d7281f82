# description: nested partials flatten into one, and partial repr shows the callable, args and keywords
# features: [functools]
# expect: output

from functools import partial

def f(*args, **kw):
    return args, sorted(kw.items())

p1 = partial(f, 1, x=1)
p2 = partial(p1, 2, y=2)
p3 = partial(p2, 3, x=3)
print("p3 func is f:", p3.func is f)
print("p3 args:", p3.args)
print("p3 keywords:", p3.keywords)
print("p3 call:", p3(4, z=4))
print(repr(partial(max, 1, 2)))
print(repr(partial(max, key=abs)))
print(repr(partial(max, 3, key=abs, default=None)))
print(repr(partial(partial(max, 1), 2)))
print(repr(partial(len)))

class Sub(partial):
    pass

s = Sub(f, 7)
print("subclass keeps type:", type(s).__name__, s(8))
inner = partial(f, 1)
nested_sub = partial(s, 9)
print("partial of subclass flattens:", nested_sub.func is f, nested_sub.args)
print("repr contains Sub:", "Sub(" in repr(Sub(max, 1)))
