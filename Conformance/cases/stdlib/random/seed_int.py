# description: random.seed(int) makes random() and getrandbits() reproduce CPython's Mersenne Twister stream exactly
# features: [random]
# expect: output

import random

random.seed(42)
print("random x5:", [repr(random.random()) for _ in range(5)])
random.seed(42)
print("repeatable:", repr(random.random()))
random.seed(0)
print("seed 0:", repr(random.random()), repr(random.random()))
random.seed(-42)
a = random.random()
random.seed(42)
print("negative seed uses abs:", a == random.random())
random.seed(2 ** 100 + 12345)
print("big seed:", repr(random.random()))
random.seed(7)
print("getrandbits:", [random.getrandbits(k) for k in (1, 8, 31, 32, 33, 64, 100)])
print("getrandbits(0):", random.getrandbits(0))
try:
    random.getrandbits(-1)
except ValueError as e:
    print("ValueError:", e)
random.seed(3)
x = random.random()
random.seed(3.0)
print("float seed equal to int:", x == random.random())
random.seed(True)
t = random.random()
random.seed(1)
print("bool seed equals 1:", t == random.random())
