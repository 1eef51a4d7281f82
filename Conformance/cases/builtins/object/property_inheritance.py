# description: properties in subclasses: extending a base property's setter, overriding getters, super() access to properties
# features: [builtins, classes, descriptors, inheritance]
# expect: output
class Base:
    def __init__(self):
        self._v = 1
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, value):
        self._v = value
class Validated(Base):
    @Base.v.setter
    def v(self, value):
        if value < 0:
            raise ValueError("negative")
        Base.v.fset(self, value)
class Doubled(Base):
    @property
    def v(self):
        return super().v * 2
x = Validated()
x.v = 5
print("extended setter:", x.v)
try:
    x.v = -1
except ValueError as e:
    print("validation ! ValueError:", e)
print("base property object unchanged:", Base.v.fset.__name__, Validated.v is not Base.v)
d = Doubled()
print("override getter with super():", d.v)
try:
    d.v = 3
except AttributeError as e:
    print("overriding getter drops setter ! AttributeError:", e)
class Lazy:
    computed = 0
    @property
    def value(self):
        Lazy.computed += 1
        return 42
l = Lazy()
print("property runs each access:", l.value, l.value, Lazy.computed)
class Cached:
    def __init__(self):
        self.__dict__["value"] = "instance dict"
    @property
    def value(self):
        return "property"
print("property (data descriptor) beats instance dict:", Cached().value)
print("property attributes:", type(Base.v.getter(lambda s: 0)).__name__, Base.v.__doc__)
class WithDoc:
    @property
    def p(self):
        "the doc"
        return 1
print("doc from getter:", WithDoc.p.__doc__)
