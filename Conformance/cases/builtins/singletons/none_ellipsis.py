# description: None and Ellipsis: repr, truthiness, type() calls return the singleton, attribute and operator errors
# features: [builtins]
# min-version: 3.13
# expect: output

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__ + ":", e)

show("repr", lambda: (repr(None), str(None), repr(...), repr(Ellipsis), str(Ellipsis)))
show("bool", lambda: (bool(None), bool(...)))
show("type names", lambda: (type(None).__name__, type(...).__name__))
show("type(None)() is None", lambda: type(None)() is None)
show("type(...)() is ...", lambda: type(...)() is ...)
show("type(None)(1)", lambda: type(None)(1))
show("... is Ellipsis", lambda: ... is Ellipsis)
show("None == None", lambda: (None == None, None != 0, None == False, None is None))
show("None < 1", lambda: None < 1)
show("None + 1", lambda: None + 1)
n = None
show("None()", lambda: n())
show("None[0]", lambda: n[0])
show("None.x", lambda: None.x)
show("setattr None", lambda: setattr(None, "x", 1))
show("len(None)", lambda: len(None))
show("iter(None)", lambda: iter(None))
show("... + 1", lambda: ... + 1)
show("hash stable", lambda: hash(None) == hash(None) and hash(...) == hash(Ellipsis))
show("as keys", lambda: {None: 1, ...: 2}[None])
show("subclass NoneType", lambda: type("N", (type(None),), {}))
show("function returns None", lambda: (lambda: None)() is None)
def f():
    pass
show("implicit return", lambda: f())
show("sorted with None key", lambda: sorted([3, 1, 2], key=None))
show("None in list", lambda: None in [0, False, ""])
