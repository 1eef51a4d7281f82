# description: dict subclasses: __missing__ used by [] only, overridden __getitem__ ignored by get/update/dict()
# features: [builtins, dict, classes]
# expect: output
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in "abracadabra":
    c[ch] += 1
print("counts:", sorted(c.items()))
print("missing via []:", c["zzz"], "not inserted:", "zzz" in c)
print("get ignores __missing__:", c.get("zzz"))
class AutoInsert(dict):
    def __missing__(self, key):
        self[key] = v = [key]
        return v
a = AutoInsert()
a["x"].append(1)
print("auto insert:", a)
try:
    a.pop("nope")
except KeyError as e:
    print("pop ignores __missing__ ! KeyError:", e)
class Upper(dict):
    def __getitem__(self, key):
        return super().__getitem__(key.upper())
    def __setitem__(self, key, value):
        super().__setitem__(key.upper(), value)
u = Upper()
u["a"] = 1
print("overridden setitem:", dict(u), u["a"])
u2 = Upper(b=2)
print("constructor bypasses __setitem__:", dict(u2))
u2.update(c=3)
print("update bypasses __setitem__:", dict(u2))
print("get bypasses __getitem__:", u.get("a"), u.get("A"))
class Missing2(dict):
    __missing__ = None
try:
    Missing2()["k"]
except TypeError as e:
    print("__missing__ = None ! TypeError:", e)
class Raising(dict):
    def __missing__(self, key):
        raise LookupError("custom " + repr(key))
try:
    Raising()["q"]
except LookupError as e:
    print("raising __missing__ !", type(e).__name__ + ":", e)
print("repr of subclass:", repr(Counter(a=1)), type(Counter(a=1).copy()).__name__)
print("equality with dict:", Counter(a=1) == {"a": 1})
