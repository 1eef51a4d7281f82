# description: ** with negative and fractional exponents, true division results, and int/float conversions
# features: [operators, int, float, complex]
# expect: output

print("int ** positive:", 2 ** 10, (-2) ** 3, (-2) ** 4, 0 ** 0, 10 ** 0)
print("int ** negative -> float:", 2 ** -1, 10 ** -3, (-2) ** -2, type(2 ** -1).__name__)
print("precedence: -2 ** 2 =", -2 ** 2, "(-2) ** 2 =", (-2) ** 2, "2 ** -2 ** 2 =", 2 ** -2 ** 2)
print("right assoc: 2 ** 3 ** 2 =", 2 ** 3 ** 2)
print("float powers:", 4 ** 0.5, 2.0 ** 10, 8 ** (1 / 3), 1.5 ** 2)
print("negative base fractional -> complex:", type((-8) ** (1 / 3)).__name__, round(((-1) ** 0.5).imag, 10))
print("pow with mod:", pow(3, 4, 5), pow(-3, 3, 7), pow(3, -1, 7), pow(2, 100, 1000))
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2.0, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    10.0 ** 400
except OverflowError:
    print("float ** overflow: OverflowError")

print("true division always float:", 6 / 3, 7 / 2, -7 / 2, type(4 / 2).__name__, 1 / 3)
print("big int true division is correctly rounded:", (10 ** 30) / (10 ** 10), 2 ** 1000 / 2 ** 998)
try:
    (10 ** 400) / 1
except OverflowError as e:
    print("OverflowError:", e)
print("int/int exact:", 10 ** 20 // 3, (10 ** 20) / 4)
print("mixed types:", 1 + 2.0, 3 * 1j, 2 + True, 1.5 * True)
print("int() truncates toward zero:", int(2.7), int(-2.7), int("-12"), int(" 42 "), int("1_000"))
print("round half even:", round(0.5), round(1.5), round(2.5), round(-0.5), round(2.675, 2), round(1234, -2))
print("float special:", float("inf") - float("inf") != float("inf") - float("inf"), float("-inf") < -10 ** 308)
print("abs:", abs(-5), abs(-5.5), abs(-0.0), abs(3 - 4j))
print("int bit ops:", 5 & 3, 5 | 3, 5 ^ 3, ~5, -5 >> 1, 1 << 70, -1 & 0xFF)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
