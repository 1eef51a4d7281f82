# description: iterating an Enum skips aliases, __members__ includes them in definition order, and aliases resolve to the canonical member
# features: [enum]
# expect: output

from enum import Enum

class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2
    RHOMBUS = 1

print("iteration:", [m.name for m in Shape])
print("__members__:", list(Shape.__members__))
print("alias is canonical:", Shape.ALIAS_FOR_SQUARE is Shape.SQUARE, Shape.RHOMBUS.name)
print("aliases:", [name for name, m in Shape.__members__.items() if name != m.name])
print("value lookup:", Shape(1))
print("reversed:", [m.name for m in reversed(Shape)])
import collections.abc
print("members is a Mapping:", isinstance(Shape.__members__, collections.abc.Mapping))
print("list:", list(Shape))
print("len counts canonical:", len(Shape))
try:
    Shape.__members__["NEW"] = 1
except TypeError as e:
    print("__members__ read-only:", type(e).__name__)
