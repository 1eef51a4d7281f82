# description: names of builtin implementation types (iterators, views, methods, descriptors) and mappingproxy rules
# features: [builtins, classes]
# flags: [cpython-impl-detail]
# expect: output
samples = {"list iterator": iter([]), "tuple iterator": iter(()), "str iterator": iter(""),
           "range iterator": iter(range(1)), "set iterator": iter(set()), "dict keys iterator": iter({}),
           "dict values iterator": iter({}.values()), "dict items iterator": iter({}.items()),
           "reversed list": reversed([]), "reversed range": reversed(range(2)), "enumerate": enumerate([]),
           "zip": zip(), "map": map(abs, []), "filter": filter(None, []), "generator": (x for x in []),
           "builtin function": len, "builtin method": [].append, "method descriptor": str.upper,
           "getset descriptor": int.real, "wrapper descriptor": int.__add__, "method-wrapper": (1).__add__,
           "classmethod descriptor": dict.__dict__["fromkeys"], "member descriptor": type("S", (), {"__slots__": ("a",)}).a,
           "mappingproxy": int.__dict__, "dict_keys": {}.keys(), "NoneType": None, "code": (lambda: 0).__code__,
           "cell": (lambda x: (lambda: x))(1).__closure__[0], "module": __import__("sys")}
for label, obj in samples.items():
    print(f"{label:24} {type(obj).__name__}")
mp = int.__dict__
try:
    mp["x"] = 1
except TypeError as e:
    print("mappingproxy assign ! TypeError:", e)
try:
    int.__dict__ = {}
except (TypeError, AttributeError) as e:
    print("assign __dict__ !", type(e).__name__ + ":", e)
class K:
    attr = 1
print("class __dict__ proxy keys:", sorted(k for k in K.__dict__ if not k.startswith("__")), "attr" in K.__dict__)
print("proxy reflects new attrs:", (setattr(K, "later", 2), "later" in K.__dict__)[1])
print("proxy is read-only view:", type(K.__dict__).__name__, K.__dict__.get("attr"))
