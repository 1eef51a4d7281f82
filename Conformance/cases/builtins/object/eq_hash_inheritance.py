# description: defining __eq__ sets __hash__ to None unless defined; inheritance of __hash__/__eq__; default identity semantics
# features: [builtins, classes, hashing]
# expect: output
class Plain:
    pass
class EqOnly:
    def __eq__(self, other):
        return True
class EqAndHash:
    def __eq__(self, other):
        return isinstance(other, EqAndHash)
    def __hash__(self):
        return 7
class SubOfEqAndHash(EqAndHash):
    pass
class SubOverridesEq(EqAndHash):
    def __eq__(self, other):
        return False
class KeepsHash(EqAndHash):
    def __eq__(self, other):
        return False
    __hash__ = EqAndHash.__hash__
for cls in (Plain, EqOnly, EqAndHash, SubOfEqAndHash, SubOverridesEq, KeepsHash):
    has = cls.__dict__.get("__hash__", "inherited")
    try:
        h = hash(cls())
        status = "hashable"
    except TypeError as e:
        status = "TypeError: " + str(e)
    print(f"{cls.__name__:16} __hash__ in dict: {'None' if has is None else ('inherited' if has == 'inherited' else 'function')}, {status}")
p1, p2 = Plain(), Plain()
print("default eq is identity:", p1 == p1, p1 == p2, p1 != p2)
print("default hash consistent:", hash(p1) == hash(p1))
print("EqAndHash equal instances share key:", len({EqAndHash(): 1, EqAndHash(): 2}))
print("set of Plain distinct:", len({Plain(), Plain()}))
class Ordered:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
print("only __lt__: a > b works via reflection:", Ordered(2) > Ordered(1))
try:
    Ordered(1) <= Ordered(2)
except TypeError as e:
    print("__le__ not derived ! TypeError:", e)
