# description: numeric conversion hooks __int__, __float__, __complex__, __index__, __round__, __trunc__, __abs__ and their fallbacks
# features: [classes, int, float, operators]
# expect: output
import math

class Num:
    def __init__(self, v): self.v = v
    def __int__(self): return int(self.v)
    def __float__(self): return float(self.v)
    def __complex__(self): return complex(self.v, 1)
    def __round__(self, ndigits=None):
        return f"round({self.v}, {ndigits})"
    def __trunc__(self): return "trunc"
    def __floor__(self): return "floor"
    def __ceil__(self): return "ceil"
    def __abs__(self): return "abs"

n = Num(2.75)
print("int:", int(n), "float:", float(n), "complex:", complex(n))
print("round:", round(n), round(n, 1))
print("math:", math.trunc(n), math.floor(n), math.ceil(n), "abs:", abs(n))

# __float__ only: int() does not fall back to __float__
class OnlyFloat:
    def __float__(self): return 1.5
try:
    int(OnlyFloat())
except TypeError as e:
    print("TypeError:", e)
print("float via __float__:", float(OnlyFloat()))

# __index__ only: int(), float() and complex() use it
class OnlyIndex:
    def __index__(self): return 7
print("via __index__:", int(OnlyIndex()), float(OnlyIndex()), complex(OnlyIndex()))

# return type checks
class BadInt:
    def __int__(self): return "3"
try:
    int(BadInt())
except TypeError as e:
    print("TypeError:", e)
class BadFloat:
    def __float__(self): return 3
try:
    float(BadFloat())
except TypeError as e:
    print("TypeError:", e)

# bool subclass result of __int__ is accepted (deprecated) - check int subclass instead
class IntSub(int): pass
class ReturnsSub:
    def __int__(self): return IntSub(4)
r = int(ReturnsSub())
print("int subclass result:", r, type(r).__name__ in ("int", "IntSub"))

# round() without __round__
class NoRound: pass
try:
    round(NoRound())
except TypeError as e:
    print("TypeError:", e)

# builtin round semantics for comparison
print("builtin round:", round(2.5), round(3.5), round(-2.5), round(2.75, 1), type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
print("int() of floats and strings:", int(-0.9), int("  -7  "), int(True), float(" 1e3 "), float("-inf"))
