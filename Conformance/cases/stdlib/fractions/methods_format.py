# description: Fraction as_integer_ratio/is_integer, float-style format specs (3.12+), and subclass results behave like CPython
# features: [fractions, formatting]
# min-version: 3.13
# expect: output

from fractions import Fraction as F

f = F(22, 7)
print("as_integer_ratio:", f.as_integer_ratio(), F(-4, 2).as_integer_ratio())
print("is_integer:", F(4, 2).is_integer(), f.is_integer())
print("format f:", f"{f:.5f}", f"{F(1, 3):.0f}", f"{F(5, 2):.0f}", f"{F(-1, 8):.2f}")
print("format e/g/%:", f"{f:.3e}", f"{F(1, 3):g}", f"{F(1, 8):.1%}")
print("format align:", f"[{F(1, 2):>10.3f}]", f"[{F(1, 2):+.2f}]", f"{F(10 ** 6, 3):,.2f}")
print("format fraction string:", f"{f}", f"{f:>8}", f"{F(3):}")
try:
    format(f, "d")
except ValueError as e:
    print("ValueError:", e)
class MyF(F):
    pass
m = MyF(1, 2)
print("subclass arithmetic returns Fraction:", type(m + m).__name__, type(-m).__name__)
print("copy same:", __import__("copy").copy(f) is f)
print("immutability:", end=" ")
try:
    f.numerator = 5
except AttributeError as e:
    print("AttributeError")
