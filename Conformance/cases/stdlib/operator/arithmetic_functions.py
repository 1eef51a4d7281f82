# description: operator arithmetic, bitwise and sequence functions match the corresponding operators, including errors and dunder aliases
# features: [operator]
# expect: output

import operator as op

print("add sub mul:", op.add(7, 3), op.sub(7, 3), op.mul(7, 3))
print("truediv floordiv mod:", op.truediv(7, 2), op.floordiv(-7, 2), op.mod(-7, 2))
print("pow neg pos abs:", op.pow(2, 10), op.neg(5), op.pos(-5), op.abs(-5))
print("invert inv:", op.invert(5), op.inv(0))
print("shifts:", op.lshift(1, 8), op.rshift(256, 4))
print("and or xor:", op.and_(12, 10), op.or_(12, 10), op.xor(12, 10))
print("sets:", sorted(op.or_({1, 2}, {3})), sorted(op.and_({1, 2}, {2, 3})))
print("concat:", op.concat([1], [2]), op.concat("a", "b"))
try:
    op.concat(1, 2)
except TypeError as e:
    print("TypeError:", e)
print("mul sequence:", op.mul("ab", 3))
class M:
    def __matmul__(self, other):
        return "matmul"
print("matmul:", op.matmul(M(), 1))
print("truth not_:", op.truth([]), op.truth([0]), op.not_(0))
print("is is_not:", op.is_(None, None), op.is_not(1, None))
print("contains:", op.contains([1, 2], 2), op.contains("abc", "bc"))
print("countOf indexOf:", op.countOf([1, 2, 1, 1], 1), op.indexOf("hello", "l"))
try:
    op.indexOf([1, 2], 5)
except ValueError as e:
    print("ValueError:", e)
seq = [1, 2, 3, 4]
print("getitem:", op.getitem(seq, 1), op.getitem(seq, slice(1, 3)))
op.setitem(seq, 0, 9)
op.delitem(seq, -1)
print("after set/del:", seq)
print("dunder aliases:", op.__add__ is op.add, op.__not__ is op.not_)
try:
    op.truediv(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    op.add(1, "a")
except TypeError as e:
    print("TypeError:", e)
print("sorted by neg:", sorted([3, 1, 2], key=op.neg))
