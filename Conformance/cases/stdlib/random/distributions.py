# description: uniform, gauss, normalvariate, expovariate, triangular, betavariate and friends reproduce CPython values for a seed
# features: [random]
# expect: output

import random

random.seed(12345)
print("uniform:", repr(random.uniform(1, 10)), repr(random.uniform(10, 1)))
print("gauss:", [repr(random.gauss(0, 1)) for _ in range(3)])
print("normalvariate:", [repr(random.normalvariate(100, 15)) for _ in range(2)])
print("expovariate:", repr(random.expovariate(1.5)))
print("triangular:", repr(random.triangular()), repr(random.triangular(0, 10, 8)), repr(random.triangular(5, 5)))
print("betavariate:", repr(random.betavariate(2, 5)))
print("gammavariate:", repr(random.gammavariate(2.0, 3.0)), repr(random.gammavariate(0.5, 1.0)))
print("lognormvariate:", repr(random.lognormvariate(0, 0.5)))
print("vonmisesvariate:", repr(random.vonmisesvariate(1.0, 2.0)))
print("paretovariate:", repr(random.paretovariate(3)))
print("weibullvariate:", repr(random.weibullvariate(1, 1.5)))
random.seed(5)
g1 = random.gauss()
random.seed(5)
print("gauss defaults and reseed clears cache:", g1 == random.gauss(0.0, 1.0))
try:
    random.gammavariate(-1, 1)
except ValueError as e:
    print("ValueError:", e)
