# description: defaultdict creates missing values via default_factory only on __getitem__, with its repr and None factory behavior
# features: [collections, dict]
# expect: output

from collections import defaultdict

dd = defaultdict(list)
dd["a"].append(1)
dd["a"].append(2)
dd["b"]
print("repr:", repr(dd))
print("get does not create:", dd.get("c"), "c" in dd)
print("in does not create:", "d" in dd, len(dd))
print("factory:", dd.default_factory)
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print("counts:", sorted(counts.items()))
nd = defaultdict(None, {"x": 1})
print("None factory repr:", repr(nd))
try:
    nd["y"]
except KeyError as e:
    print("KeyError:", e)
try:
    defaultdict(5)
except TypeError as e:
    print("TypeError:", e)
tree = lambda: defaultdict(tree)
t = tree()
t["a"]["b"]["c"] = 1
print("nested:", t["a"]["b"]["c"], type(t["a"]).__name__)
print("missing direct:", dd.__missing__("z"), sorted(dd))
c = dd.copy()
print("copy type:", type(c).__name__, c.default_factory is list)
merged = dd | {"q": [0]}
print("or type:", type(merged).__name__, sorted(merged))
dd.default_factory = lambda: "new"
print("changed factory:", dd["n"])
print("setdefault:", defaultdict(int).setdefault("k", 5))
print("eq dict:", defaultdict(int, a=1) == {"a": 1})
class Named(defaultdict):
    pass
print("subclass repr:", repr(Named(int, a=1)))
