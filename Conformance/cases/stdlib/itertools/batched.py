# description: itertools.batched groups an iterable into tuples of n with a short final batch, and rejects n < 1
# features: [itertools]
# min-version: 3.12
# expect: output

from itertools import batched, count, islice

print("batched:", list(batched("ABCDEFG", 3)))
print("exact:", list(batched(range(6), 2)))
print("n larger:", list(batched([1, 2], 5)))
print("empty:", list(batched([], 3)))
print("tuple type:", type(next(batched("ab", 1))).__name__)
for n in (0, -1):
    try:
        batched("abc", n)
    except ValueError as e:
        print(f"n={n} ValueError:", e)
print("infinite:", list(islice(batched(count(), 4), 2)))
try:
    batched("abc", "2")
except TypeError as e:
    print("TypeError:", e)
