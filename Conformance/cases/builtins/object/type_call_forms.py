# description: type() with one argument and three arguments (dynamic classes), __name__/__qualname__/__module__
# features: [builtins, classes, metaclasses]
# min-version: 3.13
# expect: output

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__ + ":", e)

show("type(1)", lambda: type(1))
show("type(type)", lambda: type(type))
show("type(object)", lambda: type(object))
show("type of instance of subclass", lambda: type(True))
def init(self, v):
    self.v = v
Point = type("Point", (object,), {"__init__": init, "dims": 2, "norm": lambda self: abs(self.v)})
p = Point(-3)
show("dynamic class", lambda: (Point.__name__, Point.__qualname__, Point.__module__, p.v, p.norm(), Point.dims))
show("dynamic repr", lambda: repr(Point))
show("dynamic bases", lambda: Point.__bases__)
Sub = type("Sub", (Point,), {})
show("dynamic subclass mro", lambda: [c.__name__ for c in Sub.__mro__])
show("empty bases means object", lambda: type("X", (), {}).__bases__)
show("module from caller", lambda: type("Y", (), {}).__module__)
show("explicit __module__", lambda: type("Z", (), {"__module__": "custom.mod"}).__module__)
show("explicit __qualname__", lambda: type("Q", (), {"__qualname__": "Outer.Q"}).__qualname__)
show("type with 2 args", lambda: type("A", ()))
show("type name not str", lambda: type(1, (), {}))
show("bases not tuple", lambda: type("A", [object], {}))
show("dict not dict", lambda: type("A", (), []))
show("bad base", lambda: type("A", (1,), {}))
show("final base", lambda: type("A", (bool,), {}))
show("layout conflict", lambda: type("A", (int, str), {}))
show("mro conflict", lambda: type("A", (object, Point), {}))
class Outer:
    class Inner:
        def method(self):
            pass
    def func(self):
        class Local:
            pass
        return Local
show("qualnames", lambda: (Outer.Inner.__qualname__, Outer.Inner.method.__qualname__, Outer().func().__qualname__))
show("names", lambda: (Outer.Inner.__name__, Outer.__module__, int.__module__, int.__qualname__))
Outer.Inner.__name__ = "Renamed"
show("rename class", lambda: (Outer.Inner.__name__, Outer.Inner.__qualname__))
show("rename builtin", lambda: setattr(int, "__name__", "x"))
show("set qualname non-str", lambda: setattr(Outer, "__qualname__", 5))
show("type.__name__ of type", lambda: (type.__name__, type.__qualname__, type.__module__))
