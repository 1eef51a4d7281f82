# description: list.insert at every position incl. negative/out-of-range indices matches slice-based insertion
# features: [builtins, list]
# expect: output
ok = True
samples = []
for n in range(5):
    for pos in range(-8, 9):
        a = list(range(n))
        a.insert(pos, "X")
        p = pos
        if p < 0:
            p = max(0, n + p)
        p = min(p, n)
        b = list(range(n))
        b[p:p] = ["X"]
        if a != b:
            ok = False
        if n == 3:
            samples.append((pos, a.index("X")))
print("insert matches slice insertion:", ok)
print("positions for n=3:", samples)
c = []
for i in range(5):
    c.insert(0, i)
print("repeated insert(0):", c)
d = [0]
d.insert(len(d), 1)
d.insert(-1, "before-last")
print("insert(len) and insert(-1):", d)
try:
    d.insert("0", 1)
except TypeError as e:
    print("insert str index ! TypeError:", e)
try:
    d.insert(2**100, "huge")
except OverflowError as e:
    print("index beyond ssize_t ! OverflowError:", e)
d.insert(2**62, "big")
d.insert(-(2**62), "small")
print("large indices clamp:", d)
