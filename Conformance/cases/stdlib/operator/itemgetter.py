# description: operator.itemgetter with one key, several keys, slices and mappings, its repr and lookup errors
# features: [operator]
# expect: output

from operator import itemgetter

g1 = itemgetter(1)
g3 = itemgetter(2, 0, -1)
print("single:", g1("abc"), g1([10, 20]))
print("multi:", g3("abcdef"))
print("one key in tuple form:", itemgetter(0,)("xy"))
print("slice:", itemgetter(slice(1, None))([1, 2, 3]))
print("dict:", itemgetter("b", "a")({"a": 1, "b": 2}))
rows = [("b", 2), ("a", 2), ("c", 1)]
print("sort by two:", sorted(rows, key=itemgetter(1, 0)))
print("repr:", repr(g1), repr(g3), repr(itemgetter("k")))
try:
    itemgetter(5)([1])
except IndexError as e:
    print("IndexError:", e)
try:
    itemgetter("z")({})
except KeyError as e:
    print("KeyError:", e)
try:
    itemgetter()
except TypeError as e:
    print("TypeError:", e)
try:
    g1(5)
except TypeError as e:
    print("TypeError:", e)
print("map:", list(map(itemgetter(0), ["ab", "cd"])))
