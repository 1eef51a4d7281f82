# description: Fraction mixes with int, float and bool but rejects Decimal arithmetic, and supports math functions through __float__/__index__-free paths
# features: [fractions, math]
# expect: output

from fractions import Fraction as F
from decimal import Decimal
import math

try:
    F(1, 2) + Decimal("0.5")
except TypeError as e:
    print("TypeError:", e)
print("bool operand:", F(1, 2) + True, F(3, 4) * False)
print("math.sqrt:", math.sqrt(F(9, 4)), "math.isclose:", math.isclose(F(1, 3), 0.3333333333333333))
print("math.fsum:", math.fsum([F(1, 10)] * 10), sum([F(1, 10)] * 10))
print("math.floor type:", type(math.floor(F(7, 2))).__name__)
try:
    [1, 2, 3][F(1)]
except TypeError as e:
    print("TypeError:", e)
try:
    range(F(3))
except TypeError as e:
    print("TypeError:", e)
print("int():", int(F(-7, 2)), "round half even:", [round(F(n, 2)) for n in range(-5, 6, 2)])
print("hash of huge:", hash(F(10 ** 30, 3)) == hash(F(10 ** 30, 3)), hash(F(1, 3)) != hash(F(1, 4)))
print("complex():", complex(F(1, 4)))
print("str to float precision:", float(F("0.1")) == 0.1, F(str(0.1)) == F(1, 10))
