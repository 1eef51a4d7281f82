# description: slice objects are hashable since 3.12 (usable as dict keys); unhashable components still fail
# features: [builtins, slicing, hashing]
# min-version: 3.12
# expect: output
d = {slice(1, 2): "a", slice(None, None, -1): "rev"}
print("lookup:", d[slice(1, 2)], d[slice(None, None, -1)], d.get(slice(1, 2, 1)))
print("hash eq:", hash(slice(1, 2)) == hash(slice(1, 2, None)))
print("set dedup:", len({slice(0, 1), slice(0, 1), slice(0, 2)}))
try:
    hash(slice([1], 2))
except TypeError as e:
    print("unhashable component ! TypeError:", e)
