# description: randrange with start/stop/step and randint draw CPython-identical values and reject empty or non-integer ranges
# features: [random]
# min-version: 3.12
# expect: output

import random

random.seed(1234)
print("randrange(10):", [random.randrange(10) for _ in range(10)])
print("randrange(5, 50, 5):", [random.randrange(5, 50, 5) for _ in range(6)])
print("negative step:", [random.randrange(10, 0, -3) for _ in range(6)])
print("randint:", [random.randint(1, 6) for _ in range(12)])
print("randint single:", random.randint(5, 5))
print("big range:", random.randrange(10 ** 30))
print("negative range:", [random.randrange(-5, -1) for _ in range(5)])
for args in [(0,), (5, 5), (5, 1), (1, 10, 0), (1, 5, -1)]:
    try:
        random.randrange(*args)
    except ValueError as e:
        print(f"ValueError {args}:", e)
try:
    random.randrange(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    random.randint(3, 1)
except ValueError as e:
    print("ValueError:", e)
print("bool-like index ok:", random.randrange(True, 3))
