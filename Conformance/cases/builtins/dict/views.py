# description: dict keys/items/values views: live updates, set operations, comparisons, reversed, mapping attr
# features: [builtins, dict, set]
# min-version: 3.10
# expect: output
d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
d["d"] = 4
print("views are live:", list(k), list(v), len(it))
print("keys & set:", sorted(k & {"a", "z"}), type(k & {"a"}).__name__)
print("keys | list:", sorted(k | ["z"]))
print("keys - keys:", sorted(k - {"a": 0}.keys()))
print("keys ^:", sorted(k ^ {"a", "q"}))
print("rand & keys:", sorted(["b", "x"] & k))
print("items & :", sorted(it & {("a", 1), ("b", 99)}))
print("items - :", sorted(it - {("a", 1)}))
print("keys comparisons:", k == {"a", "b", "c", "d"}, k <= {"a", "b", "c", "d", "e"}, k < set(k), k >= {"a"})
print("keys isdisjoint:", k.isdisjoint({"x"}), k.isdisjoint(["a"]))
print("items eq:", d.items() == {("a", 1), ("b", 2), ("c", 3), ("d", 4)})
print("values not set-like:", hasattr(v, "__and__"), v == v, v == d.values())
try:
    v & {1}
except TypeError as e:
    print("values & ! TypeError:", e)
print("in:", "a" in k, 1 in v, ("a", 1) in it, ("a", 2) in it)
try:
    print("unhashable in items:", ([], 1) in it)
except TypeError as e:
    print("unhashable in items ! TypeError:", e)
print("reversed views:", list(reversed(k)), list(reversed(v)), list(reversed(it))[:1])
print("mapping attr:", dict(k.mapping) == d, type(k.mapping).__name__)
print("repr:", repr({"x": 1}.keys()), repr({"x": 1}.values()), repr({"x": 1}.items()))
print("len after delete:", (d.pop("a"), len(k))[1])
try:
    k[0]
except TypeError as e:
    print("index view ! TypeError:", e)
items_with_unhashable = {"x": [1]}.items()
try:
    items_with_unhashable & {("x", 1)}
except TypeError as e:
    print("set op with unhashable values ! TypeError:", e)
