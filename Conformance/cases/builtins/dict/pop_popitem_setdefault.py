# description: dict.pop/popitem (LIFO)/setdefault/get and KeyError messages for various key types
# features: [builtins, dict, exceptions]
# expect: output

def show(label, f):
    try:
        print(label, repr(f()))
    except KeyError as e:
        print(label, "! KeyError:", e, "| args:", e.args)
    except Exception as e:
        print(label, "!", type(e).__name__ + ":", e)

d = {"a": 1, "b": 2, "c": 3}
show("popitem 1", lambda: d.popitem())
d["z"] = 26
show("popitem 2", lambda: d.popitem())
show("popitem 3", lambda: d.popitem())
show("remaining", lambda: d)
show("pop existing", lambda: d.pop("a"))
show("popitem empty", lambda: d.popitem())
show("pop missing", lambda: d.pop("a"))
show("pop missing default", lambda: d.pop("a", "dflt"))
show("pop default None", lambda: d.pop("a", None))
show("getitem missing str", lambda: {}["key"])
show("getitem missing tuple", lambda: {}[(1, 2)])
show("getitem missing empty tuple", lambda: {}[()])
show("getitem missing None", lambda: {}[None])
show("getitem unhashable", lambda: {}[[1]])
show("del missing", lambda: d.__delitem__("nope"))
show("get", lambda: ({"k": 0}.get("k"), {"k": 0}.get("x"), {"k": 0}.get("x", 5)))
show("get unhashable", lambda: {}.get([]))
e = {}
show("setdefault new", lambda: e.setdefault("list", []))
e.setdefault("list", []).append(1)
e.setdefault("list", []).append(2)
show("setdefault accumulates", lambda: e)
show("setdefault None default", lambda: (e.setdefault("n"), e))
show("pop no args", lambda: e.pop())
show("KeyError str(tuple)", lambda: str(KeyError((1, 2))))
show("KeyError str('')", lambda: str(KeyError("")))
show("KeyError str no args", lambda: str(KeyError()))
class MyErr(KeyError):
    pass
try:
    raise MyErr("sub")
except LookupError as err:
    print("KeyError is a LookupError:", type(err).__name__, str(err))
