# description: zip_longest fills shorter inputs with fillvalue, and pairwise yields overlapping pairs
# features: [itertools]
# min-version: 3.10
# expect: output

from itertools import zip_longest, pairwise

print("default fill:", list(zip_longest("abc", [1])))
print("fillvalue:", list(zip_longest("ab", "wxyz", fillvalue="-")))
print("three:", list(zip_longest([1], [], [3, 4], fillvalue=0)))
print("none:", list(zip_longest()))
print("all empty:", list(zip_longest([], "")))
print("pairwise:", list(pairwise("abcd")))
print("pairwise short:", list(pairwise("a")), list(pairwise("")))
print("pairwise diffs:", [b - a for a, b in pairwise([1, 4, 9, 16, 25])])
try:
    zip_longest("a", fill=1)
except TypeError as e:
    print("TypeError:", e)
it = iter(range(5))
pw = pairwise(it)
print("pairwise lazy:", next(pw), next(it), next(pw))
class Once:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration
        return self.n
o = Once()
print("zip_longest iter:", list(zip_longest(o, "abcd")), "next calls:", o.n)
