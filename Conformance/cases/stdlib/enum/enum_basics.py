# description: Enum member repr/str/format, name/value, lookup by value and name, and lookup errors as CPython 3.12+ prints them
# features: [enum]
# min-version: 3.12
# expect: output

from enum import Enum

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = "blue"

r = Color.RED
print("repr:", repr(r), repr(Color.BLUE))
print("str:", str(r), "format:", format(r), f"{r}", "{}".format(r))
print("format spec:", f"{r:>12}|")
print("name/value:", r.name, r.value, Color.BLUE.value)
print("by value:", Color(2), "by name:", Color["BLUE"], "attr:", Color.GREEN)
print("identity:", Color(1) is Color.RED, Color["RED"] is r)
print("type:", type(r), isinstance(r, Color))
try:
    Color(5)
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PURPLE"]
except KeyError as e:
    print("KeyError:", e)
print("class repr:", repr(Color), len(Color))
print("eq value not member:", Color.RED == 1, Color.RED != 1)
try:
    Color.RED < Color.GREEN
except TypeError as e:
    print("TypeError:", e)
print("hashable:", {Color.RED: "r"}[Color(1)])
print("contains member:", Color.RED in Color, "contains value:", 1 in Color, "blue" in Color, 9 in Color)
print("bool members truthy:", bool(Color.RED))
