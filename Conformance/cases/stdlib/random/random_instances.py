# description: independent Random instances keep separate streams, and a seeded instance matches the seeded module functions
# features: [random]
# expect: output

import random

r1 = random.Random(10)
r2 = random.Random(10)
r3 = random.Random("other")
print("same seed same stream:", [r1.random() for _ in range(3)] == [r2.random() for _ in range(3)])
print("r3:", repr(r3.random()))
random.seed(10)
m = [random.randint(0, 99) for _ in range(5)]
r4 = random.Random(10)
print("module matches instance:", m == [r4.randint(0, 99) for _ in range(5)], m)
a = random.Random(1)
b = random.Random(1)
a.random()
print("instances independent:", a.random() != b.random())
r1.seed(10)
print("reseed instance:", repr(r1.random()))
print("randbytes:", random.Random(3).randbytes(8).hex())
class Dice(random.Random):
    def roll(self):
        return self.randint(1, 6)
d = Dice(8)
print("subclass rolls:", [d.roll() for _ in range(10)])
print("default Random() works:", 0.0 <= random.Random().random() < 1.0)
print("isinstance:", isinstance(d, random.Random))
