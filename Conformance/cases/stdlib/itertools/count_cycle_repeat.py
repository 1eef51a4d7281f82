# description: itertools.count/cycle/repeat produce infinite or bounded streams with the documented reprs and argument handling
# features: [itertools]
# expect: output

from itertools import count, cycle, repeat, islice

print("count:", list(islice(count(), 4)))
print("count start step:", list(islice(count(10, -3), 4)))
print("count float:", list(islice(count(0.5, 0.25), 4)))
c = count(5)
next(c)
print("count repr after next:", repr(c))
print("count repr step:", repr(count(1.5, 0.5)), repr(count(3, 1)), repr(count(0, 2)))
from fractions import Fraction
print("count fraction:", list(islice(count(Fraction(1, 3), Fraction(1, 3)), 3)))
cy = cycle("ab")
print("cycle:", [next(cy) for _ in range(5)])
src = iter([1, 2])
cy2 = cycle(src)
print("cycle saves items:", [next(cy2) for _ in range(5)])
print("cycle empty:", list(cycle([])))
print("repeat times:", list(repeat("x", 3)))
print("repeat zero/negative:", list(repeat(1, 0)), list(repeat(1, -2)))
r = repeat(7, 3)
next(r)
print("repeat repr:", repr(r), repr(repeat("s")))
print("repeat length_hint:", r.__length_hint__())
print("map with repeat:", list(map(pow, range(5), repeat(2))))
try:
    count("a")
except TypeError as e:
    print("TypeError:", e)
