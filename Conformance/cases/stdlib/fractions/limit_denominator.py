# description: Fraction.limit_denominator finds the closest fraction with bounded denominator and validates its argument
# features: [fractions, math]
# expect: output

from fractions import Fraction as F
import math

print("pi:", [str(F(math.pi).limit_denominator(d)) for d in (1, 10, 100, 1000, 10 ** 6)])
print("sqrt2:", F(math.sqrt(2)).limit_denominator(100))
print("0.1:", F(0.1).limit_denominator(), repr(F(0.1)))
print("already small:", F(3, 7).limit_denominator(10))
print("half tie:", F(1, 4).limit_denominator(3), F(3, 4).limit_denominator(3))
print("negative:", F(-math.e).limit_denominator(50))
print("float string roundtrip:", F("3.1415926535897932").limit_denominator(113))
try:
    F(1, 3).limit_denominator(0)
except ValueError as e:
    print("ValueError:", e)
