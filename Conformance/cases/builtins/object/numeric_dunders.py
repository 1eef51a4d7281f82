# description: a user numeric type implementing arithmetic, reflected, in-place, unary, comparison and conversion dunders
# features: [builtins, classes, operators]
# expect: output
class Mod7:
    __slots__ = ("v",)
    def __init__(self, v):
        self.v = v % 7
    def _coerce(self, other):
        if isinstance(other, Mod7):
            return other.v
        if isinstance(other, int):
            return other
        return NotImplemented
    def __add__(self, other):
        o = self._coerce(other)
        return NotImplemented if o is NotImplemented else Mod7(self.v + o)
    __radd__ = __add__
    def __sub__(self, other):
        o = self._coerce(other)
        return NotImplemented if o is NotImplemented else Mod7(self.v - o)
    def __rsub__(self, other):
        o = self._coerce(other)
        return NotImplemented if o is NotImplemented else Mod7(o - self.v)
    def __mul__(self, other):
        o = self._coerce(other)
        return NotImplemented if o is NotImplemented else Mod7(self.v * o)
    __rmul__ = __mul__
    def __pow__(self, e, mod=None):
        return Mod7(pow(self.v, e, 7))
    def __truediv__(self, other):
        o = self._coerce(other)
        return NotImplemented if o is NotImplemented else self * pow(o, -1, 7)
    def __neg__(self):
        return Mod7(-self.v)
    def __pos__(self):
        return self
    def __abs__(self):
        return self.v
    def __invert__(self):
        return Mod7(pow(self.v, -1, 7))
    def __eq__(self, other):
        o = self._coerce(other)
        return NotImplemented if o is NotImplemented else self.v == o % 7
    def __lt__(self, other):
        o = self._coerce(other)
        return NotImplemented if o is NotImplemented else self.v < o % 7
    def __hash__(self):
        return hash(self.v)
    def __int__(self):
        return self.v
    def __index__(self):
        return self.v
    def __bool__(self):
        return self.v != 0
    def __repr__(self):
        return f"Mod7({self.v})"
a, b = Mod7(3), Mod7(5)
print("arith:", a + b, a - b, a * b, a / b, a ** 3, -a, +a, abs(a), ~a)
print("with int:", a + 10, 10 + a, 10 - a, 3 * a, a == 10, 10 == a)
print("comparisons:", a < b, b > a, sorted([b, a, Mod7(1)]))
try:
    a <= b
except TypeError as e:
    print("<= not derived ! TypeError:", e)
print("conversions:", int(a), [0, 1, 2, 3][a], bin(b), bool(Mod7(7)), hex(a))
x = a
x += 4
x *= 2
print("in-place fallbacks:", x, a)
try:
    a + 1.5
except TypeError as e:
    print("unsupported ! TypeError:", e)
print("sum with start 0:", sum([Mod7(3), Mod7(4), Mod7(6)]))
print("hashable & eq:", len({Mod7(1), Mod7(8), Mod7(2)}))
print("divmod unsupported:", end=" ")
try:
    divmod(a, b)
except TypeError as e:
    print("TypeError:", e)
