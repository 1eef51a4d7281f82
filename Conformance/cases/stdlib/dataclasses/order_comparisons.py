# description: order=True generates tuple-based comparisons, requires eq, and refuses to overwrite user-defined ordering methods
# features: [dataclasses]
# min-version: 3.13
# expect: output

from dataclasses import dataclass, field

@dataclass(order=True)
class Version:
    major: int
    minor: int
    note: str = field(default="", compare=False)

vs = [Version(1, 10), Version(1, 2, "x"), Version(0, 99), Version(1, 2)]
print("sorted:", sorted(vs))
print("lt le gt ge:", Version(1, 2) < Version(1, 3), Version(1, 2) <= Version(1, 2, "y"), Version(2, 0) > Version(1, 9), Version(1, 0) >= Version(1, 1))
try:
    Version(1, 0) < (1, 1)
except TypeError as e:
    print("TypeError:", e)
@dataclass(order=True)
class Sub(Version):
    pass
try:
    Version(1, 0) < Sub(1, 1)
except TypeError as e:
    print("TypeError subclass:", e)
try:
    @dataclass(order=True, eq=False)
    class Bad:
        x: int
except ValueError as e:
    print("ValueError:", e)
try:
    @dataclass(order=True)
    class Custom:
        x: int
        def __lt__(self, other):
            return True
except TypeError as e:
    print("TypeError:", e)
@dataclass
class NoOrder:
    x: int
try:
    NoOrder(1) < NoOrder(2)
except TypeError as e:
    print("TypeError:", e)
print("max:", max(vs))
