# description: set/frozenset iteration order with collisions, deletions, pops and constant displays; frozenset hashes
# features: [builtins, set, hashing]
# expect: output

s = set()
for x in [8, 16, 0, 24, 32, 1, 9]:
    s.add(x)
print("added one by one:", list(s))
print("constant display:", list({8, 16, 0, 24, 32, 1, 9}))
print("strings:", list({'apple', 'banana', 'cherry', 'date', 'elderberry', 'fig'}))
s = set()
for x in [-1, -2, -5, 7, 1000000, 2**40, 2**61 - 1, 2**61]:
    s.add(x)
print("hash collisions -1/-2:", list(s))
s = set(range(100))
for i in range(0, 100, 3):
    s.discard(i)
s.update(range(1000, 1020))
print("pops after deletions:", [s.pop() for _ in range(5)])
s.add(-1)
print("after re-adding:", list(s)[:12])
print("union:", list(set(range(10)) | set(range(5, 30, 2))))
print("intersection:", list(set(range(100)) & set(range(50, 150, 3)))[:10])
print("difference:", list(set(range(40)) - set(range(0, 40, 3))))
print("symmetric:", list({1, 2, 3, 4, 5} ^ {5, 3, 9, 10}))
print("strings from range:", list(set(str(i) for i in range(30))))
print("frozenset hashes:", hash(frozenset()), hash(frozenset([1, 2, 3])), hash(frozenset(range(100))), hash(frozenset(['a', 'b'])))
print("nested:", hash(frozenset([frozenset([1]), (1, 2)])))
print("equal sets, equal hashes:", hash(frozenset([3, 2, 1])) == hash(frozenset({1, 2, 3})))
f = frozenset(range(20))
g = frozenset(x for x in range(40) if x < 20)
print("different tables, same hash:", hash(f) == hash(g), f == g)
