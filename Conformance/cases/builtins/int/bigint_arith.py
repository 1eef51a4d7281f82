# description: arbitrary-precision int add, sub, mul, pow and carries across machine-word boundaries
# features: [builtins, int]
# expect: output

a = 2**64 - 1
b = 2**64
print("a+1 == b:", a + 1 == b)
print("b*b:", b * b)
print("b*b - 1:", b * b - 1)
print("-(b*b):", -(b * b))
print("2**100:", 2**100)
print("3**80:", 3**80)
print("(-7)**21:", (-7)**21)
print("10**40 - 10**39:", 10**40 - 10**39)
print("mixed signs:", (-(10**30)) + 10**29, 10**29 - 10**30)
print("boundary 2**63:", 2**63, -(2**63), -(2**63) - 1)
print("2**31 * 2**31:", 2**31 * 2**31)
print("maxsize-like:", 9223372036854775807 + 1)
f = 1
for i in range(1, 41):
    f *= i
print("40!:", f)
print("40! // 39!:", f // (f // 40))
print("digits of 40!:", len(str(f)))
x = 12345678901234567890123456789
y = 98765432109876543210
print("x*y:", x * y)
print("x*y//y == x:", x * y // y == x)
print("x - x:", x - x, "type", type(x - x).__name__)
print("x == x+0:", x == x + 0, "x < x+1:", x < x + 1)
print("neg compare:", -x < -y, -x > -(x + 1))
print("abs(-x):", abs(-x))
print("sum big:", sum([2**70] * 1000))
# repeated doubling crosses many limbs
v = 1
for _ in range(200):
    v += v
print("2**200 via doubling:", v == 2**200, v)
print("2**200 - 1 bits:", (v - 1).bit_length())
print("0 ** 0:", 0**0, "(-1)**1001:", (-1)**1001)
print("int power is int:", type(2**10).__name__, "negative exponent float:", 2**-2)
