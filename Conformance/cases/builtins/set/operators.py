# description: set/frozenset operators | & - ^ and comparisons; result type follows the left operand
# features: [builtins, set, operators]
# expect: output
a, b = {1, 2, 3, 4}, {3, 4, 5}
fa, fb = frozenset(a), frozenset(b)
print("| & - ^:", a | b, a & b, a - b, b - a, a ^ b)
print("frozenset ops:", fa | fb, fa & b, fa - b)
print("types:", type(a | fb).__name__, type(fa | b).__name__, type(fa ^ fb).__name__, type(fa & a).__name__)
print("comparisons:", {1} < a, a < a, a <= a, a > {1, 2}, a >= b, {1, 2} == frozenset({1, 2}))
print("not total order:", {1, 2} < {3}, {1, 2} > {3}, {1, 2} == {3})
print("empty:", set() < a, set() <= set(), set() == frozenset())
c = {1, 2}
c |= {3}
c &= {2, 3, 4}
c -= {9}
c ^= {3, 7}
print("in-place chain:", c)
d = c
d |= {100}
print("in-place same object:", d is c, c)
f = frozenset({1})
g = f
f |= {2}
print("frozenset |= rebinds:", f, g, f is g)
for label, op in [("set | list", lambda: a | [1]), ("set & tuple", lambda: a & (1,)), ("set < list", lambda: a < [1]),
                  ("set - int", lambda: a - 1), ("set + set", lambda: a + b), ("set * 2", lambda: a * 2)]:
    try:
        op()
    except TypeError as e:
        print(label, "! TypeError:", e)
print("== with list:", {1} == [1], {1} != [1])
print("dict keys operands:", a & {3: "x", 9: "y"}.keys(), a | {}.keys())
print("bigger sets:", len(set(range(100)) ^ set(range(50, 150))), sorted(set(range(0, 20, 3)) & set(range(0, 20, 2))))
