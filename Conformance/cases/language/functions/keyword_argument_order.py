# description: **kwargs preserves the call-site keyword order; binding rules between named, default and variadic parameters
# features: [functions, dict, unpacking]
# expect: output

def collect(**kwargs):
    return list(kwargs)

print("call order kept:", collect(z=1, a=2, m=3))
print("unpacked order kept:", collect(**{"q": 1, "b": 2}, c=3))
print("mixed order:", collect(b=1, **{"a": 2}, c=3, **{"0": 4}))

def named_and_rest(a, b=2, **rest):
    return a, b, list(rest)
print("named removed from kwargs:", named_and_rest(b=5, x=1, a=0, y=2))

# a keyword matching *args is just a keyword
def star(*args, **kwargs):
    return args, kwargs
print("args as keyword:", star(args=1))

# positional-only names can be reused as keywords in **kwargs
def po(a, /, **kw):
    return a, kw
print("posonly shadow:", po(1, a=2))

# default values are not in kwargs; kwargs dict is a fresh plain dict
def fresh(**kw):
    kw["added"] = True
    return kw
d = {"x": 1}
r = fresh(**d)
print("fresh dict:", r, d, type(r).__name__)

# keyword names may be any identifier including non-ASCII
def uni(**kw):
    return list(kw)
print("unicode keyword:", uni(café=1, π=2))

# keywords with non-identifier strings through ** are allowed
print("non-identifier keys:", collect(**{"not an identifier": 1, "1": 2}))

# order of default evaluation vs argument evaluation
log = []
def v(x):
    log.append(x)
    return x
def f(a=v("default-a"), *, b=v("default-b")):
    return a, b
log.clear()
f(v("arg"), b=v("kw"))
print("call evaluates only arguments:", log)
