# description: Enum classes with methods, properties and tuple values via __init__; members are immutable and populated enums cannot be subclassed
# features: [enum, classes]
# min-version: 3.12
# expect: output

from enum import Enum, member, nonmember

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def surface_gravity(self):
        G = 6.67300E-11
        return G * self.mass / (self.radius * self.radius)
    def describe(self):
        return f"{self.name.title()} g={self.surface_gravity:.2f}"

print(Planet.EARTH.describe(), Planet.MERCURY.value)
print("repr tuple value:", repr(Planet.EARTH))
try:
    Planet.EARTH = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    del Planet.EARTH
except AttributeError as e:
    print("AttributeError:", e)
try:
    Planet.EARTH.name = "x"
except AttributeError as e:
    print("AttributeError:", type(e).__name__)
try:
    class MorePlanets(Planet):
        PLUTO = (1, 1)
except TypeError as e:
    print("TypeError:", e)
class Base(Enum):
    def hello(self):
        return f"hello {self.name}"
class Derived(Base):
    A = 1
print("subclass empty enum:", Derived.A.hello())
class Opts(Enum):
    A = 1
    helper = nonmember(42)
    @member
    def fn(x):
        return x
    def method(self):
        return "method"
print("nonmember/member:", [m.name for m in Opts], Opts.helper, Opts.A.method())
class Dunder(Enum):
    _ignore_ = ["tmp"]
    X = 1
    tmp = 5
print("_ignore_:", list(Dunder.__members__))
print("dir has names:", "describe" in dir(Planet.EARTH), "EARTH" in dir(Planet))
