# description: comb/perm/factorial identities (symmetry, Pascal rule, row sums) checked for many n, k
# features: [builtins, math, int]
# min-version: 3.8
# expect: output
import math
ok_sym = all(math.comb(n, k) == math.comb(n, n - k) for n in range(60) for k in range(n + 1))
ok_pascal = all(math.comb(n, k) == math.comb(n - 1, k - 1) + math.comb(n - 1, k) for n in range(1, 60) for k in range(1, n))
ok_row = all(sum(math.comb(n, k) for k in range(n + 1)) == 2**n for n in range(80))
ok_perm = all(math.perm(n, k) == math.comb(n, k) * math.factorial(k) for n in range(40) for k in range(n + 1))
ok_fact = all(math.factorial(n) == n * math.factorial(n - 1) for n in range(1, 200))
print("symmetry:", ok_sym, "pascal:", ok_pascal, "row sums:", ok_row, "perm:", ok_perm, "factorial recurrence:", ok_fact)
print("big values:", math.comb(1000, 500) % 10**12, math.perm(100, 50) % 10**12, math.factorial(1000) % 10**12)
print("trailing zeros of 1000!:", len(str(math.factorial(1000))) - len(str(math.factorial(1000)).rstrip("0")))
print("isqrt exactness:", all(math.isqrt(n * n) == n and math.isqrt(n * n - 1) == n - 1 for n in range(1, 10**6, 9973)))
print("isqrt huge:", math.isqrt(10**400) == 10**200, math.isqrt(2**1001) == 2**500 * 1 + math.isqrt(2**1001) - 2**500)
print("gcd/lcm identity:", all(math.gcd(a, b) * math.lcm(a, b) == a * b for a in range(1, 60) for b in range(1, 60)))
