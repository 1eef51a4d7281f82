# description: printf-style % formatting with mappings: %(key)s, repeated keys, non-dict mappings and errors
# features: [builtins, str, formatting, dict]
# expect: output

def show(fmt, args):
    try:
        print(repr(fmt), "->", repr(fmt % args))
    except Exception as e:
        print(repr(fmt), "!", type(e).__name__ + ":", e)

d = {"name": "ann", "n": 3, "x": 2.5, "weird key": "w", "": "empty"}
show("%(name)s has %(n)d items", d)
show("%(name)r %(name)s %(name)a", d)
show("%(x)08.3f|%(x)-8g|", d)
show("%(weird key)s", d)
show("%()s", d)
show("%(missing)s", d)
show("%(name)s %s", d)
show("%(name)s", ("ann",))
show("%(n)*d", d)
show("%(a)s", {"a": "x", "b": "unused"})
show("%s", d)
show("%(a(b)s", {"a(b": 1})
class M:
    def __getitem__(self, k):
        return k.upper()
show("%(hello)s %(world)s", M())
show("%s", M.__name__)
class DefaultDict(dict):
    def __missing__(self, key):
        return "<" + key + ">"
show("%(known)s %(unknown)s", DefaultDict(known="k"))
show("%(a)s", [("a", 1)])
show("%%(a)s", {"a": 1})
