# description: random streams for more seeds and methods: choices with cum_weights, sample with counts, getrandbits sizes, randbytes, a subclass with its own random(), and state version 2
# features: [random]
# min-version: 3.12
# expect: output

import random

for seed in (0, 1, 2 ** 32, -7, 10 ** 20, 3.5, "abc", b"\x00\xff"):
    r = random.Random(seed)
    print(repr(seed)[:12], repr(r.random()), r.getrandbits(40), r.randrange(0, 1000, 7), r.choice("xyz"),
          r.randbytes(3).hex())
r = random.Random(42)
print(r.choices(range(5), cum_weights=[1, 1, 5, 6, 10], k=10))
print(r.sample(["a", "b", "c"], counts=[3, 1, 2], k=6))
print(r.sample(range(10 ** 6), 4), r.sample(range(30), 8))
print([r.getrandbits(k) for k in (31, 32, 33, 63, 64, 65, 96, 128)])
print(repr(r.uniform(-1, 1)), repr(r.triangular(0, 1, 0.9)), repr(r.vonmisesvariate(0, 0)))
print(repr(r.gammavariate(0.3, 2)), repr(r.betavariate(0.5, 0.5)), r.binomialvariate(50, 0.5))

class Coarse(random.Random):
    def random(self):
        return 0.5
c = Coarse()
print("subclass random():", c.randrange(10), c.choice("abcd"), c.randint(1, 3))
state = random.Random(9).getstate()
v2 = (2, tuple(x if x < 2 ** 31 else x - 2 ** 32 for x in state[1]), None)
a = random.Random()
a.setstate(v2)
print("version 2 state:", a.random() == random.Random(9).random())
sr = random.SystemRandom()
print("SystemRandom:", 0 <= sr.random() < 1, sr.getrandbits(7) < 128, len(sr.randbytes(5)), sr.seed(1))
try:
    sr.getstate()
except NotImplementedError as e:
    print("NotImplementedError:", e)
