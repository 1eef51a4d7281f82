# description: itertools.tee produces independent iterators buffering the source, handles n=0 and rejects negative n
# features: [itertools]
# expect: output

from itertools import tee

src = iter(range(5))
a, b = tee(src)
print("a first:", next(a), next(a))
print("b all:", list(b))
print("a rest:", list(a))
print("n=3:", [list(t) for t in tee("xyz", 3)])
print("n=0:", tee("abc", 0))
try:
    tee("abc", -1)
except ValueError as e:
    print("ValueError:", e)
c, d = tee([1, 2, 3])
e, f = tee(c)
print("tee of tee:", list(e), list(f), list(d))
g = iter([10, 20, 30])
h, i = tee(g)
next(h)
print("source advanced under tee:", next(g), list(i))
pulls = []
def gen():
    for x in range(3):
        pulls.append(x)
        yield x
p, q = tee(gen())
next(p); next(p)
print("pulled once each:", pulls)
list(q)
print("q reuses buffer:", pulls)
cp = p.__copy__()
print("copy continues:", list(cp), list(p))
