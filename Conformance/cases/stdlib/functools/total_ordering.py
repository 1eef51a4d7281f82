# description: total_ordering derives missing comparisons from __eq__ plus one ordering method, propagates NotImplemented, and rejects classes without one
# features: [functools, classes]
# expect: output

from functools import total_ordering

@total_ordering
class Ver:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, other):
        if not isinstance(other, Ver):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        if not isinstance(other, Ver):
            return NotImplemented
        return self.parts < other.parts
    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))

a, b = Ver(1, 2), Ver(1, 10)
print("lt le gt ge:", a < b, a <= b, a > b, a >= b)
print("equal le ge:", a <= Ver(1, 2), a >= Ver(1, 2))
print("sorted:", sorted([Ver(2), Ver(1, 5), Ver(1, 2, 3), Ver(0, 9)]))
print("max:", max([Ver(3), Ver(10), Ver(9)]))
for op in ("__le__", "__gt__", "__ge__"):
    print(op, "defined in class:", op in Ver.__dict__)
try:
    a <= 5
except TypeError as e:
    print("TypeError:", e)

@total_ordering
class Gt:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        return self.v > other.v
g1, g2 = Gt(1), Gt(2)
print("from __gt__:", g1 < g2, g1 <= g2, g1 >= g2)

try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print("ValueError:", e)
