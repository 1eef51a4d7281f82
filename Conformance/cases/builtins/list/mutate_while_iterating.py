# description: mutating a list during a for-loop follows index semantics (skips after removal, sees appends)
# features: [builtins, list, iterators]
# expect: output
a = [1, 2, 3, 4, 5, 6]
seen = []
for x in a:
    seen.append(x)
    if x % 2 == 0:
        a.remove(x)
print("remove during iteration skips:", seen, a)
b = [1, 2, 3]
seen = []
for x in b:
    seen.append(x)
    if x < 3:
        b.append(x + 10)
print("appends are visited:", seen, b)
c = [1, 2, 3, 4]
seen = []
for x in c:
    seen.append(x)
    c.insert(0, 0) if len(c) < 7 else None
print("insert at front re-visits:", seen, c)
d = [1, 2, 3]
seen = []
for x in d:
    seen.append(x)
    d.clear()
print("clear stops iteration:", seen, d)
e = list(range(5))
for x in e[:]:
    if x % 2:
        e.remove(x)
print("iterate over copy is safe:", e)
f = [0, 1, 2]
it = iter(f)
next(it)
f[:] = ["a", "b", "c", "d"]
print("slice replacement seen by live iterator:", list(it))
g = [1, 2, 3]
r = reversed(g)
next(r)
g.pop()
print("reversed iterator after pop:", list(r))
