# description: shuffle and sample (including counts) reproduce CPython permutations and validate population and k
# features: [random]
# min-version: 3.11
# expect: output

import random

random.seed(2024)
deck = list(range(10))
random.shuffle(deck)
print("shuffle:", deck)
word = list("python")
random.shuffle(word)
print("shuffle str list:", "".join(word))
print("sample:", random.sample(range(100), 5))
print("sample all:", random.sample("abcde", 5))
print("sample tuple:", random.sample((10, 20, 30, 40), 2))
print("sample counts:", random.sample(["red", "blue"], counts=[4, 2], k=5))
print("sample big range:", random.sample(range(10 ** 9), 3))
print("sample k=0:", random.sample([1, 2], 0))
for args, kw in [(([1, 2], 3), {}), (([1, 2], -1), {})]:
    try:
        random.sample(*args, **kw)
    except ValueError as e:
        print("ValueError:", e)
try:
    random.sample({1, 2, 3}, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    random.sample(["a"], 1, counts=[1, 2])
except ValueError as e:
    print("ValueError:", e)
empty = []
random.shuffle(empty)
print("shuffle empty:", empty)
