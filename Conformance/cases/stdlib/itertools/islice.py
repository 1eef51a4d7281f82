# description: itertools.islice supports stop, start/stop/step and None, consumes exactly what it needs, and validates its arguments
# features: [itertools]
# expect: output

from itertools import islice, count

print("stop:", list(islice("ABCDEFG", 2)))
print("start stop:", list(islice("ABCDEFG", 2, 4)))
print("start None:", list(islice("ABCDEFG", 2, None)))
print("step:", list(islice("ABCDEFG", 0, None, 2)))
print("all None:", list(islice("ABC", None)))
print("None start/step:", list(islice("ABCDE", None, 4, None)))
print("beyond end:", list(islice("AB", 5, 10)))
print("infinite:", list(islice(count(), 3, 20, 5)))
it = iter(range(10))
print("consumed exactly:", list(islice(it, 3)), next(it))
it = iter(range(10))
list(islice(it, 2, 4))
print("after start/stop:", next(it))
for args in [(-1,), (0, -1), (0, 5, 0), (-2, 5), ("a",), (1, 2, -1)]:
    try:
        islice("abc", *args)
    except ValueError as e:
        print(f"ValueError {args}:", e)
try:
    islice("abc", 1.5)
except ValueError as e:
    print("float ValueError:", e)
class Idx:
    def __index__(self):
        return 2
print("__index__:", list(islice("abcdef", Idx())))
try:
    islice("abc")
except TypeError as e:
    print("TypeError:", e)
