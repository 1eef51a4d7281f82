# description: large-int multiplication/division/power consistency checks (Karatsuba-size operands) via modular identities
# features: [builtins, int]
# expect: output
a = 3**5000 + 12345
b = 7**3000 - 1
p = a * b
print("product bits:", p.bit_length(), a.bit_length() + b.bit_length() - p.bit_length() in (0, 1))
print("product mod small primes:", p % 1000003, (a % 1000003) * (b % 1000003) % 1000003)
q, r = divmod(p + 17, b)
print("divmod recovers:", q == a, r == 17)
print("floor division of negative exact multiple:", (-p) // b == -a, (-p - 1) // b == -a - 1)
sq = (10**1000 + 1)**2
print("square structure:", str(sq)[:3], str(sq)[998:1004], str(sq)[-3:], len(str(sq)))
print("pow mod equals pow then mod:", pow(a, 5, 10**50 + 151) == (a**5) % (10**50 + 151))
print("2**10000 last digits:", 2**10000 % 10**12, "digit count:", len(str(2**10000)))
print("bit ops on huge:", (a ^ a) == 0, (a & -a) == 1 << ((a & -a).bit_length() - 1), (a | b) >= max(a, b))
print("shift round trip:", (a << 4321) >> 4321 == a, (a >> 100) << 100 == a - (a % 2**100))
x, y = a, b
while y:
    x, y = y, x % y
print("euclid gcd of a, b:", x)
print("negative huge mod:", (-a) % 97 == (97 - a % 97) % 97, (-a) % -97 == -(a % 97))
print("int/str round trip:", int(str(b % 10**4000)) == b % 10**4000, int(hex(a), 16) == a, int(bin(b)[2:], 2) == b)
