# description: auto() assigns incrementing values, StrEnum auto uses the lowercased name, and _generate_next_value_ can customise it
# features: [enum]
# min-version: 3.11
# expect: output

from enum import Enum, auto, StrEnum, Flag, IntEnum

class A(Enum):
    X = auto()
    Y = auto()
    Z = 10
    W = auto()
print("auto:", [(m.name, m.value) for m in A])

class S(StrEnum):
    FIRST_ITEM = auto()
    Second = auto()
print("StrEnum auto:", [m.value for m in S])

class F(Flag):
    R = auto()
    W = auto()
    X = auto()
print("Flag auto:", [m.value for m in F])

class Named(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return f"{name.lower()}#{count}"
    NORTH = auto()
    SOUTH = auto()
print("custom generator:", [m.value for m in Named])

class Mix(IntEnum):
    A = 5
    B = auto()
    C = auto()
print("after explicit:", [m.value for m in Mix])
class T(Enum):
    P = auto(), "tuple"
print("auto in tuple:", T.P.value)
