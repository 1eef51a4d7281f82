# description: floor division and modulo follow the sign of the divisor for ints and floats; divmod agrees
# features: [operators, int, float]
# expect: output

pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, 3), (-6, 3), (1, 10**20), (-1, 10**20)]
for a, b in pairs:
    print(f"{a} // {b} = {a // b}, {a} % {b} = {a % b}, divmod = {divmod(a, b)}, identity ok: {(a // b) * b + a % b == a}")

fpairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2.0), (5.0, 0.5), (-0.0, 1.0), (1.0, -0.3)]
for a, b in fpairs:
    print(f"{a} // {b} = {a // b!r}, {a} % {b} = {a % b!r}")

print("mod results have divisor sign:", -1 % 3, 1 % -3, -1.0 % 3, 1.0 % -3)
print("zero with sign:", 0.0 % -1.0, -0.0 % 1.0, (-0.0) // 1.0)
print("float floor division is float:", type(7.0 // 2).__name__, 7.0 // 2)
print("huge:", (10 ** 30 + 7) // 10 ** 15, -(10 ** 30) % 7, divmod(-10 ** 25, 10 ** 12))
print("bool operands:", True // True, True % 2, divmod(True, 2))
print("inf:", 1 // float("inf"), -1 // float("inf"), 5 % float("inf"), -5 % float("inf"))
