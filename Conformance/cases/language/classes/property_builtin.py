# description: property getter/setter/deleter, docstrings, read-only errors and inheritance overrides
# features: [descriptors, classes]
# expect: output

class Temperature:
    def __init__(self):
        self._c = 0.0
    @property
    def celsius(self):
        "Temperature in Celsius."
        return self._c
    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value
    @celsius.deleter
    def celsius(self):
        self._c = None
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

t = Temperature()
t.celsius = 100
print("get:", t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
del t.celsius
print("after delete:", t.celsius)
print("doc:", Temperature.celsius.__doc__)
print("type:", type(Temperature.celsius).__name__)

t.celsius = 10
try:
    t.fahrenheit = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    del t.fahrenheit
except AttributeError as e:
    print("AttributeError:", e)

# property objects are immutable; setter returns a new property
p1 = Temperature.celsius
p2 = p1.setter(lambda s, v: None)
print("setter returns new:", p1 is not p2, p1.fget is p2.fget)

# property built with the function form
class Point:
    def __init__(self): self._x = 1
    def getx(self): return self._x
    def setx(self, v): self._x = v
    x = property(getx, setx, None, "the x")
pt = Point()
pt.x = 5
print("function form:", pt.x, Point.x.__doc__, Point.x.fdel)

# a getter raising AttributeError triggers __getattr__
class Fallback:
    @property
    def prop(self):
        raise AttributeError("inner")
    def __getattr__(self, name):
        return f"__getattr__({name})"
print("fallback:", Fallback().prop)

# overriding a property in a subclass
class Base:
    @property
    def value(self):
        return "base"
class Sub(Base):
    @property
    def value(self):
        return "sub+" + super().value
print("override:", Sub().value)

# property shadows instance dict (data descriptor)
class Shadow:
    @property
    def a(self):
        return "property"
s = Shadow()
s.__dict__["a"] = "dict"
print("shadow:", s.a)
