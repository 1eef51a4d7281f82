# Matrix multiply of a 40x60 by a 60x30 matrix in pure lists, repeated (single-threaded).
import sys


def make(rows, cols, seed):
    return [[((i * cols + j) * seed % 97) / 7.0 for j in range(cols)] for i in range(rows)]


def matmul(a, b):
    bt = list(zip(*b))
    return [[sum(x * y for x, y in zip(row, col)) for col in bt] for row in a]


def matmul_loops(a, b):
    n, m, p = len(a), len(b), len(b[0])
    c = [[0.0] * p for _ in range(n)]
    for i in range(n):
        ai = a[i]
        ci = c[i]
        for k in range(m):
            aik = ai[k]
            bk = b[k]
            for j in range(p):
                ci[j] += aik * bk[j]
    return c


reps = int(sys.argv[1]) if len(sys.argv) > 1 else 60
A = make(40, 60, 3)
B = make(60, 30, 5)
total = 0.0
for r in range(reps):
    C = matmul(A, B) if r % 2 == 0 else matmul_loops(A, B)
    total += C[r % 40][r % 30]
print("%.6f" % total)
