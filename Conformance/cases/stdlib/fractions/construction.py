# description: Fraction construction from ints, strings, floats and Decimals normalizes sign and terms, with CPython's error messages
# features: [fractions]
# min-version: 3.12
# expect: output

from fractions import Fraction as F
from decimal import Decimal

print("ints:", repr(F(6, 4)), repr(F(-6, -4)), repr(F(6, -4)), repr(F(5)), repr(F()))
for s in ["3/4", " -1.25 ", "1e-3", "7", "+2/6", "1_000/3", ".5", "5.", "-0", "2.5e2", "3e1"]:
    print(f"str {s!r}:", repr(F(s)))
print("float exact:", repr(F(0.1)), repr(F(0.5)), repr(F(-2.75)))
print("decimal:", repr(F(Decimal("1.1"))), repr(F(Decimal("-0.125"))))
print("fraction of fractions:", repr(F(F(1, 2), F(1, 3))))
print("fraction numerator arg:", repr(F(F(3, 2), 2)))
for bad in ["abc", "1/", "1/0.5", "1 /2", "", "1__0", "nan"]:
    try:
        print(f"accepted {bad!r}:", repr(F(bad)))
    except (ValueError, ZeroDivisionError) as e:
        print(f"{type(e).__name__} {bad!r}:", e)
try:
    F(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
for v in (float("nan"), float("inf")):
    try:
        F(v)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
try:
    F(1.5, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    F([1])
except TypeError as e:
    print("TypeError:", e)
print("from_float:", repr(F.from_float(0.25)), "from_decimal:", repr(F.from_decimal(Decimal("2.5"))))
print("numerator/denominator:", F(-9, 12).numerator, F(-9, 12).denominator)
