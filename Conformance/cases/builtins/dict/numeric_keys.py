# description: keys equal across numeric types (1, 1.0, True, 1+0j) collapse; first key object kept, last value wins
# features: [builtins, dict, hashing]
# expect: output
d = {1: "int", 1.0: "float", True: "bool"}
print("literal collapse:", d, len(d))
d = {}
d[True] = "a"
d[1] = "b"
d[1.0] = "c"
d[complex(1, 0)] = "d"
print("assign collapse:", d, type(list(d)[0]).__name__)
d = {0: "zero"}
print("lookups:", d[False], d[0.0], d[-0.0], d[0j])
s = {1, 1.0, True}
print("set collapse:", s, type(next(iter(s))).__name__)
s2 = {True, 1}
print("set keeps first:", s2)
print("dict.fromkeys:", dict.fromkeys([1.0, 1, True]))
print("hash equality:", hash(1) == hash(1.0) == hash(True) == hash(1 + 0j), hash(0) == hash(-0.0))
print("big int vs float:", {2**53: "i"}.get(float(2**53)), {2**53 + 1: "i"}.get(float(2**53 + 1)))
print("fraction-like:", {0.5: "half"}.get(1 / 2), {0.1 + 0.2: "x"}.get(0.3))
nan = float("nan")
dn = {nan: 1, float("nan"): 2}
print("nans distinct:", len(dn), dn.get(nan))
class Key:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, other):
        return isinstance(other, Key) and self.v == other.v
    def __repr__(self):
        return "Key(%r)" % self.v
dk = {Key(1): "k"}
print("custom eq/hash:", dk[Key(1)], Key(1) in dk, 1 in dk)
dk[Key(1.0)] = "k2"
print("custom collapses via v:", dk)
print("str vs bytes keys distinct:", len({"a": 1, b"a": 2}))
print("tuple keys:", {(1, 2): "t"}[(1.0, 2.0)], {(): 0}[()])
