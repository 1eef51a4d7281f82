# description: defining __eq__ sets __hash__ to None; hash/eq contracts for dict and set membership
# features: [hashing, classes, dict, set]
# expect: output

class EqOnly:
    def __init__(self, v): self.v = v
    def __eq__(self, other):
        return isinstance(other, EqOnly) and self.v == other.v

print("__hash__ is None:", EqOnly.__hash__ is None)
try:
    hash(EqOnly(1))
except TypeError as e:
    print("TypeError:", e)
try:
    {EqOnly(1)}
except TypeError as e:
    print("TypeError:", e)

class Both:
    def __init__(self, v): self.v = v
    def __eq__(self, other):
        return isinstance(other, Both) and self.v == other.v
    def __hash__(self):
        return hash(self.v)
s = {Both(1), Both(1), Both(2)}
print("deduplicated:", len(s), Both(1) in s, Both(3) in s)

# subclass defining __eq__ loses inherited __hash__
class Parent:
    def __hash__(self): return 1
class Child(Parent):
    def __eq__(self, other): return True
print("child hash None:", Child.__hash__ is None)

# inheriting __hash__ explicitly
class Child2(Parent):
    def __eq__(self, other): return True
    __hash__ = Parent.__hash__
print("explicit hash:", hash(Child2()))

# default: identity-based equality and hash
class Plain: pass
p = Plain()
print("default eq:", p == p, p == Plain(), p != Plain(), hash(p) == hash(p))

# __ne__ defaults to the inverse of __eq__
class OnlyEq:
    def __eq__(self, other): return True
    __hash__ = None
print("ne inverted:", OnlyEq() != 1)

# __eq__ returning NotImplemented falls back to the other side, then identity
class NI:
    def __eq__(self, other):
        return NotImplemented
    __hash__ = object.__hash__
x = NI()
print("NotImplemented eq:", x == x, x == NI(), x != NI())

class Loud:
    def __eq__(self, other):
        return "truthy string"
print("eq result not bool:", Loud() == 1, 1 == Loud())

# dict lookup: hash first, then identity, then __eq__
calls = []
class Key:
    def __init__(self, v): self.v = v
    def __hash__(self):
        calls.append("hash")
        return 42
    def __eq__(self, other):
        calls.append("eq")
        return self.v == other.v
k = Key(1)
d = {k: "value"}
calls.clear()
print("same object:", d[k], calls)
calls.clear()
print("equal object:", d[Key(1)], calls)

# hash of equal numbers is equal across types
print("numeric hashes:", hash(1) == hash(1.0) == hash(True), hash(0.5) == hash(0.5 + 0j))
print("dict merges equal keys:", {1: "int", 1.0: "float", True: "bool"})
print("hash(-1):", hash(-1), "hash(-2):", hash(-2))

# unhashable builtins
for obj in ([], {}, set(), bytearray()):
    try:
        hash(obj)
    except TypeError as e:
        print("TypeError:", e)
print("hashable tuple:", hash((1, 2)) == hash((1, 2)))
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
