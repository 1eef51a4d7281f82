# description: operator comparison functions return whatever the rich comparison returns and raise TypeError for unorderable types
# features: [operator]
# expect: output

import operator as op

print("ints:", op.lt(1, 2), op.le(2, 2), op.eq(2, 2.0), op.ne(1, 1), op.ge(3, 2), op.gt(2, 3))
print("strings:", op.lt("a", "b"), op.gt("b", "abc"))
print("lists:", op.lt([1, 2], [1, 3]), op.eq([1], [1.0]))
class Weird:
    def __lt__(self, other):
        return "not a bool"
    def __eq__(self, other):
        return 42
print("non-bool results:", op.lt(Weird(), 1), op.eq(Weird(), 1))
print("reflected:", op.gt(1, Weird()))
try:
    op.lt(1, "a")
except TypeError as e:
    print("TypeError:", e)
try:
    op.ge([1], (1,))
except TypeError as e:
    print("TypeError:", e)
print("ne default from eq:", op.ne(Weird(), 1))
print("eq None:", op.eq(None, None), op.eq(None, 0))
print("nan:", op.eq(float("nan"), float("nan")), op.ne(float("nan"), float("nan")))
