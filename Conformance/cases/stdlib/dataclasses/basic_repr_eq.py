# description: @dataclass generates __init__, __repr__ and __eq__ from annotated fields, with CPython's repr format and eq rules
# features: [dataclasses, classes]
# expect: output

from dataclasses import dataclass

@dataclass
class Point:
    x: int
    y: int = 0
    label: str = "origin"

p = Point(1, 2)
print("repr:", repr(p))
print("defaults:", Point(5))
print("kwargs:", Point(y=3, x=4, label="q"))
print("eq:", p == Point(1, 2), p == Point(1, 3), p != Point(1, 2))
@dataclass
class Other:
    x: int
    y: int = 0
    label: str = "origin"
print("eq other class same fields:", p == Other(1, 2))
print("eq tuple:", p == (1, 2, "origin"))
print("hash is None:", Point.__hash__ is None)
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)
try:
    Point()
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, 2, "a", 4)
except TypeError as e:
    print("TypeError:", e)
print("qualname in repr:", repr(Point).startswith("<class"))
class Outer:
    @dataclass
    class Inner:
        v: list
print("nested repr:", Outer.Inner([1]))
@dataclass
class Rec:
    items: list
    parent: "Rec | None" = None
r = Rec([1])
r.items.append(r)
print("recursive repr:", r)
@dataclass(repr=False, eq=False)
class Plain:
    a: int
pl = Plain(1)
print("no repr/eq generated:", repr(pl).startswith("<"), pl == Plain(1), pl == pl)
print("annotations only fields:", [n for n in Point.__dataclass_fields__])
