# description: list.sort makes timsort's comparisons: counts on runs and random data, NaN and inconsistent orders, key/reverse stability
# features: [builtins, list]
# expect: output

def t(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__ + ":", e)
class R:
    def __init__(self, s): self.s = s
    def seed(self, s): self.s = s
    def nxt(self):
        self.s = (self.s * 6364136223846793005 + 1442695040888963407) % 2**64
        return self.s >> 11
    def randint(self, a, b): return a + self.nxt() % (b - a + 1)
    def random(self): return self.nxt() / 2**53
    def choice(self, xs): return xs[self.nxt() % len(xs)]
random = R(5)

random.seed(5)
def check(n, gen):
    data = [gen() for _ in range(n)]
    log = []
    class K:
        __slots__ = ('v',)
        def __init__(self, v): self.v = v
        def __lt__(self, o):
            log.append(1)
            return self.v < o.v
    ks = [K(x) for x in data]
    ks.sort()
    return len(log), [k.v for k in ks][:5]
for n in [0, 1, 2, 5, 30, 64, 65, 100, 257, 1000, 1500]:
    print(n, check(n, lambda: random.randint(0, 50)))
    print(n, check(n, lambda: random.random()))
# runs
print(check(1000, iter(list(range(500)) + list(range(500, 0, -1))).__next__))
print(check(1000, iter([i % 7 for i in range(1000)]).__next__))
# NaN-containing sorts
nan = float('nan')
random.seed(1)
xs = [random.choice([nan, 1.0, 2.0, 3.0, 0.5, -1.0]) for _ in range(200)]
print(sorted(xs)[:40])
# inconsistent compare
class Evil:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return (self.v * 7 + o.v * 3) % 5 < 2
    def __repr__(self): return str(self.v)
print(sorted([Evil(i) for i in range(100)]))
# key & reverse stability
pairs = [(random.randint(0, 5), i) for i in range(100)]
print(sorted(pairs, key=lambda p: p[0], reverse=True)[:20])
# mutation
l = list(range(10))
t("modify", lambda: l.sort(key=lambda x: l.append(1) or x))
print(l)
l = [3, 1, 2]
def bad(x):
    if x == 1: raise ValueError("boom")
    return x
t("key raise", lambda: l.sort(key=bad)); print(l)
class Boom:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        if self.v == 13: raise RuntimeError("cmp")
        return self.v < o.v
    def __repr__(self): return f"B{self.v}"
l = [Boom(x) for x in [5, 3, 13, 1, 8, 2]]
t("cmp raise", lambda: l.sort()); print(l)
t("mixed", lambda: sorted([1, 'a', 2]))
t("tuples", lambda: sorted([(2, 'b'), (1, 'z'), (2, 'a'), (1, 'y', 0)]))
t("strs", lambda: sorted(['b', 'a', 'é', 'ab', '']))
t("bigints", lambda: sorted([10**30, -5, 3, -10**40]))
t("floats", lambda: sorted([3.5, -1e300, 2.0, float('inf')]))
t("sorted kw", lambda: sorted([3,1,2], reverse=True, key=lambda x: -x))
t("sorted no args", lambda: sorted())
t("sorted iterable kw", lambda: sorted(iterable=[1]))
t("list.sort revers", lambda: [].sort(revers=1))

