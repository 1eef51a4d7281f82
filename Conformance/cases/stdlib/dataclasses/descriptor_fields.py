# description: dataclass fields whose default is a descriptor get __set_name__/__get__ called, and property-backed fields validate in __init__
# features: [dataclasses, descriptors]
# expect: output

from dataclasses import dataclass, field, fields

class Positive:
    def __set_name__(self, owner, name):
        self._name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return 10
        return getattr(obj, self._name, 10)
    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f"{self._name[1:]} must be positive, got {value}")
        setattr(obj, self._name, value)

@dataclass
class Box:
    width: Positive = Positive()
    height: Positive = Positive()

b = Box()
print("descriptor default via __get__(None):", b, Box.width)
b2 = Box(3, 4)
print("set through descriptor:", b2, b2.__dict__)
try:
    Box(0, 1)
except ValueError as e:
    print("ValueError:", e)
print("field default is class lookup value:", [f.default for f in fields(Box)])
b2.width = 7
print("assignment validated:", b2.width)
try:
    b2.height = -1
except ValueError as e:
    print("ValueError:", e)

@dataclass
class Temperature:
    celsius: float
    def __post_init__(self):
        if self.celsius < -273.15:
            raise ValueError("below absolute zero")
    @property
    def fahrenheit(self):
        return self.celsius * 9 / 5 + 32
t = Temperature(100)
print("property not a field:", t, t.fahrenheit, [f.name for f in fields(t)])
try:
    Temperature(-300)
except ValueError as e:
    print("ValueError:", e)
