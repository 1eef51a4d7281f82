# description: range iteration/len/count agree for many (start, stop, step) triples incl. negative and huge steps
# features: [builtins, range, iterators]
# expect: output
triples = [(a, b, c) for a in (-7, -1, 0, 3, 10) for b in (-8, 0, 1, 9, 11) for c in (1, 2, 3, -1, -3, 100, -100)]
bad = 0
for a, b, c in triples:
    r = range(a, b, c)
    lst = list(r)
    manual = []
    x = a
    while (c > 0 and x < b) or (c < 0 and x > b):
        manual.append(x)
        x += c
    if lst != manual or len(r) != len(manual) or list(reversed(r)) != manual[::-1]:
        bad += 1
    if manual and (r[0] != manual[0] or r[-1] != manual[-1] or r.index(manual[-1]) != len(manual) - 1):
        bad += 1
print("triples checked:", len(triples), "disagreements:", bad)
big = range(-(10**18), 10**18, 7 * 10**16)
print("big range:", len(big), big[0], big[-1], big[len(big) // 2])
it = iter(range(3))
print("iterator protocol:", next(it), next(it), next(it), next(it, "end"))
print("reversed huge:", next(reversed(range(0, 10**30, 3))))
print("sum of range:", sum(range(1, 101)), sum(range(10, 0, -1)))
print("range equality after slicing:", range(10)[::2] == range(0, 10, 2), range(10)[5:1] == range(0))
