# description: Enum members built by a custom __new__ (extra attributes, int-based), _order_ checking, StrEnum auto and sorting, multi-bit Flag aliases and value aliases
# features: [enum]
# min-version: 3.12
# expect: output

from enum import Enum, IntEnum, Flag, auto, StrEnum
class Coin(Enum):
    def __new__(cls, value, label):
        obj = object.__new__(cls)
        obj._value_ = value
        obj.label = label
        return obj
    PENNY = 1, "penny"
    NICKEL = 5, "nickel"
print(Coin(5), Coin.PENNY.label, Coin.PENNY.value, repr(Coin.NICKEL), list(Coin))
class Pri(IntEnum):
    def __new__(cls, value, desc=""):
        obj = int.__new__(cls, value)
        obj._value_ = value
        obj.desc = desc
        return obj
    LOW = 1, "low"
    HIGH = 2, "high"
print(Pri(2), repr(Pri.LOW), Pri.LOW.desc, Pri.HIGH + 1)
class Sub(Coin.__class__.__mro__[0] if False else Enum):
    pass
class Ord(Enum):
    _order_ = "B A"
    B = 2
    A = 1
print(list(Ord))
try:
    class BadOrd(Enum):
        _order_ = "A B"
        B = 2
        A = 1
except TypeError as e:
    print("TypeError:", e)
class Animal(StrEnum):
    CAT = auto()
    DOG = "Dog"
print(Animal("cat"), Animal.DOG.lower(), sorted(Animal))
class Big(Flag):
    A = auto(); B = auto(); C = auto(); D = auto()
    AB = A | B
print(repr(Big.A | Big.B | Big.C), repr(Big(15)), list(Big(15)), repr(~Big.AB))
class Color(Enum):
    RED = 1
    CRIMSON = 1
print(Color.CRIMSON, Color["CRIMSON"], Color(1).name, Color.__members__["CRIMSON"].name)
print(Color.RED.__class__.__name__, Color.RED.name.__class__.__name__)
import enum
print(enum.Enum.__doc__ is not None, callable(enum.Enum._missing_))
