# description: functools.cmp_to_key adapts a three-way comparison for sorted/min/max, and the key objects compare with each other
# features: [functools]
# expect: output

from functools import cmp_to_key

def by_len_then_rev(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a < b) - (a > b)

words = ["pear", "fig", "apple", "kiwi", "date", "plum", "banana"]
print("sorted:", sorted(words, key=cmp_to_key(by_len_then_rev)))
print("min:", min(words, key=cmp_to_key(by_len_then_rev)))
print("max:", max(words, key=cmp_to_key(by_len_then_rev)))
K = cmp_to_key(by_len_then_rev)
k1, k2 = K("ab"), K("abc")
print("lt:", k1 < k2, "gt:", k1 > k2, "eq:", k1 == K("ab"), "le:", k1 <= k2, "ne:", k1 != k2)
print("obj attr:", k1.obj)
calls = []
def cmp(a, b):
    calls.append((a, b))
    return a - b
sorted([3, 1, 2], key=cmp_to_key(cmp))
print("cmp called:", len(calls) > 0)
try:
    sorted([1, "a"], key=cmp_to_key(lambda a, b: a - b))
except TypeError as e:
    print("TypeError:", e)
print("stable:", sorted([(1, "b"), (0, "x"), (1, "a")], key=cmp_to_key(lambda a, b: a[0] - b[0])))
