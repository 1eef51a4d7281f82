# description: iteration order of sets of small non-negative ints follows value (hash) modulo table size
# features: [builtins, set, hashing]
# expect: output
print({5, 3, 1, 4, 2})
print({9, 0, 7, 3})
print(set(range(10, 0, -1)))
print({30, 10, 20})
s = set()
for x in [17, 3, 12, 8, 1]:
    s.add(x)
print(s)
print(frozenset([6, 2, 4]))
print({-1, -2} == {-2, -1}, sorted({-1, -5, 3}))
print(list({100, 1, 50}))
print({True, 2, 0})
t = set(range(8))
t.discard(3)
t.add(11)
print(t)
print({1, 2, 3} | {4, 0})
print({i * i for i in range(6)})
