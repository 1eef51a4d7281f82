# description: numeric hash invariants: equal values hash equal across int/float/complex; inf/nan hashes; -1 never returned
# features: [builtins, float, hashing, sys]
# expect: output
import sys
pairs = [(1, 1.0), (0, -0.0), (2**60, float(2**60)), (-5, -5.0), (10**20, 1e20), (3, 3 + 0j), (0.5, 0.5 + 0j), (True, 1.0)]
for a, b in pairs:
    print(repr(a), repr(b), "equal:", a == b, "hash equal:", hash(a) == hash(b))
print("hash(inf) == hash_info.inf:", hash(float("inf")) == sys.hash_info.inf, hash(float("-inf")) == -sys.hash_info.inf)
n1, n2 = float("nan"), float("nan")
print("nan hashes are ints:", isinstance(hash(n1), int), "nan dict keys distinct:", len({n1: 1, n2: 2}))
print("hash(-1) == hash(-2):", hash(-1) == hash(-2), hash(-1.0) == hash(-1))
M = sys.hash_info.modulus
print("ints reduce modulo P:", hash(M) == 0, hash(M + 5) == 5, hash(-M) == 0)
print("float fraction hash consistent:", hash(0.25) == hash(0.25 + 0j), hash(1.5) == hash(3 / 2))
print("tuple of equal numbers:", hash((1, 2.0)) == hash((1.0, 2)), hash(frozenset({1, 2})) == hash(frozenset({1.0, 2.0})))
