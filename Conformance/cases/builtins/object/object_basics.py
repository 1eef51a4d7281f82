# description: bare object(): no instance dict, default __eq__/__ne__/__hash__, __init__/__new__ argument checks
# features: [builtins, classes]
# min-version: 3.13
# expect: output

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__ + ":", e)

o = object()
show("setattr", lambda: setattr(o, "x", 1))
show("getattr", lambda: o.x)
show("has __dict__", lambda: hasattr(o, "__dict__"))
show("eq self", lambda: (o == o, o != o, o == object()))
show("__eq__ other", lambda: o.__eq__(object()))
show("__ne__ other", lambda: o.__ne__(object()))
show("hash consistent", lambda: hash(o) == hash(o))
show("object(1)", lambda: object(1))
show("object(x=1)", lambda: object(x=1))
show("__class__", lambda: o.__class__ is object)
show("bases", lambda: (object.__bases__, object.__mro__))
show("str/repr start", lambda: (str(o).startswith("<object object at "), repr(o) == str(o)))
show("format", lambda: format(o, "") == str(o))
class C:
    pass
show("C(1)", lambda: C(1))
class WithInit:
    def __init__(self, a):
        self.a = a
show("WithInit()", lambda: WithInit())
show("WithInit(1, 2)", lambda: WithInit(1, 2))
class WithNew:
    def __new__(cls, *args):
        return super().__new__(cls)
show("custom __new__ ignores extra args to object.__new__", lambda: type(WithNew(1, 2)).__name__)
class BothOverridden:
    def __new__(cls, *args):
        return object.__new__(cls, *args)
    def __init__(self, *args):
        pass
show("object.__new__ with args when both overridden", lambda: BothOverridden(1))
show("object.__init__ extra args", lambda: object.__init__(C(), 1))
show("ne derived from eq", lambda: (type("E", (), {"__eq__": lambda s, o: True})() != 1))
show("ne not derived when eq NotImplemented", lambda: (type("E", (), {"__eq__": lambda s, o: NotImplemented})() != 1))
show("dir(object) has __init__", lambda: "__init__" in dir(object))
show("object.__subclasshook__", lambda: object.__subclasshook__(int) is NotImplemented)
show("object.__reduce_ex__ exists", lambda: callable(object.__reduce_ex__))
show("__sizeof__ int", lambda: isinstance(object().__sizeof__(), int))
