# description: frozenset hashing is order-independent; frozensets as dict keys and set members; set is unhashable
# features: [builtins, set, hashing]
# expect: output
a = frozenset([1, 2, 3])
b = frozenset([3, 2, 1, 1])
print("equal:", a == b, "hash equal:", hash(a) == hash(b))
print("hash equals frozenset built other ways:", hash(a) == hash(frozenset({1, 2}) | {3}))
d = {a: "abc"}
print("lookup with different construction:", d[frozenset((3, 1, 2))])
print("set used as lookup key (converted to frozenset):", end=" ")
try:
    print({1, 2, 3} in {a})
except TypeError as e:
    print("TypeError:", e)
try:
    hash({1})
except TypeError as e:
    print("hash(set) ! TypeError:", e)
try:
    {{1}}
except TypeError as e:
    print("set of sets ! TypeError:", e)
nested = {frozenset({1}), frozenset({1}), frozenset({2}), frozenset()}
print("set of frozensets:", len(nested), frozenset() in nested)
print("empty frozensets equal:", frozenset() == frozenset([]), hash(frozenset()) == hash(frozenset(set())))
print("frozenset == set:", frozenset({1}) == {1}, hash(frozenset({"x"})) == hash(frozenset(["x"])))
print("repr:", repr(frozenset()), repr(frozenset({1})), repr(set()), repr({1}))
class F(frozenset):
    pass
print("subclass repr/eq/hash:", repr(F([1])), F([1]) == frozenset([1]), hash(F([1])) == hash(frozenset([1])))
print("frozenset of strings order-insensitive hash:", hash(frozenset("abc")) == hash(frozenset("cba")))
print("mixed numeric members:", frozenset({1, 1.0, True}), frozenset({0, 0.0, False, 0j}))
