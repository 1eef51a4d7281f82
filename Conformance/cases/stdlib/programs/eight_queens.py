# description: program - solve the eight queens puzzle with itertools.permutations, functools.reduce and operator, counting and printing solutions
# features: [itertools, functools, operator]
# expect: output

import itertools
import operator
from functools import reduce

N = 8
cols = range(N)
solutions = [p for p in itertools.permutations(cols)
             if N == len({p[i] + i for i in cols}) == len({p[i] - i for i in cols})]
print("solutions:", len(solutions))
print("first:", solutions[0], "last:", solutions[-1])
first = solutions[0]
for r in range(N):
    print(" ".join("Q" if first[r] == c else "." for c in cols))

def mirror(p):
    return tuple(N - 1 - c for c in p)
def rotate(p):
    out = [0] * N
    for r, c in enumerate(p):
        out[c] = N - 1 - r
    return tuple(out)
def canonical(p):
    forms = []
    q = p
    for _ in range(4):
        forms += [q, mirror(q)]
        q = rotate(q)
    return min(forms)
print("distinct up to symmetry:", len({canonical(s) for s in solutions}))
checksum = reduce(operator.xor, (reduce(lambda a, d: a * 10 + d, s) for s in solutions))
print("xor checksum:", checksum)
print("column-0 histogram:", dict(sorted(map(lambda kv: (kv[0], len(list(kv[1]))), itertools.groupby(sorted(map(operator.itemgetter(0), solutions)))))))
