# description: getattr/setattr/delattr/hasattr with defaults, __getattr__ fallback, __getattribute__ and errors
# features: [builtins, classes]
# min-version: 3.13
# expect: output

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__ + ":", e)

class P:
    cls_attr = "class"
    def __init__(self):
        self.x = 1
p = P()
show("getattr", lambda: (getattr(p, "x"), getattr(p, "cls_attr"), getattr(p, "nope", "dflt"), getattr(p, "nope", None)))
show("getattr missing", lambda: getattr(p, "nope"))
show("getattr non-str name", lambda: getattr(p, 1))
show("getattr too few args", lambda: getattr(p))
show("hasattr", lambda: (hasattr(p, "x"), hasattr(p, "y"), hasattr(P, "x"), hasattr(P, "cls_attr")))
setattr(p, "y", 2)
setattr(p, "with space", 3)
show("setattr", lambda: (p.y, getattr(p, "with space"), sorted(vars(p))))
delattr(p, "y")
show("delattr", lambda: hasattr(p, "y"))
show("delattr missing", lambda: delattr(p, "y"))
show("delattr class attr via instance", lambda: delattr(p, "cls_attr"))
show("setattr on int", lambda: setattr(5, "x", 1))
show("setattr on builtin type", lambda: setattr(int, "x", 1))
class Fallback:
    def __init__(self):
        self.real = "r"
    def __getattr__(self, name):
        if name.startswith("dyn_"):
            return name[4:].upper()
        raise AttributeError(f"no {name}")
f = Fallback()
show("__getattr__ not used for existing", lambda: f.real)
show("__getattr__ used", lambda: f.dyn_hello)
show("__getattr__ raising", lambda: f.other)
show("hasattr with __getattr__", lambda: (hasattr(f, "dyn_x"), hasattr(f, "zzz")))
show("getattr default with __getattr__", lambda: getattr(f, "zzz", "d"))
class Intercept:
    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError("hidden")
        if name == "boom":
            raise ValueError("not attribute error")
        return "intercepted " + name
    def __getattr__(self, name):
        return "fallback " + name
i = Intercept()
show("__getattribute__", lambda: i.anything)
show("AttributeError triggers __getattr__", lambda: i.secret)
show("other errors propagate", lambda: i.boom)
show("hasattr propagates non-AttributeError", lambda: hasattr(i, "boom"))
class Guard:
    def __setattr__(self, name, value):
        if name == "locked":
            raise AttributeError("locked is read-only")
        object.__setattr__(self, name, value * 2)
    def __delattr__(self, name):
        raise TypeError("no deletes")
g = Guard()
g.v = 5
show("__setattr__", lambda: g.v)
show("__setattr__ raising", lambda: setattr(g, "locked", 1))
show("__delattr__", lambda: delattr(g, "v"))
try:
    p.missing_attr
except AttributeError as e:
    print("AttributeError attrs:", e.name, type(e.obj).__name__)
