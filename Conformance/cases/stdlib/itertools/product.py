# description: itertools.product yields the cartesian product in lexicographic order, with repeat and empty inputs
# features: [itertools]
# expect: output

from itertools import product

print("two:", list(product("ab", [1, 2])))
print("repeat:", ["".join(p) for p in product("01", repeat=3)])
print("repeat two iterables:", len(list(product("ab", "cd", repeat=2))), list(product("ab", "cd", repeat=2))[:3])
print("no args:", list(product()))
print("empty iterable:", list(product("ab", [])))
print("repeat 0:", list(product("ab", repeat=0)))
try:
    product("ab", repeat=-1)
except ValueError as e:
    print("ValueError:", e)
gen = (i for i in range(2))
print("consumes generators once:", list(product(gen, "xy")))
grid = [(r, c) for r, c in product(range(2), range(3))]
print("grid:", grid)
print("dice sums of 7:", sum(1 for a, b in product(range(1, 7), repeat=2) if a + b == 7))
