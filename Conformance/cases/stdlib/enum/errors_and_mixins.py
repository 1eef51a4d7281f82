# description: Enum error paths (auto with strings, Flag lookups and operators with wrong types, extending), float/str mixins and IntFlag arithmetic
# features: [enum]
# min-version: 3.12
# expect: output

import enum, typing, dataclasses
from enum import Enum, Flag, IntFlag, auto
class A(Enum):
    X = 1
    Y = "s"
print(A.__members__)
try:
    class B(Enum):
        X = auto()
        Y = "a"
        Z = auto()
except TypeError as e:
    print("TypeError:", e)
class F(Flag):
    A = 1
    B = 2
try:
    F("x")
except ValueError as e:
    print("ValueError:", e)
try:
    F.A | 1
except TypeError as e:
    print("TypeError:", e)
try:
    1 in F.A
except TypeError as e:
    print("TypeError:", e)
print(F.A in F, 1 in F, 3 in F, F(3) in F)
print(str(F(0)), str(F(3)), format(F(3)), f"{F.A!r:>20}|")
print(hash(F.A) == hash("A"))
try:
    A.X.foo = 1
    print("set ok", A.X.foo)
except AttributeError as e:
    print("AttributeError:", e)
try:
    class C(A):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    Enum("X", names=5)
except TypeError as e:
    print("TypeError:", type(e).__name__)
print(A._member_map_.keys(), A._value2member_map_)
class Strs(str, Enum):
    A = "x"
print(Strs.A == "x", Strs.A.upper(), "%s" % Strs.A, Strs.A + "y", f"{Strs.A}")
class Num(float, Enum):
    PI = 3.14
print(Num.PI * 2, repr(Num.PI), str(Num.PI))
class Z(IntFlag):
    A = 1
    B = 2
print(Z.A + Z.B, repr(Z.A | Z.B), Z.A < Z.B, repr(Z(3) & 1), repr(Z.A ^ 3), Z(3) == 3)
print([repr(x) for x in Z(3)], repr(Z(-1)), repr(~Z(0)))
try:
    A(1, 2)
except ValueError as e:
    print("ValueError:", e)
try:
    A()
except TypeError as e:
    print("TypeError:", e)
