# description: dict keys of many hashable types (None, bool, int, float, complex, str, bytes, tuple, frozenset, range, type)
# features: [builtins, dict, hashing]
# expect: output
keys = [None, False, 2, 3.5, 1j, "s", b"s", (1, "t"), frozenset({1}), range(3), int, ..., (), "", b""]
d = {k: i for i, k in enumerate(keys)}
print("size:", len(d))
print("lookups:", [d[k] for k in keys])
print("equal-but-different constructions:", d[(1, "t")], d[frozenset([1])], d[range(0, 3)], d[0], d[complex(0, 1)])
print("str vs bytes distinct:", d["s"] != d[b"s"], d[""] != d[b""])
print("repr:", repr({None: 1, 1j: 2, (): 3, range(1): 4}))
for bad in ([], {}, set(), bytearray()):
    try:
        d[bad] = 1
    except TypeError as e:
        print("unhashable key ! TypeError:", e)
try:
    d[(1, [2])] = 0
except TypeError as e:
    print("tuple containing list ! TypeError:", e)
print("keys keep insertion order:", [type(k).__name__ for k in d])
print("0 and False collapse:", {0: "a", False: "b", 0.0: "c"})
