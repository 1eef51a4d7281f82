# description: @unique and verify(UNIQUE/CONTINUOUS/NAMED_FLAGS) reject enums with aliases or gaps with CPython's error text
# features: [enum]
# min-version: 3.11
# expect: output

from enum import Enum, Flag, unique, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS

try:
    @unique
    class Mistake(Enum):
        ONE = 1
        TWO = 2
        THREE = 3
        FOUR = 3
        UNO = 1
except ValueError as e:
    print("ValueError:", e)

@unique
class Fine(Enum):
    A = 1
    B = 2
print("unique ok:", list(Fine))
try:
    @verify(UNIQUE)
    class V(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
try:
    @verify(CONTINUOUS)
    class Gap(Enum):
        A = 1
        B = 2
        D = 4
        F = 6
except ValueError as e:
    print("ValueError:", e)
try:
    @verify(NAMED_FLAGS)
    class Perm(Flag):
        R = 1
        W = 2
        RWX = 7
except ValueError as e:
    print("ValueError:", e)
