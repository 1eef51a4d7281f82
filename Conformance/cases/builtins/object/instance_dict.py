# description: instance __dict__ manipulation: direct writes, replacement, vars(), keys order, and non-str keys
# features: [builtins, classes]
# expect: output
class P:
    def __init__(self):
        self.b = 2
        self.a = 1
p = P()
print("dict order is assignment order:", list(p.__dict__))
p.__dict__["c"] = 3
print("direct write visible as attribute:", p.c)
p.__dict__.update(d=4, a=10)
print("update:", p.a, p.d, list(vars(p)))
p.__dict__ = {"fresh": True}
print("replace __dict__:", vars(p), hasattr(p, "a"))
try:
    p.__dict__ = [("x", 1)]
except TypeError as e:
    print("non-dict __dict__ ! TypeError:", e)
p.__dict__[1] = "int key"
print("non-str key stored:", p.__dict__[1])
try:
    dir(p)
except TypeError as e:
    print("dir() sorts names and fails on the int key ! TypeError:", e)
del p.__dict__[1]
del p.__dict__["fresh"]
try:
    p.fresh
except AttributeError as e:
    print("deleted via dict ! AttributeError:", e)
q = P()
setattr(q, "with-dash", 5)
print("setattr odd name lands in dict:", q.__dict__["with-dash"])
class Sub(dict):
    pass
r = P()
r.__dict__ = Sub(z=26)
print("dict subclass accepted:", r.z, type(r.__dict__).__name__)
print("class __dict__ differs from instance __dict__:", "b" in P.__dict__, "__init__" in P.__dict__)
