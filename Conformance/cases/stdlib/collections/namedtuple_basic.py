# description: namedtuple fields, defaults, _replace, _asdict, _fields, _field_defaults, _make, repr and tuple behavior
# features: [collections, tuple]
# expect: output

from collections import namedtuple

Point = namedtuple("Point", "x y")
p = Point(1, y=2)
print("repr:", repr(p))
print("fields:", Point._fields, p.x, p[1])
print("tuple ops:", p + (3,), len(p), p == (1, 2), tuple(p))
x, y = p
print("unpack:", x, y)
print("_replace:", p._replace(x=10))
print("_asdict:", p._asdict(), type(p._asdict()).__name__)
print("_make:", Point._make([5, 6]))
try:
    Point._make([1])
except TypeError as e:
    print("TypeError:", e)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
P3 = namedtuple("P3", ["x", "y", "z"], defaults=[0, 9])
print("defaults:", P3(1), P3._field_defaults)
print("comma fields:", namedtuple("C", "a, b,c")._fields)
print("doc:", Point.__doc__, Point.x.__doc__)
print("module:", Point.__module__)
class Sub(Point):
    __slots__ = ()
    @property
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
print("subclass:", Sub(3, 4), Sub(3, 4).norm)
print("hashable:", hash(p) == hash((1, 2)))
print("no __dict__:", hasattr(p, "__dict__"))
