# description: dict() and dict.update accept mappings, pair iterables and kwargs; error messages for bad input
# features: [builtins, dict]
# expect: output

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__ + ":", e)

def upd(*args, **kw):
    d = {"base": 0}
    d.update(*args, **kw)
    return d

show("dict()", lambda: dict())
show("dict(pairs)", lambda: dict([("a", 1), ("b", 2)]))
show("dict(zip)", lambda: dict(zip("xyz", range(3))))
show("dict(mapping, kw)", lambda: dict({"a": 1}, b=2, a=3))
show("dict(str pairs)", lambda: dict(["ab", "cd"]))
show("dict(bad length)", lambda: dict([("a", 1, 2)]))
show("dict(bad elem)", lambda: dict([1, 2]))
show("dict(second bad)", lambda: dict([("a", 1), "xyz"]))
show("dict(5)", lambda: dict(5))
show("dict(two args)", lambda: dict({}, {}))
show("update dict", lambda: upd({"x": 1}))
show("update pairs", lambda: upd([("x", 1), ("y", 2)]))
show("update kw", lambda: upd(z=3))
show("update both", lambda: upd({"x": 1}, x=2))
show("update generator", lambda: upd((k, k * 2) for k in "ab"))
show("update nothing", lambda: upd())
show("update bad", lambda: upd([("a",)]))
show("update returns None", lambda: {}.update(a=1))
class KeysOnly:
    def keys(self):
        return ["k1", "k2"]
    def __getitem__(self, k):
        return k.upper()
show("update from keys()+__getitem__", lambda: upd(KeysOnly()))
show("dict(KeysOnly)", lambda: dict(KeysOnly()))
class Mapping2(dict):
    def keys(self):
        return ["only"]
    def __getitem__(self, k):
        return "custom"
show("dict subclass overriding keys", lambda: dict(Mapping2(only=1, other=2)))
show("unhashable key", lambda: dict([([1], 2)]))
show("dict(**{non-str})", lambda: dict(**{1: 2}))
show("dict(x=1)(iterable=...)", lambda: dict(iterable=[1]))
