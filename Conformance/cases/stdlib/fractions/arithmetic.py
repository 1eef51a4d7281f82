# description: Fraction arithmetic with ints stays exact, mixes to float/complex, and pow/divmod/round/floor/ceil follow CPython
# features: [fractions, math]
# expect: output

from fractions import Fraction as F
import math

a, b = F(1, 3), F(1, 6)
print("+ - * /:", a + b, a - b, a * b, a / b)
print("with int:", a + 1, 2 - a, a * 3, 1 / a, repr(3 * a))
print("with float:", repr(a + 0.5), type(a * 1.0).__name__)
print("with complex:", repr(a + 1j))
print("// % divmod:", F(7, 2) // F(2, 3), F(7, 2) % F(2, 3), divmod(F(7, 2), F(2, 3)), divmod(F(-7, 2), 2))
print("pow int:", F(2, 3) ** 3, F(2, 3) ** -2, F(-2, 3) ** -3, F(4, 9) ** 0)
print("pow fraction exponent:", repr(F(4, 9) ** F(1, 2)), repr(F(8) ** F(1, 3)))
print("int ** fraction:", repr(2 ** F(2)), repr(4 ** F(1, 2)))
print("neg abs pos:", -a, abs(F(-3, 4)), +F(1, 2))
print("round:", round(F(7, 2)), round(F(5, 2)), round(F(-5, 2)), round(F(22, 7), 2), round(F(1, 3), -1))
print("floor ceil trunc:", math.floor(F(-7, 2)), math.ceil(F(-7, 2)), math.trunc(F(-7, 2)), int(F(7, 2)))
print("float:", float(F(1, 3)), float(F(10 ** 400, 10 ** 399)))
try:
    a / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    F(0) ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print("sum exact:", sum(F(1, n) for n in range(1, 11)))
print("bool:", bool(F(0)), bool(F(1, 9)))
