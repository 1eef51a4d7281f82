# description: set membership uses hash then ==; equal elements of different types; custom __hash__/__eq__ calls
# features: [builtins, set, hashing]
# expect: output
print("{1.0} contains 1:", 1 in {1.0}, "and True:", True in {1.0})
print("symmetric diff of equal reps:", {1} ^ {1.0}, {0} - {False})
print("intersection keeps left element:", {1} & {1.0}, {1.0} & {1})
print("union keeps first:", {1} | {1.0}, {1.0} | {1})
log = []
class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        log.append("hash")
        return 42
    def __eq__(self, other):
        log.append("eq")
        return isinstance(other, K) and self.v == other.v
    def __repr__(self):
        return "K(%s)" % self.v
s = {K(1)}
log.clear()
print("contains K(1):", K(1) in s, log)
log.clear()
print("contains K(2):", K(2) in s, log)
s.add(K(2))
print("collisions kept apart:", len(s), sorted(k.v for k in s))
class NoHash:
    __hash__ = None
try:
    {NoHash()}
except TypeError as e:
    print("__hash__ None ! TypeError:", e)
class EqOnly:
    def __eq__(self, other):
        return True
try:
    {EqOnly()}
except TypeError as e:
    print("__eq__ without __hash__ ! TypeError:", e)
class HashReturnsStr:
    def __hash__(self):
        return "x"
try:
    {HashReturnsStr()}
except TypeError as e:
    print("bad __hash__ ! TypeError:", e)
class BigHash:
    def __hash__(self):
        return 2**100
print("big __hash__ reduced:", isinstance(hash(BigHash()), int), hash(BigHash()) == hash(2**100))
