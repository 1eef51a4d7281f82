# description: operator.index accepts only __index__ objects and operator.length_hint uses len, __length_hint__ or the default with validation
# features: [operator]
# expect: output

import operator as op

print("index:", op.index(5), op.index(True), op.index(-3))
class I:
    def __index__(self):
        return 7
print("custom __index__:", op.index(I()), [0, 1, 2, 3, 4, 5, 6, 7, 8][I()])
for bad in (2.0, "3", None):
    try:
        op.index(bad)
    except TypeError as e:
        print("TypeError:", e)
class BadIndex:
    def __index__(self):
        return 1.5
try:
    op.index(BadIndex())
except TypeError as e:
    print("TypeError:", e)

print("length_hint list:", op.length_hint([1, 2, 3]))
print("length_hint iterator:", op.length_hint(iter([1, 2, 3])))
it = iter(range(10))
next(it)
print("after next:", op.length_hint(it))
print("generator default:", op.length_hint((x for x in []), 42))
class H:
    def __init__(self, v):
        self.v = v
    def __length_hint__(self):
        return self.v
print("custom:", op.length_hint(H(9)))
print("NotImplemented -> default:", op.length_hint(H(NotImplemented), 5))
try:
    op.length_hint(H(-1))
except ValueError as e:
    print("ValueError:", e)
try:
    op.length_hint(H("x"))
except TypeError as e:
    print("TypeError:", e)
class LenAndHint:
    def __len__(self):
        return 3
    def __length_hint__(self):
        return 100
print("len wins:", op.length_hint(LenAndHint()))
try:
    op.length_hint([], "x")
except TypeError as e:
    print("TypeError:", e)
