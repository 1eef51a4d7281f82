# description: property (getter/setter/deleter, docs, errors), classmethod, staticmethod and data vs non-data descriptors
# features: [builtins, classes, descriptors]
# expect: output

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__ + ":", e)

class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        "temperature in C"
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    @celsius.deleter
    def celsius(self):
        self._c = None
    ro = property(lambda self: "read-only")
t = Temp()
t.celsius = 25
show("get/set", lambda: t.celsius)
show("validation", lambda: setattr(t, "celsius", -300))
del t.celsius
show("deleter", lambda: t._c)
show("doc", lambda: Temp.celsius.__doc__)
show("set read-only", lambda: setattr(t, "ro", 1))
show("del read-only", lambda: delattr(t, "ro"))
show("property on class", lambda: type(Temp.celsius).__name__)
show("fget/fset/fdel", lambda: (Temp.ro.fget(t), Temp.ro.fset, Temp.ro.fdel))
class Counter:
    count = 0
    @classmethod
    def make(cls):
        cls.count += 1
        return cls
    @staticmethod
    def add(a, b):
        return a + b
class SubCounter(Counter):
    pass
show("classmethod binds class", lambda: (Counter.make().__name__, SubCounter.make().__name__, Counter().make().__name__))
show("counts", lambda: (Counter.count, SubCounter.count))
show("staticmethod", lambda: (Counter.add(1, 2), Counter().add(3, 4)))
show("staticmethod callable directly", lambda: callable(Counter.__dict__["add"]) and Counter.__dict__["add"](5, 6))
show("classmethod __func__", lambda: Counter.__dict__["make"].__func__.__name__)
class NonData:
    def __get__(self, obj, owner):
        return "from descriptor"
class Data(NonData):
    def __set__(self, obj, value):
        obj.__dict__["d"] = "set via descriptor: " + str(value)
class Host:
    nd = NonData()
    d = Data()
h = Host()
h.__dict__["nd"] = "instance wins over non-data"
h.__dict__["d"] = "instance dict"
show("non-data shadowed", lambda: h.nd)
show("data descriptor wins", lambda: h.d)
h.d = 5
show("data __set__ used", lambda: h.__dict__["d"])
show("class access calls __get__ with None", lambda: Host.nd)
class Named:
    def __set_name__(self, owner, name):
        self.name = owner.__name__ + "." + name
    def __get__(self, obj, owner):
        return self.name
class UsesNamed:
    field = Named()
show("__set_name__", lambda: UsesNamed().field)
show("property(None) get", lambda: type("X", (), {"p": property()})().p)
