# description: shallow copies via slicing, constructors and copy() for list/dict/set/bytearray share nested objects
# features: [builtins, list, dict, set]
# expect: output
inner = [1, 2]
outer = [inner, "s", (inner,)]
copies = {"slice": outer[:], "list()": list(outer), "copy()": outer.copy(), "comprehension": [x for x in outer], "unpack": [*outer]}
for name, c in copies.items():
    print(f"{name:14} new list: {c is not outer}, shares inner: {c[0] is inner}, equal: {c == outer}")
inner.append(3)
print("mutation of shared inner visible:", copies["slice"][0], copies["copy()"][2])
d = {"k": inner}
for name, c in {"dict()": dict(d), "copy()": d.copy(), "{**d}": {**d}, "comprehension": {k: v for k, v in d.items()}}.items():
    print(f"{name:14} new dict: {c is not d}, shares value: {c['k'] is inner}")
fs = frozenset({1})
s = {fs, 2}
sc = s.copy()
print("set copy shares elements:", any(x is fs for x in sc), sc == s, sc is not s)
t = (inner,)
print("tuple(t) and t[:] may be identical, still equal:", tuple(t) == t, t[:] == t)
ba = bytearray(b"xy")
bc = ba[:]
bc[0] = 65
print("bytearray slice is an independent copy:", ba, bc)
nested = [[0] * 2 for _ in range(2)]
shallow = nested[:]
shallow[0][0] = 9
shallow[1] = "replaced"
print("shallow copy semantics:", nested, shallow)
