# description: binomialvariate and the expovariate default (3.12+) reproduce CPython values for a seed
# features: [random]
# min-version: 3.12
# expect: output

import random

random.seed(777)
print("expovariate():", repr(random.expovariate()))
print("binomialvariate:", [random.binomialvariate(10, 0.3) for _ in range(8)])
print("binomialvariate p>0.5:", [random.binomialvariate(20, 0.9) for _ in range(5)])
print("binomialvariate large n:", random.binomialvariate(1000, 0.4))
print("binomialvariate edges:", random.binomialvariate(5, 0.0), random.binomialvariate(5, 1.0), random.binomialvariate(0, 0.5))
for args in [(-1, 0.5), (3, 1.5)]:
    try:
        random.binomialvariate(*args)
    except ValueError as e:
        print(f"ValueError {args}:", e)
