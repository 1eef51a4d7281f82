# description: in-place operator functions mutate mutable objects and return new ones for immutable objects, falling back to binary ops
# features: [operator]
# expect: output

import operator as op

lst = [1]
r = op.iadd(lst, [2])
print("iadd list same object:", r is lst, lst)
t = (1,)
r = op.iadd(t, (2,))
print("iadd tuple new object:", r is t, t, r)
s = {1, 2}
r = op.ior(s, {3})
print("ior set same:", r is s, sorted(s))
r = op.iand(s, {2, 3})
print("iand:", sorted(r), r is s)
r = op.isub(s, {2})
print("isub:", sorted(r))
print("ixor:", sorted(op.ixor({1, 2}, {2, 3})))
print("numbers:", op.iadd(1, 2), op.isub(5, 7), op.imul(3, 4), op.itruediv(7, 2), op.ifloordiv(7, 2), op.imod(7, 3), op.ipow(2, 5))
print("shifts:", op.ilshift(1, 3), op.irshift(16, 2), op.iand(6, 3), op.ior(4, 1), op.ixor(5, 1))
l2 = [1]
print("iconcat:", op.iconcat(l2, (2, 3)) is l2, l2)
try:
    op.iconcat(1, 2)
except TypeError as e:
    print("TypeError:", e)
l3 = ["x"]
print("imul list:", op.imul(l3, 3) is l3, l3)

class Acc:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        return Acc(self.v + other)
class AccI(Acc):
    def __iadd__(self, other):
        self.v += other
        return self
a = Acc(1)
b = op.iadd(a, 5)
print("fallback to __add__:", b is a, b.v)
c = AccI(1)
d = op.iadd(c, 5)
print("uses __iadd__:", d is c, d.v)
try:
    op.iadd(None, 1)
except TypeError as e:
    print("TypeError:", e)
