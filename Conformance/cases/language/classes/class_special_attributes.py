# description: special attributes of classes: __name__, __qualname__, __module__, __dict__, __bases__, __mro__, __class__ and type()
# features: [classes, inheritance]
# expect: output

class Outer:
    "Outer doc."
    class Inner:
        pass
    def method(self):
        pass

print("name/qualname:", Outer.__name__, Outer.Inner.__name__, Outer.Inner.__qualname__)
print("module:", Outer.__module__, "doc:", Outer.__doc__)
print("dict keys:", sorted(k for k in Outer.__dict__ if not k.startswith("__") or k == "__doc__"))
print("bases:", Outer.__bases__, "mro:", [c.__name__ for c in Outer.__mro__])
print("class of class:", Outer.__class__.__name__, type(Outer).__name__, type(type).__name__)
print("instance class:", Outer().__class__ is Outer, type(Outer()) is Outer)

# renaming a class
Outer.Inner.__name__ = "Renamed"
print("renamed:", Outer.Inner.__name__, Outer.Inner.__qualname__)
Outer.Inner.__qualname__ = "Somewhere.Renamed"
print("requalified:", Outer.Inner.__qualname__)
try:
    Outer.__name__ = 3
except TypeError as e:
    print("TypeError:", e)

# __bases__ can be reassigned to a compatible tuple
class A:
    def who(self): return "A"
class B:
    def who(self): return "B"
class C(A):
    pass
c = C()
print("before:", c.who())
C.__bases__ = (B,)
print("after __bases__ change:", c.who(), [k.__name__ for k in C.__mro__])

# type() with one argument vs isinstance with subclasses
class D(C): pass
d = D()
print("type vs isinstance:", type(d) is C, isinstance(d, C), type(d).__name__)

# __dict__ of an instance is a plain dict and can be replaced
d.__dict__ = {"x": 1}
print("replaced instance dict:", d.x)
try:
    d.__dict__ = "not a dict"
except TypeError as e:
    print("TypeError:", e)

# class attributes vs type attributes
print("hasattr mro on instance:", hasattr(d, "__mro__"), hasattr(D, "__mro__"))
print("__init__ inherited from object:", D.__init__ is object.__init__)
print("vars of class is mappingproxy:", type(vars(D)).__name__)
