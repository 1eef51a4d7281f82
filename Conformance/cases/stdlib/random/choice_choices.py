# description: choice and choices (weights, cum_weights, k) reproduce CPython draws and report the documented errors
# features: [random]
# expect: output

import random

random.seed(99)
colors = ["red", "green", "blue", "black"]
print("choice:", [random.choice(colors) for _ in range(6)])
print("choice str:", "".join(random.choice("abc") for _ in range(10)))
print("choices k:", random.choices(colors, k=6))
print("weights:", random.choices(colors, weights=[10, 1, 1, 0], k=8))
print("cum_weights:", random.choices(colors, cum_weights=[1, 2, 30, 31], k=8))
print("default k=1:", random.choices(colors))
print("k=0:", random.choices(colors, k=0))
print("float weights:", random.choices(range(3), weights=[0.5, 0.25, 0.25], k=10))
try:
    random.choice([])
except IndexError as e:
    print("IndexError:", e)
try:
    random.choices(colors, weights=[1], k=2)
except ValueError as e:
    print("ValueError:", e)
try:
    random.choices(colors, weights=[1] * 4, cum_weights=[1] * 4)
except TypeError as e:
    print("TypeError:", e)
try:
    random.choices(colors, weights=[0, 0, 0, 0])
except ValueError as e:
    print("ValueError:", e)
print("empty population k=0 ok:", random.choices([], k=0))
