# description: Fraction repr/str, comparisons with ints/floats/nan/inf, and hash equality with equal ints and floats
# features: [fractions, hashing]
# expect: output

from fractions import Fraction as F
from decimal import Decimal

print("repr/str:", repr(F(3, 4)), str(F(3, 4)), str(F(8, 4)), repr(F(8, 4)), str(F(-1, 2)))
print("eq int/float:", F(2, 1) == 2, F(1, 2) == 0.5, F(1, 3) == 1 / 3, F(1, 10) == 0.1)
print("eq Decimal:", F(1, 2) == Decimal("0.5"))
print("lt float:", F(1, 3) < 0.34, F(1, 3) > 0.333, F(1, 2) <= 0.5)
nan, inf = float("nan"), float("inf")
print("nan:", F(1) == nan, F(1) < nan, F(1) > nan, "inf:", F(10 ** 100) < inf, F(-10 ** 100) > -inf)
print("hash int:", hash(F(3)) == hash(3), hash(F(-1)) == hash(-1))
print("hash float:", hash(F(1, 2)) == hash(0.5), hash(F(3, 8)) == hash(0.375))
print("hash decimal:", hash(F(1, 4)) == hash(Decimal("0.25")))
print("dict key sharing:", {F(1, 2): "half"}[0.5], {2: "two"}[F(4, 2)])
print("set dedupe:", len({F(1, 2), 0.5, F(2, 4)}))
print("sorted mixed:", sorted([F(1, 2), 0.25, 1, F(1, 3), True]))
print("min/max:", min(F(2, 3), 0.6), max(F(2, 3), 0.6))
try:
    F(1, 2) < "a"
except TypeError as e:
    print("TypeError:", e)
print("eq complex:", F(1, 2) == complex(0.5, 0), F(1, 2) == 0.5j)
