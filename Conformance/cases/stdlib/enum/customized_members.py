# description: more Enum behaviour: custom __str__/__format__, _order_, dir(), __init_subclass__, Flag pseudo-members, IntFlag arithmetic, pickling support methods
# features: [enum]
# min-version: 3.12
# expect: output

import enum
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique

class Color(Enum):
    _order_ = "RED GREEN BLUE"
    RED = 1
    GREEN = 2
    BLUE = 3
    def __str__(self):
        return self.name.lower()
    @classmethod
    def from_name(cls, name):
        return cls[name.upper()]

print(str(Color.RED), f"{Color.GREEN}", repr(Color.BLUE), Color.from_name("blue"))
print(sorted(dir(Color)))
print(sorted(dir(Color.RED)))
print(Color.RED.__reduce_ex__(4))
print(Color.__members__)
print(type(Color.__members__).__name__)
print(Color.RED.__class__, Color.__class__, type(Color) is enum.EnumType, enum.EnumMeta is enum.EnumType)
print(isinstance(Color.RED, Enum), issubclass(Color, Enum), Color.RED.__objclass__ if hasattr(Color.RED, '__objclass__') else None)

class Weekday(IntEnum):
    MON = 1
    TUE = 2
    WED = 3
print(Weekday.TUE + Weekday.WED, Weekday(3), Weekday["MON"], int(Weekday.WED), float(Weekday.MON))
print(list(reversed(Weekday)), Weekday.MON.real, Weekday.TUE.bit_length())
print(format(Weekday.TUE, "x"), "%d %s %r" % (Weekday.MON, Weekday.MON, Weekday.MON))
print(max(Weekday), min(Weekday), sum(Weekday))

class Http(StrEnum):
    OK = auto()
    NOT_FOUND = "not found"
print(Http.OK, Http.NOT_FOUND.title(), Http("ok") is Http.OK, Http.OK + "!", len(Http.NOT_FOUND))
print(repr(Http.OK), Http.OK.value, type(Http.OK.value).__name__)

class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
print(Perm.R | Perm.W, repr(Perm.R | Perm.W), Perm(7), repr(Perm(0)), Perm.R & 4, repr(Perm.R ^ Perm.R))
print(list(Perm(7)), len(Perm(7)), Perm.R in Perm(6), bool(Perm(0)), repr(~Perm.X))
print(repr(Perm(16)), Perm(7).name, Perm.R.name, (Perm.R | 8).value)
print(repr(Perm.R | Perm.W | Perm.X), Perm(5) == 5, Perm(5) is (Perm.R | Perm.X))

class Shape(Flag):
    NONE = 0
    SQUARE = auto()
    CIRCLE = auto()
    BOTH = SQUARE | CIRCLE
print(list(Shape), repr(Shape.BOTH), repr(Shape(0)), Shape.NONE is Shape(0), repr(~Shape.NONE))
print(Shape.__members__.keys(), Shape._flag_mask_ if hasattr(Shape, '_flag_mask_') else None)

class Base(Enum):
    def __init_subclass__(cls, **kwds):
        super().__init_subclass__(**kwds)
        cls.tag = cls.__name__.upper()
class Child(Base):
    A = 1
print(Child.tag, Child.A)

class Coord(Enum):
    X = (1, 0)
    Y = (0, 1)
    def __init__(self, dx, dy):
        self.dx = dx
        self.dy = dy
print(Coord((1, 0)), Coord.Y.dx, Coord.Y.dy, Coord.X.value)

class Mood(Enum):
    HAPPY = 3
    SAD = 1
    @property
    def opposite(self):
        return Mood.SAD if self is Mood.HAPPY else Mood.HAPPY
print(Mood.HAPPY.opposite, Mood(1).opposite.name)

Nums = IntEnum("Nums", [("ONE", 1), ("TWO", 2)])
print(repr(Nums.TWO), Nums.ONE < Nums.TWO, Nums.__module__)
try:
    Enum("Bad", "A A")
except TypeError as e:
    print("TypeError:", e)
try:
    class Dup(Enum):
        A = 1
        A = 2
except TypeError as e:
    print("TypeError:", e)
try:
    Color.RED.value = 5
except AttributeError as e:
    print("AttributeError")
try:
    Color("red")
except ValueError as e:
    print("ValueError:", e)
print(Color.RED is Color.RED, Color.RED == Color.RED, Color.RED != Color.GREEN, hash(Color.RED) == hash(Color.RED))
class Empty(Enum):
    pass
print(list(Empty), len(Empty), repr(Empty))
print(enum.STRICT, repr(enum.KEEP), enum.FlagBoundary.CONFORM.value)
print(Weekday.MON.name, Weekday.MON._value_, Weekday._member_names_)
