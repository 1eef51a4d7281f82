# description: augmented assignment uses __iop__, falls back to __op__/__rop__, and rebinds the target
# features: [operators, classes, assignment]
# expect: output

class Acc:
    def __init__(self, v):
        self.v = v
    def __iadd__(self, other):
        self.v += other
        return self
    def __add__(self, other):
        return Acc(self.v + other + 1000)
    def __repr__(self):
        return f"Acc({self.v})"

a = Acc(1)
orig = a
a += 5
print("iadd in place:", a, a is orig)

class NoInplace:
    def __init__(self, v): self.v = v
    def __add__(self, other):
        return NoInplace(self.v + other)
    def __repr__(self): return f"NoInplace({self.v})"
n = NoInplace(1)
orig = n
n += 5
print("fallback to add:", n, n is orig)

class Refuses:
    def __iadd__(self, other):
        return NotImplemented
    def __add__(self, other):
        return "used __add__"
r = Refuses()
r += 1
print("NotImplemented from iadd:", r)

class Right:
    def __radd__(self, other):
        return f"radd got {other!r}"
x = 10
x += Right()
print("falls back to reflected:", x)

# __iadd__ returning something else rebinds to that
class Weird:
    def __iadd__(self, other):
        return "a string"
w = Weird()
w += 1
print("rebound to return value:", w)

# __iadd__ returning None rebinds to None
class Forgetful:
    def __imul__(self, other):
        pass
f = Forgetful()
f *= 2
print("forgot return:", f)

# lists: += extends in place (any iterable), + requires a list
lst = [1]
alias = lst
lst += (2, 3)
lst += "ab"
print("list +=:", alias, lst is alias)
try:
    lst = lst + (4,)
except TypeError as e:
    print("TypeError:", e)

# tuples and strings create new objects
t = (1,)
t_alias = t
t += (2,)
print("tuple +=:", t, t_alias, t is t_alias)

# all augmented operators on ints
v = 100
for op in ["+=", "-=", "*=", "//=", "%=", "**=", ">>=", "<<=", "&=", "|=", "^="]:
    ns = {"v": 7}
    exec(f"v {op} 3", ns)
    print(op, ns["v"], end="; ")
print()

# the target expression is evaluated once
calls = []
def key():
    calls.append("key")
    return "k"
d = {"k": 1}
d[key()] += 1
print("single evaluation:", d, calls)

# augmented assignment to attribute uses getattr then setattr
class Tracker:
    def __init__(self): self.__dict__["log"] = []
    def __getattr__(self, name):
        self.log.append(f"get {name}")
        return 0
    def __setattr__(self, name, value):
        self.log.append(f"set {name}={value}")
t = Tracker()
t.total += 5
print("attribute protocol:", t.log)
