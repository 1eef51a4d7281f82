# description: itertools.groupby groups consecutive equal keys only, with key functions, and earlier groups become exhausted when advancing
# features: [itertools]
# expect: output

from itertools import groupby

print("runs:", [(k, len(list(g))) for k, g in groupby("aaabccddda")])
print("keys only:", [k for k, _ in groupby([1, 1, 2, 2, 2, 1])])
words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
for k, g in groupby(words, key=lambda w: w[0]):
    print(" ", k, list(g))
data = sorted([("b", 2), ("a", 1), ("b", 1), ("a", 3)])
print("sorted then grouped:", {k: [v for _, v in g] for k, g in groupby(data, lambda t: t[0])})
groups = groupby("aabbc")
k1, g1 = next(groups)
k2, g2 = next(groups)
print("old group exhausted:", k1, list(g1), "current:", k2, list(g2))
saved = [(k, g) for k, g in groupby("xxyz")]
print("saved groups empty:", [(k, list(g)) for k, g in saved])
print("empty:", list(groupby([])))
print("by parity:", [(k, list(g)) for k, g in groupby([2, 4, 1, 3, 6], key=lambda n: n % 2)])
print("equal not identical keys:", [(k, len(list(g))) for k, g in groupby([1, 1.0, True, 2])])
