# description: Flag combination, membership, iteration over set bits, negation, len and reprs as CPython 3.12+ prints them
# features: [enum]
# min-version: 3.12
# expect: output

from enum import Flag, IntFlag, auto

class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RW = 6

rw = Perm.R | Perm.W
print("repr:", repr(rw), "str:", str(rw))
print("named combination:", rw is Perm.RW, repr(Perm.R | Perm.X))
print("contains:", Perm.R in rw, Perm.X in rw, Perm.RW in (Perm.R | Perm.W | Perm.X))
print("iteration:", list(Perm.R | Perm.X), list(Perm.RW))
print("class iteration skips multi-bit:", list(Perm))
print("len:", len(Perm.R | Perm.W | Perm.X), len(Perm(0)))
print("negation:", repr(~Perm.R), repr(~Perm.RW), repr(~(Perm.R | Perm.W | Perm.X)))
print("and/xor:", repr(rw & Perm.W), repr(rw ^ Perm.R))
print("empty:", repr(Perm(0)), bool(Perm(0)), bool(Perm.X))
print("by value:", repr(Perm(7)), repr(Perm(5)))
try:
    Perm(8)
except ValueError as e:
    print("ValueError:", e)
print("name of combination:", (Perm.R | Perm.X).name, Perm(0).name)

class Color(IntFlag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
c = Color.RED | Color.BLUE
print("IntFlag repr:", repr(c), "str:", str(c), "format:", format(c))
print("IntFlag int ops:", c + 1, c | 8, repr(c | 8), c == 5)
print("IntFlag negation:", repr(~Color.RED))
print("IntFlag zero:", repr(Color(0)))
