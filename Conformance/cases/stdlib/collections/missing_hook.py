# description: dict subclasses with __missing__ get it called from __getitem__ only, not get or in
# features: [collections, dict]
# expect: output

class Default(dict):
    def __missing__(self, key):
        return f"<{key}>"

d = Default(a=1)
print("present:", d["a"])
print("missing:", d["zz"])
print("not stored:", "zz" in d, len(d))
print("get unaffected:", d.get("zz"))
class Storing(dict):
    calls = 0
    def __missing__(self, key):
        Storing.calls += 1
        self[key] = value = key * 2
        return value
s = Storing()
print(s[3], s[3], "calls:", Storing.calls)
class Raising(dict):
    def __missing__(self, key):
        raise LookupError(f"nope {key}")
try:
    Raising()["k"]
except LookupError as e:
    print("LookupError:", e)
print("format_map:", "{name} is {age}".format_map(Default(name="Ann")))
