# description: permutations, combinations and combinations_with_replacement order, r handling and counts
# features: [itertools]
# expect: output

from itertools import permutations, combinations, combinations_with_replacement
from math import comb, perm

print("perms:", ["".join(p) for p in permutations("abc")])
print("perms r=2:", list(permutations(range(3), 2)))
print("perms r>n:", list(permutations("ab", 3)))
print("perms r=0:", list(permutations("ab", 0)))
print("combs:", ["".join(c) for c in combinations("abcd", 2)])
print("combs r>n:", list(combinations("ab", 3)))
print("combs duplicates kept:", list(combinations([1, 1, 2], 2)))
print("cwr:", ["".join(c) for c in combinations_with_replacement("abc", 2)])
print("cwr r>n:", len(list(combinations_with_replacement("ab", 3))))
print("cwr empty pool:", list(combinations_with_replacement("", 2)), list(combinations_with_replacement("", 0)))
print("counts match math:", len(list(combinations(range(10), 4))) == comb(10, 4), len(list(permutations(range(6), 3))) == perm(6, 3))
for fn in (permutations, combinations, combinations_with_replacement):
    try:
        fn("abc", -1)
    except ValueError as e:
        print(fn.__name__, "ValueError:", e)
try:
    combinations("abc")
except TypeError as e:
    print("TypeError:", e)
