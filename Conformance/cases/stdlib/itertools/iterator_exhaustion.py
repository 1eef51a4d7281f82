# description: iterators from map/zip/filter/itertools are single-pass; zip stops at the shortest and consumes one extra item from earlier inputs
# features: [itertools, iterators]
# expect: output

import itertools

m = map(str.upper, "ab")
print("first pass:", list(m), "second pass:", list(m))
a = iter([1, 2, 3, 4])
b = iter("xy")
print("zip:", list(zip(a, b)), "left in a:", list(a))
a = iter([1, 2, 3, 4])
b = iter("xy")
print("zip reversed order:", list(zip(b, a)), "left in a:", list(a))
c = itertools.count()
print("zip with count:", list(zip("abc", c)), "count resumes at:", next(c))
it = iter(range(10))
print("islice twice:", list(itertools.islice(it, 3)), list(itertools.islice(it, 3)))
g = (x * x for x in range(4))
print("in consumes:", 4 in g, list(g))
print("iter of iterator is itself:", iter(m) is m)
pairs = iter([(1, "a"), (2, "b")])
nums, chars = zip(*pairs)
print("unzip:", nums, chars)
t1, t2 = itertools.tee(iter([1, 2]))
print("tee after exhaustion:", list(t1), list(t2), list(t1))
chained = itertools.chain.from_iterable(iter([[1], [2, 3]]))
print("chain partial:", next(chained), list(chained))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print("ValueError:", e)
