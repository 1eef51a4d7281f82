# description: int / int is correctly rounded even for huge operands; int->float conversion rounds half-to-even
# features: [builtins, int, float]
# expect: output
cases = [(1, 3), (2, 3), (10**30, 3), (2**1000 + 1, 2**1000), (10**400, 10**399 * 3), (1, 10**400),
         (2**53 + 1, 1), (2**54 + 3, 2), (-(10**50), 7), (3, -(10**50)), (123456789 * 10**300, 10**300),
         (2**1100, 2**1000), (1, 2**1074), (1, 2**1075), (3, 2**1076), (10**308 * 18, 10)]
for a, b in cases:
    try:
        r = a / b
        print(f"{a if abs(a) < 10**20 else 'big'} / {b if abs(b) < 10**20 else 'big'} = {r!r}")
    except OverflowError as e:
        print("OverflowError:", e)
for n in [2**53 + 1, 2**53 + 2, 2**53 + 3, 2**64 + 2**11, 2**64 + 2**11 + 1, 2**64 + 3 * 2**11, -(2**53 + 1)]:
    print("float(%d) = %r" % (n, float(n)))
print("exact division result equals float of exact ratio:", (10**20 + 1) / 10**20 == 1.0, 7 / 7 == 1.0)
print("huge exact quotient:", (3 * 10**400) / (10**400))
print("float() vs / agree:", float(2**60 + 1) == (2**60 + 1) / 1)
